package org.xistudy.ui.cards;

import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Orientation;
import javafx.scene.control.Control;
import javafx.scene.control.Skin;
import org.xistudy.ui.answer.CardFace;
import org.xistudy.ui.answer.QuizTexts;

/**
 * A flashcard: a header (type, section, tags), the card's two sides drawn by the shared
 * {@link CardFace}, and once {@link #flippedProperty() flipped} the evidence on its back
 * (the shared {@link org.xistudy.ui.evidence.EvidenceView}). Answerable card types take the user's answer with the same controls
 * as the quiz. Turning the card over plays a short flip; the content changes at once, so the
 * state is never behind the animation.
 */
public final class StudyCardView extends Control {
    private final ObjectProperty<CardPresentation> presentation = new SimpleObjectProperty<>(this, "presentation");
    private final BooleanProperty flipped = new SimpleBooleanProperty(this, "flipped");
    private final ObjectProperty<QuizTexts> texts = new SimpleObjectProperty<>(this, "texts");
    private final ObjectProperty<Runnable> onAnswered = new SimpleObjectProperty<>(this, "onAnswered", () -> { });
    private final ObjectProperty<Consumer<String>> onOpenItem = new SimpleObjectProperty<>(this, "onOpenItem", id -> { });
    private final ObjectProperty<Consumer<String>> onOpenQuote = new SimpleObjectProperty<>(this, "onOpenQuote", q -> { });
    private final ObjectProperty<Consumer<String>> onOpenUrl = new SimpleObjectProperty<>(this, "onOpenUrl", u -> { });
    private final BooleanProperty animated = new SimpleBooleanProperty(this, "animated", true);
    private final CardFace face = new CardFace();

    public StudyCardView() {
        getStyleClass().add("study-card-view");
        setFocusTraversable(false);
        face.cardProperty().bind(Bindings.createObjectBinding(
                () -> presentation.get() == null ? null : presentation.get().answer(), presentation));
        face.revealedProperty().bind(flipped);
        face.textsProperty().bind(texts);
        face.onAnsweredProperty().set(() -> onAnswered.get().run());
    }

    /** Its height depends on its width (the text wraps). */
    @Override
    public Orientation getContentBias() {
        return Orientation.HORIZONTAL;
    }

    @Override
    protected Skin<?> createDefaultSkin() {
        return new StudyCardSkin(this);
    }

    /** The two sides of the card, drawn by the skin. */
    CardFace face() {
        return face;
    }

    /** The card shown, or null. */
    public ObjectProperty<CardPresentation> presentationProperty() {
        return presentation;
    }

    /** Whether the answer side shows. */
    public BooleanProperty flippedProperty() {
        return flipped;
    }

    /** The UI text. */
    public ObjectProperty<QuizTexts> textsProperty() {
        return texts;
    }

    /** Whether the user may answer (false in the browser's preview). */
    public BooleanProperty editableProperty() {
        return face.editableProperty();
    }

    /** Called when the user has given an answer (picked an option, pressed Enter...), to turn the card. */
    public ObjectProperty<Runnable> onAnsweredProperty() {
        return onAnswered;
    }

    /** Opens a linked pack item by id. */
    public ObjectProperty<Consumer<String>> onOpenItemProperty() {
        return onOpenItem;
    }

    /** Opens the essay at a quote. */
    public ObjectProperty<Consumer<String>> onOpenQuoteProperty() {
        return onOpenQuote;
    }

    /** Opens a web address. */
    public ObjectProperty<Consumer<String>> onOpenUrlProperty() {
        return onOpenUrl;
    }

    /** Whether turning over plays the flip. */
    public BooleanProperty animatedProperty() {
        return animated;
    }

    /** Focuses the card's answer control, if it has one. Returns whether it did. */
    public boolean focusInput() {
        return face.focusInput();
    }

    /** Answers by key letter or digit (T/F for true or false), before the flip. Returns whether the key meant something. */
    public boolean answerKey(String key) {
        return key != null && key.length() == 1 && face.answerKey(key.charAt(0));
    }
}
