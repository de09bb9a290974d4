package org.xistudy.ui.answer;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.Observable;
import javafx.collections.ObservableList;
import javafx.css.PseudoClass;
import javafx.event.EventHandler;
import javafx.scene.control.Label;
import javafx.scene.control.SkinBase;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * The base of the answer controls' skins: one content region whose height follows the width
 * (the text wraps), listeners that go away with the skin, the key handler, and the lettered
 * option row that choices, true/false and the match legend share.
 */
abstract class AnswerSkin<C extends AnswerControl> extends SkinBase<C> {
    static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");
    static final PseudoClass CORRECT = PseudoClass.getPseudoClass("correct");
    static final PseudoClass WRONG = PseudoClass.getPseudoClass("wrong");
    static final PseudoClass DIMMED = PseudoClass.getPseudoClass("dimmed");

    private final Region content;
    private final List<EventHandler<KeyEvent>> keyHandlers = new ArrayList<>();

    AnswerSkin(C control, Region content) {
        super(control);
        this.content = content;
        getChildren().add(content);
    }

    /** Runs {@code action} whenever any of these change, until the skin is disposed. */
    final void onChange(Runnable action, Observable... observables) {
        for (Observable o : observables) {
            if (o instanceof ObservableList<?> list) {
                registerListChangeListener(list, c -> action.run());
            } else {
                registerInvalidationListener(o, x -> action.run());
            }
        }
    }

    /** Handles key presses on the control, until the skin is disposed. */
    final void onKey(EventHandler<KeyEvent> handler) {
        keyHandlers.add(handler);
        getSkinnable().addEventHandler(KeyEvent.KEY_PRESSED, handler);
    }

    @Override
    public void dispose() {
        if (getSkinnable() != null) {
            keyHandlers.forEach(h -> getSkinnable().removeEventHandler(KeyEvent.KEY_PRESSED, h));
        }
        keyHandlers.clear();
        super.dispose();
    }

    /** A row with a round key badge ("A", "T"...) and text that wraps. */
    static HBox optionRow(String key, String text, String rowClass, String textClass) {
        Label k = new Label(key);
        k.getStyleClass().add("choice-key");
        k.setMinWidth(Region.USE_PREF_SIZE);
        Label t = new Label(text);
        t.getStyleClass().add(textClass);
        t.setWrapText(true);
        t.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(t, Priority.ALWAYS);
        HBox row = new HBox(k, t);
        row.getStyleClass().add(rowClass);
        row.setAccessibleText(key + ": " + text);
        return row;
    }

    /** Marks an option row once revealed: right, wrongly chosen, or neither (dimmed). */
    static void markOption(HBox row, boolean selected, boolean correct, boolean revealed) {
        row.pseudoClassStateChanged(SELECTED, selected);
        row.pseudoClassStateChanged(CORRECT, revealed && correct);
        row.pseudoClassStateChanged(WRONG, revealed && selected && !correct);
        row.pseudoClassStateChanged(DIMMED, revealed && !selected && !correct);
    }

    /** The text wraps, so the height depends on the width given. */
    @Override
    protected double computePrefHeight(double width, double top, double right, double bottom, double left) {
        return top + bottom + content.prefHeight(width < 0 ? -1 : Math.max(0, width - left - right));
    }

    @Override
    protected double computeMinHeight(double width, double top, double right, double bottom, double left) {
        return computePrefHeight(width, top, right, bottom, left);
    }
}
