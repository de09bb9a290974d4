package org.xistudy.ui.answer;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.event.ActionEvent;
import javafx.event.EventHandler;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Skin;

/**
 * A typed answer: a field while answering (Enter fires {@link #onActionProperty()}); once
 * revealed, what was typed beside the expected answer, marked right or wrong, and the other
 * answers that count. Not editable (on the projector), it shows nothing: the answer is spoken
 * by the board itself. Focusing the control puts the keyboard in its field.
 */
public final class TypedAnswer extends AnswerControl {
    private final StringProperty text = new SimpleStringProperty(this, "text", "");
    private final StringProperty expected = new SimpleStringProperty(this, "expected", "");
    private final StringProperty alsoAccepted = new SimpleStringProperty(this, "alsoAccepted", "");
    private final ObjectProperty<Boolean> correct = new SimpleObjectProperty<>(this, "correct");
    private final StringProperty promptText = new SimpleStringProperty(this, "promptText", "");
    private final StringProperty yoursHeading = new SimpleStringProperty(this, "yoursHeading", "");
    private final StringProperty expectedHeading = new SimpleStringProperty(this, "expectedHeading", "");
    private final StringProperty nothingText = new SimpleStringProperty(this, "nothingText", "\u2014");
    private final ObjectProperty<EventHandler<ActionEvent>> onAction = new SimpleObjectProperty<>(this, "onAction");

    public TypedAnswer() {
        super("typed-answer-control");
        setAccessibleRole(AccessibleRole.TEXT_FIELD);
    }

    @Override
    protected Skin<?> createDefaultSkin() {
        return new TypedAnswerSkin(this);
    }

    /** What the user typed. */
    public StringProperty textProperty() {
        return text;
    }

    /** The expected answer, shown once revealed. */
    public StringProperty expectedProperty() {
        return expected;
    }

    /** The other answers that count, in one line (empty when there are none). */
    public StringProperty alsoAcceptedProperty() {
        return alsoAccepted;
    }

    /** Whether what was typed counts: null before it was checked or when nothing was typed. */
    public ObjectProperty<Boolean> correctProperty() {
        return correct;
    }

    public StringProperty promptTextProperty() {
        return promptText;
    }

    public StringProperty yoursHeadingProperty() {
        return yoursHeading;
    }

    public StringProperty expectedHeadingProperty() {
        return expectedHeading;
    }

    /** What stands for an empty answer once revealed. */
    public StringProperty nothingTextProperty() {
        return nothingText;
    }

    public ObjectProperty<EventHandler<ActionEvent>> onActionProperty() {
        return onAction;
    }

    void fireAction() {
        if (onAction.get() != null) {
            onAction.get().handle(new ActionEvent(this, this));
        }
    }
}
