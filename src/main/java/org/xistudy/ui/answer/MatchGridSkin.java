package org.xistudy.ui.answer;

import java.util.ArrayList;
import java.util.List;
import javafx.css.PseudoClass;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** Draws a {@link MatchGrid}: rows of left items with letter chips, and the lettered answers beside. */
final class MatchGridSkin extends AnswerSkin<MatchGrid> {
    private static final PseudoClass CURRENT = PseudoClass.getPseudoClass("current");
    private static final PseudoClass CHOSEN = PseudoClass.getPseudoClass("chosen");
    private static final PseudoClass USED = PseudoClass.getPseudoClass("used");

    private final VBox rowsBox = new VBox();
    private final VBox legend = new VBox();
    private final List<HBox> rows = new ArrayList<>();

    MatchGridSkin(MatchGrid control) {
        this(control, new HBox());
    }

    private MatchGridSkin(MatchGrid control, HBox layout) {
        super(control, layout);
        layout.getChildren().addAll(rowsBox, legend);
        rowsBox.getStyleClass().add("match-rows");
        legend.getStyleClass().add("match-legend");
        layout.getStyleClass().add("match-layout");
        HBox.setHgrow(rowsBox, Priority.ALWAYS);
        HBox.setHgrow(legend, Priority.SOMETIMES);
        onChange(this::rebuild, control.getLefts(), control.getRights(), control.getAssignment(), control.getCorrect(),
                control.revealedProperty(), control.editableProperty());
        onChange(this::markRows, control.rowProperty(), control.focusedProperty());
        onKey(e -> {
            if (e.getCode() == KeyCode.UP || e.getCode() == KeyCode.DOWN) {
                control.selectRow(control.rowProperty().get() + (e.getCode() == KeyCode.UP ? -1 : 1));
                e.consume();
            } else if (e.getCode() == KeyCode.BACK_SPACE || e.getCode() == KeyCode.DELETE) {
                control.assign(control.rowProperty().get(), -1);
                e.consume();
            }
        });
        rebuild();
    }

    private void rebuild() {
        MatchGrid c = getSkinnable();
        boolean revealed = c.revealedProperty().get();
        boolean open = c.editableProperty().get() && !revealed;
        rows.clear();
        for (int r = 0; r < c.getLefts().size(); r++) {
            int chosen = r < c.getAssignment().size() ? c.getAssignment().get(r) : -1;
            Label left = new Label(c.getLefts().get(r));
            left.getStyleClass().add("match-left");
            left.setWrapText(true);
            left.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(left, Priority.ALWAYS);
            HBox chips = new HBox();
            chips.getStyleClass().add("match-chips");
            chips.setMinWidth(Region.USE_PREF_SIZE);
            for (int k = 0; k < c.getRights().size(); k++) {
                Label chip = new Label(ChoiceList.letter(k));
                chip.getStyleClass().add("match-chip");
                chip.pseudoClassStateChanged(CHOSEN, k == chosen);
                int row = r;
                int right = k;
                chip.setOnMouseClicked(e -> {
                    c.requestFocus();
                    c.selectRow(row);
                    c.assignCurrent(right);
                });
                chip.setDisable(!open);
                chips.getChildren().add(chip);
            }
            // letter chips are for answering; a read-only grid (the classroom) shows the answer in words
            chips.setVisible(c.editableProperty().get());
            chips.setManaged(chips.isVisible());
            HBox row = new HBox(left, chips);
            row.getStyleClass().add("match-row");
            row.setAccessibleRole(AccessibleRole.TABLE_ROW);
            row.setAccessibleText(left.getText() + (chosen >= 0 ? ": " + ChoiceList.letter(chosen) : ""));
            if (revealed && c.getCorrect().size() == c.getLefts().size()) {
                int right = c.getCorrect().get(r);
                boolean ok = right == chosen;
                row.pseudoClassStateChanged(CORRECT, ok);
                row.pseudoClassStateChanged(WRONG, !ok);
                Label answer = new Label(ChoiceList.letter(right) + "  " + c.getRights().get(right));
                answer.getStyleClass().add("match-answer");
                answer.setWrapText(true);
                VBox cell = new VBox(left, answer);
                cell.getStyleClass().add("match-left-cell");
                HBox.setHgrow(cell, Priority.ALWAYS);
                row.getChildren().setAll(cell, chips);
            }
            int index = r;
            row.setOnMousePressed(e -> {
                c.requestFocus();
                c.selectRow(index);
            });
            rows.add(row);
        }
        rowsBox.getChildren().setAll(rows);
        legend.getChildren().clear();
        for (int k = 0; k < c.getRights().size(); k++) {
            HBox entry = optionRow(ChoiceList.letter(k), c.getRights().get(k), "match-legend-entry", "match-right");
            entry.pseudoClassStateChanged(USED, c.getAssignment().contains(k));
            legend.getChildren().add(entry);
        }
        markRows();
    }

    private void markRows() {
        MatchGrid c = getSkinnable();
        boolean open = c.editableProperty().get() && !c.revealedProperty().get();
        for (int i = 0; i < rows.size(); i++) {
            rows.get(i).pseudoClassStateChanged(CURRENT, open && i == c.rowProperty().get());
        }
    }
}
