package org.xistudy.ui.answer;

import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.control.Skin;

/**
 * A card's two sides, for every view that shows cards: the question (the prompt, a cloze with its
 * blank, and the answer control of an answerable card), and once {@link #revealedProperty()
 * revealed}, the answer (the verdict on what was answered, the answer in words, the facts the
 * question left out and the explanation). Sources and other evidence are the host's. Sizes are in
 * ems, so a projector sets a large font on the face and everything grows with it; not
 * {@link #editableProperty() editable}, it shows the question to be answered aloud.
 */
public final class CardFace extends AnswerControl {
    private final ObjectProperty<CardAnswer> card = new SimpleObjectProperty<>(this, "card");
    private final ObjectProperty<QuizTexts> texts = new SimpleObjectProperty<>(this, "texts");
    private final ObjectProperty<Runnable> onAnswered = new SimpleObjectProperty<>(this, "onAnswered", () -> { });
    private final ReadOnlyObjectWrapper<AnswerInput> input = new ReadOnlyObjectWrapper<>(this, "input");
    private final InvalidationListener rebuild = o -> rebuildInput();
    private final InvalidationListener reveal = o -> revealChanged();
    private final InvalidationListener editableChanged = o -> {
        if (input.get() != null) {
            input.get().control().editableProperty().set(isEditable());
        }
    };

    public CardFace() {
        super("card-face");
        setFocusTraversable(false);
        setAccessibleRole(AccessibleRole.NODE);
        card.addListener(rebuild);
        texts.addListener(rebuild);
        revealedProperty().addListener(reveal);
        editableProperty().addListener(editableChanged);
    }

    @Override
    protected Skin<?> createDefaultSkin() {
        return new CardFaceSkin(this);
    }

    /** The card shown, or null. */
    public ObjectProperty<CardAnswer> cardProperty() {
        return card;
    }

    /** Where the face's words come from. */
    public ObjectProperty<QuizTexts> textsProperty() {
        return texts;
    }

    /**
     * Called when the user has answered: picked an option of a choice or true/false card, or
     * pressed Enter in the field or on an order or match.
     */
    public ObjectProperty<Runnable> onAnsweredProperty() {
        return onAnswered;
    }

    /** The answer control of the card shown, or null for a card that is turned over, not answered. */
    public ReadOnlyObjectProperty<AnswerInput> inputProperty() {
        return input.getReadOnlyProperty();
    }

    private void rebuildInput() {
        AnswerInput old = input.get();
        CardAnswer c = card.get();
        if (old != null && c != null) {
            c.answerProperty().unbind();
        }
        if (c == null || texts.get() == null || c.body().isEmpty()) {
            input.set(null);
            return;
        }
        c.answerProperty().unbind();
        AnswerInput in = AnswerInput.create(c.format(), c.body().get(), texts.get(), isEditable());
        Runnable answered = () -> onAnswered.get().run();
        switch (c.type()) {
            case CHOICE, TRUEFALSE -> in.setOnPick(answered);
            default -> in.setOnCommit(answered);
        }
        c.answerProperty().bind(in.answerProperty());
        input.set(in);
        if (isRevealed()) {
            in.reveal(c.answerProperty().get());
        }
    }

    private void revealChanged() {
        AnswerInput in = input.get();
        CardAnswer c = card.get();
        if (in == null || c == null) {
            return;
        }
        if (isRevealed()) {
            c.answerProperty().unbind(); // what was answered stays as it was when the card turned
            in.reveal(c.answerProperty().get());
        } else {
            rebuildInput(); // asked again: a fresh control
        }
    }

    /** Answers by a key ('A', '1', 'T'...) while the question shows; returns whether the key meant something. */
    public boolean answerKey(char key) {
        AnswerInput in = input.get();
        return !isRevealed() && in != null && key != 0 && in.key(Character.toUpperCase(key));
    }

    /** Puts the keyboard in the answer control, if there is one; returns whether it did. */
    public boolean focusInput() {
        AnswerInput in = input.get();
        if (in == null || isRevealed() || !isEditable()) {
            return false;
        }
        Node control = in.control();
        if (control.getScene() != null) {
            in.focus();
        } else {
            // drawn on the next pulse, when the face gets its skin: focus it as soon as it is shown
            control.sceneProperty().addListener(new InvalidationListener() {
                @Override
                public void invalidated(Observable o) {
                    control.sceneProperty().removeListener(this);
                    if (control.getScene() != null && input.get() == in) {
                        in.focus();
                    }
                }
            });
        }
        return true;
    }
}
