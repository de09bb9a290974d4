package org.xistudy.ui.answer;

import java.util.List;
import javafx.scene.AccessibleRole;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;

/** Draws a {@link TrueFalseChoice}: two option rows, T and F, in a line. */
final class TrueFalseChoiceSkin extends AnswerSkin<TrueFalseChoice> {
    private final HBox box;
    private List<HBox> rows = List.of();

    TrueFalseChoiceSkin(TrueFalseChoice control) {
        this(control, new HBox());
    }

    private TrueFalseChoiceSkin(TrueFalseChoice control, HBox box) {
        super(control, box);
        this.box = box;
        box.getStyleClass().add("truefalse-rows");
        onChange(this::rebuild, control.trueTextProperty(), control.falseTextProperty());
        onChange(this::mark, control.selectedProperty(), control.answerProperty(), control.revealedProperty());
        onKey(e -> {
            if (e.getCode() == KeyCode.LEFT || e.getCode() == KeyCode.RIGHT) {
                control.choose(e.getCode() == KeyCode.LEFT);
                e.consume();
            }
        });
        rebuild();
    }

    private void rebuild() {
        TrueFalseChoice c = getSkinnable();
        HBox yes = optionRow("T", c.trueTextProperty().get(), "choice-option", "choice-text");
        HBox no = optionRow("F", c.falseTextProperty().get(), "choice-option", "choice-text");
        rows = List.of(yes, no);
        for (HBox row : rows) {
            boolean value = row == yes;
            row.getStyleClass().add("truefalse-option");
            row.setAccessibleRole(AccessibleRole.RADIO_BUTTON);
            row.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY) {
                    c.requestFocus();
                    c.choose(value);
                }
            });
        }
        box.getChildren().setAll(rows);
        mark();
    }

    private void mark() {
        TrueFalseChoice c = getSkinnable();
        Boolean chosen = c.selectedProperty().get();
        for (int i = 0; i < rows.size(); i++) {
            boolean value = i == 0;
            markOption(rows.get(i), chosen != null && chosen == value, value == c.answerProperty().get(), c.isRevealed());
        }
    }
}
