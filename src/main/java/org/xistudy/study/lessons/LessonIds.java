package org.xistudy.study.lessons;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;

/** Makes ids for new lessons that fit the pack format's id rules and clash with none taken. */
final class LessonIds {
    /** Longest slug taken from a title. */
    private static final int MAX_SLUG = 40;

    private LessonIds() {
    }

    /**
     * {@code base}, or {@code base-2}, {@code base-3}… the first not in {@code taken}. The base is
     * made of letters, digits and hyphens; an empty one becomes {@code lesson}.
     */
    static String unique(String base, Set<String> taken) {
        String b = slug(base);
        if (!taken.contains(b)) {
            return b;
        }
        for (int n = 2; ; n++) {
            String candidate = b + "-" + n;
            if (!taken.contains(candidate)) {
                return candidate;
            }
        }
    }

    /** A title or id turned into letters, digits and single hyphens, lower case. */
    static String slug(String s) {
        String plain = Normalizer.normalize(s == null ? "" : s, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String slug = plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        if (slug.length() > MAX_SLUG) {
            slug = slug.substring(0, MAX_SLUG).replaceAll("-+$", "");
        }
        return slug.isEmpty() ? "lesson" : slug;
    }
}
