package org.xistudy.ui.answer;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.AccessibleRole;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** Draws a {@link ChoiceList} as a column of lettered rows. */
final class ChoiceListSkin extends AnswerSkin<ChoiceList> {
    private final VBox box;
    private final List<HBox> rows = new ArrayList<>();

    ChoiceListSkin(ChoiceList control) {
        this(control, new VBox());
    }

    private ChoiceListSkin(ChoiceList control, VBox box) {
        super(control, box);
        this.box = box;
        box.getStyleClass().add("choice-rows");
        onChange(this::rebuild, control.getOptions());
        onChange(this::mark, control.selectedIndexProperty(), control.correctIndexProperty(), control.revealedProperty());
        onKey(e -> {
            if (e.getCode() == KeyCode.DOWN || e.getCode() == KeyCode.UP) {
                control.moveSelection(e.getCode() == KeyCode.DOWN ? 1 : -1);
                e.consume();
            }
        });
        rebuild();
    }

    private void rebuild() {
        ChoiceList c = getSkinnable();
        rows.clear();
        for (int i = 0; i < c.getOptions().size(); i++) {
            HBox row = optionRow(ChoiceList.letter(i), c.getOptions().get(i), "choice-option", "choice-text");
            row.setAccessibleRole(AccessibleRole.RADIO_BUTTON);
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
        for (int i = 0; i < rows.size(); i++) {
            markOption(rows.get(i), i == c.getSelectedIndex(), i == c.correctIndexProperty().get(), c.isRevealed());
        }
    }
}
