package org.xistudy.ui.common;

import javafx.scene.Node;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;

/** The keys every view's find field answers to, so they behave the same everywhere. */
public final class FindKeys {
    private static final KeyCombination FIND = new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN);

    private FindKeys() {
    }

    /** Ctrl+F (Cmd+F on macOS) anywhere in {@code view} moves to the find field and selects its text. */
    public static void focusOnShortcut(Node view, TextField field) {
        view.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (FIND.match(e)) {
                field.requestFocus();
                field.selectAll();
                e.consume();
            }
        });
    }

    /**
     * In the find field: Enter goes to the next match and Shift+Enter to the previous one; Esc
     * clears the text, or when it is empty leaves the field; Down leaves the field. {@code leave}
     * may be null when there is nowhere particular to go.
     */
    public static void stepThroughMatches(TextField field, Runnable next, Runnable previous, Runnable leave) {
        field.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER) {
                (e.isShiftDown() ? previous : next).run();
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                if (!field.getText().isEmpty()) {
                    field.clear();
                    e.consume();
                } else if (leave != null) {
                    leave.run();
                    e.consume();
                }
            } else if (e.getCode() == KeyCode.DOWN && leave != null) {
                leave.run();
                e.consume();
            }
        });
    }
}
