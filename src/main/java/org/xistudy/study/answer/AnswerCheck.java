package org.xistudy.study.answer;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The one lenient comparison of typed answers, for the flashcards and the quiz alike. Case,
 * accents and tone marks, punctuation, full-width forms, runs of spaces and a leading English
 * article ("the", "a", "an") do not count. Dashes and slashes read as spaces, so "reports-to"
 * matches "reports to"; other punctuation is dropped, so "U.S." matches "US" and "Xi's" matches
 * "Xis".
 */
public final class AnswerCheck {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACERS = Pattern.compile("[\\p{Pd}/\\\\_]+");
    private static final Pattern DROPPED = Pattern.compile("[\\p{P}\\p{S}&&[^\\p{Pd}/\\\\_]]+");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern LEADING_ARTICLE = Pattern.compile("^(the|a|an) (?=\\S)");

    private AnswerCheck() {
    }

    /** The form answers are compared in; empty for null or for text that is only punctuation. */
    public static String normalize(String text) {
        if (text == null) {
            return "";
        }
        // NFKD splits accents from their letters and folds full-width and other compatibility forms.
        String s = Normalizer.normalize(text, Normalizer.Form.NFKD);
        s = MARKS.matcher(s).replaceAll("");
        s = s.toLowerCase(Locale.ROOT);
        s = SPACERS.matcher(s).replaceAll(" ");
        s = DROPPED.matcher(s).replaceAll("");
        s = SPACES.matcher(s).replaceAll(" ").strip();
        return LEADING_ARTICLE.matcher(s).replaceFirst("");
    }

    /** Whether {@code typed} matches the expected answer or one of the other accepted answers. */
    public static boolean matches(String typed, String expected, List<String> accepted) {
        String t = normalize(typed);
        if (t.isEmpty()) {
            return false;
        }
        if (t.equals(normalize(expected))) {
            return true;
        }
        for (String a : accepted) {
            if (t.equals(normalize(a))) {
                return true;
            }
        }
        return false;
    }
}
