package org.xistudy.ui.answer;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Skin;

/**
 * A matching question: items on the left, lettered answers on the right. From the keyboard, Up
 * and Down choose a row and a letter (or its digit) pairs it, moving on to the next row; by mouse,
 * click a letter in the row. Once revealed, each row is marked right or wrong with the right answer.
 */
public final class MatchGrid extends AnswerControl {
    private final ObservableList<String> lefts = FXCollections.observableArrayList();
    private final ObservableList<String> rights = FXCollections.observableArrayList();
    private final ObservableList<Integer> assignment = FXCollections.observableArrayList();
    private final ObservableList<Integer> correct = FXCollections.observableArrayList();
    private final IntegerProperty row = new SimpleIntegerProperty(this, "row", 0);

    public MatchGrid() {
        super("match-grid");
        setAccessibleRole(AccessibleRole.TABLE_VIEW);
    }

    @Override
    protected Skin<?> createDefaultSkin() {
        return new MatchGridSkin(this);
    }

    /** Shows a question: nothing is paired yet. */
    public void setItems(List<String> left, List<String> right) {
        lefts.setAll(left);
        rights.setAll(right);
        assignment.setAll(new ArrayList<>(Collections.nCopies(left.size(), -1)));
        row.set(0);
    }

    public ObservableList<String> getLefts() {
        return lefts;
    }

    public ObservableList<String> getRights() {
        return rights;
    }

    /** For each left item, the index of the right item paired with it, or -1. */
    public ObservableList<Integer> getAssignment() {
        return assignment;
    }

    /** The right pairs, as {@link #getAssignment()}; used once revealed. */
    public ObservableList<Integer> getCorrect() {
        return correct;
    }

    /** The row the keyboard works on. */
    public IntegerProperty rowProperty() {
        return row;
    }

    public void selectRow(int r) {
        if (r >= 0 && r < lefts.size()) {
            row.set(r);
        }
    }

    /**
     * Pairs a left item with a right one. A right item already paired elsewhere moves here, so
     * pairs stay one to one.
     */
    public void assign(int left, int right) {
        if (!isOpen() || left < 0 || left >= lefts.size() || right < -1 || right >= rights.size()) {
            return;
        }
        List<Integer> next = new ArrayList<>(assignment);
        if (right >= 0) {
            for (int i = 0; i < next.size(); i++) {
                if (next.get(i) == right) {
                    next.set(i, -1);
                }
            }
        }
        next.set(left, right);
        assignment.setAll(next);
    }

    /** Pairs the current row and moves to the next row that has no pair yet. */
    public void assignCurrent(int right) {
        int r = row.get();
        assign(r, right);
        if (right < 0) {
            return;
        }
        for (int step = 1; step <= lefts.size(); step++) {
            int candidate = (r + step) % lefts.size();
            if (assignment.get(candidate) < 0) {
                row.set(candidate);
                return;
            }
        }
    }

    /** Whether every left item has a pair. */
    public boolean isComplete() {
        return !assignment.isEmpty() && assignment.stream().allMatch(i -> i >= 0);
    }
}
