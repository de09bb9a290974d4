package org.xistudy.study.exchange;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.util.List;

/**
 * Anki's collection in schema version 11, the version that every Anki since 2.1 imports: the
 * tables as {@code rslib/src/storage/schema11.sql} in Anki's source creates them, and the JSON that
 * {@code col} holds, with the fields that Anki's schema-11 readers ({@code rslib/src/notetype/schema11.rs},
 * {@code rslib/src/decks/schema11.rs}, {@code rslib/src/deckconfig/schema11.rs}) require.
 */
final class AnkiCollection {
    static final int SCHEMA_VERSION = 11;
    /** The field separator in {@code notes.flds}. */
    static final char FIELD_SEPARATOR = '\u001f';
    static final long DEFAULT_DECK = 1;
    static final long DEFAULT_CONFIG = 1;

    static final List<String> TABLES = List.of(
            "create table col (id integer primary key, crt integer not null, mod integer not null,"
                    + " scm integer not null, ver integer not null, dty integer not null, usn integer not null,"
                    + " ls integer not null, conf text not null, models text not null, decks text not null,"
                    + " dconf text not null, tags text not null)",
            "create table notes (id integer primary key, guid text not null, mid integer not null,"
                    + " mod integer not null, usn integer not null, tags text not null, flds text not null,"
                    + " sfld integer not null, csum integer not null, flags integer not null, data text not null)",
            "create table cards (id integer primary key, nid integer not null, did integer not null,"
                    + " ord integer not null, mod integer not null, usn integer not null, type integer not null,"
                    + " queue integer not null, due integer not null, ivl integer not null, factor integer not null,"
                    + " reps integer not null, lapses integer not null, left integer not null, odue integer not null,"
                    + " odid integer not null, flags integer not null, data text not null)",
            "create table revlog (id integer primary key, cid integer not null, usn integer not null,"
                    + " ease integer not null, ivl integer not null, lastIvl integer not null, factor integer not null,"
                    + " time integer not null, type integer not null)",
            "create table graves (usn integer not null, oid integer not null, type integer not null)",
            "create index ix_notes_usn on notes (usn)",
            "create index ix_cards_usn on cards (usn)",
            "create index ix_revlog_usn on revlog (usn)",
            "create index ix_cards_nid on cards (nid)",
            "create index ix_cards_sched on cards (did, queue, due)",
            "create index ix_revlog_cid on revlog (cid)",
            "create index ix_notes_csum on notes (csum)");

    private static final String LATEX_PRE = "\\documentclass[12pt]{article}\n\\special{papersize=3in,5in}\n"
            + "\\usepackage[utf8]{inputenc}\n\\usepackage{amssymb,amsmath}\n\\pagestyle{empty}\n"
            + "\\setlength{\\parindent}{0in}\n\\begin{document}\n";
    private static final String LATEX_POST = "\\end{document}";

    private AnkiCollection() {
    }

    /** A note type as {@code col.models} holds it. */
    static JsonObject noteType(AnkiNoteType type, long modSeconds, long deckId) {
        JsonObject m = new JsonObject();
        m.addProperty("id", type.id());
        m.addProperty("name", type.ankiName());
        m.addProperty("type", type.isCloze() ? 1 : 0);
        m.addProperty("mod", modSeconds);
        m.addProperty("usn", -1);
        m.addProperty("sortf", 0);
        m.addProperty("did", deckId);
        JsonArray templates = new JsonArray();
        JsonArray req = new JsonArray();
        for (int i = 0; i < type.templates().size(); i++) {
            AnkiNoteType.Template t = type.templates().get(i);
            JsonObject o = new JsonObject();
            o.addProperty("name", t.name());
            o.addProperty("ord", i);
            o.addProperty("qfmt", t.question());
            o.addProperty("afmt", t.answer());
            o.addProperty("bqfmt", "");
            o.addProperty("bafmt", "");
            o.add("did", null);
            o.addProperty("bfont", "");
            o.addProperty("bsize", 0);
            templates.add(o);
            // The legacy requirement: a card exists when its question's field is not empty.
            JsonArray r = new JsonArray();
            r.add(i);
            r.add("any");
            JsonArray fields = new JsonArray();
            fields.add(type == AnkiNoteType.REVERSED ? i : 0);
            r.add(fields);
            req.add(r);
        }
        m.add("tmpls", templates);
        JsonArray fields = new JsonArray();
        for (int i = 0; i < type.fields().size(); i++) {
            JsonObject f = new JsonObject();
            f.addProperty("name", type.fields().get(i));
            f.addProperty("ord", i);
            f.addProperty("sticky", false);
            f.addProperty("rtl", false);
            f.addProperty("font", "Arial");
            f.addProperty("size", 20);
            f.add("media", new JsonArray());
            fields.add(f);
        }
        m.add("flds", fields);
        m.addProperty("css", AnkiNoteType.CSS);
        m.addProperty("latexPre", LATEX_PRE);
        m.addProperty("latexPost", LATEX_POST);
        m.addProperty("latexsvg", false);
        m.add("req", req);
        m.add("tags", new JsonArray());
        m.add("vers", new JsonArray());
        return m;
    }

    /** A deck as {@code col.decks} holds it. */
    static JsonObject deck(long id, String name, String description, long modSeconds) {
        JsonObject d = new JsonObject();
        d.addProperty("id", id);
        d.addProperty("mod", modSeconds);
        d.addProperty("name", name);
        d.addProperty("usn", -1);
        for (String today : List.of("lrnToday", "revToday", "newToday", "timeToday")) {
            JsonArray zero = new JsonArray();
            zero.add(0);
            zero.add(0);
            d.add(today, zero);
        }
        d.addProperty("collapsed", false);
        d.addProperty("browserCollapsed", false);
        d.addProperty("desc", description);
        d.addProperty("dyn", 0);
        d.addProperty("conf", DEFAULT_CONFIG);
        d.addProperty("extendNew", 0);
        d.addProperty("extendRev", 0);
        return d;
    }

    /** The default deck options, as {@code col.dconf} holds them (Anki's own defaults). */
    static JsonObject deckConfig(long modSeconds) {
        JsonObject c = new JsonObject();
        c.addProperty("id", DEFAULT_CONFIG);
        c.addProperty("mod", modSeconds);
        c.addProperty("name", "Default");
        c.addProperty("usn", 0);
        c.addProperty("maxTaken", 60);
        c.addProperty("autoplay", true);
        c.addProperty("timer", 0);
        c.addProperty("replayq", true);
        c.addProperty("dyn", false);
        JsonObject neu = new JsonObject();
        neu.addProperty("bury", false);
        neu.add("delays", numbers(1, 10));
        neu.addProperty("initialFactor", 2500);
        neu.add("ints", numbers(1, 4, 0));
        neu.addProperty("order", 1);
        neu.addProperty("perDay", 20);
        c.add("new", neu);
        JsonObject rev = new JsonObject();
        rev.addProperty("bury", false);
        rev.addProperty("ease4", 1.3);
        rev.addProperty("ivlFct", 1);
        rev.addProperty("maxIvl", 36500);
        rev.addProperty("perDay", 200);
        rev.addProperty("hardFactor", 1.2);
        c.add("rev", rev);
        JsonObject lapse = new JsonObject();
        lapse.add("delays", numbers(10));
        lapse.addProperty("leechAction", 1);
        lapse.addProperty("leechFails", 8);
        lapse.addProperty("minInt", 1);
        lapse.addProperty("mult", 0);
        c.add("lapse", lapse);
        JsonObject all = new JsonObject();
        all.add(Long.toString(DEFAULT_CONFIG), c);
        return all;
    }

    /** The collection's settings, as {@code col.conf} holds them. */
    static JsonObject settings(long currentDeck, long nextPosition) {
        JsonObject c = new JsonObject();
        JsonArray active = new JsonArray();
        active.add(currentDeck);
        c.add("activeDecks", active);
        c.addProperty("curDeck", currentDeck);
        c.addProperty("newSpread", 0);
        c.addProperty("collapseTime", 1200);
        c.addProperty("timeLim", 0);
        c.addProperty("estTimes", true);
        c.addProperty("dueCounts", true);
        c.add("curModel", null);
        c.addProperty("nextPos", nextPosition);
        c.addProperty("sortType", "noteFld");
        c.addProperty("sortBackwards", false);
        c.addProperty("addToCur", true);
        return c;
    }

    private static JsonArray numbers(int... values) {
        JsonArray a = new JsonArray();
        for (int v : values) {
            a.add(v);
        }
        return a;
    }

    /**
     * Anki's checksum of a note: the first 8 hex digits of the SHA-1 of the first field with its
     * HTML stripped (media file names kept), as a number.
     */
    static long checksum(String firstField) {
        return Long.parseLong(Ids.hash(Html.ankiStripped(firstField), 8), 16);
    }
}
