package org.xistudy.ui.answer;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Skin;

/**
 * True or false, side by side, keyed T and F. Once revealed, the right one is marked, and a
 * wrong choice.
 */
public final class TrueFalseChoice extends AnswerControl {
    private final ObjectProperty<Boolean> selected = new SimpleObjectProperty<>(this, "selected");
    private final BooleanProperty answer = new SimpleBooleanProperty(this, "answer");
    private final StringProperty trueText = new SimpleStringProperty(this, "trueText", "");
    private final StringProperty falseText = new SimpleStringProperty(this, "falseText", "");

    public TrueFalseChoice() {
        super("truefalse-choice");
        setAccessibleRole(AccessibleRole.LIST_VIEW);
    }

    @Override
    protected Skin<?> createDefaultSkin() {
        return new TrueFalseChoiceSkin(this);
    }

    /** What the user chose, or null. */
    public ObjectProperty<Boolean> selectedProperty() {
        return selected;
    }

    /** Whether the statement is true: the right choice, marked once revealed. */
    public BooleanProperty answerProperty() {
        return answer;
    }

    public StringProperty trueTextProperty() {
        return trueText;
    }

    public StringProperty falseTextProperty() {
        return falseText;
    }

    /** Chooses, when answering is still open. */
    public void choose(boolean value) {
        if (isOpen()) {
            selected.set(value);
        }
    }
}
