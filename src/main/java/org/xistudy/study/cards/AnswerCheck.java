package org.xistudy.study.cards;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Lenient comparison of a typed answer: case, punctuation, accents written as separate marks,
 * full-width forms and runs of spaces do not matter. Dashes and slashes count as spaces, so
 * "reports-to" matches "reports to"; other punctuation is dropped, so "U.S." matches "US".
 */
public final class AnswerCheck {
    private static final Pattern SPACERS = Pattern.compile("[\\p{Pd}/\\\\_]+");
    private static final Pattern DROPPED = Pattern.compile("[\\p{P}\\p{S}&&[^\\p{Pd}/\\\\_]]+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private AnswerCheck() {
    }

    /** The form answers are compared in. */
    public static String normalize(String s) {
        if (s == null) {
            return "";
        }
        String t = Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        t = SPACERS.matcher(t).replaceAll(" ");
        t = DROPPED.matcher(t).replaceAll("");
        return SPACES.matcher(t).replaceAll(" ").strip();
    }

    /** Whether {@code typed} matches the answer or one of the other accepted answers. */
    public static boolean matches(String typed, String answer, List<String> accept) {
        String t = normalize(typed);
        if (t.isEmpty()) {
            return false;
        }
        if (t.equals(normalize(answer))) {
            return true;
        }
        for (String a : accept) {
            if (t.equals(normalize(a))) {
                return true;
            }
        }
        return false;
    }
}
