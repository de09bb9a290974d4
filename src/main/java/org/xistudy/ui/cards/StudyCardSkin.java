package org.xistudy.ui.cards;

import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import javafx.animation.Interpolator;
import javafx.animation.KeyFrame;
import javafx.animation.KeyValue;
import javafx.animation.Timeline;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.SkinBase;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.util.Duration;
import org.xistudy.content.model.CardType;

/** Draws a {@link StudyCardView}: rebuilt whenever the card or its side changes. */
final class StudyCardSkin extends SkinBase<StudyCardView> {
    private static final PseudoClass CORRECT = PseudoClass.getPseudoClass("correct");
    private static final PseudoClass WRONG = PseudoClass.getPseudoClass("wrong");
    private static final PseudoClass CHOSEN = PseudoClass.getPseudoClass("chosen");
    private static final PseudoClass PICKED = PseudoClass.getPseudoClass("picked");
    private static final Duration FLIP = Duration.millis(200);

    private final StackPane frame = new StackPane();
    private final VBox card = new VBox();
    private TextField typeIn;
    private List<Button> answerButtons = List.of();
    private Timeline flip;

    StudyCardSkin(StudyCardView control) {
        super(control);
        card.getStyleClass().add("study-card");
        card.setFillWidth(true);
        frame.getStyleClass().add("study-card-frame");
        frame.setAlignment(Pos.TOP_CENTER);
        frame.getChildren().add(card);
        getChildren().add(frame);
        control.presentationProperty().addListener((obs, old, now) -> rebuild(false));
        control.flippedProperty().addListener((obs, old, now) -> rebuild(now && old != null && !old));
        control.resourcesProperty().addListener((obs, old, now) -> rebuild(false));
        rebuild(false);
    }

    /** The height for a width: SkinBase would measure the text unwrapped. */
    @Override
    protected double computePrefHeight(double width, double top, double right, double bottom, double left) {
        return top + frame.prefHeight(width < 0 ? -1 : Math.max(0, width - left - right)) + bottom;
    }

    @Override
    protected double computeMinHeight(double width, double top, double right, double bottom, double left) {
        return computePrefHeight(width, top, right, bottom, left);
    }

    private String text(String key, Object... args) {
        ResourceBundle b = getSkinnable().resourcesProperty().get();
        if (b == null) {
            return key;
        }
        try {
            String pattern = b.getString(key);
            return args.length == 0 ? pattern : new java.text.MessageFormat(pattern, b.getLocale()).format(args);
        } catch (MissingResourceException e) {
            return key;
        }
    }

    private void rebuild(boolean animate) {
        CardPresentation p = getSkinnable().presentationProperty().get();
        boolean flipped = getSkinnable().flippedProperty().get();
        stopFlip();
        card.getChildren().clear();
        typeIn = null;
        answerButtons = List.of();
        card.pseudoClassStateChanged(CORRECT, false);
        card.pseudoClassStateChanged(WRONG, false);
        if (p == null) {
            card.setVisible(false);
            return;
        }
        card.setVisible(true);
        card.getChildren().add(header(p));
        card.getChildren().add(question(p, flipped));
        if (flipped) {
            Boolean ok = p.isCorrect();
            card.pseudoClassStateChanged(CORRECT, Boolean.TRUE.equals(ok));
            card.pseudoClassStateChanged(WRONG, Boolean.FALSE.equals(ok));
            card.getChildren().add(answer(p));
        }
        if (animate && getSkinnable().animatedProperty().get()) {
            playFlip();
        }
    }

    /**
     * The card turns over: the answer side unfolds from the card's middle. Only the drawing
     * moves; the content is already the new side.
     */
    private void playFlip() {
        card.setScaleX(0.02);
        flip = new Timeline(
                new KeyFrame(Duration.ZERO, new KeyValue(card.scaleXProperty(), 0.02)),
                new KeyFrame(FLIP, new KeyValue(card.scaleXProperty(), 1, Interpolator.EASE_OUT)));
        flip.setOnFinished(e -> card.setScaleX(1));
        flip.play();
    }

    private void stopFlip() {
        if (flip != null) {
            flip.stop();
            flip = null;
        }
        card.setScaleX(1);
    }

    // ---- header --------------------------------------------------------------------------

    private Node header(CardPresentation p) {
        HBox h = new HBox();
        h.getStyleClass().add("study-card-header");
        h.setAlignment(Pos.CENTER_LEFT);
        Label type = new Label(text("cards.type." + p.type().jsonName()));
        type.getStyleClass().addAll("card-type-badge", "card-type-" + p.type().jsonName());
        type.setMinWidth(Region.USE_PREF_SIZE);
        h.getChildren().add(type);
        if (p.type() == CardType.REVERSED) {
            Label dir = new Label(text(p.reverse() ? "cards.direction.reverse" : "cards.direction.forward"));
            dir.getStyleClass().add("card-direction");
            dir.setMinWidth(Region.USE_PREF_SIZE);
            h.getChildren().add(dir);
        }
        if (p.section() != null) {
            Label section = new Label(p.section());
            section.getStyleClass().add("card-section");
            h.getChildren().add(section);
        }
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        h.getChildren().add(spacer);
        for (String tag : p.card().tags()) {
            Label t = new Label(tag);
            t.getStyleClass().add("card-tag");
            t.setMinWidth(Region.USE_PREF_SIZE);
            h.getChildren().add(t);
        }
        return h;
    }

    // ---- question side -------------------------------------------------------------------

    private Node question(CardPresentation p, boolean flipped) {
        VBox q = new VBox();
        q.getStyleClass().add("study-card-question");
        switch (p.type()) {
            case CLOZE:
                q.getChildren().add(cloze(p, flipped));
                break;
            case CHOICE:
                q.getChildren().addAll(prompt(p.prompt()), choices(p, flipped));
                break;
            case TRUEFALSE:
                q.getChildren().addAll(prompt(p.prompt()), trueFalse(p, flipped));
                break;
            case TYPEIN:
                q.getChildren().addAll(prompt(p.prompt()), typeIn(p, flipped));
                break;
            case ORDER:
                q.getChildren().addAll(prompt(p.prompt()), order(p, flipped));
                break;
            case MATCH:
                q.getChildren().addAll(prompt(p.prompt()), match(p, flipped));
                break;
            default:
                q.getChildren().add(prompt(p.prompt()));
        }
        return q;
    }

    private static Label prompt(String s) {
        Label l = new Label(s);
        l.getStyleClass().add("card-prompt");
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);
        return l;
    }

    private Label hint(String key) {
        Label l = new Label(text(key));
        l.getStyleClass().add("card-hint");
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);
        return l;
    }

    private Node cloze(CardPresentation p, boolean flipped) {
        List<String> parts = p.clozeParts();
        Text before = new Text(parts.get(0));
        Text span = new Text(flipped ? parts.get(1)
                : p.clozeHint() == null ? "[\u2026]" : "[" + p.clozeHint() + "]");
        Text after = new Text(parts.get(2));
        before.getStyleClass().add("cloze-text");
        after.getStyleClass().add("cloze-text");
        span.getStyleClass().addAll("cloze-text", flipped ? "cloze-answer" : "cloze-blank");
        TextFlow flow = new TextFlow(before, span, after);
        flow.getStyleClass().add("card-cloze");
        flow.setAccessibleText(before.getText() + span.getText() + after.getText());
        return flow;
    }

    private static String letter(int i) {
        return String.valueOf((char) ('A' + i));
    }

    private Node choices(CardPresentation p, boolean flipped) {
        VBox box = new VBox();
        box.getStyleClass().add("choice-options");
        List<Button> buttons = new java.util.ArrayList<>();
        for (int i = 0; i < p.options().size(); i++) {
            int index = i;
            Button b = optionButton(letter(i), p.options().get(i));
            b.getStyleClass().add("choice-option");
            Integer chosen = p.chosenProperty().get();
            b.pseudoClassStateChanged(CHOSEN, chosen != null && chosen == i);
            if (flipped) {
                b.pseudoClassStateChanged(CORRECT, i == p.correctOption());
                b.pseudoClassStateChanged(WRONG, chosen != null && chosen == i && i != p.correctOption());
                b.setMouseTransparent(true);
            } else {
                b.setOnAction(e -> {
                    p.chosenProperty().set(index);
                    getSkinnable().onAnsweredProperty().get().run();
                });
            }
            buttons.add(b);
            box.getChildren().add(b);
        }
        if (!flipped) {
            box.getChildren().add(hint("cards.choice.hint"));
        }
        answerButtons = buttons;
        return box;
    }

    /** An answer button: a key badge and text that wraps (a Button measures wrapped text, not wrapped graphics). */
    private Button optionButton(String key, String label) {
        Label k = new Label(key);
        k.getStyleClass().add("option-key");
        k.setMinWidth(Region.USE_PREF_SIZE);
        Button b = new Button(label);
        b.setGraphic(k);
        b.setWrapText(true);
        b.getStyleClass().add("option-button");
        b.setMaxWidth(Double.MAX_VALUE);
        b.setAlignment(Pos.CENTER_LEFT);
        b.setAccessibleText(key + ": " + label);
        b.setFocusTraversable(false);
        return b;
    }

    private Node trueFalse(CardPresentation p, boolean flipped) {
        HBox box = new HBox();
        box.getStyleClass().add("truefalse-options");
        Button yes = optionButton("T", text("cards.truefalse.true"));
        Button no = optionButton("F", text("cards.truefalse.false"));
        yes.setMaxWidth(Region.USE_PREF_SIZE);
        no.setMaxWidth(Region.USE_PREF_SIZE);
        for (Button b : List.of(yes, no)) {
            b.getStyleClass().add("choice-option");
            boolean value = b == yes;
            Boolean chosen = p.chosenTrueProperty().get();
            b.pseudoClassStateChanged(CHOSEN, chosen != null && chosen == value);
            if (flipped) {
                b.pseudoClassStateChanged(CORRECT, value == p.card().isTrue());
                b.pseudoClassStateChanged(WRONG, chosen != null && chosen == value && value != p.card().isTrue());
                b.setMouseTransparent(true);
            } else {
                b.setOnAction(e -> {
                    p.chosenTrueProperty().set(value);
                    getSkinnable().onAnsweredProperty().get().run();
                });
            }
        }
        box.getChildren().addAll(yes, no);
        answerButtons = List.of(yes, no);
        if (flipped) {
            return box;
        }
        VBox v = new VBox(box, hint("cards.truefalse.hint"));
        v.getStyleClass().add("truefalse-box");
        return v;
    }

    private Node typeIn(CardPresentation p, boolean flipped) {
        if (!flipped) {
            TextField field = new TextField();
            field.getStyleClass().add("typein-field");
            field.setPromptText(text("cards.typein.prompt"));
            field.setAccessibleText(text("cards.typein.prompt"));
            field.textProperty().bindBidirectional(p.typedProperty());
            field.setOnAction(e -> getSkinnable().onAnsweredProperty().get().run());
            typeIn = field;
            return field;
        }
        GridPane grid = new GridPane();
        grid.getStyleClass().add("typein-compare");
        ColumnConstraints half = new ColumnConstraints();
        half.setPercentWidth(50);
        grid.getColumnConstraints().addAll(half, half);
        Label yoursHead = new Label(text("cards.typein.yours"));
        Label expectedHead = new Label(text("cards.typein.expected"));
        yoursHead.getStyleClass().add("compare-heading");
        expectedHead.getStyleClass().add("compare-heading");
        String typed = p.typedProperty().get();
        Label yours = new Label(typed == null || typed.isBlank() ? text("cards.typein.nothing") : typed);
        yours.getStyleClass().add("compare-value");
        yours.pseudoClassStateChanged(CORRECT, Boolean.TRUE.equals(p.isCorrect()));
        yours.pseudoClassStateChanged(WRONG, Boolean.FALSE.equals(p.isCorrect()));
        Label expected = new Label(p.answer());
        expected.getStyleClass().add("compare-value");
        yours.setWrapText(true);
        expected.setWrapText(true);
        grid.add(yoursHead, 0, 0);
        grid.add(expectedHead, 1, 0);
        grid.add(yours, 0, 1);
        grid.add(expected, 1, 1);
        if (!p.card().accept().isEmpty()) {
            Label also = new Label(text("cards.typein.alsoAccepted", String.join(" \u00B7 ", p.card().accept())));
            also.getStyleClass().add("card-hint");
            also.setWrapText(true);
            grid.add(also, 1, 2);
        }
        return grid;
    }

    private Node order(CardPresentation p, boolean flipped) {
        if (!flipped) {
            VBox box = new VBox();
            box.getStyleClass().add("order-items");
            List<Button> buttons = new java.util.ArrayList<>();
            for (int i = 0; i < p.orderShown().size(); i++) {
                int index = i;
                int rank = p.orderPicks().indexOf(i);
                Button b = optionButton(rank >= 0 ? Integer.toString(rank + 1) : letter(i), p.orderShown().get(i));
                b.getStyleClass().add("order-item");
                b.pseudoClassStateChanged(PICKED, rank >= 0);
                b.setOnAction(e -> pick(p, index));
                buttons.add(b);
                box.getChildren().add(b);
            }
            box.getChildren().add(hint("cards.order.hint"));
            answerButtons = buttons;
            return box;
        }
        GridPane grid = new GridPane();
        grid.getStyleClass().add("order-compare");
        ColumnConstraints half = new ColumnConstraints();
        half.setPercentWidth(50);
        grid.getColumnConstraints().addAll(half, half);
        Label right = new Label(text("cards.order.correct"));
        right.getStyleClass().add("compare-heading");
        grid.add(right, 1, 0);
        boolean attempted = p.orderPicks().size() == p.orderShown().size();
        if (attempted) {
            Label yours = new Label(text("cards.order.yours"));
            yours.getStyleClass().add("compare-heading");
            grid.add(yours, 0, 0);
        }
        for (int i = 0; i < p.orderCorrect().size(); i++) {
            Label c = new Label((i + 1) + ".  " + p.orderCorrect().get(i));
            c.getStyleClass().add("compare-value");
            c.setWrapText(true);
            grid.add(c, 1, i + 1);
            if (attempted) {
                String mine = p.orderShown().get(p.orderPicks().get(i));
                Label y = new Label((i + 1) + ".  " + mine);
                y.getStyleClass().add("compare-value");
                y.setWrapText(true);
                boolean ok = mine.equals(p.orderCorrect().get(i));
                y.pseudoClassStateChanged(CORRECT, ok);
                y.pseudoClassStateChanged(WRONG, !ok);
                grid.add(y, 0, i + 1);
            }
        }
        return grid;
    }

    private void pick(CardPresentation p, int index) {
        p.pickOrder(index);
        rebuild(false);
        if (p.orderPicks().size() == p.orderShown().size()) {
            getSkinnable().onAnsweredProperty().get().run();
        }
    }

    private Node match(CardPresentation p, boolean flipped) {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("match-grid");
        ColumnConstraints half = new ColumnConstraints();
        half.setPercentWidth(50);
        grid.getColumnConstraints().addAll(half, half);
        List<String> lefts = p.matchLefts();
        if (!flipped) {
            for (int i = 0; i < lefts.size(); i++) {
                Label l = new Label((i + 1) + ".  " + lefts.get(i));
                Label r = new Label(letter(i) + ".  " + p.matchRights().get(i));
                l.getStyleClass().add("match-left");
                r.getStyleClass().add("match-right");
                l.setWrapText(true);
                r.setWrapText(true);
                grid.add(l, 0, i);
                grid.add(r, 1, i);
            }
            VBox v = new VBox(grid, hint("cards.match.hint"));
            v.getStyleClass().add("match-box");
            return v;
        }
        for (int i = 0; i < lefts.size(); i++) {
            String rightText = p.card().pairs().get(i).right();
            int shown = p.matchRights().indexOf(rightText);
            Label l = new Label((i + 1) + ".  " + lefts.get(i));
            Label r = new Label("\u2192  " + rightText + (shown >= 0 ? "   (" + letter(shown) + ")" : ""));
            l.getStyleClass().add("match-left");
            r.getStyleClass().addAll("match-right", "match-answer");
            l.setWrapText(true);
            r.setWrapText(true);
            grid.add(l, 0, i);
            grid.add(r, 1, i);
        }
        return grid;
    }

    // ---- answer side ---------------------------------------------------------------------

    private Node answer(CardPresentation p) {
        VBox a = new VBox();
        a.getStyleClass().add("study-card-answer");
        Region rule = new Region();
        rule.getStyleClass().add("card-rule");
        a.getChildren().add(rule);
        Boolean ok = p.isCorrect();
        if (ok != null) {
            Label verdict = new Label(text(ok ? "cards.result.right" : "cards.result.wrong"));
            verdict.getStyleClass().addAll("card-verdict", ok ? "verdict-right" : "verdict-wrong");
            a.getChildren().add(verdict);
        }
        switch (p.type()) {
            case BASIC:
            case REVERSED:
            case CHOICE:
                a.getChildren().add(answerLabel(p.answer()));
                break;
            case TRUEFALSE:
                a.getChildren().add(answerLabel(text(p.card().isTrue() ? "cards.truefalse.isTrue" : "cards.truefalse.isFalse")));
                break;
            default:
                break;
        }
        if (p.explanation() != null && !p.explanation().isBlank()) {
            Label ex = new Label(p.explanation());
            ex.getStyleClass().add("card-explanation");
            ex.setWrapText(true);
            ex.setMinHeight(Region.USE_PREF_SIZE);
            a.getChildren().add(ex);
        }
        if (!p.sources().isEmpty()) {
            a.getChildren().add(sources(p.sources(), "cards.sources"));
        }
        if (!p.links().isEmpty()) {
            a.getChildren().add(links(p.links()));
        }
        if (!p.notes().isEmpty()) {
            a.getChildren().add(notes(p.notes()));
        }
        return a;
    }

    private static Label answerLabel(String s) {
        Label l = new Label(s);
        l.getStyleClass().add("card-answer");
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);
        return l;
    }

    private Label heading(String key) {
        Label l = new Label(text(key).toUpperCase(Locale.ROOT));
        l.getStyleClass().add("card-section-heading");
        return l;
    }

    private Node sources(List<CardPresentation.Source> sources, String headingKey) {
        VBox box = new VBox();
        box.getStyleClass().add("card-sources");
        if (headingKey != null) {
            box.getChildren().add(heading(headingKey));
        }
        for (CardPresentation.Source s : sources) {
            if (s.isQuote()) {
                Text quote = new Text(org.xistudy.content.Quotations.display(s.quote()));
                quote.getStyleClass().add("card-quote");
                TextFlow flow = new TextFlow(quote);
                flow.getStyleClass().add("card-quote-flow");
                Hyperlink open = new Hyperlink(text("cards.openInEssay"));
                open.getStyleClass().add("card-link");
                open.setOnAction(e -> getSkinnable().onOpenQuoteProperty().get().accept(s.quote()));
                box.getChildren().addAll(flow, open);
            } else {
                Label ref = new Label(s.title() + (s.detail() == null ? "" : " \u2014 " + s.detail()));
                ref.getStyleClass().add("card-reference");
                ref.setWrapText(true);
                box.getChildren().add(ref);
                if (s.url() != null) {
                    Hyperlink open = new Hyperlink(s.url());
                    open.getStyleClass().add("card-link");
                    open.setOnAction(e -> getSkinnable().onOpenUrlProperty().get().accept(s.url()));
                    box.getChildren().add(open);
                }
            }
        }
        return box;
    }

    private Node links(List<CardPresentation.Link> links) {
        FlowPane flow = new FlowPane();
        flow.getStyleClass().add("card-links");
        for (CardPresentation.Link l : links) {
            Label kind = new Label(text("kind." + l.kind()));
            kind.getStyleClass().addAll("kind-badge", "kind-" + l.kind());
            Button b = new Button(l.label());
            b.setGraphic(kind);
            b.getStyleClass().add("card-link-button");
            b.setAccessibleText(kind.getText() + ": " + l.label());
            b.setOnAction(e -> getSkinnable().onOpenItemProperty().get().accept(l.id()));
            b.setFocusTraversable(false);
            flow.getChildren().add(b);
        }
        VBox box = new VBox(heading("cards.links"), flow);
        box.getStyleClass().add("card-links-box");
        return box;
    }

    private Node notes(List<CardPresentation.NoteView> notes) {
        VBox box = new VBox(heading("cards.notes"));
        box.getStyleClass().add("card-notes");
        for (CardPresentation.NoteView n : notes) {
            Label kind = new Label(text("cards.noteKind." + n.kind()));
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
                note.getChildren().add(sources(n.sources(), null));
            }
            note.getStyleClass().add("card-note");
            box.getChildren().add(note);
        }
        return box;
    }

    // ---- keyboard ------------------------------------------------------------------------

    boolean focusInput() {
        if (typeIn != null) {
            typeIn.requestFocus();
            return true;
        }
        return false;
    }

    /** A letter (A, B...), digit (1, 2...) or T/F answers before the flip. */
    boolean answerKey(String key) {
        CardPresentation p = getSkinnable().presentationProperty().get();
        if (p == null || getSkinnable().flippedProperty().get() || key == null || key.length() != 1) {
            return false;
        }
        char c = Character.toUpperCase(key.charAt(0));
        if (p.type() == CardType.TRUEFALSE && (c == 'T' || c == 'F')) {
            answerButtons.get(c == 'T' ? 0 : 1).fire();
            return true;
        }
        if (p.type() != CardType.CHOICE && p.type() != CardType.ORDER) {
            return false;
        }
        int i = c >= 'A' && c <= 'Z' ? c - 'A' : c >= '1' && c <= '9' ? c - '1' : -1;
        if (i < 0 || i >= answerButtons.size()) {
            return false;
        }
        answerButtons.get(i).fire();
        return true;
    }
}
