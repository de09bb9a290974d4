package org.xistudy.ui.timeline;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.xistudy.content.CardText;
import org.xistudy.content.PackIndex;
import org.xistudy.content.model.Card;
import org.xistudy.content.model.Cite;
import org.xistudy.content.model.Event;
import org.xistudy.content.model.Institution;
import org.xistudy.content.model.Note;
import org.xistudy.content.model.Person;
import org.xistudy.content.model.Reference;
import org.xistudy.study.timeline.TimelineData;
import org.xistudy.content.SafeUrl;
import org.xistudy.ui.AppContext;
import org.xistudy.ui.common.Tips;
import org.xistudy.ui.common.WebLinks;
import org.xistudy.study.names.Name;
import org.xistudy.ui.Target;

/**
 * The panel beside the timeline: the selected event's date, title and summary, the essay's words
 * for it (a click opens the reader there), reading notes, outside sources, and links to the bodies,
 * people and cards it involves. With nothing selected it explains how to explore.
 */
final class EventDetailPane {
    private final AppContext context;
    private final TimelineText text;
    private final VBox box;
    private final Runnable previous;
    private final Runnable next;
    private Node first;

    EventDetailPane(AppContext context, TimelineText text, VBox box, Runnable previous, Runnable next) {
        this.context = context;
        this.text = text;
        this.box = box;
        this.previous = previous;
        this.next = next;
        box.setAccessibleText(context.text("timeline.detail.a11y"));
    }

    /** The first control in the panel, for Enter on the timeline. */
    Node firstFocusable() {
        return first;
    }

    /** How to use the timeline, shown while nothing is selected. */
    void showGuide() {
        showGuide(null);
    }

    /** How to use the timeline; {@code back}, when given, returns to the selected event. */
    void showGuide(Runnable back) {
        List<Node> out = new ArrayList<>();
        Button backButton = null;
        if (back != null) {
            backButton = new Button(context.text("timeline.guide.back"));
            backButton.setMinWidth(Region.USE_PREF_SIZE);
            backButton.setOnAction(a -> back.run());
            out.add(backButton);
        }
        Label title = label(context.text("timeline.guide.title"), "detail-guide-title");
        Label intro = label(context.text("timeline.guide.intro"), "detail-guide");
        out.add(title);
        out.add(intro);
        String[] lines = context.text("timeline.guide.keys").split("\n");
        out.add(label(lines[0], "detail-guide"));
        GridPane keys = new GridPane();
        keys.getStyleClass().add("detail-keys");
        for (int i = 1; i < lines.length; i++) {
            String[] kv = lines[i].split("\t", 2);
            Label k = label(kv[0], "detail-key");
            k.setWrapText(false);
            k.setMinWidth(Region.USE_PREF_SIZE);
            keys.addRow(i - 1, k, label(kv.length > 1 ? kv[1] : "", "detail-key-text"));
        }
        out.add(keys);
        box.getChildren().setAll(out);
        first = backButton;
    }

    /** Shows an event. */
    void show(PackIndex index, TimelineData data, TimelineData.Item item) {
        Event e = index.event(item.id()).orElse(null);
        if (e == null) {
            showGuide();
            return;
        }
        int year = item.year();
        List<Node> out = new ArrayList<>();

        Button earlier = new Button(context.text("timeline.detail.previous"));
        earlier.setMinWidth(Region.USE_PREF_SIZE);
        Tips.install(earlier, context.text("timeline.detail.previous.tip"));
        earlier.setOnAction(a -> previous.run());
        Button later = new Button(context.text("timeline.detail.next"));
        later.setMinWidth(Region.USE_PREF_SIZE);
        Tips.install(later, context.text("timeline.detail.next.tip"));
        later.setOnAction(a -> next.run());
        Region swatch = new Region();
        swatch.getStyleClass().add("lane-swatch");
        Label lane = new Label(data.lanes().get(item.lane()).title().toUpperCase(context.bundle().getLocale()), swatch);
        lane.getStyleClass().addAll("detail-lane", "lane-" + (1 + item.lane() % TimelineView.Ink.LANE_COLOURS));
        lane.setWrapText(true);
        lane.setMinWidth(0);
        HBox nav = new HBox(earlier, later);
        nav.getStyleClass().add("detail-nav");
        out.add(nav);
        out.add(lane);

        out.add(label(text.date(item), "detail-date"));
        Label title = label(e.title(), "detail-title");
        title.setAccessibleRole(AccessibleRole.TEXT);
        out.add(title);
        if (e.summary() != null) {
            out.add(label(e.summary(), "detail-summary"));
        }
        List<Node> focusables = new ArrayList<>();

        List<Cite> quotes = e.cite().stream().filter(Cite::isQuote).toList();
        if (!quotes.isEmpty()) {
            out.add(section("timeline.detail.quotes"));
            for (Cite q : quotes) {
                Node block = quoteBlock(q.quote());
                out.add(block);
                focusables.add(block);
            }
        }

        List<Note> notes = index.notesAbout(e.id());
        if (!notes.isEmpty()) {
            out.add(section("timeline.detail.notes"));
            for (Note n : notes) {
                Label kind = new Label(context.text("timeline.note.kind." + n.kind().jsonName()));
                kind.getStyleClass().addAll("kind-badge", "kind-note");
                kind.setMinWidth(Region.USE_PREF_SIZE);
                Label nt = label(n.title(), "detail-note-title");
                HBox head = new HBox(8, kind, nt);
                head.setAlignment(Pos.CENTER_LEFT);
                VBox note = new VBox(head, label(n.body(), "detail-note-body"));
                note.getStyleClass().add("detail-note");
                out.add(note);
            }
        }

        List<Node> sources = new ArrayList<>();
        for (Cite c : e.cite()) {
            if (c.ref() == null) {
                continue;
            }
            Reference r = index.reference(c.ref()).orElse(null);
            if (r == null) {
                continue;
            }
            VBox src = new VBox();
            src.getStyleClass().add("detail-source");
            if (r.url() != null && SafeUrl.isSafe(r.url())) {
                Hyperlink link = link(r.title(), "detail-link-source", () -> context.openUrl(r.url()));
                Tips.install(link, context.text("timeline.detail.source.tip", SafeUrl.shown(r.url())));
                src.getChildren().add(link);
                focusables.add(link);
            } else if (r.url() != null) {
                src.getChildren().add(WebLinks.of(r.title(), r.url(), context.uiText()::format, context::openUrl,
                        "detail-note-title"));
            } else {
                src.getChildren().add(label(r.title(), "detail-note-title"));
            }
            String publisher = r.publisher() != null ? r.publisher() : r.author();
            String when = r.date() == null ? null : text.date(r.date());
            String line = publisher != null && when != null ? context.text("timeline.detail.source.line", publisher,
                    when) : publisher != null ? publisher : when;
            if (line != null) {
                src.getChildren().add(label(line, "detail-source-line"));
            }
            if (c.detail() != null && !c.detail().isBlank()) {
                src.getChildren().add(label(c.detail(), "detail-note-body"));
            }
            sources.add(src);
        }
        if (!sources.isEmpty()) {
            out.add(section("timeline.detail.sources"));
            out.addAll(sources);
        }

        List<Hyperlink> bodies = new ArrayList<>();
        for (String id : e.institutions()) {
            index.institution(id).ifPresent(inst -> {
                Hyperlink l = link(name(inst), "detail-link-institution",
                        () -> context.navigator().open(new Target.InstitutionTarget(id, year)));
                Tips.install(l, context.text("timeline.detail.institutions.tip", inst.name(), year));
                l.setId("detail-institution-" + id);
                bodies.add(l);
            });
        }
        addLinks(out, focusables, "timeline.detail.institutions", bodies);

        List<Hyperlink> people = new ArrayList<>();
        for (String id : e.people()) {
            index.person(id).ifPresent(p -> {
                Hyperlink l = link(name(p), "detail-link-person",
                        () -> context.navigator().open(new Target.PersonTarget(id, year)));
                Tips.install(l, context.text("timeline.detail.people.tip", p.name(), year));
                people.add(l);
            });
        }
        addLinks(out, focusables, "timeline.detail.people", people);

        List<Card> cards = index.cardsOfEvent(e.id());
        if (!cards.isEmpty()) {
            out.add(section("timeline.detail.cards"));
            VBox list = new VBox();
            list.getStyleClass().add("detail-links");
            for (Card c : cards) {
                Hyperlink l = link(CardText.prompt(c), "detail-link-card",
                        () -> context.navigator().open(new Target.CardTarget(c.id())));
                l.setWrapText(true);
                Tips.install(l, context.text("timeline.detail.cards.tip"));
                l.setId("detail-card-" + c.id());
                list.getChildren().add(l);
                focusables.add(l);
            }
            out.add(list);
        }
        box.getChildren().setAll(out);
        first = focusables.isEmpty() ? later : focusables.get(0);
    }

    private void addLinks(List<Node> out, List<Node> focusables, String heading, List<Hyperlink> links) {
        if (links.isEmpty()) {
            return;
        }
        out.add(section(heading));
        // One link a line, wrapping: a long name must never widen the panel.
        VBox list = new VBox();
        list.getStyleClass().add("detail-links");
        for (Hyperlink l : links) {
            l.setWrapText(true);
            list.getChildren().add(l);
        }
        out.add(list);
        focusables.addAll(links);
    }

    private String name(Institution i) {
        return context.name(Name.of(i));
    }

    private String name(Person p) {
        return context.name(Name.of(p));
    }

    /** The essay's words, as a block that opens the reader at them. */
    private Node quoteBlock(String quote) {
        Label words = label(org.xistudy.content.Quotations.display(quote), "detail-quote-text");
        Label open = label(context.text("timeline.detail.quote.open") + " \u203A", "detail-quote-open");
        VBox block = new VBox(4, words, open);
        block.getStyleClass().add("detail-quote");
        block.setFocusTraversable(true);
        block.setAccessibleRole(AccessibleRole.HYPERLINK);
        block.setAccessibleText(context.text("timeline.detail.quote.open") + ": " + quote);
        Runnable go = () -> context.navigator().open(Target.PassageTarget.quote(quote));
        block.setOnMouseClicked(m -> {
            if (m.getButton() == MouseButton.PRIMARY) {
                go.run();
            }
        });
        block.setOnKeyPressed(k -> {
            if (k.getCode() == KeyCode.ENTER || k.getCode() == KeyCode.SPACE) {
                go.run();
                k.consume();
            }
        });
        return block;
    }

    private Hyperlink link(String s, String style, Runnable action) {
        Hyperlink l = new Hyperlink(s);
        l.getStyleClass().add(style);
        l.setOnAction(a -> action.run());
        l.setMinWidth(0);
        return l;
    }

    private Label section(String key) {
        return label(context.text(key).toUpperCase(context.bundle().getLocale()), "detail-section");
    }

    private static Label label(String s, String style) {
        Label l = new Label(s);
        l.getStyleClass().add(style);
        l.setWrapText(true);
        l.setMinWidth(0);
        l.setMaxWidth(Double.MAX_VALUE);
        return l;
    }
}
