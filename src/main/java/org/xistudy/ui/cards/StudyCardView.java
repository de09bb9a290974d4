package org.xistudy.ui.cards;

import java.util.ResourceBundle;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.control.Control;
import javafx.scene.control.Skin;

/**
 * A flashcard: the question, and once {@link #flippedProperty() flipped} the answer, its
 * explanation, sources, linked items and reading notes. Objective card types take the user's
 * attempt (an option, true or false, typed text, an order) into the {@link CardPresentation}.
 * Turning the card over plays a short flip; the content changes at once, so the state is never
 * behind the animation.
 */
public final class StudyCardView extends Control {
    private final ObjectProperty<CardPresentation> presentation = new SimpleObjectProperty<>(this, "presentation");
    private final BooleanProperty flipped = new SimpleBooleanProperty(this, "flipped");
    private final ObjectProperty<ResourceBundle> resources = new SimpleObjectProperty<>(this, "resources");
    private final ObjectProperty<Runnable> onAnswered = new SimpleObjectProperty<>(this, "onAnswered", () -> { });
    private final ObjectProperty<Consumer<String>> onOpenItem = new SimpleObjectProperty<>(this, "onOpenItem", id -> { });
    private final ObjectProperty<Consumer<String>> onOpenQuote = new SimpleObjectProperty<>(this, "onOpenQuote", q -> { });
    private final ObjectProperty<Consumer<String>> onOpenUrl = new SimpleObjectProperty<>(this, "onOpenUrl", u -> { });
    private final BooleanProperty animated = new SimpleBooleanProperty(this, "animated", true);

    public StudyCardView() {
        getStyleClass().add("study-card-view");
        setFocusTraversable(false);
    }

    /** Its height depends on its width (the text wraps). */
    @Override
    public javafx.geometry.Orientation getContentBias() {
        return javafx.geometry.Orientation.HORIZONTAL;
    }

    @Override
    protected Skin<?> createDefaultSkin() {
        return new StudyCardSkin(this);
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
    public ObjectProperty<ResourceBundle> resourcesProperty() {
        return resources;
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

    /** Focuses the card's input (the answer field of a type-in card), if it has one. Returns whether it did. */
    public boolean focusInput() {
        return getSkin() instanceof StudyCardSkin s && s.focusInput();
    }

    /** Picks an option, true/false or order item by key letter or digit, before the flip. Returns whether the key meant something. */
    public boolean answerKey(String key) {
        return getSkin() instanceof StudyCardSkin s && s.answerKey(key);
    }
}
