package org.xistudy.study.exchange;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.sqlite.SQLiteConfig;
import org.xistudy.content.Problem;
import org.xistudy.content.json.JsonPosition;

/**
 * Reads the notes of an Anki package ({@code .apkg}, or a whole collection {@code .colpkg}) made by
 * Anki or another tool: the zip's {@code collection.anki21} or {@code collection.anki2}, opened
 * read-only through SQLite, with the note types and decks that {@code col} holds as JSON (or, in
 * a collection of a later schema, in their own tables).
 *
 * <p>Anki 2.1.50 and later export by default a newer package ({@code collection.anki21b},
 * compressed with Zstandard) beside a stand-in {@code collection.anki2} that holds one note
 * asking to update Anki. That stand-in is not read: such a package is refused with a message that
 * says how to export one that can be read (Anki's "Support older Anki versions" option).
 */
final class ApkgReader {
    static final String LEGACY = "collection.anki2";
    static final String LEGACY_21 = "collection.anki21";
    static final String COMPRESSED = "collection.anki21b";
    private static final long MAX_COLLECTION_BYTES = 1024L * 1024 * 1024;
    private static final String FIELD_SEPARATOR = String.valueOf(AnkiCollection.FIELD_SEPARATOR);

    /** What a package holds: its notes and how many media files came with them. */
    record Contents(List<AnkiNote> notes, int mediaFiles) {
    }

    private record NoteType(String name, boolean cloze, List<String> fields, List<String> questions) {
    }

    private final String file;

    ApkgReader(String file) {
        this.file = file;
    }

    Contents read(Path path) throws BadFile {
        if (Files.isDirectory(path)) {
            throw new BadFile(List.of(problem("", "the file is a folder, not an Anki package")), true);
        }
        try (ZipFile zip = new ZipFile(path.toFile(), StandardCharsets.UTF_8)) {
            ZipEntry entry = zip.getEntry(LEGACY_21);
            if (entry == null && zip.getEntry(COMPRESSED) != null) {
                throw BadFile.invalid(problem(COMPRESSED, "this package is in the format of Anki 2.1.50 and later"
                        + " (its collection is compressed with Zstandard), which this app cannot read; in Anki, export"
                        + " it again as an .apkg with \"Support older Anki versions\" ticked"));
            }
            if (entry == null) {
                entry = zip.getEntry(LEGACY);
            }
            if (entry == null) {
                throw BadFile.invalid(problem("", "this is a zip file but not an Anki package: it holds no "
                        + LEGACY + " or " + LEGACY_21));
            }
            int media = mediaCount(zip);
            Path db = Files.createTempFile("xi-policy-study-import-", ".anki2");
            try {
                copy(zip, entry, db);
                return new Contents(notes(db, entry.getName()), media);
            } finally {
                Files.deleteIfExists(db);
            }
        } catch (ZipException e) {
            throw BadFile.invalid(problem("", "this is not an Anki package: it is not a zip file ("
                    + e.getMessage() + ")"));
        } catch (NoSuchFileException e) {
            throw new BadFile(List.of(problem("", "the file does not exist")), true);
        } catch (AccessDeniedException e) {
            throw new BadFile(List.of(problem("", "the file cannot be read: permission denied")), true);
        } catch (IOException e) {
            throw new BadFile(List.of(problem("", "the file cannot be read: " + e.getMessage())), true);
        }
    }

    private void copy(ZipFile zip, ZipEntry entry, Path to) throws IOException, BadFile {
        try (InputStream in = zip.getInputStream(entry); OutputStream out = Files.newOutputStream(to)) {
            byte[] buf = new byte[64 * 1024];
            long total = 0;
            for (int n = in.read(buf); n >= 0; n = in.read(buf)) {
                total += n;
                if (total > MAX_COLLECTION_BYTES) {
                    throw BadFile.invalid(problem(entry.getName(), "the collection is larger than "
                            + (MAX_COLLECTION_BYTES >> 20) + " MB"));
                }
                out.write(buf, 0, n);
            }
        }
    }

    /** The number of media files the package lists (its {@code media} file: a JSON map). */
    private static int mediaCount(ZipFile zip) {
        ZipEntry media = zip.getEntry(ApkgWriter.MEDIA);
        if (media == null || media.getSize() > 64L * 1024 * 1024) {
            return 0;
        }
        try (InputStream in = zip.getInputStream(media)) {
            JsonElement e = JsonParser.parseString(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            return e.isJsonObject() ? e.getAsJsonObject().size() : 0;
        } catch (IOException | JsonParseException | IllegalStateException e) {
            return 0; // a newer package lists media in another encoding; the count is only for the summary
        }
    }

    private List<AnkiNote> notes(Path db, String entry) throws BadFile {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        try (Connection conn = config.createConnection("jdbc:sqlite:" + db.toAbsolutePath())) {
            Map<Long, NoteType> types;
            Map<Long, String> decks;
            try (Statement st = conn.createStatement(); ResultSet rs = st.executeQuery("select models, decks from col")) {
                if (!rs.next()) {
                    throw BadFile.invalid(problem(entry + "/col", "the collection has no row in its col table"));
                }
                types = noteTypes(rs.getString(1), entry);
                decks = decks(rs.getString(2), entry);
            }
            if (types.isEmpty() && hasTable(conn, "notetypes")) {
                types = noteTypesFromTables(conn);
            }
            if (decks.isEmpty() && hasTable(conn, "decks")) {
                decks = decksFromTable(conn);
            }
            Map<Long, Long> deckOfNote = new HashMap<>();
            try (Statement st = conn.createStatement();
                    ResultSet rs = st.executeQuery("select nid, did from cards order by nid, ord")) {
                while (rs.next()) {
                    deckOfNote.putIfAbsent(rs.getLong(1), rs.getLong(2));
                }
            }
            List<AnkiNote> out = new ArrayList<>();
            try (Statement st = conn.createStatement();
                    ResultSet rs = st.executeQuery("select id, guid, mid, tags, flds from notes order by id")) {
                while (rs.next()) {
                    long id = rs.getLong(1);
                    NoteType type = types.get(rs.getLong(3));
                    String where = entry + "/notes[id=" + id + "]";
                    List<String> fields = Arrays.asList(nullToEmpty(rs.getString(5)).split(FIELD_SEPARATOR, -1));
                    List<String> tags = Arrays.stream(nullToEmpty(rs.getString(4)).trim().split("\\s+"))
                            .filter(t -> !t.isEmpty()).toList();
                    Long did = deckOfNote.get(id);
                    String deck = did == null ? null : decks.get(did);
                    out.add(new AnkiNote(where, 1, nullToEmpty(rs.getString(2)), type == null ? "" : type.name(),
                            type != null && type.cloze(), type == null ? List.of() : type.fields(), fields,
                            type == null ? List.of() : type.questions(), tags, deck));
                }
            }
            return out;
        } catch (SQLException e) {
            throw BadFile.invalid(problem(entry, "the collection is not an Anki database SQLite can read: "
                    + e.getMessage()));
        }
    }

    private Map<Long, NoteType> noteTypes(String json, String entry) throws BadFile {
        Map<Long, NoteType> out = new HashMap<>();
        JsonObject all = object(json, entry + "/col.models");
        for (String key : all.keySet()) {
            JsonElement e = all.get(key);
            if (!e.isJsonObject()) {
                continue;
            }
            JsonObject m = e.getAsJsonObject();
            TreeMap<Integer, String> fields = new TreeMap<>();
            List<String> questions = new ArrayList<>();
            try {
                if (m.has("flds") && m.get("flds").isJsonArray()) {
                    int i = 0;
                    for (JsonElement f : m.getAsJsonArray("flds")) {
                        JsonObject fo = f.getAsJsonObject();
                        int ord = fo.has("ord") && !fo.get("ord").isJsonNull() ? fo.get("ord").getAsInt() : i;
                        fields.put(ord, fo.get("name").getAsString());
                        i++;
                    }
                }
                if (m.has("tmpls") && m.get("tmpls").isJsonArray()) {
                    for (JsonElement t : m.getAsJsonArray("tmpls")) {
                        JsonObject to = t.getAsJsonObject();
                        questions.add(to.has("qfmt") ? to.get("qfmt").getAsString() : "");
                    }
                }
                String name = m.has("name") ? m.get("name").getAsString() : "";
                boolean cloze = m.has("type") && m.get("type").isJsonPrimitive() && m.get("type").getAsInt() == 1;
                out.put(Long.parseLong(key), new NoteType(name, cloze, List.copyOf(fields.values()), questions));
            } catch (RuntimeException ex) {
                throw BadFile.invalid(problem(entry + "/col.models['" + key + "']", "the note type cannot be read: "
                        + ex.getMessage()));
            }
        }
        return out;
    }

    private Map<Long, String> decks(String json, String entry) throws BadFile {
        Map<Long, String> out = new HashMap<>();
        JsonObject all = object(json, entry + "/col.decks");
        for (String key : all.keySet()) {
            JsonElement e = all.get(key);
            try {
                if (e.isJsonObject() && e.getAsJsonObject().has("name")) {
                    out.put(Long.parseLong(key), e.getAsJsonObject().get("name").getAsString());
                }
            } catch (RuntimeException ex) {
                throw BadFile.invalid(problem(entry + "/col.decks['" + key + "']", "the deck cannot be read: "
                        + ex.getMessage()));
            }
        }
        return out;
    }

    private JsonObject object(String json, String where) throws BadFile {
        try {
            JsonElement e = JsonParser.parseString(nullToEmpty(json).isEmpty() ? "{}" : json);
            if (!e.isJsonObject()) {
                throw BadFile.invalid(problem(where, "expected a JSON object"));
            }
            return e.getAsJsonObject();
        } catch (JsonParseException ex) {
            throw BadFile.invalid(problem(where, "is not JSON: " + ex.getMessage()));
        }
    }

    private static boolean hasTable(Connection conn, String name) throws SQLException {
        DatabaseMetaData meta = conn.getMetaData();
        try (ResultSet rs = meta.getTables(null, null, name, null)) {
            return rs.next();
        }
    }

    /** Note types of a collection of schema 15 or later, where they have their own tables. */
    private static Map<Long, NoteType> noteTypesFromTables(Connection conn) throws SQLException {
        Map<Long, String> names = new HashMap<>();
        Map<Long, TreeMap<Integer, String>> fields = new HashMap<>();
        try (Statement st = conn.createStatement(); ResultSet rs = st.executeQuery("select id, name from notetypes")) {
            while (rs.next()) {
                names.put(rs.getLong(1), rs.getString(2));
            }
        }
        try (Statement st = conn.createStatement();
                ResultSet rs = st.executeQuery("select ntid, ord, name from fields")) {
            while (rs.next()) {
                fields.computeIfAbsent(rs.getLong(1), k -> new TreeMap<>()).put(rs.getInt(2), rs.getString(3));
            }
        }
        Map<Long, NoteType> out = new HashMap<>();
        names.forEach((id, name) -> out.put(id, new NoteType(name, name.toLowerCase(Locale.ROOT)
                .startsWith("cloze"), List.copyOf(fields.getOrDefault(id, new TreeMap<>()).values()), List.of())));
        return out;
    }

    private static Map<Long, String> decksFromTable(Connection conn) throws SQLException {
        Map<Long, String> out = new HashMap<>();
        try (Statement st = conn.createStatement(); ResultSet rs = st.executeQuery("select id, name from decks")) {
            while (rs.next()) {
                out.put(rs.getLong(1), rs.getString(2).replace(FIELD_SEPARATOR, "::"));
            }
        }
        return out;
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    private Problem problem(String where, String message) {
        return new Problem(Problem.Severity.ERROR, file, JsonPosition.START, where.isEmpty() ? "$" : where, message);
    }
}
