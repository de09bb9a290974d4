package org.xistudy.study.exchange;

import com.google.gson.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.xistudy.content.PackIndex;
import org.xistudy.content.model.Card;
import org.xistudy.content.model.Pack;
import org.xistudy.study.storage.AtomicFiles;

/**
 * Writes a pack's cards as an Anki package ({@code .apkg}): a zip holding {@code collection.anki2},
 * a SQLite database in Anki's schema 11 written through SQLite itself, and an empty
 * {@code media} list. One note per card, in a deck named after the pack with a subdeck per essay
 * section; a note's GUID is the pack id and the card id, so exporting again updates the notes a
 * student already has instead of adding them twice.
 */
final class ApkgWriter {
    static final String COLLECTION = "collection.anki2";
    static final String MEDIA = "media";
    private static final long MIN_ID = 1_000_000_000_000L;
    private static final long ID_BLOCK = 10_000_000L;

    private final Clock clock;

    ApkgWriter(Clock clock) {
        this.clock = clock;
    }

    ExportResult write(PackIndex index, Path out, Progress progress) throws IOException {
        Pack pack = index.pack();
        AnkiLayout layout = new AnkiLayout(index);
        List<AnkiLayout.Note> notes = new ArrayList<>();
        for (Card c : pack.cards()) {
            notes.add(layout.note(c));
        }
        long nowMillis = clock.millis();
        long nowSeconds = nowMillis / 1000;
        Map<String, Long> decks = new LinkedHashMap<>();
        decks.put(layout.deckRoot(), deckId(pack.id(), layout.deckRoot()));
        notes.forEach(n -> decks.computeIfAbsent(n.deck(), d -> deckId(pack.id(), d)));
        Set<AnkiNoteType> types = EnumSet.noneOf(AnkiNoteType.class);
        notes.forEach(n -> types.add(n.type()));

        Path db = Files.createTempFile("xi-policy-study-", ".anki2");
        int cards = 0;
        try {
            try (Connection conn = DriverManager.getConnection("jdbc:sqlite:" + db.toAbsolutePath())) {
                conn.setAutoCommit(false);
                try (Statement st = conn.createStatement()) {
                    for (String sql : AnkiCollection.TABLES) {
                        st.execute(sql);
                    }
                }
                writeCol(conn, index, layout, decks, types, nowMillis, notes.size());
                cards = writeNotes(conn, notes, decks, nowSeconds, progress);
                conn.commit();
            }
            byte[] collection = Files.readAllBytes(db);
            AtomicFiles.write(out, zip(collection));
        } catch (SQLException e) {
            throw new IOException("SQLite could not write the collection: " + e.getMessage(), e);
        } finally {
            Files.deleteIfExists(db);
            Files.deleteIfExists(db.resolveSibling(db.getFileName() + "-journal"));
        }
        long used = notes.stream().map(AnkiLayout.Note::deck).distinct().count();
        return ExportResult.anki(Format.ANKI, out, notes.size(), cards, (int) used);
    }

    private void writeCol(Connection conn, PackIndex index, AnkiLayout layout, Map<String, Long> decks,
            Set<AnkiNoteType> types, long nowMillis, int noteCount) throws SQLException {
        long nowSeconds = nowMillis / 1000;
        long root = decks.get(layout.deckRoot());
        JsonObject models = new JsonObject();
        for (AnkiNoteType t : types) {
            models.add(Long.toString(t.id()), AnkiCollection.noteType(t, nowSeconds, root));
        }
        JsonObject deckJson = new JsonObject();
        deckJson.add(Long.toString(AnkiCollection.DEFAULT_DECK),
                AnkiCollection.deck(AnkiCollection.DEFAULT_DECK, "Default", "", nowSeconds));
        decks.forEach((name, id) -> deckJson.add(Long.toString(id), AnkiCollection.deck(id, name,
                id == root ? description(index) : "", nowSeconds)));
        LocalDate today = LocalDate.now(clock.withZone(ZoneId.systemDefault()));
        long created = today.atStartOfDay(ZoneId.systemDefault()).toEpochSecond();
        try (PreparedStatement ps = conn.prepareStatement(
                "insert into col (id, crt, mod, scm, ver, dty, usn, ls, conf, models, decks, dconf, tags)"
                        + " values (1, ?, ?, ?, ?, 0, 0, 0, ?, ?, ?, ?, '{}')")) {
            ps.setLong(1, created);
            ps.setLong(2, nowMillis);
            ps.setLong(3, nowMillis);
            ps.setInt(4, AnkiCollection.SCHEMA_VERSION);
            ps.setString(5, AnkiCollection.settings(root, noteCount + 1L).toString());
            ps.setString(6, models.toString());
            ps.setString(7, deckJson.toString());
            ps.setString(8, AnkiCollection.deckConfig(nowSeconds).toString());
            ps.executeUpdate();
        }
    }

    private static String description(PackIndex index) {
        Pack p = index.pack();
        StringBuilder sb = new StringBuilder();
        if (p.subtitle() != null) {
            sb.append("<p>").append(Html.escape(p.subtitle())).append("</p>");
        }
        if (p.source().hasEssay()) {
            sb.append("<p>Cards from ").append(Html.escape(p.source().author())).append(", <i>")
                    .append(Html.escape(p.source().title())).append("</i>");
            if (p.source().date() != null) {
                sb.append(" (").append(EnglishDates.of(p.source().date())).append(")");
            }
            sb.append(".</p>");
        }
        return sb.toString();
    }

    private int writeNotes(Connection conn, List<AnkiLayout.Note> notes, Map<String, Long> decks, long nowSeconds,
            Progress progress) throws SQLException {
        // Ids follow the pack's order, so the notes read back (and show in Anki's browser) in it; a
        // note is matched by its GUID, not its id, when the student imports a later export.
        String packId = notes.isEmpty() ? "" : notes.get(0).guid().split(AnkiLayout.GUID_SEPARATOR, 2)[0];
        long noteBase = Ids.number("notes: " + packId, MIN_ID) / ID_BLOCK * ID_BLOCK;
        long cardBase = Ids.number("cards: " + packId, MIN_ID) / ID_BLOCK * ID_BLOCK;
        Set<Long> cardIds = new HashSet<>();
        int cards = 0;
        try (PreparedStatement note = conn.prepareStatement("insert into notes (id, guid, mid, mod, usn, tags, flds,"
                + " sfld, csum, flags, data) values (?, ?, ?, ?, -1, ?, ?, ?, ?, 0, '')");
                PreparedStatement card = conn.prepareStatement("insert into cards (id, nid, did, ord, mod, usn, type,"
                        + " queue, due, ivl, factor, reps, lapses, left, odue, odid, flags, data)"
                        + " values (?, ?, ?, ?, ?, -1, 0, 0, ?, 0, 0, 0, 0, 0, 0, 0, 0, '')")) {
            for (int i = 0; i < notes.size(); i++) {
                AnkiLayout.Note n = notes.get(i);
                long nid = noteBase + i;
                String first = n.fields().get(0);
                note.setLong(1, nid);
                note.setString(2, n.guid());
                note.setLong(3, n.type().id());
                note.setLong(4, nowSeconds);
                note.setString(5, n.tags().isEmpty() ? "" : " " + String.join(" ", n.tags()) + " ");
                note.setString(6, String.join(String.valueOf(AnkiCollection.FIELD_SEPARATOR), n.fields()));
                note.setString(7, Html.ankiStripped(first));
                note.setLong(8, AnkiCollection.checksum(first));
                note.addBatch();
                for (int ord = 0; ord < n.type().templates().size(); ord++) {
                    card.setLong(1, unique(cardIds, cardBase + cards));
                    card.setLong(2, nid);
                    card.setLong(3, decks.get(n.deck()));
                    card.setInt(4, ord);
                    card.setLong(5, nowSeconds);
                    card.setLong(6, i + 1L);
                    card.addBatch();
                    cards++;
                }
                progress.update(i + 1L, notes.size());
            }
            note.executeBatch();
            card.executeBatch();
        }
        return cards;
    }

    private static long unique(Set<Long> used, long id) {
        long v = id;
        while (!used.add(v)) {
            v++;
        }
        return v;
    }

    static long deckId(String packId, String deckName) {
        return Ids.number("deck: " + packId + " " + deckName, MIN_ID);
    }

    private static byte[] zip(byte[] collection) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(collection.length / 2 + 1024);
        try (ZipOutputStream z = new ZipOutputStream(bytes)) {
            z.putNextEntry(new ZipEntry(COLLECTION));
            z.write(collection);
            z.closeEntry();
            z.putNextEntry(new ZipEntry(MEDIA));
            z.write("{}".getBytes(StandardCharsets.UTF_8));
            z.closeEntry();
        }
        return bytes.toByteArray();
    }
}
