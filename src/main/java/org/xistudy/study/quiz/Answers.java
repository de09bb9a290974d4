package org.xistudy.study.quiz;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Lenient comparison of typed answers: case, accents, punctuation and spacing do not count. */
public final class Answers {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern LEADING_ARTICLE = Pattern.compile("^(the|a|an) ");

    private Answers() {
    }

    /**
     * The comparable form of a text: lower case, without accents or tone marks, punctuation read
     * as space, runs of space collapsed, a leading English article dropped.
     */
    public static String normalize(String text) {
        if (text == null) {
            return "";
        }
        String s = Normalizer.normalize(text, Normalizer.Form.NFKD);
        s = MARKS.matcher(s).replaceAll("");
        s = s.toLowerCase(Locale.ROOT);
        s = s.replace("\u2019", "").replace("'", "");
        s = NOT_WORD.matcher(s).replaceAll(" ").strip();
        return LEADING_ARTICLE.matcher(s).replaceFirst("");
    }

    /** Whether {@code typed} matches the expected answer or one of the accepted alternatives. */
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
