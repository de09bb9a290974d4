package org.xistudy.ui.common;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * WCAG 2.x relative luminance and contrast ratio of sRGB colours. Pure maths, no JavaFX: colours
 * are {@code #rgb}, {@code #rrggbb} or {@code rgb(r, g, b)} strings.
 */
final class Contrast {
    private static final Pattern RGB = Pattern.compile("rgb\\(\\s*(\\d{1,3})\\s*,\\s*(\\d{1,3})\\s*,\\s*(\\d{1,3})\\s*\\)");

    private Contrast() {
    }

    /** The colour as three channels 0–255, or null when the text is not a colour this class reads. */
    static int[] parse(String colour) {
        String c = colour.strip().toLowerCase(Locale.ROOT);
        if (c.matches("#[0-9a-f]{6}")) {
            return new int[] {Integer.parseInt(c.substring(1, 3), 16), Integer.parseInt(c.substring(3, 5), 16),
                Integer.parseInt(c.substring(5, 7), 16)};
        }
        if (c.matches("#[0-9a-f]{3}")) {
            int[] out = new int[3];
            for (int i = 0; i < 3; i++) {
                out[i] = Integer.parseInt(c.substring(1 + i, 2 + i), 16) * 17;
            }
            return out;
        }
        Matcher m = RGB.matcher(c);
        if (m.matches()) {
            int[] out = new int[3];
            for (int i = 0; i < 3; i++) {
                out[i] = Integer.parseInt(m.group(i + 1));
                if (out[i] > 255) {
                    return null;
                }
            }
            return out;
        }
        return null;
    }

    /** WCAG relative luminance, 0 for black to 1 for white. */
    static double luminance(String colour) {
        int[] rgb = parse(colour);
        if (rgb == null) {
            throw new IllegalArgumentException("not a colour: " + colour);
        }
        double[] lin = new double[3];
        for (int i = 0; i < 3; i++) {
            double v = rgb[i] / 255.0;
            lin[i] = v <= 0.04045 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2];
    }

    /** The contrast ratio of two colours, 1 (same) to 21 (black on white); order does not matter. */
    static double ratio(String a, String b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }
}
