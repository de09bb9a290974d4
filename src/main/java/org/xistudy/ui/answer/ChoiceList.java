package org.xistudy.ui.answer;

import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.event.ActionEvent;
import javafx.event.EventHandler;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Skin;

/**
 * The options of a choice question, lettered A, B, C... One can be selected; once revealed, the
 * right option and a wrong choice are marked. Double-clicking an option fires {@link #onActionProperty()}.
 */
public final class ChoiceList extends AnswerControl {
    /** The letters shown before the options. */
    public static final String LETTERS = "ABCDEFGH";

    private final ObservableList<String> options = FXCollections.observableArrayList();
    private final IntegerProperty selectedIndex = new SimpleIntegerProperty(this, "selectedIndex", -1);
    private final IntegerProperty correctIndex = new SimpleIntegerProperty(this, "correctIndex", -1);
    private final ObjectProperty<EventHandler<ActionEvent>> onAction = new SimpleObjectProperty<>(this, "onAction");

    public ChoiceList() {
        super("choice-list");
        setAccessibleRole(AccessibleRole.LIST_VIEW);
    }

    @Override
    protected Skin<?> createDefaultSkin() {
        return new ChoiceListSkin(this);
    }

    /** The letter of option {@code i}. */
    public static String letter(int i) {
        return String.valueOf(LETTERS.charAt(Math.max(0, Math.min(i, LETTERS.length() - 1))));
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

    public ObjectProperty<EventHandler<ActionEvent>> onActionProperty() {
        return onAction;
    }

    public void setOnAction(EventHandler<ActionEvent> handler) {
        onAction.set(handler);
    }

    /** Selects an option, when answering is still open. */
    public void select(int index) {
        if (isOpen() && index >= 0 && index < options.size()) {
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

    void fireAction() {
        if (onAction.get() != null) {
            onAction.get().handle(new ActionEvent(this, this));
        }
    }
}
