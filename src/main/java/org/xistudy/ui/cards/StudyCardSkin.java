package org.xistudy.ui.cards;

import javafx.animation.Interpolator;
import javafx.animation.KeyFrame;
import javafx.animation.KeyValue;
import javafx.animation.Timeline;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.SkinBase;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.xistudy.content.model.CardType;
import org.xistudy.ui.answer.QuizTexts;
import org.xistudy.ui.evidence.EvidenceView;

/**
 * Draws a {@link StudyCardView}: the header, the shared card face, and on the back the evidence.
 * Rebuilt whenever the card or its side changes; the face keeps the answer control.
 */
final class StudyCardSkin extends SkinBase<StudyCardView> {
    private static final PseudoClass CORRECT = PseudoClass.getPseudoClass("correct");
    private static final PseudoClass WRONG = PseudoClass.getPseudoClass("wrong");
    private static final Duration FLIP = Duration.millis(200);

    private final StackPane frame = new StackPane();
    private final VBox card = new VBox();
    private Timeline flip;

    StudyCardSkin(StudyCardView control) {
        super(control);
        card.getStyleClass().add("study-card");
        card.setFillWidth(true);
        frame.getStyleClass().add("study-card-frame");
        frame.setAlignment(Pos.TOP_CENTER);
        frame.getChildren().add(card);
        getChildren().add(frame);
        registerChangeListener(control.presentationProperty(), o -> rebuild(false));
        registerChangeListener(control.flippedProperty(), o -> rebuild(control.flippedProperty().get()));
        registerChangeListener(control.textsProperty(), o -> rebuild(false));
        rebuild(false);
    }

    @Override
    public void dispose() {
        stopFlip();
        card.getChildren().clear();
        super.dispose();
    }

    /** The height for a width: SkinBase would measure the text unwrapped. */
    @Override
    protected double computePrefHeight(double width, double top, double right, double bottom, double left) {
        return top + frame.prefHeight(width < 0 ? -1 : Math.max(0, width - left - right)) + bottom;
    }

    /** The text wraps: the card can be as narrow as it is given, rather than as wide as its words. */
    @Override
    protected double computeMinWidth(double height, double top, double right, double bottom, double left) {
        return left + right + 120;
    }

    @Override
    protected double computeMinHeight(double width, double top, double right, double bottom, double left) {
        return computePrefHeight(width, top, right, bottom, left);
    }

    private void rebuild(boolean animate) {
        StudyCardView view = getSkinnable();
        CardPresentation p = view.presentationProperty().get();
        QuizTexts texts = view.textsProperty().get();
        boolean flipped = view.flippedProperty().get();
        stopFlip();
        card.getChildren().clear();
        card.pseudoClassStateChanged(CORRECT, false);
        card.pseudoClassStateChanged(WRONG, false);
        if (p == null || texts == null) {
            card.setVisible(false);
            return;
        }
        card.setVisible(true);
        card.getChildren().addAll(header(p, texts), view.face());
        if (flipped) {
            Boolean ok = p.isCorrect();
            card.pseudoClassStateChanged(CORRECT, Boolean.TRUE.equals(ok));
            card.pseudoClassStateChanged(WRONG, Boolean.FALSE.equals(ok));
            EvidenceView evidence = new EvidenceView(texts.uiText());
            evidence.setEvidence(p.evidence());
            evidence.onOpenItemProperty().set(id -> view.onOpenItemProperty().get().accept(id));
            evidence.onOpenQuoteProperty().set(q -> view.onOpenQuoteProperty().get().accept(q));
            evidence.onOpenUrlProperty().set(u -> view.onOpenUrlProperty().get().accept(u));
            evidence.itemLabelsProperty().set(texts::itemLabel);
            card.getChildren().add(evidence);
        }
        if (animate && view.animatedProperty().get()) {
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

    private static Node header(CardPresentation p, QuizTexts texts) {
        HBox h = new HBox();
        h.getStyleClass().add("study-card-header");
        h.setAlignment(Pos.CENTER_LEFT);
        h.getChildren().add(badge(texts.text("cards.type." + p.type().jsonName()), "card-type-badge",
                "card-type-" + p.type().jsonName()));
        if (p.type() == CardType.REVERSED) {
            h.getChildren().add(badge(texts.text(p.reverse() ? "cards.direction.reverse" : "cards.direction.forward"),
                    "card-direction"));
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
            h.getChildren().add(badge(tag, "card-tag"));
        }
        return h;
    }

    private static Label badge(String text, String... styles) {
        Label l = new Label(text);
        l.getStyleClass().addAll(styles);
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }
}
