package org.xistudy.study.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xistudy.content.PackIndex;
import org.xistudy.content.essay.Essay;
import org.xistudy.content.model.Card;
import org.xistudy.content.model.CardType;

/** The .apkg of the bundled pack, read back with the same SQLite library as Anki's schema describes it. */
class AnkiPackageTest {
    @TempDir
    static Path dir;
    static PackIndex index;
    static Path apkg;
    static Connection db;

    @BeforeAll
    static void export() throws IOException, SQLException {
        index = ExchangeFixtures.bundled();
        apkg = dir.resolve("deck.apkg");
        ExportResult r = Exchange.export(Format.ANKI, index, apkg, ExchangeFixtures.CLOCK, Progress.NONE);
        assertEquals(index.pack().cards().size(), r.notes());
        Path collection = ExchangeFixtures.extract(apkg, "collection.anki2", dir.resolve("collection.anki2"));
        db = DriverManager.getConnection("jdbc:sqlite:" + collection);
    }

    private static List<List<Object>> rows(String sql) throws SQLException {
        List<List<Object>> out = new ArrayList<>();
        try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                List<Object> row = new ArrayList<>();
                for (int i = 1; i <= n; i++) {
                    row.add(rs.getObject(i));
                }
                out.add(row);
            }
        }
        return out;
    }

    private static JsonObject colJson(String column) throws SQLException {
        return JsonParser.parseString((String) rows("select " + column + " from col").get(0).get(0)).getAsJsonObject();
    }

    @Test
    void thePackageHoldsTheCollectionAndAMediaList() throws IOException {
        try (ZipFile z = new ZipFile(apkg.toFile())) {
            Set<String> names = new TreeSet<>();
            z.stream().forEach(e -> names.add(e.getName()));
            assertEquals(Set.of("collection.anki2", "media"), names);
            assertEquals("{}", new String(z.getInputStream(z.getEntry("media")).readAllBytes()));
        }
    }

    @Test
    void theTablesAreAnkisSchema11() throws SQLException {
        Set<String> tables = new TreeSet<>();
        rows("select name from sqlite_master where type = 'table'").forEach(r -> tables.add((String) r.get(0)));
        assertEquals(Set.of("col", "notes", "cards", "revlog", "graves"), tables);
        Map<String, List<String>> columns = new HashMap<>();
        for (String t : tables) {
            List<String> names = new ArrayList<>();
            rows("pragma table_info(" + t + ")").forEach(r -> names.add((String) r.get(1)));
            columns.put(t, names);
        }
        assertEquals(List.of("id", "crt", "mod", "scm", "ver", "dty", "usn", "ls", "conf", "models", "decks", "dconf",
                "tags"), columns.get("col"));
        assertEquals(List.of("id", "guid", "mid", "mod", "usn", "tags", "flds", "sfld", "csum", "flags", "data"),
                columns.get("notes"));
        assertEquals(List.of("id", "nid", "did", "ord", "mod", "usn", "type", "queue", "due", "ivl", "factor", "reps",
                "lapses", "left", "odue", "odid", "flags", "data"), columns.get("cards"));
        assertEquals(11, ((Number) rows("select ver from col").get(0).get(0)).intValue());
        assertEquals(1, rows("select * from col").size());
        assertEquals(0, rows("select * from revlog").size());
        Set<String> indexes = new TreeSet<>();
        rows("select name from sqlite_master where type = 'index'").forEach(r -> indexes.add((String) r.get(0)));
        assertTrue(indexes.containsAll(Set.of("ix_notes_usn", "ix_cards_usn", "ix_revlog_usn", "ix_cards_nid",
                "ix_cards_sched", "ix_revlog_cid", "ix_notes_csum")), indexes.toString());
    }

    @Test
    void noteTypesHaveTheirFieldsAndTemplates() throws SQLException {
        JsonObject models = colJson("models");
        Map<String, Integer> fields = new HashMap<>();
        Map<String, Integer> templates = new HashMap<>();
        for (String id : models.keySet()) {
            JsonObject m = models.getAsJsonObject(id);
            assertEquals(id, m.get("id").getAsString());
            for (String key : List.of("name", "type", "mod", "usn", "sortf", "did", "tmpls", "flds", "css", "req")) {
                assertTrue(m.has(key), m.get("name") + " has " + key);
            }
            fields.put(m.get("name").getAsString(), m.getAsJsonArray("flds").size());
            templates.put(m.get("name").getAsString(), m.getAsJsonArray("tmpls").size());
            assertEquals(m.get("name").getAsString().equals("Cloze") ? 1 : 0, m.get("type").getAsInt());
        }
        assertEquals(Map.of("Basic", 4, "Basic (and reversed card)", 4, "Cloze", 3, "Basic (type in the answer)", 5),
                fields);
        assertEquals(Map.of("Basic", 1, "Basic (and reversed card)", 2, "Cloze", 1, "Basic (type in the answer)", 1),
                templates);
        // Every note's field count matches its note type.
        for (List<Object> r : rows("select mid, flds from notes")) {
            JsonObject m = models.getAsJsonObject(String.valueOf(r.get(0)));
            assertEquals(m.getAsJsonArray("flds").size(), ((String) r.get(1)).split("\u001f", -1).length);
        }
    }

    @Test
    void oneNotePerCardWithUniqueStableGuidsAndACardRowForEachTemplate() throws SQLException {
        List<List<Object>> notes = rows("select id, guid, mid from notes");
        assertEquals(index.pack().cards().size(), notes.size());
        Set<Object> guids = new HashSet<>();
        notes.forEach(n -> guids.add(n.get(1)));
        assertEquals(notes.size(), guids.size());
        for (Card c : index.pack().cards()) {
            assertTrue(guids.contains(index.pack().id() + "/" + c.id()), c.id());
        }
        JsonObject models = colJson("models");
        for (List<Object> n : notes) {
            int expected = models.getAsJsonObject(String.valueOf(n.get(2))).getAsJsonArray("tmpls").size();
            List<List<Object>> cards = rows("select ord from cards where nid = " + n.get(0) + " order by ord");
            assertEquals(expected, cards.size(), "cards of note " + n.get(1));
        }
        long reversed = index.pack().cards().stream().filter(c -> c.type() == CardType.REVERSED).count();
        assertEquals(index.pack().cards().size() + reversed, rows("select id from cards").size());
        assertEquals(0, rows("select id from cards where nid not in (select id from notes)").size());
        assertEquals(0, rows("select id from cards where type != 0 or queue != 0 or reps != 0").size(),
                "every card is new");
    }

    @Test
    void checksumsAndSortFieldsAreAsAnkiComputesThem() throws SQLException {
        for (List<Object> r : rows("select flds, sfld, csum from notes")) {
            String first = ((String) r.get(0)).split("\u001f", -1)[0];
            String stripped = first.replaceAll("<[^>]*>", "").replace("&amp;", "&").replace("&lt;", "<")
                    .replace("&gt;", ">").replace("&quot;", "\"");
            assertEquals(stripped, String.valueOf(r.get(1)));
            assertEquals(Long.parseLong(Ids.hash(stripped, 8), 16), ((Number) r.get(2)).longValue());
        }
    }

    @Test
    void decksAreThePackTitleWithASubdeckPerEssaySection() throws SQLException {
        JsonObject decks = colJson("decks");
        Set<String> names = new TreeSet<>();
        Map<Long, String> byId = new HashMap<>();
        for (String id : decks.keySet()) {
            JsonObject d = decks.getAsJsonObject(id);
            for (String key : List.of("id", "name", "usn", "lrnToday", "revToday", "newToday", "timeToday", "collapsed",
                    "dyn", "conf")) {
                assertTrue(d.has(key), d.get("name") + " has " + key);
            }
            names.add(d.get("name").getAsString());
            byId.put(Long.parseLong(id), d.get("name").getAsString());
        }
        String title = index.pack().title();
        Set<String> expected = new TreeSet<>(List.of("Default", title));
        Essay essay = index.essay();
        for (Card c : index.pack().cards()) {
            index.sectionOf(c).flatMap(essay::section).ifPresent(s -> expected.add(title + "::"
                    + (s.heading() == null ? "Opening" : s.heading())));
        }
        assertEquals(expected, names);
        assertTrue(names.size() > 3, names.toString());
        // A card's deck is its section's.
        for (List<Object> r : rows("select n.guid, c.did from notes n join cards c on c.nid = n.id")) {
            String cardId = ((String) r.get(0)).substring(index.pack().id().length() + 1);
            Card card = index.card(cardId).orElseThrow();
            String deck = byId.get(((Number) r.get(1)).longValue());
            String section = index.sectionOf(card).flatMap(essay::section)
                    .map(s -> s.heading() == null ? "Opening" : s.heading()).orElse(null);
            assertEquals(section == null ? title : title + "::" + section, deck);
        }
        JsonObject dconf = colJson("dconf");
        assertTrue(dconf.has("1"));
        for (String key : List.of("new", "rev", "lapse", "maxTaken", "autoplay", "timer")) {
            assertTrue(dconf.getAsJsonObject("1").has(key), key);
        }
    }

    @Test
    void notesCarryExplanationSourceTagsAndSection() throws SQLException {
        Card basic = index.pack().cards().stream().filter(c -> c.type() == CardType.BASIC && c.explanation() != null
                && c.cite().stream().anyMatch(x -> x.isQuote())).findFirst().orElseThrow();
        List<Object> note = rows("select flds, tags from notes where guid = '" + index.pack().id() + "/" + basic.id()
                + "'").get(0);
        String[] f = ((String) note.get(0)).split("\u001f", -1);
        assertEquals(Html.escape(basic.front()), f[0]);
        assertEquals(Html.escape(basic.back()), f[1]);
        assertEquals(Html.escape(basic.explanation()), f[2]);
        assertTrue(f[3].contains("xi-quote") && f[3].contains("Suisheng Zhao"), f[3]);
        String tags = (String) note.get(1);
        for (String t : basic.tags()) {
            assertTrue(tags.contains(" " + t + " "), tags);
        }
        assertTrue(tags.contains(" section::"), tags);
        // A card citing a reference names its title and publisher and links it.
        Card withRef = index.pack().cards().stream().filter(c -> c.cite().stream().anyMatch(x -> !x.isQuote()
                && index.reference(x.ref()).map(r -> r.url() != null).orElse(false))).findFirst().orElseThrow();
        String src = ((String) rows("select flds from notes where guid = '" + index.pack().id() + "/" + withRef.id()
                + "'").get(0).get(0)).split("\u001f", -1)[withRef.type() == CardType.CLOZE ? 2
                : withRef.type() == CardType.TYPEIN ? 4 : 3];
        var ref = index.reference(withRef.cite().stream().filter(x -> !x.isQuote()).findFirst().orElseThrow().ref())
                .orElseThrow();
        assertTrue(src.contains(Html.escape(ref.title())) && src.contains(Html.escape(ref.publisher()))
                && src.contains("href=\"" + Html.escape(ref.url()) + "\""), src);
    }

    @Test
    void clozeAndChoiceNotesAreLaidOut() throws SQLException {
        Card cloze = index.pack().cards().stream().filter(c -> c.type() == CardType.CLOZE).findFirst().orElseThrow();
        String text = ((String) rows("select flds from notes where guid = '" + index.pack().id() + "/" + cloze.id()
                + "'").get(0).get(0)).split("\u001f", -1)[0];
        assertTrue(text.contains("{{c1::" + Html.escape(cloze.clozeAnswer())), text);
        Card choice = index.pack().cards().stream().filter(c -> c.type() == CardType.CHOICE).findFirst().orElseThrow();
        String[] f = ((String) rows("select flds from notes where guid = '" + index.pack().id() + "/" + choice.id()
                + "'").get(0).get(0)).split("\u001f", -1);
        for (String o : choice.options()) {
            assertTrue(f[0].contains("<li>" + Html.escape(o) + "</li>"), f[0]);
        }
        assertTrue(Html.toText(f[1]).endsWith(choice.answer()), f[1]);
        assertFalse(f[0].contains(Html.escape(choice.explanation() == null ? "\u0000" : choice.explanation())));
    }

    @Test
    void exportingAgainKeepsGuidsAndIdsSoAnkiUpdatesNotes(@TempDir Path other) throws IOException, SQLException {
        Path again = other.resolve("again.apkg");
        Exchange.export(Format.ANKI, index, again, Clock.offset(ExchangeFixtures.CLOCK,
                Duration.ofDays(3)), Progress.NONE);
        Path col = ExchangeFixtures.extract(again, "collection.anki2", other.resolve("c.anki2"));
        try (Connection second = DriverManager.getConnection("jdbc:sqlite:" + col);
                Statement st = second.createStatement();
                ResultSet rs = st.executeQuery("select id, guid, mid, mod from notes order by id")) {
            Map<Object, Object> firstIds = new HashMap<>();
            long firstMod = 0;
            for (List<Object> r : rows("select id, guid, mid, mod from notes")) {
                firstIds.put(r.get(1), r.get(0));
                firstMod = ((Number) r.get(3)).longValue();
            }
            int n = 0;
            while (rs.next()) {
                assertEquals(firstIds.get(rs.getString(2)), rs.getObject(1), "note id of " + rs.getString(2));
                assertNotEquals(firstMod, rs.getLong(4), "a later export is newer, so Anki takes its fields");
                n++;
            }
            assertEquals(firstIds.size(), n);
        }
        JsonElement models = colJson("models");
        assertTrue(models.getAsJsonObject().keySet().stream().allMatch(id -> Long.parseLong(id) > 0));
    }

    @Test
    void aFailedExportLeavesNoFileUnderTheName(@TempDir Path other) throws IOException {
        Path blocked = Files.createDirectory(other.resolve("deck.apkg"));
        Files.writeString(blocked.resolve("keep"), "x");
        org.junit.jupiter.api.Assertions.assertThrows(IOException.class,
                () -> Exchange.export(Format.ANKI, index, blocked, ExchangeFixtures.CLOCK, Progress.NONE));
        assertTrue(Files.isDirectory(blocked));
        try (var files = Files.list(other)) {
            assertEquals(List.of(blocked), files.filter(p -> !p.getFileName().toString().startsWith(".")).toList());
        }
    }
}
