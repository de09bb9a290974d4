package org.xistudy.ui.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Skin;

/**
 * Items to put in order, by dragging or from the keyboard: Up and Down choose an item, Shift
 * (or Alt, or Ctrl) with Up and Down moves it, and a digit puts it in that place. Once revealed,
 * each item is marked as in or out of its right place.
 */
public final class OrderList extends AnswerControl {
    private final ObservableList<String> texts = FXCollections.observableArrayList();
    private final ObservableList<Integer> arrangement = FXCollections.observableArrayList();
    private final ObservableList<Integer> correctOrder = FXCollections.observableArrayList();
    private final IntegerProperty selected = new SimpleIntegerProperty(this, "selected", 0);

    private IntFunction<String> belongs = n -> "\u2192 " + n;

    public OrderList() {
        super("order-list");
        setAccessibleRole(AccessibleRole.LIST_VIEW);
    }

    @Override
    protected Skin<?> createDefaultSkin() {
        return new OrderListSkin(this);
    }

    /** Shows items: their texts in the order first shown, which is also the starting arrangement. */
    public void setItems(List<String> shown) {
        texts.setAll(shown);
        List<Integer> start = new ArrayList<>();
        for (int i = 0; i < shown.size(); i++) {
            start.add(i);
        }
        arrangement.setAll(start);
        selected.set(0);
    }

    public ObservableList<String> getTexts() {
        return texts;
    }

    /** The current order: indices into the texts as first shown. */
    public ObservableList<Integer> getArrangement() {
        return arrangement;
    }

    /** The right order, as indices into the texts; used once revealed. */
    public ObservableList<Integer> getCorrectOrder() {
        return correctOrder;
    }

    /** The place (0-based) of the chosen item. */
    public IntegerProperty selectedProperty() {
        return selected;
    }

    /** How a misplaced item says where it belongs, once revealed ("belongs at 3"). */
    public void setBelongsText(IntFunction<String> text) {
        this.belongs = text;
    }

    public String belongsText(int place) {
        return belongs.apply(place);
    }

    /** Chooses the item at a place. */
    public void select(int place) {
        if (place >= 0 && place < arrangement.size()) {
            selected.set(place);
        }
    }

    /** Moves the item at {@code from} to {@code to}; the moved item stays chosen. */
    public void move(int from, int to) {
        int n = arrangement.size();
        if (!isOpen() || from < 0 || from >= n || to < 0 || to >= n || from == to) {
            return;
        }
        List<Integer> next = new ArrayList<>(arrangement);
        Integer item = next.remove(from);
        next.add(to, item);
        arrangement.setAll(next);
        selected.set(to);
    }

    /** Moves the chosen item up (negative) or down. */
    public void moveSelectedBy(int delta) {
        move(selected.get(), selected.get() + delta);
    }

    /** Puts the chosen item at a place. */
    public void moveSelectedTo(int place) {
        move(selected.get(), place);
    }
}
