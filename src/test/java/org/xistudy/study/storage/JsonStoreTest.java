package org.xistudy.study.storage;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JsonStoreTest {
    /** A stored value with the kinds of field real stores have. */
    record Notebook(String owner, List<Instant> seen, LocalDate day, int count) {
        Notebook {
            seen = seen == null ? List.of() : List.copyOf(seen);
        }
    }

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-15T10:15:02Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private JsonStore<Notebook> store(int version) {
        return JsonStore.builder(dir.resolve("notebook.json"), Notebook.class).kind("test/notebook").version(version)
                .fresh(() -> new Notebook("nobody", List.of(), null, 0)).clock(CLOCK).build();
    }

    @Test
    void aMissingFileGivesAFreshValue() {
        JsonStore.Result<Notebook> r = store(1).load();
        assertEquals(JsonStore.Status.FRESH, r.status());
        assertEquals("nobody", r.value().owner());
        assertTrue(r.canSave());
        assertFalse(Files.exists(dir.resolve("notebook.json")));
    }

    @Test
    void whatIsSavedLoadsBackEqual() throws IOException {
        Notebook n = new Notebook("Ana", List.of(Instant.parse("2024-05-01T08:00:00Z"),
                Instant.parse("2024-05-02T09:30:15.250Z")), LocalDate.of(2024, 5, 2), 7);
        store(1).save(n);
        JsonStore.Result<Notebook> r = store(1).load();
        assertEquals(JsonStore.Status.LOADED, r.status());
        assertEquals(n, r.value());
        assertEquals(1, r.foundVersion());
        String text = Files.readString(dir.resolve("notebook.json"));
        assertTrue(text.contains("\"kind\":\"test/notebook\""), text);
        assertTrue(text.contains("\"saved\":\"2026-01-15T10:15:02Z\""), text);
        assertFalse(Files.exists(AtomicFiles.tempFor(dir.resolve("notebook.json"))), "no temporary file is left");
    }

    @Test
    void aSecondSaveReplacesTheFirst() throws IOException {
        JsonStore<Notebook> s = store(1);
        s.save(new Notebook("Ana", List.of(), null, 1));
        s.save(new Notebook("Ana", List.of(), null, 2));
        assertEquals(2, store(1).load().value().count());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "{\"kind\":\"test/notebook\",\"version\":1,\"data\":{\"owner\":\"Ana\"",     // cut short
        "",                                                                          // empty
        "{\"kind\":\"test/notebook\",\"version\":1,\"data\":{\"owner\":\"Ana\"}} x",  // trailing text
        "{kind:'test/notebook',version:1,data:{}}",                                  // lenient JSON
        "[1,2,3]",                                                                   // not an object
        "{\"kind\":\"test/notebook\",\"data\":{}}",                                  // no version
        "{\"kind\":\"other/thing\",\"version\":1,\"data\":{}}",                      // another kind of file
        "{\"kind\":\"test/notebook\",\"version\":1}",                                // no data
        "{\"kind\":\"test/notebook\",\"version\":1,\"data\":{\"count\":\"many\"}}",  // wrong type
        "{\"kind\":\"test/notebook\",\"version\":1,\"data\":{\"seen\":[\"yesterday\"]}}", // bad instant
    })
    void aCorruptFileIsMovedAsideAndNeverOverwritten(String content) throws IOException {
        Path file = dir.resolve("notebook.json");
        Files.writeString(file, content);
        JsonStore<Notebook> s = store(1);
        JsonStore.Result<Notebook> r = s.load();
        assertEquals(JsonStore.Status.QUARANTINED, r.status(), r.problem());
        assertNotNull(r.problem());
        assertEquals("nobody", r.value().owner(), "the caller gets a fresh value to go on with");
        assertEquals(dir.resolve("notebook.corrupt-20260115T101502Z.json"), r.movedTo());
        assertEquals(content, Files.readString(r.movedTo()), "the corrupt file is kept byte for byte");
        assertFalse(Files.exists(file));
        assertTrue(r.canSave());
        s.save(new Notebook("Ben", List.of(), null, 1));
        assertEquals(content, Files.readString(r.movedTo()), "saving afterwards leaves the kept file alone");
    }

    @Test
    void bytesThatAreNotUtf8AreQuarantined() throws IOException {
        Path file = dir.resolve("notebook.json");
        byte[] bytes = {'{', '"', (byte) 0xC3, (byte) 0x28, '"', ':', '1', '}'};
        Files.write(file, bytes);
        JsonStore.Result<Notebook> r = store(1).load();
        assertEquals(JsonStore.Status.QUARANTINED, r.status());
        assertArrayEquals(bytes, Files.readAllBytes(r.movedTo()));
    }

    @Test
    void twoQuarantinesInTheSameSecondKeepBothFiles() throws IOException {
        Path file = dir.resolve("notebook.json");
        Files.writeString(file, "first");
        Path a = store(1).load().movedTo();
        Files.writeString(file, "second");
        Path b = store(1).load().movedTo();
        assertFalse(a.equals(b));
        assertEquals("first", Files.readString(a));
        assertEquals("second", Files.readString(b));
    }

    @Test
    void aFileTooLargeIsQuarantinedUnread() throws IOException {
        Path file = dir.resolve("notebook.json");
        Files.writeString(file, "{\"kind\":\"test/notebook\",\"version\":1,\"data\":{\"owner\":\"" + "x".repeat(500) + "\"}}");
        JsonStore<Notebook> s = JsonStore.builder(file, Notebook.class).kind("test/notebook")
                .fresh(() -> new Notebook("nobody", List.of(), null, 0)).maxBytes(100).clock(CLOCK).build();
        assertEquals(JsonStore.Status.QUARANTINED, s.load().status());
    }

    @Test
    void anUnreadableFileIsMovedAside() throws IOException {
        // A folder where the file should be: reading fails with an I/O error, not a parse error.
        Path file = dir.resolve("notebook.json");
        Files.createDirectories(file.resolve("inside"));
        JsonStore.Result<Notebook> r = store(1).load();
        assertEquals(JsonStore.Status.QUARANTINED, r.status(), r.problem());
        assertTrue(Files.isDirectory(r.movedTo().resolve("inside")));
    }

    @Test
    void aNewerVersionIsRefusedAndLeftUnchanged() throws IOException {
        JsonStore<Notebook> newer = store(3);
        newer.save(new Notebook("Future", List.of(), null, 9));
        Path file = dir.resolve("notebook.json");
        byte[] before = Files.readAllBytes(file);
        Instant modified = Files.getLastModifiedTime(file).toInstant();

        JsonStore<Notebook> older = store(2);
        JsonStore.Result<Notebook> r = older.load();
        assertEquals(JsonStore.Status.REFUSED, r.status());
        assertTrue(r.isNewerVersion());
        assertEquals(3, r.foundVersion());
        assertEquals(2, r.supportedVersion());
        assertNull(r.movedTo());
        assertFalse(r.canSave());
        assertEquals("nobody", r.value().owner());
        assertThrows(IllegalStateException.class, () -> older.save(new Notebook("Past", List.of(), null, 1)));

        assertArrayEquals(before, Files.readAllBytes(file));
        assertEquals(modified, Files.getLastModifiedTime(file).toInstant());
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(file), files.toList(), "nothing was moved or added");
        }
    }

    @Test
    void trySaveWritesWhereSavingIsAllowedAndSaysNoWhereItIsNot() throws IOException {
        assertTrue(store(3).trySave(new Notebook("Future", List.of(), null, 9)));
        Path file = dir.resolve("notebook.json");
        byte[] written = Files.readAllBytes(file);
        JsonStore<Notebook> older = store(2);
        older.load();
        assertFalse(older.trySave(new Notebook("Past", List.of(), null, 1)), "a newer file is refused, not thrown at");
        assertArrayEquals(written, Files.readAllBytes(file));
        JsonStore<Notebook> same = store(3);
        assertEquals("Future", same.load().value().owner());
        assertTrue(same.trySave(new Notebook("Now", List.of(), null, 2)));
        assertEquals("Now", store(3).load().value().owner());
    }

    @Test
    void anOlderVersionIsUpgradedThenSavedAsTheNewOne() throws IOException {
        Path file = dir.resolve("notebook.json");
        Files.writeString(file, "{\"kind\":\"test/notebook\",\"version\":1,\"data\":{\"name\":\"Ana\",\"count\":3}}");
        List<Integer> upgradedFrom = new ArrayList<>();
        JsonStore<Notebook> s = JsonStore.builder(file, Notebook.class).kind("test/notebook").version(2)
                .fresh(() -> new Notebook("nobody", List.of(), null, 0)).upgrade((from, data) -> {
                    upgradedFrom.add(from);
                    JsonObject o = data.getAsJsonObject().deepCopy();
                    o.add("owner", o.remove("name"));
                    return o;
                }).build();
        JsonStore.Result<Notebook> r = s.load();
        assertEquals(JsonStore.Status.LOADED, r.status());
        assertEquals(List.of(1), upgradedFrom);
        assertEquals("Ana", r.value().owner());
        s.save(r.value());
        assertTrue(Files.readString(file).contains("\"version\":2"));
    }

    @Test
    void aCheckCanDeclareTheDataCorrupt() throws IOException {
        Path file = dir.resolve("notebook.json");
        Files.writeString(file, "{\"kind\":\"test/notebook\",\"version\":1,\"data\":{\"owner\":\"Ana\",\"count\":-4}}");
        JsonStore<Notebook> s = JsonStore.builder(file, Notebook.class).kind("test/notebook")
                .fresh(() -> new Notebook("nobody", List.of(), null, 0)).check(n -> {
                    if (n.count() < 0) {
                        throw new IllegalArgumentException("negative count");
                    }
                    return n;
                }).clock(CLOCK).build();
        JsonStore.Result<Notebook> r = s.load();
        assertEquals(JsonStore.Status.QUARANTINED, r.status());
        assertTrue(r.problem().contains("negative count"), r.problem());
    }

    @Test
    void aLeftoverTemporaryFileDoesNotMatter() throws IOException {
        Path file = dir.resolve("notebook.json");
        store(1).save(new Notebook("Ana", List.of(), null, 1));
        Files.write(AtomicFiles.tempFor(file), "{\"kind\":\"test/no".getBytes(StandardCharsets.UTF_8));
        assertEquals(JsonStore.Status.LOADED, store(1).load().status());
        store(1).save(new Notebook("Ana", List.of(), null, 2));
        assertEquals(2, store(1).load().value().count());
        assertFalse(Files.exists(AtomicFiles.tempFor(file)));
    }

    @Test
    void peekingNeverMovesOrWritesAnything() throws IOException {
        Path file = dir.resolve("notebook.json");
        Files.writeString(file, "{broken");
        JsonStore<Notebook> s = store(1);
        JsonStore.Result<Notebook> r = s.peek();
        assertEquals(JsonStore.Status.REFUSED, r.status());
        assertNull(r.movedTo());
        assertEquals("{broken", Files.readString(file));
        assertThrows(IllegalStateException.class, () -> s.save(new Notebook("Ana", List.of(), null, 1)));

        store(1).load(); // moves it aside
        store(1).save(new Notebook("Ana", List.of(), null, 5));
        JsonStore<Notebook> reader = store(1);
        assertEquals(5, reader.peek().value().count(), "a good file is read as usual");
        assertThrows(IllegalStateException.class, () -> reader.save(new Notebook("Ana", List.of(), null, 6)),
                "a peeking store never writes");
    }
}
