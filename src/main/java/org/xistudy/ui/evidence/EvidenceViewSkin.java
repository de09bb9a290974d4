package org.xistudy.ui.evidence;

import java.util.Locale;
import java.util.function.UnaryOperator;
import javafx.beans.InvalidationListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.SkinBase;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.xistudy.content.Quotations;
import org.xistudy.content.SafeUrl;
import org.xistudy.study.evidence.Evidence;
import org.xistudy.study.evidence.Evidence.Link;
import org.xistudy.study.evidence.Evidence.NoteEntry;
import org.xistudy.study.evidence.Evidence.Source;
import org.xistudy.ui.common.UiText;
import org.xistudy.ui.common.WebLinks;

/** Draws an {@link EvidenceView}: sources, links and notes, each part shown only when it has something. */
final class EvidenceViewSkin extends SkinBase<EvidenceView> {
    private final VBox box = new VBox();
    private final InvalidationListener rebuild = o -> rebuild();

    EvidenceViewSkin(EvidenceView control) {
        super(control);
        box.getStyleClass().add("evidence-box");
        box.setFillWidth(true);
        getChildren().add(box);
        control.evidenceProperty().addListener(rebuild);
        control.textProperty().addListener(rebuild);
        control.headingsProperty().addListener(rebuild);
        control.interactiveProperty().addListener(rebuild);
        control.itemLabelsProperty().addListener(rebuild);
        rebuild();
    }

    @Override
    public void dispose() {
        EvidenceView c = getSkinnable();
        if (c != null) {
            c.evidenceProperty().removeListener(rebuild);
            c.textProperty().removeListener(rebuild);
            c.headingsProperty().removeListener(rebuild);
            c.interactiveProperty().removeListener(rebuild);
            c.itemLabelsProperty().removeListener(rebuild);
        }
        super.dispose();
    }

    // SkinBase measures children at their preferred width; wrapped text needs the width it gets.
    @Override
    protected double computePrefHeight(double width, double top, double right, double bottom, double left) {
        return top + box.prefHeight(width < 0 ? -1 : Math.max(0, width - left - right)) + bottom;
    }

    @Override
    protected double computeMinHeight(double width, double top, double right, double bottom, double left) {
        return top + box.minHeight(width < 0 ? -1 : Math.max(0, width - left - right)) + bottom;
    }

    @Override
    protected void layoutChildren(double x, double y, double w, double h) {
        box.resizeRelocate(x, y, w, h);
    }

    private void rebuild() {
        box.getChildren().clear();
        EvidenceView c = getSkinnable();
        UiText text = c.textProperty().get();
        Evidence e = c.getEvidence();
        if (text == null || e.isEmpty()) {
            return;
        }
        boolean headings = c.headingsProperty().get();
        if (!e.sources().isEmpty()) {
            VBox part = sources(e.sources(), text);
            if (headings) {
                part.getChildren().add(0, heading(text, "evidence.sources"));
            }
            box.getChildren().add(part);
        }
        if (!e.links().isEmpty()) {
            box.getChildren().add(links(e, text, headings));
        }
        if (!e.notes().isEmpty()) {
            box.getChildren().add(notes(e, text, headings));
        }
    }

    private static Label heading(UiText text, String key) {
        Label l = new Label(text.get(key).toUpperCase(text.locale()));
        l.getStyleClass().add("evidence-heading");
        return l;
    }

    private VBox sources(Iterable<Source> sources, UiText text) {
        VBox part = new VBox();
        part.getStyleClass().add("evidence-sources");
        for (Source s : sources) {
            if (s.isQuote()) {
                Text quote = new Text(Quotations.display(s.quote()));
                quote.getStyleClass().add("evidence-quote");
                TextFlow flow = new TextFlow(quote);
                flow.getStyleClass().add("evidence-quote-flow");
                part.getChildren().add(flow);
                if (!getSkinnable().interactiveProperty().get()) {
                    Label where = new Label(s.paragraph() == null ? text.get("evidence.essay")
                            : text.format("evidence.essayParagraph", s.paragraph()));
                    where.getStyleClass().add("evidence-reference");
                    part.getChildren().add(where);
                    continue;
                }
                Hyperlink open = new Hyperlink(s.paragraph() == null ? text.get("evidence.openInEssay")
                        : text.format("evidence.openParagraph", s.paragraph()));
                open.getStyleClass().add("evidence-link");
                open.setOnAction(ev -> getSkinnable().onOpenQuoteProperty().get().accept(s.quote()));
                part.getChildren().add(open);
            } else {
                String who = s.author() == null ? s.title() : text.format("evidence.byAuthor", s.title(), s.author());
                Label ref = new Label(s.detail() == null ? who : who + " \u2014 " + s.detail());
                ref.getStyleClass().add("evidence-reference");
                ref.setWrapText(true);
                ref.setMinHeight(Region.USE_PREF_SIZE);
                part.getChildren().add(ref);
                if (s.url() != null && getSkinnable().interactiveProperty().get()) {
                    // A link (its address in the tooltip) only when SafeUrl allows it; any other address as text.
                    part.getChildren().add(WebLinks.of(SafeUrl.shown(s.url()), s.url(), text::format,
                            url -> getSkinnable().onOpenUrlProperty().get().accept(url), "evidence-link"));
                }
            }
        }
        return part;
    }

    private Node links(Evidence e, UiText text, boolean headings) {
        FlowPane flow = new NarrowFlow();
        flow.getStyleClass().add("evidence-links");
        for (Link l : e.links()) {
            Label kind = new Label(text.get("kind." + l.kind()));
            kind.getStyleClass().addAll("kind-badge", "kind-" + l.kind());
            UnaryOperator<String> names = getSkinnable().itemLabelsProperty().get();
            String label = names == null ? l.label() : names.apply(l.id());
            Button b = new Button(label);
            b.setGraphic(kind);
            b.setWrapText(true);
            b.getStyleClass().add("evidence-item");
            b.setAccessibleText(kind.getText() + ": " + label);
            b.setOnAction(ev -> getSkinnable().onOpenItemProperty().get().accept(l.id()));
            b.setDisable(!getSkinnable().interactiveProperty().get());
            flow.getChildren().add(b);
        }
        VBox part = new VBox(flow);
        if (headings) {
            part.getChildren().add(0, heading(text, "evidence.links"));
        }
        part.getStyleClass().add("evidence-links-box");
        return part;
    }

    private Node notes(Evidence e, UiText text, boolean headings) {
        VBox part = new VBox();
        part.getStyleClass().add("evidence-notes");
        if (headings) {
            part.getChildren().add(heading(text, "evidence.notes"));
        }
        for (NoteEntry n : e.notes()) {
            String kindKey = "evidence.noteKind." + n.kind().toLowerCase(Locale.ROOT);
            Label kind = new Label(text.has(kindKey) ? text.get(kindKey) : n.kind());
            kind.getStyleClass().addAll("evidence-note-kind", "note-kind-" + n.kind());
            kind.setMinWidth(Region.USE_PREF_SIZE);
            Label title = new Label(n.title());
            title.getStyleClass().add("evidence-note-title");
            title.setWrapText(true);
            HBox head = new HBox(kind, title);
            head.getStyleClass().add("evidence-note-head");
            head.setAlignment(Pos.CENTER_LEFT);
            Label body = new Label(n.body());
            body.getStyleClass().add("evidence-note-body");
            body.setWrapText(true);
            body.setMinHeight(Region.USE_PREF_SIZE);
            VBox note = new VBox(head, body);
            if (!n.sources().isEmpty()) {
                note.getChildren().add(sources(n.sources(), text));
            }
            note.getStyleClass().add("evidence-note");
            part.getChildren().add(note);
        }
        return part;
    }

    /**
     * The links' row: as narrow as the panel it stands in (a long item, "First meeting of the
     * CNSC: …", wraps inside its button instead of widening the panel past its window).
     */
    private static final class NarrowFlow extends FlowPane {
        @Override
        protected double computeMinWidth(double height) {
            double widest = 0;
            for (Node n : getManagedChildren()) {
                widest = Math.max(widest, n.minWidth(-1));
            }
            return snappedLeftInset() + snappedRightInset() + widest;
        }

        @Override
        protected void layoutChildren() {
            double room = Math.max(1, getWidth() - snappedLeftInset() - snappedRightInset());
            for (Node n : getManagedChildren()) {
                if (n instanceof Region r) {
                    r.setMaxWidth(room);
                }
            }
            super.layoutChildren();
        }
    }
}
