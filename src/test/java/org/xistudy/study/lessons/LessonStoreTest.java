package org.xistudy.study.lessons;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xistudy.content.TestLessons;
import org.xistudy.content.model.Lesson;
import org.xistudy.content.model.LessonStep;

class LessonStoreTest {
    private static final Lesson EVERY_KIND = TestLessons.index().lessons().get(0);

    @TempDir
    Path dir;

    @Test
    void lessonsOfEveryKindSurviveASaveAndAReopen() throws IOException {
        LessonStore store = LessonStore.open(dir, "test-pack");
        assertEquals(List.of(), store.lessons());
        assertTrue(store.problem().isEmpty());
        Lesson empty = new Lesson("draft", "A draft", null, List.of());
        store.save(List.of(EVERY_KIND, empty));
        assertEquals(dir.resolve("lessons").resolve("test-pack.json"), store.file());
        LessonStore again = LessonStore.open(dir, "test-pack");
        assertEquals(List.of(EVERY_KIND, empty), again.lessons(), "a lesson still being written may be empty");
        String text = Files.readString(store.file());
        assertTrue(text.contains("\"kind\":\"xi-policy-study/lessons\""), text);
        assertTrue(text.contains("{\"kind\":\"quiz\",\"cards\":[\"card-b\",\"card-c\"]}"), text);
        assertFalse(Files.exists(store.file().resolveSibling(".test-pack.json.tmp")));
        assertEquals(List.of(), LessonStore.open(dir, "other-pack").lessons(), "kept by pack id");
    }

    @Test
    void aDamagedFileIsSetAsideAndReported() throws IOException {
        Path file = LessonStore.file(dir, "test-pack");
        Files.createDirectories(file.getParent());
        Files.writeString(file, "{\"kind\": \"xi-policy-study/lessons\", \"version\": 1, \"data\": {\"lessons\": [", StandardCharsets.UTF_8);
        LessonStore store = LessonStore.open(dir, "test-pack");
        assertEquals(LessonStore.Problem.Kind.DAMAGED, store.problem().orElseThrow().kind());
        Path aside = store.problem().get().movedTo();
        assertTrue(Files.exists(aside), "the damaged file is kept");
        assertTrue(aside.getFileName().toString().startsWith("test-pack.corrupt-"), aside.toString());
        assertTrue(store.isWritable());
        store.save(List.of(EVERY_KIND));
        assertEquals(List.of(EVERY_KIND), LessonStore.open(dir, "test-pack").lessons());
    }

    @Test
    void anUnknownStepKindMakesTheFileDamagedNotACrash() throws IOException {
        Path file = LessonStore.file(dir, "test-pack");
        Files.createDirectories(file.getParent());
        Files.writeString(file, "{\"kind\": \"xi-policy-study/lessons\", \"version\": 1, \"data\": {\"lessons\": "
                + "[{\"id\": \"x\", \"title\": \"X\", \"steps\": [{\"kind\": \"hologram\"}]}]}}");
        LessonStore store = LessonStore.open(dir, "test-pack");
        assertEquals(LessonStore.Problem.Kind.DAMAGED, store.problem().orElseThrow().kind());
        assertEquals(List.of(), store.lessons());
    }

    @Test
    void aFileFromANewerVersionIsLeftAlone() throws IOException {
        Path file = LessonStore.file(dir, "test-pack");
        Files.createDirectories(file.getParent());
        String newer = "{\"kind\": \"xi-policy-study/lessons\", \"version\": " + (LessonStore.VERSION + 1)
                + ", \"data\": {\"lessons\": []}}";
        Files.writeString(file, newer);
        LessonStore store = LessonStore.open(dir, "test-pack");
        assertEquals(LessonStore.Problem.Kind.NEWER, store.problem().orElseThrow().kind());
        assertFalse(store.isWritable());
        assertThrows(IOException.class, () -> store.save(List.of(EVERY_KIND)));
        assertEquals(newer, Files.readString(file), "never overwritten");
    }

    @Test
    void claimStepsRaisedTheVersionAndAFileOfTheFirstVersionStillLoads() throws IOException {
        assertEquals(2, LessonStore.VERSION, "claim steps came with version 2: an older app refuses the file"
                + " instead of setting it aside as damaged");
        Path file = LessonStore.file(dir, "test-pack");
        Files.createDirectories(file.getParent());
        Files.writeString(file, "{\"kind\": \"xi-policy-study/lessons\", \"version\": 1, \"data\": {\"lessons\": "
                + "[{\"id\": \"x\", \"title\": \"X\", \"steps\": [{\"kind\": \"year\", \"year\": 2013}]}]}}");
        LessonStore store = LessonStore.open(dir, "test-pack");
        assertTrue(store.problem().isEmpty(), () -> store.problem().toString());
        assertEquals(List.of(new Lesson("x", "X", null, List.of(new LessonStep.YearStep(2013, null)))), store.lessons());
        store.save(List.of(EVERY_KIND));
        String text = Files.readString(file);
        assertTrue(text.contains("\"version\":2"), text);
        assertTrue(text.contains("{\"kind\":\"claim\",\"claim\":\"claim-impl\",\"teacherNotes\":"), text);
        assertEquals(List.of(EVERY_KIND), LessonStore.open(dir, "test-pack").lessons());
    }

    @Test
    void readOnlyStoresReadButNeverWrite() throws IOException {
        LessonStore.open(dir, "test-pack").save(List.of(EVERY_KIND));
        LessonStore ro = LessonStore.openReadOnly(dir, "test-pack");
        assertEquals(List.of(EVERY_KIND), ro.lessons());
        assertFalse(ro.isWritable());
        assertThrows(IOException.class, () -> ro.save(List.of()));
        assertEquals(List.of(EVERY_KIND), LessonStore.open(dir, "test-pack").lessons());
    }

    @Test
    void oddPackIdsMakeSafeDistinctFileNames() {
        Path a = LessonStore.file(dir, "../evil");
        Path b = LessonStore.file(dir, "__evil");
        assertEquals(dir.resolve("lessons"), a.getParent());
        assertNotEquals(a, b);
        assertFalse(a.getFileName().toString().startsWith("."));
    }
}
