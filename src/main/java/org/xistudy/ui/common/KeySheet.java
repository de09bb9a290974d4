package org.xistudy.ui.common;

import java.util.ArrayList;
import java.util.List;

/**
 * The keyboard shortcuts as a sheet of sections, one per part of the app, each a list of rows
 * "keys — what they do". The text comes from the bundles: {@code keys.<section>.title} and
 * {@code keys.<section>.<n>} = {@code keys<TAB>what they do}, numbered from 1.
 */
public final class KeySheet {

    /** One shortcut: the keys to press and what they do. */
    public record Row(String keys, String does) {
    }

    /** A part of the app and its shortcuts. */
    public record Section(String id, String title, List<Row> rows) {
        public Section {
            rows = List.copyOf(rows);
        }
    }

    private KeySheet() {
    }

    /** The sections named by {@code ids}, with {@code first} (the current view's) moved to the front. */
    public static List<Section> read(UiText text, List<String> ids, String first) {
        List<Section> out = new ArrayList<>();
        for (String id : ids) {
            Section s = section(text, id);
            if (s.rows().isEmpty()) {
                continue;
            }
            if (id.equals(first)) {
                out.add(0, s);
            } else {
                out.add(s);
            }
        }
        return List.copyOf(out);
    }

    static Section section(UiText text, String id) {
        List<Row> rows = new ArrayList<>();
        for (int n = 1; text.has("keys." + id + "." + n); n++) {
            String line = text.get("keys." + id + "." + n);
            int tab = line.indexOf('\t');
            rows.add(tab < 0 ? new Row(line, "") : new Row(line.substring(0, tab), line.substring(tab + 1)));
        }
        return new Section(id, text.get("keys." + id + ".title"), rows);
    }
}
