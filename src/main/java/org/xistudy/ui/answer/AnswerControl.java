package org.xistudy.ui.answer;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Orientation;
import javafx.scene.control.Control;

/**
 * What every answer control has: whether the right answer is {@link #revealedProperty() revealed}
 * (answering is over; right and wrong are marked) and whether it is {@link #editableProperty()
 * editable} (false on the projector, where nobody answers on the screen). Its rows of text wrap,
 * so its height depends on its width. Each control draws from the one style sheet of the answer
 * controls, {@code answer.css}.
 */
public abstract class AnswerControl extends Control {
    private static final String STYLESHEET = AnswerControl.class.getResource("/css/answer.css").toExternalForm();

    private final BooleanProperty revealed = new SimpleBooleanProperty(this, "revealed");
    private final BooleanProperty editable = new SimpleBooleanProperty(this, "editable", true);

    protected AnswerControl(String styleClass) {
        getStyleClass().addAll("answer-control", styleClass);
        // also as the control's own sheet: the app's sheet colours every label, and a user-agent
        // sheet never wins against it; a view's more specific rules (the classroom's sizes) still do
        getStylesheets().add(STYLESHEET);
        setFocusTraversable(true);
    }

    @Override
    public String getUserAgentStylesheet() {
        return STYLESHEET;
    }

    @Override
    public Orientation getContentBias() {
        return Orientation.HORIZONTAL;
    }

    public BooleanProperty revealedProperty() {
        return revealed;
    }

    public boolean isRevealed() {
        return revealed.get();
    }

    public BooleanProperty editableProperty() {
        return editable;
    }

    public boolean isEditable() {
        return editable.get();
    }

    /** Whether the user may still answer: editable and not revealed. */
    public boolean isOpen() {
        return editable.get() && !revealed.get();
    }
}
