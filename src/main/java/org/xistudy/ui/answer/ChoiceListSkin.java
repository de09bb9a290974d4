package org.xistudy.ui.answer;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.InvalidationListener;
import javafx.css.PseudoClass;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Label;
import javafx.scene.control.SkinBase;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** Draws a {@link ChoiceList} as a column of lettered rows. */
final class ChoiceListSkin extends SkinBase<ChoiceList> {
    static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");
    static final PseudoClass CORRECT = PseudoClass.getPseudoClass("correct");
    static final PseudoClass WRONG = PseudoClass.getPseudoClass("wrong");
    static final PseudoClass DIMMED = PseudoClass.getPseudoClass("dimmed");

    private final VBox box = new VBox();
    private final List<HBox> rows = new ArrayList<>();

    ChoiceListSkin(ChoiceList control) {
        super(control);
        box.getStyleClass().add("choice-rows");
        getChildren().add(box);
        control.getOptions().addListener((InvalidationListener) o -> rebuild());
        InvalidationListener mark = o -> mark();
        control.selectedIndexProperty().addListener(mark);
        control.correctIndexProperty().addListener(mark);
        control.revealedProperty().addListener(mark);
        control.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.DOWN) {
                control.moveSelection(1);
                e.consume();
            } else if (e.getCode() == KeyCode.UP) {
                control.moveSelection(-1);
                e.consume();
            }
        });
        rebuild();
    }

    private void rebuild() {
        ChoiceList c = getSkinnable();
        rows.clear();
        for (int i = 0; i < c.getOptions().size(); i++) {
            Label key = new Label(String.valueOf(ChoiceList.LETTERS.charAt(Math.min(i, ChoiceList.LETTERS.length() - 1))));
            key.getStyleClass().add("choice-key");
            key.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            Label text = new Label(c.getOptions().get(i));
            text.getStyleClass().add("choice-text");
            text.setWrapText(true);
            text.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(text, Priority.ALWAYS);
            HBox row = new HBox(key, text);
            row.getStyleClass().add("choice-option");
            row.setAccessibleRole(AccessibleRole.RADIO_BUTTON);
            row.setAccessibleText(key.getText() + ": " + text.getText());
            int index = i;
            row.setOnMouseClicked(e -> {
                if (e.getButton() != MouseButton.PRIMARY) {
                    return;
                }
                c.requestFocus();
                c.select(index);
                if (e.getClickCount() == 2 && c.getSelectedIndex() == index) {
                    c.fireAction();
                }
            });
            rows.add(row);
        }
        box.getChildren().setAll(rows);
        mark();
    }

    private void mark() {
        ChoiceList c = getSkinnable();
        boolean revealed = c.revealedProperty().get();
        for (int i = 0; i < rows.size(); i++) {
            HBox row = rows.get(i);
            boolean selected = i == c.getSelectedIndex();
            boolean correct = revealed && i == c.correctIndexProperty().get();
            row.pseudoClassStateChanged(SELECTED, selected);
            row.pseudoClassStateChanged(CORRECT, correct);
            row.pseudoClassStateChanged(WRONG, revealed && selected && !correct);
            row.pseudoClassStateChanged(DIMMED, revealed && !selected && !correct);
        }
    }

    /** The rows wrap, so their height depends on the width they are given. */
    @Override
    protected double computePrefHeight(double width, double top, double right, double bottom, double left) {
        return top + bottom + box.prefHeight(width < 0 ? -1 : Math.max(0, width - left - right));
    }

    @Override
    protected double computeMinHeight(double width, double top, double right, double bottom, double left) {
        return computePrefHeight(width, top, right, bottom, left);
    }
}
