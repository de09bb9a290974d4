package org.xistudy.study.timeline;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.xistudy.content.PackIndex;
import org.xistudy.content.model.Event;

/**
 * Finds events by text. An event matches when every word of the query occurs in its title,
 * summary, date, lane or the names of its people and bodies (English, characters or pinyin).
 * Case and accents are ignored, so "wang yi" finds "Wáng Yì".
 */
public final class EventSearch {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private final String[] haystacks;

    private EventSearch(String[] haystacks) {
        this.haystacks = haystacks;
    }

    /** Indexes the events of a timeline; names of people and bodies come from the pack, when given. */
    public static EventSearch of(TimelineData data, PackIndex pack) {
        String[] hay = new String[data.items().size()];
        for (TimelineData.Item it : data.items()) {
            StringBuilder b = new StringBuilder();
            add(b, it.title());
            add(b, it.date().toString());
            if (it.endDate() != null) {
                add(b, it.endDate().toString());
            }
            add(b, data.lanes().get(it.lane()).title());
            add(b, it.summary());
            Event e = pack == null ? null : pack.event(it.id()).orElse(null);
            if (e != null) {
                for (String p : e.people()) {
                    pack.person(p).ifPresent(x -> {
                        add(b, x.name());
                        add(b, x.zh());
                        add(b, x.pinyin());
                    });
                }
                for (String i : e.institutions()) {
                    pack.institution(i).ifPresent(x -> {
                        add(b, x.name());
                        add(b, x.abbrev());
                        add(b, x.zh());
                        add(b, x.pinyin());
                    });
                }
            }
            hay[it.index()] = b.toString();
        }
        return new EventSearch(hay);
    }

    private static void add(StringBuilder b, String s) {
        if (s != null && !s.isEmpty()) {
            b.append(normalise(s)).append('\n');
        }
    }

    /** Lower case, accents removed, curly quotes and dashes made plain. */
    public static String normalise(String s) {
        String d = Normalizer.normalize(s, Normalizer.Form.NFD);
        d = MARKS.matcher(d).replaceAll("");
        d = d.replace('\u2019', '\'').replace('\u2018', '\'').replace('\u201C', '"').replace('\u201D', '"')
                .replace('\u2013', '-').replace('\u2014', '-');
        return d.toLowerCase(Locale.ROOT);
    }

    /** The time-order indexes of the events that match, in time order; none for a blank query. */
    public List<Integer> find(String query) {
        if (query == null || query.isBlank()) {
            return List.of();
        }
        String[] words = SPACES.split(normalise(query.strip()));
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < haystacks.length; i++) {
            boolean all = true;
            for (String w : words) {
                if (!haystacks[i].contains(w)) {
                    all = false;
                    break;
                }
            }
            if (all) {
                out.add(i);
            }
        }
        return out;
    }
}
