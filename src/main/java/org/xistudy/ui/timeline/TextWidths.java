package org.xistudy.ui.timeline;

import java.util.HashMap;
import java.util.Map;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * Label widths for thousands of labels, fast: each character's advance is measured once per font
 * and a label's width is the sum, rounded up a little so that kerning can only make a label
 * narrower than measured, never wider. Measuring every label with a text node instead takes
 * seconds for 10,000 events, and would again on every change of text size.
 */
final class TextWidths {
    /** Extra width per label, in ems, to absorb kerning and rounding. */
    private static final double SLACK_EM = 0.15;
    private final Text probe = new Text();
    private final Map<Integer, Double> advances = new HashMap<>();
    private final Font font;
    private final double pair;

    TextWidths(Font font) {
        this.font = font;
        probe.setFont(font);
        pair = exact("xx");
    }

    Font font() {
        return font;
    }

    /** The width of a string as a text node would lay it out. */
    double exact(String s) {
        probe.setText(s);
        return probe.getLayoutBounds().getWidth();
    }

    /** A close upper estimate of a string's width, from cached character advances. */
    double width(String s) {
        double w = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            w += advances.computeIfAbsent(cp, this::advance);
        }
        return Math.ceil(w + SLACK_EM * font.getSize());
    }

    /** A character's advance, measured between two letters so that spaces count too. */
    private double advance(int cp) {
        return exact("x" + new String(Character.toChars(cp)) + "x") - pair;
    }
}
