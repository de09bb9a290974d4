package org.xistudy.study.lessons;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xistudy.content.PackIndex;
import org.xistudy.content.Problem;
import org.xistudy.content.TestLessons;
import org.xistudy.content.model.Lesson;
import org.xistudy.content.model.LessonStep;
import org.xistudy.content.model.LessonStep.EventStep;
import org.xistudy.content.model.LessonStep.TitleStep;
import org.xistudy.study.lessons.LessonEntry.Origin;

class LessonLibraryTest {
    private static final PackIndex INDEX = TestLessons.index();

    @TempDir
    Path dir;

    private LessonLibrary open() {
        return new LessonLibrary(INDEX, LessonStore.open(dir, INDEX.pack().id()));
    }

    @Test
    void thePacksLessonsAreReadOnlyAndADuplicateIsEditable() throws IOException {
        LessonLibrary library = open();
        LessonEntry pack = library.find("lesson-a").orElseThrow();
        assertEquals(Origin.PACK, pack.origin());
        assertTrue(pack.isReadOnly());
        assertFalse(library.canEdit("lesson-a"));
        assertThrows(IllegalStateException.class, () -> library.edit("lesson-a", l -> LessonEdits.rename(l, "x")));
        assertThrows(IllegalStateException.class, () -> library.delete("lesson-a"));

        LessonEntry copy = library.duplicate("lesson-a", "A lesson (copy)");
        assertEquals("lesson-a-copy", copy.id());
        assertEquals(Origin.USER, copy.origin());
        assertFalse(copy.isReadOnly());
        assertEquals(pack.lesson().steps(), copy.lesson().steps());
        assertEquals("A lesson (copy)", copy.lesson().title());
        assertEquals("lesson-a-copy-2", library.duplicate("lesson-a", "Again").id(), "ids never clash");
        assertEquals(List.of("lesson-a", "lesson-a-copy", "lesson-a-copy-2"),
                library.lessons().stream().map(LessonEntry::id).toList(), "the pack's lessons first");
        assertEquals(pack, library.find("lesson-a").orElseThrow(), "the pack's lesson is unchanged");
    }

    @Test
    void editsAreSavedAtOnce() throws IOException {
        LessonLibrary library = open();
        String id = library.duplicate("lesson-a", "Mine").id();
        library.edit(id, l -> LessonEdits.moveDown(l, 0));
        library.edit(id, l -> LessonEdits.setTeacherNotes(l, 2, "Point at the new box."));
        LessonStep added = LessonSteps.forItem(INDEX, "ev-b").orElseThrow();
        LessonEntry after = library.addStep(id, added);
        assertEquals(added, after.lesson().step(after.lesson().size() - 1));

        LessonLibrary reopened = open();
        Lesson saved = reopened.find(id).orElseThrow().lesson();
        assertEquals(after.lesson(), saved);
        assertEquals(new EventStep("ev-a", null, null), saved.step(0), "the title moved down");
        assertTrue(saved.step(1) instanceof TitleStep);
        assertEquals("Point at the new box.", saved.step(2).teacherNotes());
        assertThrows(IllegalArgumentException.class, () -> reopened.edit(id, l -> LessonEdits.withId(l, "other")));
        assertThrows(NoSuchElementException.class, () -> reopened.edit("nope", l -> l));
    }

    @Test
    void newLessonsGetIdsFromTheirTitles() throws IOException {
        LessonLibrary library = open();
        LessonEntry a = library.create("Week 3: the CNSC", List.of(LessonSteps.year(INDEX, 2013).orElseThrow()));
        assertEquals("week-3-the-cnsc", a.id());
        LessonEntry b = library.create("Week 3: the CNSC", List.of());
        assertEquals("week-3-the-cnsc-2", b.id());
        assertEquals(0, b.lesson().size(), "a new lesson may start empty and be filled by Add to lesson");
        assertThrows(IllegalArgumentException.class, () -> library.create(" ", List.of()));
        library.moveLesson(b.id(), 0);
        assertEquals(List.of(b.id(), a.id()), open().userLessons().stream().map(LessonEntry::id).toList());
        library.delete(a.id());
        assertEquals(List.of(b.id()), open().userLessons().stream().map(LessonEntry::id).toList());
    }

    @Test
    void importedLessonsNeverOverwrite() throws IOException {
        LessonLibrary library = open();
        LessonEntry mine = library.create("Mine", List.of(new TitleStep("t", null, null)));
        Lesson sameId = new Lesson(mine.id(), "From a colleague", null, List.of(new TitleStep("c", null, null)));
        Lesson packId = INDEX.lesson("lesson-a").orElseThrow();
        List<LessonEntry> added = library.importLessons(List.of(sameId, packId));
        assertEquals(2, added.size());
        assertNotEquals(mine.id(), added.get(0).id());
        assertNotEquals("lesson-a", added.get(1).id());
        assertEquals("Mine", library.find(mine.id()).orElseThrow().lesson().title());
        assertEquals(3, open().userLessons().size());
    }

    @Test
    void aLessonNamingWhatThePackLostIsChecked() throws IOException {
        LessonLibrary library = open();
        LessonEntry old = library.importLessons(List.of(new Lesson("old", "Old", null, List.of(
                new EventStep("ev-gone", null, null), new LessonStep.YearStep(1900, null))))).get(0);
        List<Problem> problems = library.check(old.id());
        assertEquals(List.of("$.lessons[0].steps[0].event", "$.lessons[0].steps[1].year"),
                problems.stream().map(Problem::path).toList());
        assertEquals(List.of(), library.check("lesson-a"));
    }

    @Test
    void aFailedWriteChangesNothing() throws IOException {
        LessonLibrary library = open();
        String id = library.create("Mine", List.of(new TitleStep("t", null, null))).id();
        Path file = LessonStore.file(dir, INDEX.pack().id());
        // A folder where the temporary file must go makes the next write fail.
        Files.createDirectories(file.resolveSibling("." + file.getFileName() + ".tmp"));
        assertThrows(IOException.class, () -> library.edit(id, l -> LessonEdits.rename(l, "Renamed")));
        assertEquals("Mine", library.find(id).orElseThrow().lesson().title());
        assertEquals("Mine", open().find(id).orElseThrow().lesson().title());
    }

    @Test
    void aReadOnlyLibraryRefusesChanges() throws IOException {
        open().create("Mine", List.of(new TitleStep("t", null, null)));
        LessonLibrary ro = new LessonLibrary(INDEX, LessonStore.openReadOnly(dir, INDEX.pack().id()));
        assertFalse(ro.isWritable());
        assertFalse(ro.canEdit("mine"));
        assertEquals(2, ro.lessons().size());
        assertThrows(IllegalStateException.class, () -> ro.edit("mine", l -> l));
        assertThrows(IllegalStateException.class, () -> ro.duplicate("lesson-a", "x"));
    }
}
