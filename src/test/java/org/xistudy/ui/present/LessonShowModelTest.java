package org.xistudy.ui.present;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xistudy.content.PackIndex;
import org.xistudy.content.PackLoader;
import org.xistudy.content.model.Lesson;
import org.xistudy.content.model.LessonStep;
import org.xistudy.study.lessons.LessonRun;
import org.xistudy.study.quiz.MutableClock;
import org.xistudy.ui.AppContext;
import org.xistudy.ui.FakeDialogs;
import org.xistudy.ui.common.BackgroundWork;
import org.xistudy.ui.common.StepText;

/** The presentation's state, driven by key names as the windows pass them on. */
class LessonShowModelTest {
    @TempDir
    Path dataDir;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T09:00:00Z"));
    private AppContext context;
    private PackIndex index;
    private Lesson lesson;
    private LessonShowModel model;

    @BeforeEach
    void open() {
        context = new AppContext(Locale.ENGLISH, dataDir, BackgroundWork.sameThread(), new FakeDialogs());
        index = PackLoader.loadDefault().index().orElseThrow();
        lesson = index.lesson("lesson-essay-45").orElseThrow();
        model = new LessonShowModel(context, index, lesson, 0, List.of("Red", "Blue"), Duration.ofSeconds(30), clock,
                ZoneOffset.UTC);
    }

    private void key(String code) {
        assertTrue(model.key(code, "", false, false), code + " means something");
    }

    private int firstOf(Class<? extends LessonStep> kind) {
        for (int i = 0; i < lesson.size(); i++) {
            if (kind.isInstance(lesson.step(i))) {
                return i;
            }
        }
        throw new AssertionError("the lesson has no " + kind.getSimpleName());
    }

    @Test
    void forwardAndBackFollowTheClickersKeys() {
        for (String next : List.of("PAGE_DOWN", "RIGHT", "DOWN", "SPACE", "N")) {
            int before = model.positionProperty().get();
            key(next);
            assertTrue(model.positionProperty().get() > before || model.revealedProperty().get(), next);
        }
        model.goTo(5);
        for (String back : List.of("PAGE_UP", "LEFT", "UP", "P", "BACK_SPACE")) {
            int before = model.positionProperty().get();
            boolean revealed = model.revealedProperty().get();
            key(back);
            assertTrue(model.positionProperty().get() < before || revealed, back);
        }
        key("END");
        assertEquals(lesson.size() - 1, model.positionProperty().get());
        assertNull(model.nextProperty().get(), "nothing after the last step");
        key("HOME");
        assertEquals(0, model.positionProperty().get());
        assertEquals(lesson.step(1), model.nextProperty().get());
        assertEquals("Step 1 of " + lesson.size(), model.progressProperty().get());
    }

    @Test
    void aCardShowsItsQuestionThenItsAnswerAndItsNotesAreTheTeachers() {
        int card = firstOf(LessonStep.CardStep.class);
        model.goTo(card);
        assertFalse(model.revealedProperty().get());
        key("SPACE");
        assertTrue(model.revealedProperty().get());
        assertEquals(card, model.positionProperty().get());
        String notes = lesson.step(card).teacherNotes();
        assertEquals(notes == null ? "" : notes, model.notesProperty().get());
    }

    @Test
    void blackAndWhiteScreensComeBackWithAnyKeyAndTypedNumbersJump() {
        key("B");
        assertEquals(LessonRun.Screen.BLACK, model.screenProperty().get());
        assertTrue(model.key("A", "a", false, false), "any key");
        assertEquals(LessonRun.Screen.LESSON, model.screenProperty().get());
        key("W");
        assertEquals(LessonRun.Screen.WHITE, model.screenProperty().get());
        key("PERIOD");
        assertEquals(LessonRun.Screen.BLACK, model.screenProperty().get(), ". from white goes black");
        key("PERIOD");
        assertEquals(LessonRun.Screen.LESSON, model.screenProperty().get());
        key("DIGIT2");
        key("NUMPAD0");
        assertEquals("20", model.typedProperty().get());
        key("ENTER");
        assertEquals(19, model.positionProperty().get());
        assertEquals("", model.typedProperty().get());
    }

    @Test
    void theAudiencesTextSizeHasLimits() {
        for (int i = 0; i < 20; i++) {
            model.key("EQUALS", "=", false, true);
        }
        assertEquals(LessonShowModel.SCALES.size() - 1, model.scaleProperty().get());
        for (int i = 0; i < 20; i++) {
            model.key("MINUS", "-", false, true);
        }
        assertEquals(0, model.scaleProperty().get());
        model.key("DIGIT0", "0", false, true);
        assertEquals(100, model.scalePercent());
        assertFalse(model.key("Q", "q", false, true), "other shortcuts are the window's");
    }

    @Test
    void aQuizStepRunsTheClassroomGameWithTeamsAndPoints() {
        int quiz = firstOf(LessonStep.QuizStep.class);
        model.goTo(quiz);
        assertNotNull(model.gameProperty().get(), "a game with the two teams");
        assertEquals(List.of("Red", "Blue"), model.gameProperty().get().teams());
        key("DIGIT2");
        assertEquals(1, model.gameProperty().get().total(1), "2 is a point for the second team, not a step number");
        assertEquals("", model.typedProperty().get());
        assertTrue(model.key("DIGIT2", "@", true, false));
        assertEquals(0, model.gameProperty().get().total(1), "Shift+2 takes it back");
        int before = model.revisionProperty().get();
        clock.advance(Duration.ofSeconds(3));
        model.tick();
        assertTrue(model.revisionProperty().get() > before, "the countdown's tick redraws the board");
    }

    @Test
    void theTimeIsKeptAndTheOutlineNamesEveryStep() {
        clock.advance(Duration.ofMinutes(61).plusSeconds(2));
        model.tick();
        assertEquals("1:01:02", model.elapsedProperty().get());
        assertEquals("10:01", model.timeProperty().get());
        List<String> outline = model.outline(new StepText(context.uiText(), index));
        assertEquals(lesson.size(), outline.size());
        assertTrue(outline.get(0).startsWith("1.  Title \u00B7 "), outline.get(0));
        assertTrue(outline.stream().noneMatch(l -> l.contains("missing")), "every step names an item the pack has");
    }

    @Test
    void keysShownAreHiddenByTheNextKeyWithoutMoving() {
        model.goTo(3);
        assertTrue(model.key("SLASH", "?", true, false));
        assertTrue(model.helpProperty().get());
        key("PAGE_DOWN");
        assertFalse(model.helpProperty().get());
        assertEquals(3, model.positionProperty().get());
    }
}
