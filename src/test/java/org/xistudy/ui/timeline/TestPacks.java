package org.xistudy.ui.timeline;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/**
 * Content packs built for the timeline's UI tests, so they do not depend on the bundled pack. Five
 * lanes, overlapping eras, points at every precision, approximate dates, spans, and links to
 * bodies, people, cards, notes and references.
 */
final class TestPacks {
    static final String TRIGGERS = "Three triggers enabled Xi\u2019s success in consolidating power after becoming CCP "
            + "general secretary in 2012.";
    static final String OLYMPICS = "Beijing\u2019s successful hosting of the 2008 Summer Olympics";
    static final String CNSC = "In 2013, Xi established the Central National Security Commission (CNSC) as a "
            + "coordination and decision-making organization responsible for both domestic and external security.";

    /** The events in time order, as the timeline steps through them. */
    static final String[] IN_TIME = {"ev-prc", "ev-chen-yi", "ev-mao-conf", "ev-reform", "ev-qian", "ev-olympics",
        "ev-xi-gs", "ev-wang-yi", "ev-bri", "ev-cnsc", "ev-cfac", "ev-biden"};

    private TestPacks() {
    }

    static Path write(Path dir, JsonObject pack) throws IOException {
        Path file = dir.resolve("timeline-test-pack.json");
        Files.writeString(file, new GsonBuilder().setPrettyPrinting().create().toJson(pack), StandardCharsets.UTF_8);
        return file;
    }

    /** The standard test pack. */
    static JsonObject pack() {
        JsonObject p = new JsonObject();
        p.addProperty("format", 1);
        p.addProperty("id", "timeline-test");
        p.addProperty("title", "Timeline test pack");
        p.addProperty("language", "en");
        JsonObject source = new JsonObject();
        source.addProperty("title", "Implications of Xi\u2019s Power Concentration for Chinese Foreign Policy");
        source.addProperty("author", "Suisheng Zhao");
        source.addProperty("publisher", "United States Institute of Peace");
        source.addProperty("date", "2023-12");
        source.addProperty("seed", "seeds/zhao-2023-xi-power-concentration.txt");
        p.add("source", source);

        JsonArray refs = new JsonArray();
        JsonObject ref = obj("id", "ref-cnsc", "title", "Central National Security Commission", "publisher",
                "Reference Works", "url", "https://example.org/cnsc", "date", "2024-01");
        refs.add(ref);
        p.add("references", refs);

        JsonArray lanes = new JsonArray();
        lanes.add(obj("id", "lead", "title", "Leadership and consolidation"));
        lanes.add(obj("id", "inst", "title", "Institutions and meetings"));
        lanes.add(obj("id", "dipl", "title", "Diplomats"));
        lanes.add(obj("id", "world", "title", "China and the world"));
        lanes.add(obj("id", "econ", "title", "Economy"));
        p.add("lanes", lanes);

        JsonArray eras = new JsonArray();
        eras.add(era("era-mao", "Mao Zedong", "1949", "1976"));
        eras.add(era("era-deng", "Deng Xiaoping", "1978", "1992"));
        eras.add(era("era-jiang", "Jiang Zemin", "1989", "2002"));
        eras.add(era("era-hu", "Hu Jintao", "2002", "2012"));
        eras.add(era("era-xi", "Xi Jinping", "2012", null));
        p.add("eras", eras);

        JsonArray events = new JsonArray();
        events.add(event("ev-prc", "lead", "1949-10-01", null, false, "People\u2019s Republic founded", refCite()));
        events.add(event("ev-chen-yi", "dipl", "1958", "1972", false, "Chen Yi as foreign minister", refCite()));
        events.add(event("ev-mao-conf", "inst", "1971", null, true, "Work conference under Mao", refCite()));
        events.add(event("ev-reform", "econ", "1978-12", null, false, "Reform and opening begins", refCite()));
        events.add(event("ev-qian", "dipl", "1988", "1998", false, "Qian Qichen as foreign minister", refCite()));
        events.add(event("ev-olympics", "world", "2008", null, false, "Beijing hosts the Summer Olympics",
                quoteCite(OLYMPICS)));
        JsonObject xi = event("ev-xi-gs", "lead", "2012-11-15", null, false, "Xi becomes general secretary",
                quoteCite(TRIGGERS));
        xi.add("people", arr("xi-jinping"));
        xi.add("cards", arr("card-triggers"));
        events.add(xi);
        JsonObject wang = event("ev-wang-yi", "dipl", "2013-03", "2022-12", false, "Wang Yi as foreign minister",
                refCite());
        wang.add("people", arr("wang-yi"));
        events.add(wang);
        events.add(event("ev-bri", "econ", "2013-09", null, true, "Belt and Road announced", refCite()));
        JsonObject cnsc = event("ev-cnsc", "inst", "2013-11", null, false, "National Security Commission set up",
                quoteCite(CNSC));
        cnsc.get("cite").getAsJsonArray().add(obj("ref", "ref-cnsc", "detail", "Founding decision."));
        cnsc.add("institutions", arr("cnsc"));
        cnsc.add("people", arr("xi-jinping"));
        cnsc.add("cards", arr("card-cnsc"));
        events.add(cnsc);
        JsonObject cfac = event("ev-cfac", "inst", "2018-03", null, false, "Leading group upgraded to a commission",
                refCite());
        cfac.add("institutions", arr("cfac"));
        events.add(cfac);
        events.add(event("ev-biden", "world", "2023-11-15", null, false, "Xi meets Biden", refCite()));
        p.add("events", events);

        JsonArray people = new JsonArray();
        people.add(person("xi-jinping", "Xi Jinping", "\u4e60\u8fd1\u5e73", "X\u00ed J\u00ecnp\u00edng"));
        people.add(person("wang-yi", "Wang Yi", "\u738b\u6bc5", "W\u00e1ng Y\u00ec"));
        p.add("people", people);

        JsonArray inst = new JsonArray();
        inst.add(institution("cnsc", "Central National Security Commission", "2013"));
        inst.add(institution("cfac", "Central Foreign Affairs Commission", "2018"));
        p.add("institutions", inst);

        JsonArray cards = new JsonArray();
        JsonObject c1 = obj("id", "card-triggers", "type", "basic", "front", "What three triggers helped Xi?",
                "back", "Weak predecessors, scandals and nationalism.");
        c1.add("cite", quoteCite(TRIGGERS));
        c1.add("tags", arr("triggers", "leadership"));
        cards.add(c1);
        JsonObject c2 = obj("id", "card-cnsc", "type", "basic", "front", "When was the CNSC set up?", "back", "2013");
        c2.add("cite", quoteCite(CNSC));
        c2.add("tags", arr("institutions", "leadership"));
        cards.add(c2);
        p.add("cards", cards);

        JsonArray notes = new JsonArray();
        JsonObject note = obj("id", "note-cnsc", "kind", "context", "title", "Announced in 2013, first met in 2014",
                "body", "The commission was announced in November 2013 and met for the first time in April 2014.");
        note.add("about", arr("ev-cnsc"));
        note.add("cite", refCite());
        notes.add(note);
        p.add("notes", notes);
        return p;
    }

    /** The standard pack plus {@code extra} random events over 1949 to 2023, for tests of culling. */
    static JsonObject packWithMany(int extra, long seed) {
        JsonObject p = pack();
        JsonArray events = p.getAsJsonArray("events");
        String[] lanes = {"lead", "inst", "dipl", "world", "econ"};
        Random r = new Random(seed);
        for (int i = 0; i < extra; i++) {
            int y = 1949 + r.nextInt(75);
            String date = String.format("%04d-%02d-%02d", y, 1 + r.nextInt(12), 1 + r.nextInt(28));
            events.add(event(String.format("gen-%05d", i), lanes[r.nextInt(lanes.length)], date, null,
                    false, "Generated event number " + i, refCite()));
        }
        return p;
    }

    private static JsonObject era(String id, String title, String start, String end) {
        JsonObject e = obj("id", id, "title", title, "start", start);
        if (end != null) {
            e.addProperty("end", end);
        }
        e.addProperty("summary", title + " leads the Party.");
        e.add("cite", refCite());
        return e;
    }

    private static JsonObject event(String id, String lane, String date, String end, boolean approx, String title,
            JsonArray cite) {
        JsonObject e = obj("id", id, "date", date, "lane", lane, "title", title, "summary", "What happened: " + title
                + ".");
        if (end != null) {
            e.addProperty("end", end);
        }
        if (approx) {
            e.addProperty("approx", true);
        }
        e.add("cite", cite);
        return e;
    }

    private static JsonObject person(String id, String name, String zh, String pinyin) {
        JsonObject o = obj("id", id, "name", name, "zh", zh, "pinyin", pinyin, "summary", name + ", a leader.");
        o.add("cite", refCite());
        return o;
    }

    private static JsonObject institution(String id, String name, String established) {
        JsonObject o = obj("id", id, "name", name, "zh", "\u59d4\u5458\u4f1a", "pinyin", "w\u011biyu\u00e1nhu\u00ec",
                "kind", "party", "established", established, "summary", name + ".");
        o.add("cite", refCite());
        return o;
    }

    private static JsonArray refCite() {
        JsonArray a = new JsonArray();
        a.add(obj("ref", "ref-cnsc"));
        return a;
    }

    private static JsonArray quoteCite(String quote) {
        JsonArray a = new JsonArray();
        a.add(obj("quote", quote));
        return a;
    }

    private static JsonArray arr(String... ids) {
        JsonArray a = new JsonArray();
        for (String id : ids) {
            a.add(id);
        }
        return a;
    }

    private static JsonObject obj(String... kv) {
        JsonObject o = new JsonObject();
        for (int i = 0; i < kv.length; i += 2) {
            o.addProperty(kv[i], kv[i + 1]);
        }
        return o;
    }
}
