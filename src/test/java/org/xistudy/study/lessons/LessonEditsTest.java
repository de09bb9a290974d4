package org.xistudy.study.lessons;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.xistudy.content.model.Lesson;
import org.xistudy.content.model.LessonStep;
import org.xistudy.content.model.LessonStep.CardStep;
import org.xistudy.content.model.LessonStep.NoteStep;
import org.xistudy.content.model.LessonStep.TitleStep;
import org.xistudy.content.model.LessonStep.YearStep;

class LessonEditsTest {
    private static final LessonStep A = new TitleStep("A", null, null);
    private static final LessonStep B = new YearStep(2013, null);
    private static final LessonStep C = new CardStep("card-c", "ask slowly");
    private static final LessonStep D = new NoteStep("note-d", null);
    private static final Lesson L = new Lesson("l", "Lesson", null, List.of(A, B, C, D));

    @Test
    void addAndInsertPutStepsWhereAsked() {
        LessonStep e = new YearStep(2018, null);
        assertEquals(List.of(A, B, C, D, e), LessonEdits.add(L, e).steps());
        assertEquals(List.of(e, A, B, C, D), LessonEdits.insert(L, 0, e).steps());
        assertEquals(List.of(A, B, e, C, D), LessonEdits.insert(L, 2, e).steps());
        assertThrows(IndexOutOfBoundsException.class, () -> LessonEdits.insert(L, 5, e));
        assertEquals(List.of(A, B, C, D), L.steps(), "the lesson given is never changed");
    }

    @Test
    void movesShiftTheStepsBetween() {
        assertEquals(List.of(B, C, D, A), LessonEdits.move(L, 0, 3).steps());
        assertEquals(List.of(D, A, B, C), LessonEdits.move(L, 3, 0).steps());
        assertEquals(List.of(A, C, B, D), LessonEdits.move(L, 2, 1).steps());
        assertEquals(L.steps(), LessonEdits.move(L, 2, 2).steps());
        assertThrows(IndexOutOfBoundsException.class, () -> LessonEdits.move(L, 0, 4));
        assertThrows(IndexOutOfBoundsException.class, () -> LessonEdits.move(L, -1, 0));
    }

    @Test
    void upAndDownStopAtTheEnds() {
        assertEquals(List.of(A, C, B, D), LessonEdits.moveUp(L, 2).steps());
        assertEquals(List.of(A, B, D, C), LessonEdits.moveDown(L, 2).steps());
        assertSame(L, LessonEdits.moveUp(L, 0));
        assertSame(L, LessonEdits.moveDown(L, 3));
        assertThrows(IndexOutOfBoundsException.class, () -> LessonEdits.moveUp(L, 4));
    }

    @Test
    void removeCanEmptyALesson() {
        assertEquals(List.of(A, C, D), LessonEdits.remove(L, 1).steps());
        Lesson one = new Lesson("l", "t", null, List.of(A));
        assertEquals(List.of(), LessonEdits.remove(one, 0).steps());
    }

    @Test
    void teacherNotesAreSetAndCleared() {
        Lesson withNotes = LessonEdits.setTeacherNotes(L, 1, "The CNSC appears.");
        assertEquals(new YearStep(2013, "The CNSC appears."), withNotes.step(1));
        assertNull(LessonEdits.setTeacherNotes(L, 2, "  ").step(2).teacherNotes());
        for (int i = 0; i < L.size(); i++) {
            LessonStep s = LessonEdits.setTeacherNotes(L, i, "n").step(i);
            assertEquals("n", s.teacherNotes());
            assertEquals(L.step(i).kind(), s.kind());
            assertEquals(L.step(i), s.withTeacherNotes(L.step(i).teacherNotes()), "only the notes change");
        }
    }

    @Test
    void titlesAndNamesAreEdited() {
        assertEquals(new TitleStep("Opening", "Three triggers", null), LessonEdits.retitleStep(L, 0, " Opening ",
                "Three triggers").step(0));
        assertThrows(IllegalArgumentException.class, () -> LessonEdits.retitleStep(L, 1, "x", null));
        assertThrows(IllegalArgumentException.class, () -> LessonEdits.retitleStep(L, 0, " ", null));
        Lesson renamed = LessonEdits.rename(L, "New name");
        assertEquals("New name", renamed.title());
        assertEquals(L.steps(), renamed.steps());
        assertEquals("l", renamed.id());
        assertThrows(IllegalArgumentException.class, () -> LessonEdits.rename(L, ""));
        assertEquals("Sum.", LessonEdits.setSummary(L, " Sum. ").summary());
        assertNull(LessonEdits.setSummary(L, "").summary());
    }
}
