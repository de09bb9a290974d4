package org.xistudy.study.chart;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.xistudy.content.LoadResult;
import org.xistudy.content.PackIndex;
import org.xistudy.content.PackLoader;
import org.xistudy.content.SeedFiles;
import org.xistudy.content.model.Pack;

/**
 * Builds content packs for chart tests as JSON, so they pass through the real loader and
 * validator. {@link #foreignPolicy()} is a pack shaped like the full bundled one: the bodies that
 * make foreign policy from 2000 on, with dated heads and chairs.
 */
public final class ChartTestPack {
    /** Quotes from the essay, used as the evidence the validator requires. */
    static final String Q_CNSC = "In 2013, Xi established the Central National Security Commission (CNSC) as a "
            + "coordination and decision-making organization responsible for both domestic and external security.";
    static final String Q_CFAC = "Xi upgraded the Central Foreign Affairs Leadership Small Group to the Central Foreign "
            + "Affairs Commission in 2018, which he chairs as he does the CNSC";
    static final String Q_PBSC = "including the Politburo Standing Committee at its apex";
    static final String Q_PARTY = "Xi has also expanded the mandate of CCP actors in foreign policy";
    static final String Q_ILD = "the Central Liaison Department that works with foreign political parties";
    static final String Q_CPD = "the Central Propaganda Department that oversees ideology-related propaganda";
    static final String Q_UFWD = "United Front Work Department that focuses on sympathetic foreign celebrities and "
            + "Chinese diaspora communities";
    static final String Q_MFA = "The Ministry of Foreign Affairs that reportedly once received calcium tablets as a "
            + "message to grow a backbone";
    static final String Q_CONF = "Xi had three large Central Foreign Affairs Work Conferences in 2013, 2014 and 2018";
    static final String Q_WANG = "Wang Yi, China’s current foreign minister directs the Central Foreign Affairs "
            + "Commission and is a Politburo member";
    static final String Q_XI = "Chinese foreign policy is clearly in Xi Jinping’s grip.";
    static final String Q_DIPLOMACY = "Party diplomacy distinguishes its role from that conducted by the Foreign Ministry";

    private final JsonObject root = new JsonObject();
    private final JsonArray institutions = new JsonArray();
    private final JsonArray people = new JsonArray();
    private final JsonArray relations = new JsonArray();
    private final JsonArray events = new JsonArray();
    private final JsonArray cards = new JsonArray();
    private final JsonArray notes = new JsonArray();
    private final JsonArray references = new JsonArray();

    public ChartTestPack() {
        root.addProperty("format", 1);
        root.addProperty("id", "chart-test");
        root.addProperty("title", "Chart test pack");
        root.addProperty("language", "en");
        JsonObject source = new JsonObject();
        source.addProperty("title", "Implications of Xi’s Power Concentration for Chinese Foreign Policy");
        source.addProperty("author", "Suisheng Zhao");
        source.addProperty("publisher", "United States Institute of Peace");
        source.addProperty("date", "2023-12");
        source.addProperty("seed", "seeds/zhao-2023-xi-power-concentration.txt");
        root.add("source", source);
        JsonArray lanes = new JsonArray();
        JsonObject lane = new JsonObject();
        lane.addProperty("id", "lane");
        lane.addProperty("title", "Institutions");
        lanes.add(lane);
        root.add("lanes", lanes);
        JsonObject ref = new JsonObject();
        ref.addProperty("id", "ref-test");
        ref.addProperty("title", "A reference work on Chinese institutions");
        ref.addProperty("publisher", "Test Press");
        ref.addProperty("url", "https://example.org/institutions");
        ref.addProperty("date", "2024");
        references.add(ref);
    }

    private static JsonArray cite(String quote) {
        JsonArray a = new JsonArray();
        JsonObject c = new JsonObject();
        if (quote == null) {
            c.addProperty("ref", "ref-test");
            c.addProperty("detail", "test data");
        } else {
            c.addProperty("quote", quote);
        }
        a.add(c);
        return a;
    }

    private static JsonArray ids(List<String> ids) {
        JsonArray a = new JsonArray();
        ids.forEach(a::add);
        return a;
    }

    /** A body; {@code dissolved} may be null. */
    public ChartTestPack body(String id, String name, String abbrev, String zh, String kind, String established,
            String dissolved, String quote) {
        JsonObject o = new JsonObject();
        o.addProperty("id", id);
        o.addProperty("name", name);
        if (abbrev != null) {
            o.addProperty("abbrev", abbrev);
        }
        o.addProperty("zh", zh);
        o.addProperty("pinyin", "pinyin of " + name);
        o.addProperty("kind", kind);
        o.addProperty("established", established);
        if (dissolved != null) {
            o.addProperty("dissolved", dissolved);
        }
        o.addProperty("summary", "What the " + name + " does.");
        o.add("cite", cite(quote));
        institutions.add(o);
        return this;
    }

    public ChartTestPack body(String id, String name, String kind, String established, String dissolved) {
        return body(id, name, null, "机构" + id, kind, established, dissolved, null);
    }

    public ChartTestPack person(String id, String name, String zh) {
        JsonObject o = new JsonObject();
        o.addProperty("id", id);
        o.addProperty("name", name);
        o.addProperty("zh", zh);
        o.addProperty("pinyin", "pinyin of " + name);
        o.addProperty("summary", name + " in brief.");
        o.add("cite", cite(null));
        people.add(o);
        return this;
    }

    /** A relation "from type to"; {@code start} and {@code end} may be null. */
    public ChartTestPack rel(String id, String from, String type, String to, String start, String end) {
        JsonObject o = new JsonObject();
        o.addProperty("id", id);
        o.addProperty("from", from);
        o.addProperty("to", to);
        o.addProperty("type", type);
        if (start != null) {
            o.addProperty("start", start);
        }
        if (end != null) {
            o.addProperty("end", end);
        }
        o.add("cite", cite(null));
        relations.add(o);
        return this;
    }

    public ChartTestPack event(String id, String date, String title, List<String> bodies, List<String> persons,
            List<String> cardIds) {
        JsonObject o = new JsonObject();
        o.addProperty("id", id);
        o.addProperty("date", date);
        o.addProperty("lane", "lane");
        o.addProperty("title", title);
        o.addProperty("summary", title + ".");
        o.add("institutions", ids(bodies));
        o.add("people", ids(persons));
        o.add("cards", ids(cardIds));
        o.add("cite", cite(null));
        events.add(o);
        return this;
    }

    public ChartTestPack card(String id, String front, String back, List<String> bodies) {
        JsonObject o = new JsonObject();
        o.addProperty("id", id);
        o.addProperty("type", "basic");
        o.addProperty("front", front);
        o.addProperty("back", back);
        o.add("institutions", ids(bodies));
        o.add("cite", cite(null));
        cards.add(o);
        return this;
    }

    public ChartTestPack note(String id, List<String> about, String title, String body) {
        JsonObject o = new JsonObject();
        o.addProperty("id", id);
        o.addProperty("kind", "imprecise");
        o.add("about", ids(about));
        o.addProperty("title", title);
        o.addProperty("body", body);
        o.add("cite", cite(null));
        notes.add(o);
        return this;
    }

    public String json() {
        JsonObject o = root.deepCopy();
        o.add("references", references);
        o.add("institutions", institutions);
        o.add("people", people);
        o.add("relations", relations);
        if (events.isEmpty()) {
            event("ev-placeholder", "2000", "Nothing in particular", List.of(), List.of(), List.of());
        }
        o.add("events", events);
        o.add("cards", cards);
        o.add("notes", notes);
        return new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(o);
    }

    /** Loads the pack through the real loader; fails the test if it is not valid. */
    public PackIndex index() {
        LoadResult r = PackLoader.load("chart-test.json", json().getBytes(StandardCharsets.UTF_8), SeedFiles.bundled());
        if (!r.isValid()) {
            throw new AssertionError("test pack is invalid: " + r.problems());
        }
        return r.index().orElseThrow();
    }

    public Pack pack() {
        return index().pack();
    }

    public Path write(Path dir) throws IOException {
        Path f = dir.resolve("chart-test.json");
        Files.writeString(f, json(), StandardCharsets.UTF_8);
        return f;
    }

    /**
     * A pack shaped like the full one: Party centre, commissions before and after 2018, the
     * foreign ministry, Party departments doing party diplomacy, a work conference, with heads
     * and chairs over time.
     */
    public static ChartTestPack foreignPolicy() {
        ChartTestPack p = new ChartTestPack();
        p.body("cc", "Central Committee of the Communist Party of China", "CCP CC", "中国共产党中央委员会", "party", "1921",
                null, null);
        p.body("politburo", "Politburo", null, "中央政治局", "party", "1927", null, null);
        p.body("pbsc", "Politburo Standing Committee", "PBSC", "中央政治局常务委员会", "party", "1956", null, Q_PBSC);
        p.body("cnsc", "Central National Security Commission", "CNSC", "中央国家安全委员会", "party", "2013-11", null, Q_CNSC);
        p.body("falsg", "Central Foreign Affairs Leading Small Group", "FALSG", "中央外事工作领导小组", "party", "1981",
                "2018-03", Q_CFAC);
        p.body("cfac", "Central Foreign Affairs Commission", "CFAC", "中央外事工作委员会", "party", "2018-03", null, Q_CFAC);
        p.body("cfac-office", "Office of the Central Foreign Affairs Commission", null, "中央外事工作委员会办公室", "party",
                "2018-03", null, null);
        p.body("mfa", "Ministry of Foreign Affairs", "MFA", "外交部", "state", "1949", null, Q_MFA);
        p.body("ild", "International Liaison Department", "ILD", "中共中央对外联络部", "party", "1951", null, Q_ILD);
        p.body("cpd", "Central Propaganda Department", "CPD", "中共中央宣传部", "party", "1924", null, Q_CPD);
        p.body("ufwd", "United Front Work Department", "UFWD", "中共中央统一战线工作部", "party", "1942", null, Q_UFWD);
        p.body("state-council", "State Council", null, "国务院", "state", "1954", null, null);
        p.body("cfawc", "Central Foreign Affairs Work Conference", null, "中央外事工作会议", "meeting", "1971", null, Q_CONF);
        p.body("cmc", "Central Military Commission", "CMC", "中央军事委员会", "military", "1954", null, null);

        p.person("xi", "Xi Jinping", "习近平");
        p.person("hu", "Hu Jintao", "胡锦涛");
        p.person("jiang", "Jiang Zemin", "江泽民");
        p.person("wang-yi", "Wang Yi", "王毅");
        p.person("yang-jiechi", "Yang Jiechi", "杨洁篪");
        p.person("li-keqiang", "Li Keqiang", "李克强");
        p.person("li-qiang", "Li Qiang", "李强");
        p.person("wen-jiabao", "Wen Jiabao", "温家宝");
        p.person("zhu-rongji", "Zhu Rongji", "朱镕基");

        p.rel("r-jiang-gs", "jiang", "heads", "cc", "1989-06", "2002-11");
        p.rel("r-hu-gs", "hu", "heads", "cc", "2002-11", "2012-11");
        p.rel("r-xi-gs", "xi", "heads", "cc", "2012-11", null);
        p.rel("r-pb-cc", "politburo", "reports-to", "cc", null, null);
        p.rel("r-pbsc-pb", "pbsc", "reports-to", "politburo", null, null);
        p.rel("r-xi-cnsc", "xi", "chairs", "cnsc", "2013-11", null);
        p.rel("r-cnsc-pbsc", "cnsc", "reports-to", "pbsc", null, null);
        p.rel("r-jiang-falsg", "jiang", "chairs", "falsg", "1998", "2003-03");
        p.rel("r-hu-falsg", "hu", "chairs", "falsg", "2003-03", "2013-03");
        p.rel("r-xi-falsg", "xi", "chairs", "falsg", "2013-03", "2018-03");
        p.rel("r-falsg-pbsc", "falsg", "reports-to", "pbsc", null, null);
        p.rel("r-cfac-falsg", "cfac", "upgraded-from", "falsg", "2018-03", null);
        p.rel("r-xi-cfac", "xi", "chairs", "cfac", "2018-03", null);
        p.rel("r-cfac-pbsc", "cfac", "reports-to", "pbsc", null, null);
        p.rel("r-office-cfac", "cfac-office", "office-of", "cfac", null, null);
        p.rel("r-yang-office", "yang-jiechi", "heads", "cfac-office", "2018-03", "2022-12");
        p.rel("r-wang-office", "wang-yi", "heads", "cfac-office", "2022-12", null);
        p.rel("r-wang-mfa-1", "wang-yi", "heads", "mfa", "2013-03", "2022-12");
        p.rel("r-wang-mfa-2", "wang-yi", "heads", "mfa", "2023-07", null);
        p.rel("r-wang-pb", "wang-yi", "member-of", "politburo", "2022-10", null);
        p.rel("r-sc-mfa", "state-council", "directs", "mfa", null, null);
        p.rel("r-cfac-mfa", "cfac", "directs", "mfa", "2018-03", null);
        p.rel("r-falsg-mfa", "falsg", "coordinates", "mfa", null, "2018-03");
        p.rel("r-zhu-sc", "zhu-rongji", "heads", "state-council", "1998-03", "2003-03");
        p.rel("r-wen-sc", "wen-jiabao", "heads", "state-council", "2003-03", "2013-03");
        p.rel("r-li-sc", "li-keqiang", "heads", "state-council", "2013-03", "2023-03");
        p.rel("r-liq-sc", "li-qiang", "heads", "state-council", "2023-03", null);
        p.rel("r-cc-ild", "cc", "directs", "ild", null, null);
        p.rel("r-cc-cpd", "cc", "directs", "cpd", null, null);
        p.rel("r-cc-ufwd", "cc", "directs", "ufwd", null, null);
        p.rel("r-ild-pd", "ild", "party-diplomacy", "mfa", null, null);
        p.rel("r-cpd-pd", "cpd", "party-diplomacy", "mfa", null, null);
        p.rel("r-ufwd-pd", "ufwd", "party-diplomacy", "mfa", null, null);
        p.rel("r-cc-cfawc", "cc", "convenes", "cfawc", null, null);
        p.rel("r-cmc-cc", "cmc", "reports-to", "cc", null, null);
        p.rel("r-xi-cmc", "xi", "chairs", "cmc", "2012-11", null);
        p.rel("r-hu-cmc", "hu", "chairs", "cmc", "2004-09", "2012-11");
        p.rel("r-jiang-cmc", "jiang", "chairs", "cmc", "1989-11", "2004-09");

        p.event("ev-cnsc", "2013-11", "The Party sets up the Central National Security Commission", List.of("cnsc"),
                List.of("xi"), List.of("card-cnsc"));
        p.event("ev-conf-2014", "2014-11", "Central Foreign Affairs Work Conference", List.of("cfawc"), List.of("xi"),
                List.of());
        p.event("ev-cfac", "2018-03", "The leading small group becomes the Central Foreign Affairs Commission",
                List.of("cfac", "falsg"), List.of("xi"), List.of("card-cfac"));
        p.event("ev-conf-2018", "2018-06", "Central Foreign Affairs Work Conference", List.of("cfawc", "cfac"),
                List.of("xi"), List.of());
        p.card("card-cnsc", "When was the CNSC set up?", "In 2013.", List.of("cnsc"));
        p.card("card-cfac", "Who chairs the Central Foreign Affairs Commission?", "Xi Jinping.", List.of("cfac"));
        p.note("note-wang", List.of("wang-yi", "cfac"), "Wang Yi directs the commission's office",
                "Xi chairs the commission; Wang Yi directs its General Office.");
        return p;
    }
}
