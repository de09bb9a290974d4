package org.xistudy.ui.institutions;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.xistudy.content.PackIndex;
import org.xistudy.content.model.Card;
import org.xistudy.content.model.Cite;
import org.xistudy.content.model.Cited;
import org.xistudy.content.model.Event;
import org.xistudy.content.model.Institution;
import org.xistudy.content.model.Note;
import org.xistudy.content.model.Person;
import org.xistudy.content.model.Reference;
import org.xistudy.content.model.RelationType;
import org.xistudy.study.chart.ChartEdge;
import org.xistudy.study.chart.ChartNode;
import org.xistudy.study.chart.InstitutionGraph;
import org.xistudy.study.chart.Tenures;
import org.xistudy.study.chart.YearGraph;
import org.xistudy.study.names.Name;
import org.xistudy.study.names.NameStyle;
import org.xistudy.ui.AppContext;
import org.xistudy.ui.Target;
import org.xistudy.ui.common.Labels;
import org.xistudy.ui.common.WebLinks;

/**
 * The side panel for the selected body or person: what it is, its years, who chaired and headed
 * it over time, its relations, the essay's words about it, reading notes, references, and links
 * to its events and cards. With nothing selected it explains how to use the chart.
 */
final class DetailPane extends VBox {
    private final AppContext context;
    private final ChartText text;
    private final InstitutionsViewModel model;
    private Button timelineButton;

    DetailPane(AppContext context, ChartText text, InstitutionsViewModel model) {
        this.context = context;
        this.text = text;
        this.model = model;
        getStyleClass().add("chart-detail");
        setFillWidth(true);
    }

    /** The "show on timeline" button of the body shown, or null. */
    Button timelineButton() {
        return timelineButton;
    }

    void show(PackIndex index, InstitutionGraph graph, YearGraph year, String id) {
        getChildren().clear();
        timelineButton = null;
        Optional<ChartNode> node = graph == null || id == null ? Optional.empty() : graph.node(id);
        if (index == null || node.isEmpty() || year == null) {
            showEmpty(graph, year);
            return;
        }
        ChartNode n = node.get();
        Cited item = index.institution(id).<Cited>map(i -> i).or(() -> index.person(id).map(p -> p)).orElse(null);

        Label kind = new Label(text.kind(n.kind()));
        kind.getStyleClass().addAll("kind-badge", "node-kind-badge", "kind-" + n.kind().key());
        kind.setMinWidth(Region.USE_PREF_SIZE);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        timelineButton = new Button(text.get("institutions.detail.showOnTimeline"));
        timelineButton.getStyleClass().add("detail-timeline-button");
        Optional<Event> first = model.firstEvent(id);
        timelineButton.setDisable(first.isEmpty());
        first.ifPresent(ev -> timelineButton.setOnAction(e -> context.navigator().open(new Target.EventTarget(ev.id()))));
        timelineButton.setMinWidth(Region.USE_PREF_SIZE);
        HBox top = new HBox(8, kind, spacer, timelineButton);
        top.setAlignment(Pos.CENTER_LEFT);

        Name name = n.fullName();
        Label title = new Label(name.first(text.names()));
        title.getStyleClass().add("detail-title");
        title.setWrapText(true);
        VBox head = new VBox(2, top, title);
        name.second(text.names()).ifPresent(second -> {
            Label line = new Label(second);
            line.getStyleClass().add(text.names() == NameStyle.CHINESE_PINYIN ? "detail-pinyin" : "detail-zh");
            line.setWrapText(true);
            head.getChildren().add(line);
        });
        List<String> sub = new ArrayList<>(name.more(text.names()));
        if (n.abbrev() != null && !n.abbrev().isBlank()) {
            sub.add(n.abbrev());
        }
        if (!sub.isEmpty()) {
            head.getChildren().add(Labels.wrapping(String.join(text.get("institutions.separator"), sub), "detail-pinyin"));
        }
        String dates = dates(n);
        if (!dates.isEmpty()) {
            head.getChildren().add(Labels.wrapping(dates, "detail-dates"));
        }
        head.getStyleClass().add("detail-head");
        getChildren().add(head);

        String summary = index.institution(id).map(Institution::summary).or(() -> index.person(id).map(Person::summary))
                .orElse(null);
        if (summary != null && !summary.isBlank()) {
            getChildren().add(Labels.wrapping(summary, "detail-summary"));
        }

        if (!n.isPerson()) {
            addHolders(graph, year, n);
        }
        addRelations(graph, year, n);
        if (item != null) {
            addQuotes(index, item);
            addNotes(index, id);
            addReferences(index, item);
        }
        addEvents(index, id);
        addCards(index, id);
        setAccessibleText(text.format("institutions.detail.a11y", n.name()));
    }

    private void showEmpty(InstitutionGraph graph, YearGraph year) {
        RelationType focus = model.legendFocusProperty().get();
        if (focus != null && graph != null && year != null) {
            showType(graph, year, focus);
            return;
        }
        Label title = new Label(text.get("institutions.detail.emptyTitle"));
        title.getStyleClass().add("detail-title");
        title.setWrapText(true);
        getChildren().add(title);
        if (year != null) {
            long bodies = year.nodes().stream().filter(x -> !x.isPerson()).count();
            long people = year.nodes().size() - bodies;
            getChildren().add(Labels.wrapping(text.format("institutions.detail.counts", Integer.toString(year.year()), bodies, people,
                    year.edges().size()), "detail-summary"));
        }
        getChildren().add(Labels.wrapping(text.get("institutions.detail.emptyHint"), "detail-hint"));
        getChildren().add(Labels.wrapping(text.get("institutions.detail.keys"), "detail-keys"));
    }

    /** The relations of one type in the year, as sentences: what the key's choice brings out. */
    private void showType(InstitutionGraph graph, YearGraph year, RelationType type) {
        Label title = new Label(text.format("institutions.detail.typeTitle", text.get("institutions.legend." + type.jsonName())));
        title.getStyleClass().add("detail-title");
        title.setWrapText(true);
        getChildren().add(title);
        List<ChartEdge> edges = year.edges().stream().filter(e -> e.type() == type).toList();
        getChildren().add(Labels.wrapping(text.format("institutions.detail.typeCount", Integer.toString(year.year()),
                edges.size()), "detail-summary"));
        VBox rows = new VBox();
        rows.getStyleClass().add("detail-rows");
        for (ChartEdge e : edges) {
            String from = graph.node(e.from()).map(ChartNode::name).orElse(e.from());
            String to = graph.node(e.to()).map(ChartNode::name).orElse(e.to());
            Hyperlink link = link(text.format("institutions.detail.sentence", from, text.sentenceVerb(type), to),
                    () -> model.show(e.from(), year.year()));
            link.getStyleClass().add("detail-relation");
            VBox entry = new VBox(link);
            entry.getStyleClass().addAll("detail-row", "detail-row-current");
            rows.getChildren().add(entry);
        }
        getChildren().add(rows);
        getChildren().add(Labels.wrapping(text.get("institutions.detail.typeHint"), "detail-keys"));
    }

    private String dates(ChartNode n) {
        if (n.isPerson()) {
            String span = text.span(n.start(), n.end());
            return span.isEmpty() ? "" : text.format("institutions.detail.rolesSpan", span);
        }
        if (n.end() != null) {
            return text.format("institutions.detail.existed", text.date(n.start()), text.date(n.end()));
        }
        return n.start() == null ? "" : text.format("institutions.detail.established", text.date(n.start()));
    }

    /** Heads and chairs over time, with the ones in office in the year shown marked. */
    private void addHolders(InstitutionGraph graph, YearGraph year, ChartNode n) {
        List<Tenures.Entry> holders = Tenures.holdersOf(graph, n.id());
        if (holders.isEmpty()) {
            return;
        }
        VBox rows = section("institutions.detail.holders");
        for (Tenures.Entry e : holders) {
            String who = graph.node(e.other()).map(ChartNode::name).orElse(e.other());
            boolean now = year.edgeIds().contains(e.edge().id());
            Hyperlink link = link(who, () -> model.show(e.other(), year.year()));
            Label role = new Label(text.verb(e.type()));
            role.getStyleClass().add("detail-role");
            Label when = new Label(text.span(e.start(), e.end()));
            when.getStyleClass().add("detail-when");
            when.setMinWidth(Region.USE_PREF_SIZE);
            HBox row = new HBox(6, link, role);
            row.setAlignment(Pos.BASELINE_LEFT);
            VBox entry = new VBox(0, row, when);
            entry.getStyleClass().add("detail-row");
            if (now) {
                entry.getStyleClass().add("detail-row-current");
                row.getChildren().add(tag(text.format("institutions.detail.inYear", Integer.toString(year.year()))));
            }
            rows.getChildren().add(entry);
        }
    }

    private Label tag(String s) {
        Label l = new Label(s);
        l.getStyleClass().add("detail-tag");
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }

    private void addRelations(InstitutionGraph graph, YearGraph year, ChartNode n) {
        List<Tenures.Entry> rels = Tenures.relationsOf(graph, n.id());
        if (rels.isEmpty()) {
            return;
        }
        VBox rows = section(n.isPerson() ? "institutions.detail.roles" : "institutions.detail.relations");
        for (Tenures.Entry e : rels) {
            ChartEdge edge = e.edge();
            String fromName = graph.node(edge.from()).map(ChartNode::shortName).orElse(edge.from());
            String toName = graph.node(edge.to()).map(ChartNode::shortName).orElse(edge.to());
            String verb = text.sentenceVerb(edge.type());
            // The whole sentence is the link to the other end, so it wraps and takes the focus.
            Hyperlink flow = link(text.format("institutions.detail.sentence", fromName, verb, toName),
                    () -> model.show(e.other(), year.year()));
            flow.getStyleClass().add("detail-relation");
            String span = text.span(edge.start(), edge.end());
            boolean now = year.edgeIds().contains(edge.id());
            VBox entry = new VBox(0, flow);
            if (!span.isEmpty()) {
                Label when = new Label(span);
                when.getStyleClass().add("detail-when");
                entry.getChildren().add(when);
            }
            if (edge.type() == RelationType.UPGRADED_FROM) {
                entry.getStyleClass().add("detail-row-upgrade");
            }
            entry.getStyleClass().add("detail-row");
            if (now) {
                entry.getStyleClass().add("detail-row-current");
            }
            rows.getChildren().add(entry);
        }
    }

    private void addQuotes(PackIndex index, Cited item) {
        List<Cite> quotes = item.cite().stream().filter(Cite::isQuote).toList();
        if (quotes.isEmpty()) {
            return;
        }
        VBox rows = section("institutions.detail.essay");
        for (Cite c : quotes) {
            Button quote = new Button(org.xistudy.content.Quotations.display(c.quote()));
            quote.getStyleClass().add("detail-quote");
            quote.setWrapText(true);
            quote.setMaxWidth(Double.MAX_VALUE);
            quote.setMinHeight(Region.USE_PREF_SIZE);
            quote.setAccessibleText(text.format("institutions.detail.quoteA11y", c.quote()));
            quote.setOnAction(e -> context.navigator().open(Target.PassageTarget.quote(c.quote())));
            Label hint = new Label(text.get("institutions.detail.openInReader"));
            hint.getStyleClass().add("detail-when");
            rows.getChildren().addAll(quote, hint);
        }
    }

    private void addNotes(PackIndex index, String id) {
        List<Note> notes = index.notesAbout(id);
        if (notes.isEmpty()) {
            return;
        }
        VBox rows = section("institutions.detail.notes");
        for (Note n : notes) {
            Label t = Labels.wrapping(n.title(), "detail-note-title");
            Label b = Labels.wrapping(n.body(), "detail-note-body");
            VBox box = new VBox(2, t, b);
            box.getStyleClass().add("detail-note");
            rows.getChildren().add(box);
        }
    }

    private void addReferences(PackIndex index, Cited item) {
        List<Node> refs = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        for (Cite c : item.cite()) {
            if (c.ref() == null || seen.contains(c.ref())) {
                continue;
            }
            seen.add(c.ref());
            Optional<Reference> r = index.reference(c.ref());
            if (r.isEmpty()) {
                continue;
            }
            Reference ref = r.get();
            String label = text.format("institutions.detail.reference", ref.title(),
                    ref.publisher() == null ? "" : ref.publisher(), ref.date() == null ? "" : text.date(ref.date()));
            Node n;
            if (ref.url() != null && !ref.url().isBlank()) {
                n = WebLinks.of(label, ref.url(), text::format, context::openUrl, "detail-link");
            } else {
                n = Labels.wrapping(label, "detail-reference");
            }
            refs.add(n);
            if (c.detail() != null && !c.detail().isBlank()) {
                refs.add(Labels.wrapping(c.detail(), "detail-when"));
            }
        }
        if (!refs.isEmpty()) {
            section("institutions.detail.references").getChildren().addAll(refs);
        }
    }

    private void addEvents(PackIndex index, String id) {
        List<Event> events = index.eventsMentioning(id);
        if (events.isEmpty()) {
            return;
        }
        VBox rows = section("institutions.detail.events");
        for (Event e : events) {
            rows.getChildren().add(link(text.format("institutions.detail.event", text.date(e.date()), e.title()),
                    () -> context.navigator().open(new Target.EventTarget(e.id()))));
        }
    }

    private void addCards(PackIndex index, String id) {
        List<Card> cards = index.cardsMentioning(id);
        if (cards.isEmpty()) {
            return;
        }
        VBox rows = section("institutions.detail.cards");
        for (Card c : cards) {
            rows.getChildren().add(link(index.label(c.id()), () -> context.navigator().open(new Target.CardTarget(c.id()))));
        }
    }

    private VBox section(String key) {
        Label heading = new Label(text.get(key));
        heading.getStyleClass().add("panel-heading");
        VBox rows = new VBox();
        rows.getStyleClass().add("detail-rows");
        VBox box = new VBox(heading, rows);
        box.getStyleClass().add("detail-section");
        getChildren().add(box);
        return rows;
    }


    private static Hyperlink link(String s, Runnable action) {
        Hyperlink h = new Hyperlink(s);
        h.setWrapText(true);
        h.getStyleClass().add("detail-link");
        h.setOnAction(e -> action.run());
        h.setMinHeight(Region.USE_PREF_SIZE);
        return h;
    }
}
