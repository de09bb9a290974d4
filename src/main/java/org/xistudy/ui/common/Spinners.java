package org.xistudy.ui.common;

import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.util.StringConverter;

/**
 * Editable number spinners that take anything typed into them: the digits of what was typed are
 * the number, clamped to the range before anyone sees it, and text without digits ("v", "-")
 * keeps the value it had. JavaFX's own converter throws on such text when the spinner commits it
 * (on Enter, and when the field loses the focus, inside the focus change, where nobody can catch
 * it: the UI monkey found "v420" typed into one, then a click elsewhere).
 */
public final class Spinners {
    private Spinners() {
    }

    /** Makes {@code spinner} editable over {@code min}…{@code max}, starting at {@code value}. */
    public static void integers(Spinner<Integer> spinner, int min, int max, int value, int step) {
        SpinnerValueFactory.IntegerSpinnerValueFactory f = new SpinnerValueFactory.IntegerSpinnerValueFactory(min,
                max, value, step);
        f.setConverter(new StringConverter<>() {
            @Override
            public String toString(Integer n) {
                return n == null ? "" : n.toString();
            }

            @Override
            public Integer fromString(String text) {
                // clamped here: the factory clamps only after the out-of-range value has reached
                // the value's listeners (the quiz set-up then built a 420-question quiz and threw)
                Integer n = parse(text, f.getValue());
                return n == null ? null : Math.max(f.getMin(), Math.min(f.getMax(), n));
            }
        });
        spinner.setValueFactory(f);
        spinner.setEditable(true);
        // after the spinner's own commit on leaving: the field shows the value, also when the
        // typed text left it unchanged (JavaFX rewrites the field only when the value changes)
        spinner.focusedProperty().addListener((obs, was, now) -> {
            if (!now) {
                spinner.getEditor().setText(f.getConverter().toString(f.getValue()));
            }
        });
    }

    /** The number in typed text: its digits, or {@code otherwise} when it has none or too many. */
    static Integer parse(String text, Integer otherwise) {
        String digits = text == null ? "" : text.replaceAll("[^0-9]", "");
        if (digits.isEmpty() || digits.length() > 9) {
            return otherwise;
        }
        return Integer.valueOf(digits);
    }
}
