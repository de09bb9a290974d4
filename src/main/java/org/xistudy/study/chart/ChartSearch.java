package org.xistudy.study.chart;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Finds bodies and people by what the user types: the English name, the abbreviation, the Chinese
 * characters or the pinyin (tone marks optional), ignoring case. Best matches come first: an
 * exact abbreviation, then names that start with the words, then any word start, then anywhere.
 */
public final class ChartSearch {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private ChartSearch() {
    }

    /** The matching nodes, best first; none for a blank query. */
    public static List<ChartNode> find(String query, Collection<ChartNode> nodes) {
        String q = fold(query);
        if (q.isEmpty()) {
            return List.of();
        }
        record Hit(ChartNode node, int score, int index) {
        }
        List<Hit> hits = new ArrayList<>();
        int i = 0;
        for (ChartNode n : nodes) {
            int s = score(q, n);
            if (s > 0) {
                hits.add(new Hit(n, s, i));
            }
            i++;
        }
        hits.sort(Comparator.comparingInt((Hit h) -> -h.score()).thenComparingInt(Hit::index));
        return hits.stream().map(Hit::node).toList();
    }

    private static int score(String q, ChartNode n) {
        String abbrev = fold(n.abbrev());
        String name = fold(n.name());
        String pinyin = fold(n.pinyin());
        String zh = n.zh() == null ? "" : n.zh();
        if (!abbrev.isEmpty() && abbrev.equals(q)) {
            return 100;
        }
        if (name.startsWith(q)) {
            return 80;
        }
        if (startsAWord(name, q) || startsAWord(pinyin, q)) {
            return 60;
        }
        if (!zh.isEmpty() && zh.contains(q)) {
            return 50;
        }
        if (name.contains(q) || pinyin.replace(" ", "").contains(q.replace(" ", "")) || abbrev.startsWith(q)) {
            return 40;
        }
        return 0;
    }

    private static boolean startsAWord(String text, String q) {
        if (text.isEmpty()) {
            return false;
        }
        return text.startsWith(q) || text.contains(" " + q);
    }

    /** Lower case, without accents or tone marks, with single spaces. */
    static String fold(String s) {
        if (s == null) {
            return "";
        }
        String d = Normalizer.normalize(s, Normalizer.Form.NFD);
        d = MARKS.matcher(d).replaceAll("");
        return SPACES.matcher(d.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }
}
