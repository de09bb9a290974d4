package org.xistudy.study.lessons;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xistudy.content.LoadResult.Status;
import org.xistudy.content.PackIndex;
import org.xistudy.content.Problem;
import org.xistudy.content.TestLessons;
import org.xistudy.content.TestPacks;
import org.xistudy.content.model.Lesson;
import org.xistudy.content.model.LessonStep.CardStep;
import org.xistudy.content.model.LessonStep.ClaimStep;
import org.xistudy.content.model.LessonStep.TitleStep;

/** Export of lessons to a lesson file and import back, checked against the open pack. */
class LessonFilesTest {
    private static final PackIndex INDEX = TestLessons.index();
    private static final Lesson EVERY_KIND = INDEX.lessons().get(0);

    @TempDir
    Path dir;

    @Test
    void anExportedLessonImportsBackTheSame() throws IOException {
        LessonLibrary here = new LessonLibrary(INDEX, LessonStore.open(dir.resolve("a"), INDEX.pack().id()));
        LessonEntry mine = here.duplicate(EVERY_KIND.id(), "For a colleague");
        mine = here.edit(mine.id(), l -> LessonEdits.setTeacherNotes(l, 1, "Ask: why 2013?\nThen wait."));
        Path file = dir.resolve(LessonFiles.suggestedName(mine.lesson()));
        assertEquals("for-a-colleague.lessons.json", file.getFileName().toString());
        LessonFiles.write(file, INDEX.pack().id(), List.of(mine.lesson()));

        LessonFiles.ImportResult r = LessonFiles.read(file, INDEX);
        assertEquals(Status.VALID, r.status(), r.problems()::toString);
        assertEquals(List.of(), r.problems());
        assertEquals(List.of(mine.lesson()), r.lessons());

        LessonLibrary colleague = new LessonLibrary(INDEX, LessonStore.open(dir.resolve("b"), INDEX.pack().id()));
        List<LessonEntry> added = colleague.importLessons(r.lessons());
        assertEquals(mine.lesson(), added.get(0).lesson(), "a colleague with no such id keeps it");
        assertEquals(mine.lesson(), new LessonLibrary(INDEX, LessonStore.open(dir.resolve("b"), INDEX.pack().id()))
                .find(mine.id()).orElseThrow().lesson());
    }

    @Test
    void severalLessonsGoInOneFile() throws IOException {
        Lesson two = new Lesson("two", "Two", "Short.", List.of(new TitleStep("Two", "two", "notes"),
                new CardStep("card-a", null)));
        String json = LessonFiles.toJson(INDEX.pack().id(), List.of(EVERY_KIND, two));
        assertTrue(json.startsWith("{\n  \"format\": 1,\n  \"pack\": \"test-pack\",\n  \"lessons\": ["), json);
        LessonFiles.ImportResult r = LessonFiles.read("x.json", json.getBytes(StandardCharsets.UTF_8), INDEX);
        assertEquals(List.of(EVERY_KIND, two), r.lessons());
        assertThrows(IllegalArgumentException.class, () -> LessonFiles.toJson("p", List.of()));
        assertThrows(IllegalArgumentException.class,
                () -> LessonFiles.toJson("p", List.of(new Lesson("e", "Empty", null, List.of()))));
    }

    @Test
    void aClaimStepGoesToAFileAndComesBackAndAPackWithoutTheClaimRefusesIt() throws IOException {
        Lesson argument = new Lesson("argument", "The argument", null, List.of(new TitleStep("Why it matters", null, null),
                new ClaimStep("claim-impl", "Ask which events back it."), new ClaimStep("claim-model", null)));
        Path file = dir.resolve(LessonFiles.suggestedName(argument));
        LessonFiles.write(file, INDEX.pack().id(), List.of(argument));
        String json = Files.readString(file);
        assertTrue(json.contains("\"kind\": \"claim\",\n          \"claim\": \"claim-impl\""), json);
        LessonFiles.ImportResult r = LessonFiles.read(file, INDEX);
        assertEquals(List.of(), r.problems());
        assertEquals(List.of(argument), r.lessons());

        PackIndex withoutClaims = TestPacks.load(TestPacks.minimal()).index().orElseThrow();
        LessonFiles.ImportResult refused = LessonFiles.read(file, withoutClaims);
        assertEquals(Status.INVALID, refused.status());
        assertEquals(List.of(), refused.lessons());
        assertEquals(List.of("$.lessons[0].steps[1].claim", "$.lessons[0].steps[2].claim"),
                refused.problems().stream().map(Problem::path).toList());
        assertEquals(lineOf(json, "\"claim-impl\""), refused.problems().get(0).position().line());
        assertEquals("no claim has the id \"claim-impl\"", refused.problems().get(0).message());
    }

    @Test
    void unknownIdsAreReportedWithPathAndLineAndNothingIsImported() {
        String json = LessonFiles.toJson(INDEX.pack().id(), List.of(EVERY_KIND))
                .replace("\"event\": \"ev-a\"", "\"event\": \"ev-nowhere\"")
                .replace("\"card\": \"card-d\"", "\"card\": \"card-nowhere\"");
        LessonFiles.ImportResult r = LessonFiles.read("shared.lessons.json", json.getBytes(StandardCharsets.UTF_8), INDEX);
        assertEquals(Status.INVALID, r.status());
        assertEquals(List.of(), r.lessons());
        assertEquals(2, r.problems().size(), r.problems()::toString);
        Problem event = r.problems().get(0);
        assertEquals("$.lessons[0].steps[1].event", event.path());
        assertEquals(lineOf(json, "ev-nowhere"), event.position().line());
        assertEquals("shared.lessons.json", event.file());
        assertTrue(event.format().startsWith("shared.lessons.json:" + lineOf(json, "ev-nowhere") + ":"), event.format());
        assertEquals("$.lessons[0].steps[3].card", r.problems().get(1).path());
        assertEquals(lineOf(json, "card-nowhere"), r.problems().get(1).position().line());
    }

    private static int lineOf(String text, String marker) {
        List<String> lines = Arrays.asList(text.split("\n", -1));
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(marker)) {
                return i + 1;
            }
        }
        throw new AssertionError(marker);
    }

    @Test
    void badFilesAreReportedNeverThrown() throws IOException {
        assertEquals(Status.UNREADABLE, LessonFiles.read(dir.resolve("missing.json"), INDEX).status());
        assertEquals(Status.UNREADABLE, LessonFiles.read(dir, INDEX).status());
        LessonFiles.ImportResult syntax = LessonFiles.read("s.json", "{\"format\": 1,,}".getBytes(StandardCharsets.UTF_8), INDEX);
        assertEquals(Status.INVALID, syntax.status());
        assertEquals(1, syntax.problems().get(0).position().line());
        Random random = new Random(13);
        byte[] valid = LessonFiles.toJson(INDEX.pack().id(), List.of(EVERY_KIND)).getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < 300; i++) {
            byte[] broken = valid.clone();
            for (int k = 0; k < 1 + random.nextInt(4); k++) {
                broken[random.nextInt(broken.length)] = (byte) random.nextInt(256);
            }
            LessonFiles.ImportResult r = LessonFiles.read("fuzz.json", broken, INDEX);
            assertFalse(r.isValid() && r.lessons().isEmpty(), "a valid file has lessons");
            if (!r.isValid()) {
                assertFalse(r.errors().isEmpty());
            }
        }
        Path big = dir.resolve("big.json");
        Files.write(big, new byte[(int) LessonFiles.MAX_BYTES + 1]);
        assertEquals(Status.UNREADABLE, LessonFiles.read(big, INDEX).status());
    }
}
