package org.xistudy.ui.cards;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.xistudy.content.PackIndex;
import org.xistudy.content.Quotations;
import org.xistudy.content.SafeUrl;
import org.xistudy.content.model.Card;
import org.xistudy.content.model.Cite;
import org.xistudy.content.model.Note;
import org.xistudy.content.model.Reference;
import org.xistudy.ui.answer.QuizTexts;
import org.xistudy.ui.common.WebLinks;

/**
 * The evidence on the back of a card, in one place: its sources (a quote opens the essay there),
 * the events, bodies and people it links to, and the reading notes on them. The shared evidence
 * panel replaces this class as a whole.
 */
final class CardEvidence {

    /** A link to a pack item: its id, its kind (event, institution, person) and its name. */
    record Link(String id, String kind, String label) {
    }

    /** A source: a quote from the essay, or an outside reference. */
    record Source(String quote, String title, String detail, String url) {
        boolean isQuote() {
            return quote != null;
        }
    }

    /** A reading note: its kind (imprecise, contested...), title, body and sources. */
    record NoteView(String kind, String title, String body, List<Source> sources) {
    }

    /** Where the evidence's links lead. */
    record Actions(Consumer<String> openItem, Consumer<String> openQuote, Consumer<String> openUrl) {
    }

    private final List<Link> links;
    private final List<Source> sources;
    private final List<NoteView> notes;

    private CardEvidence(List<Link> links, List<Source> sources, List<NoteView> notes) {
        this.links = links;
        this.sources = sources;
        this.notes = notes;
    }

    /** The evidence of a card in a pack (none without a pack). */
    static CardEvidence of(Card c, PackIndex index) {
        if (index == null) {
            return new CardEvidence(List.of(), List.of(), List.of());
        }
        return new CardEvidence(linksOf(c, index), sourcesOf(c.cite(), index), notesOf(c, index));
    }

    List<Link> links() {
        return links;
    }

    List<Source> sources() {
        return sources;
    }

    List<NoteView> notes() {
        return notes;
    }

    private static List<Link> linksOf(Card c, PackIndex index) {
        Set<String> ids = new LinkedHashSet<>();
        index.eventsOfCard(c.id()).forEach(e -> ids.add(e.id()));
        ids.addAll(c.institutions());
        ids.addAll(c.people());
        List<Link> out = new ArrayList<>();
        for (String id : ids) {
            index.kindOf(id).ifPresent(k -> out.add(new Link(id, k.name().toLowerCase(Locale.ROOT), index.label(id))));
        }
        return List.copyOf(out);
    }

    private static List<Source> sourcesOf(List<Cite> cites, PackIndex index) {
        List<Source> out = new ArrayList<>();
        for (Cite cite : cites) {
            if (cite.isQuote()) {
                out.add(new Source(cite.quote(), null, null, null));
            } else {
                Reference r = index.reference(cite.ref()).orElse(null);
                out.add(new Source(null, r == null ? cite.ref() : r.title(), cite.detail(), r == null ? null : r.url()));
            }
        }
        return List.copyOf(out);
    }

    /** The notes about the card and about the items it links to, each once. */
    private static List<NoteView> notesOf(Card c, PackIndex index) {
        Set<Note> seen = new LinkedHashSet<>(index.notesAbout(c.id()));
        index.eventsOfCard(c.id()).forEach(e -> seen.addAll(index.notesAbout(e.id())));
        c.institutions().forEach(i -> seen.addAll(index.notesAbout(i)));
        c.people().forEach(p -> seen.addAll(index.notesAbout(p)));
        List<NoteView> out = new ArrayList<>();
        for (Note n : seen) {
            out.add(new NoteView(n.kind().jsonName(), n.title(), n.body(), sourcesOf(n.cite(), index)));
        }
        return List.copyOf(out);
    }

    // ---- drawing -----------------------------------------------------------------------------

    /** The evidence as nodes, in the order the back of a card shows them. */
    List<Node> view(QuizTexts texts, Actions actions) {
        List<Node> out = new ArrayList<>();
        if (!sources.isEmpty()) {
            out.add(sources(sources, heading(texts, "cards.sources"), texts, actions));
        }
        if (!links.isEmpty()) {
            out.add(links(texts, actions));
        }
        if (!notes.isEmpty()) {
            out.add(notes(texts, actions));
        }
        return out;
    }

    private static Label heading(QuizTexts texts, String key) {
        Label l = new Label(texts.text(key).toUpperCase(Locale.ROOT));
        l.getStyleClass().add("card-section-heading");
        return l;
    }

    private static Node sources(List<Source> sources, Label heading, QuizTexts texts, Actions actions) {
        VBox box = new VBox();
        box.getStyleClass().add("card-sources");
        if (heading != null) {
            box.getChildren().add(heading);
        }
        for (Source s : sources) {
            if (s.isQuote()) {
                Text quote = new Text(Quotations.display(s.quote()));
                quote.getStyleClass().add("card-quote");
                TextFlow flow = new TextFlow(quote);
                flow.getStyleClass().add("card-quote-flow");
                Hyperlink open = new Hyperlink(texts.text("cards.openInEssay"));
                open.getStyleClass().add("card-link");
                open.setOnAction(e -> actions.openQuote().accept(s.quote()));
                box.getChildren().addAll(flow, open);
            } else {
                Label ref = new Label(s.title() + (s.detail() == null ? "" : " \u2014 " + s.detail()));
                ref.getStyleClass().add("card-reference");
                ref.setWrapText(true);
                box.getChildren().add(ref);
                if (s.url() != null) {
                    box.getChildren().add(WebLinks.of(SafeUrl.shown(s.url()), s.url(), texts::text,
                            actions.openUrl(), "card-link"));
                }
            }
        }
        return box;
    }

    private Node links(QuizTexts texts, Actions actions) {
        FlowPane flow = new FlowPane();
        flow.getStyleClass().add("card-links");
        for (Link l : links) {
            Label kind = new Label(texts.text("kind." + l.kind()));
            kind.getStyleClass().addAll("kind-badge", "kind-" + l.kind());
            Button b = new Button(l.label());
            b.setGraphic(kind);
            b.getStyleClass().add("card-link-button");
            b.setAccessibleText(kind.getText() + ": " + l.label());
            b.setOnAction(e -> actions.openItem().accept(l.id()));
            b.setFocusTraversable(false);
            flow.getChildren().add(b);
        }
        VBox box = new VBox(heading(texts, "cards.links"), flow);
        box.getStyleClass().add("card-links-box");
        return box;
    }

    private Node notes(QuizTexts texts, Actions actions) {
        VBox box = new VBox(heading(texts, "cards.notes"));
        box.getStyleClass().add("card-notes");
        for (NoteView n : notes) {
            Label kind = new Label(texts.text("cards.noteKind." + n.kind()));
            kind.getStyleClass().addAll("note-kind", "note-kind-" + n.kind());
            kind.setMinWidth(Region.USE_PREF_SIZE);
            Label title = new Label(n.title());
            title.getStyleClass().add("note-title");
            title.setWrapText(true);
            HBox head = new HBox(kind, title);
            head.getStyleClass().add("note-head");
            head.setAlignment(Pos.CENTER_LEFT);
            Label body = new Label(n.body());
            body.getStyleClass().add("note-body");
            body.setWrapText(true);
            body.setMinHeight(Region.USE_PREF_SIZE);
            VBox note = new VBox(head, body);
            if (!n.sources().isEmpty()) {
                note.getChildren().add(sources(n.sources(), null, texts, actions));
            }
            note.getStyleClass().add("card-note");
            box.getChildren().add(note);
        }
        return box;
    }
}
