package org.xistudy.ui.answer;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.event.ActionEvent;
import javafx.event.EventHandler;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Control;
import javafx.scene.control.Skin;

/**
 * The options of a choice question, lettered A, B, C... One can be selected; once revealed, the
 * right option and a wrong choice are marked. Double-clicking an option fires {@link #onActionProperty()}.
 */
public final class ChoiceList extends Control {
    /** The letters shown before the options. */
    public static final String LETTERS = "ABCDEFGH";

    private final ObservableList<String> options = FXCollections.observableArrayList();
    private final IntegerProperty selectedIndex = new SimpleIntegerProperty(this, "selectedIndex", -1);
    private final IntegerProperty correctIndex = new SimpleIntegerProperty(this, "correctIndex", -1);
    private final BooleanProperty revealed = new SimpleBooleanProperty(this, "revealed");
    private final BooleanProperty editable = new SimpleBooleanProperty(this, "editable", true);
    private final ObjectProperty<EventHandler<ActionEvent>> onAction = new SimpleObjectProperty<>(this, "onAction");

    public ChoiceList() {
        getStyleClass().add("choice-list");
        setFocusTraversable(true);
        setAccessibleRole(AccessibleRole.LIST_VIEW);
    }

    /** Rows of wrapping text: the height depends on the width. */
    @Override
    public javafx.geometry.Orientation getContentBias() {
        return javafx.geometry.Orientation.HORIZONTAL;
    }

    @Override
    protected Skin<?> createDefaultSkin() {
        return new ChoiceListSkin(this);
    }

    public ObservableList<String> getOptions() {
        return options;
    }

    public IntegerProperty selectedIndexProperty() {
        return selectedIndex;
    }

    public int getSelectedIndex() {
        return selectedIndex.get();
    }

    public IntegerProperty correctIndexProperty() {
        return correctIndex;
    }

    public BooleanProperty revealedProperty() {
        return revealed;
    }

    public BooleanProperty editableProperty() {
        return editable;
    }

    public ObjectProperty<EventHandler<ActionEvent>> onActionProperty() {
        return onAction;
    }

    /** Selects an option, when answering is still open. */
    public void select(int index) {
        if (editable.get() && !revealed.get() && index >= 0 && index < options.size()) {
            selectedIndex.set(index);
        }
    }

    /** Moves the selection by {@code delta}, wrapping around. */
    public void moveSelection(int delta) {
        int n = options.size();
        if (n == 0) {
            return;
        }
        int from = selectedIndex.get() < 0 ? (delta > 0 ? -1 : 0) : selectedIndex.get();
        select(Math.floorMod(from + delta, n));
    }

    public void setOnAction(EventHandler<ActionEvent> handler) {
        onAction.set(handler);
    }

    void fireAction() {
        if (onAction.get() != null) {
            onAction.get().handle(new ActionEvent(this, this));
        }
    }
}
