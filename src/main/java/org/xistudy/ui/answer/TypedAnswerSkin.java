package org.xistudy.ui.answer;

import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/** Draws a {@link TypedAnswer}: the field, or once revealed the two answers side by side. */
final class TypedAnswerSkin extends AnswerSkin<TypedAnswer> {
    private final VBox box;
    private final TextField field = new TextField();

    TypedAnswerSkin(TypedAnswer control) {
        this(control, new VBox());
    }

    private TypedAnswerSkin(TypedAnswer control, VBox box) {
        super(control, box);
        this.box = box;
        box.getStyleClass().add("typed-box");
        field.getStyleClass().add("typed-answer");
        field.textProperty().bindBidirectional(control.textProperty());
        field.promptTextProperty().bind(control.promptTextProperty());
        field.accessibleTextProperty().bind(control.promptTextProperty());
        field.setOnAction(e -> control.fireAction());
        onChange(this::rebuild, control.revealedProperty(), control.editableProperty(), control.correctProperty(),
                control.expectedProperty(), control.alsoAcceptedProperty());
        onChange(() -> {
            if (control.isFocused()) {
                field.requestFocus();
            }
        }, control.focusedProperty());
        rebuild();
        if (control.isFocused()) {
            field.requestFocus(); // focused before it had a skin
        }
    }

    private void rebuild() {
        TypedAnswer c = getSkinnable();
        field.setEditable(c.isOpen());
        if (!c.isEditable()) {
            box.getChildren().clear(); // on the projector the board says the answer
        } else if (!c.isRevealed()) {
            box.getChildren().setAll(field);
        } else {
            box.getChildren().setAll(comparison(c));
        }
    }

    private static GridPane comparison(TypedAnswer c) {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("typein-compare");
        ColumnConstraints half = new ColumnConstraints();
        half.setPercentWidth(50);
        grid.getColumnConstraints().addAll(half, half);
        String typed = c.textProperty().get();
        Label yours = value(typed == null || typed.isBlank() ? c.nothingTextProperty().get() : typed);
        yours.pseudoClassStateChanged(CORRECT, Boolean.TRUE.equals(c.correctProperty().get()));
        yours.pseudoClassStateChanged(WRONG, Boolean.FALSE.equals(c.correctProperty().get()));
        grid.add(heading(c.yoursHeadingProperty().get()), 0, 0);
        grid.add(heading(c.expectedHeadingProperty().get()), 1, 0);
        grid.add(yours, 0, 1);
        grid.add(value(c.expectedProperty().get()), 1, 1);
        String also = c.alsoAcceptedProperty().get();
        if (also != null && !also.isBlank()) {
            Label l = new Label(also);
            l.getStyleClass().add("compare-note");
            l.setWrapText(true);
            grid.add(l, 1, 2);
        }
        return grid;
    }

    private static Label heading(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("compare-heading");
        return l;
    }

    private static Label value(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("compare-value");
        l.setWrapText(true);
        return l;
    }
}
