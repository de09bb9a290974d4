package org.xistudy.study.lessons;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.xistudy.content.PackIndex;
import org.xistudy.content.TestLessons;
import org.xistudy.content.model.Lesson;
import org.xistudy.content.model.LessonStep;
import org.xistudy.content.model.LessonStep.CardStep;
import org.xistudy.content.model.LessonStep.QuizStep;
import org.xistudy.content.model.LessonStep.TitleStep;
import org.xistudy.content.model.LessonStep.YearStep;
import org.xistudy.study.lessons.LessonRun.Screen;
import org.xistudy.study.quiz.ClassroomGame;
import org.xistudy.study.quiz.MutableClock;
import org.xistudy.study.quiz.QuizGenerator;

/** The clicker's state machine, driven by the keys a teacher presses. */
class LessonRunTest {
    private static final Lesson FOUR = new Lesson("l", "L", null, List.of(
            new TitleStep("Start", null, null),
            new CardStep("card-a", null),
            new YearStep(2012, null),
            new YearStep(2013, null)));

    private final MutableClock clock = new MutableClock(Instant.parse("2026-02-01T09:00:00Z"));

    /** Presses keys by their JavaFX names, as the presentation mode will. */
    private static void press(LessonRun run, String... keys) {
        for (String k : keys) {
            boolean shift = k.startsWith("Shift+");
            String code = shift ? k.substring(6) : k;
            LessonKeys.command(code, shift, run.game().isPresent()).ifPresent(run::apply);
        }
    }

    @Test
    void aCardRevealsItsAnswerBeforeTheNextStep() {
        LessonRun run = new LessonRun(FOUR, clock);
        assertEquals(1, run.number());
        assertTrue(run.isFirst());
        press(run, "PAGE_DOWN");
        assertEquals(1, run.index());
        assertFalse(run.isRevealed(), "a card opens on its question");
        press(run, "SPACE");
        assertEquals(1, run.index());
        assertTrue(run.isRevealed());
        press(run, "N");
        assertEquals(2, run.index());
        assertFalse(run.isRevealed());
        press(run, "ENTER", "RIGHT");
        assertTrue(run.isLast());
        assertFalse(run.next(), "forward at the end does nothing");
        assertEquals(3, run.index());
    }

    @Test
    void backUndoesForwardOnePressAtATime() {
        LessonRun run = new LessonRun(FOUR, clock);
        press(run, "END");
        assertEquals(3, run.index());
        press(run, "PAGE_UP", "P");
        assertEquals(1, run.index());
        assertTrue(run.isRevealed(), "going back to a card shows it as it was left: answered");
        press(run, "BACK_SPACE");
        assertEquals(1, run.index());
        assertFalse(run.isRevealed());
        press(run, "LEFT");
        assertEquals(0, run.index());
        assertFalse(run.previous(), "back at the start does nothing");
        press(run, "END", "HOME");
        assertEquals(0, run.index());
    }

    @Test
    void aTypedNumberAndEnterJumpToThatStep() {
        LessonRun run = new LessonRun(FOUR, clock);
        press(run, "DIGIT3");
        assertEquals("3", run.typed());
        assertEquals(0, run.index(), "nothing moves until Enter");
        press(run, "ENTER");
        assertEquals(2, run.index());
        assertEquals("", run.typed());
        press(run, "NUMPAD2", "ENTER");
        assertEquals(1, run.index());
        assertFalse(run.isRevealed(), "a jump shows a card fresh");
        press(run, "DIGIT9", "ENTER");
        assertEquals(1, run.index(), "a number past the end changes nothing");
        press(run, "DIGIT0");
        assertEquals("", run.typed(), "step numbers do not start with 0");
        press(run, "DIGIT1", "DIGIT0", "PAGE_DOWN");
        assertEquals("", run.typed(), "another key drops the number typed");
        assertTrue(run.isRevealed(), "and does its own work");
        assertFalse(run.goTo(0));
        assertFalse(run.goTo(5));
        assertTrue(run.goTo(4));
        assertEquals(3, run.index());
    }

    @Test
    void blackAndWhiteScreensHideTheLessonUntilAnyMove() {
        LessonRun run = new LessonRun(FOUR, clock);
        press(run, "B");
        assertEquals(Screen.BLACK, run.screen());
        press(run, "PERIOD");
        assertEquals(Screen.LESSON, run.screen());
        press(run, "W");
        assertEquals(Screen.WHITE, run.screen());
        press(run, "B");
        assertEquals(Screen.BLACK, run.screen(), "B on a white screen makes it black");
        press(run, "COMMA");
        assertEquals(Screen.WHITE, run.screen());
        press(run, "PAGE_DOWN");
        assertEquals(Screen.LESSON, run.screen());
        assertEquals(0, run.index(), "the move that ends a blank screen only brings the lesson back");
        press(run, "PAGE_DOWN");
        assertEquals(1, run.index());
    }

    @Test
    void theTimeCountsFromTheStartAndPerStepWithoutPauses() {
        LessonRun run = new LessonRun(FOUR, clock);
        clock.advance(Duration.ofMinutes(3));
        assertEquals(Duration.ofMinutes(3), run.elapsed());
        run.next();
        clock.advance(Duration.ofSeconds(40));
        assertEquals(Duration.ofSeconds(40), run.onStep());
        run.pauseTimer();
        assertFalse(run.isTimerRunning());
        clock.advance(Duration.ofMinutes(10));
        assertEquals(Duration.ofSeconds(220), run.elapsed(), "a pause does not count");
        run.resumeTimer();
        clock.advance(Duration.ofSeconds(20));
        assertEquals(Duration.ofMinutes(4), run.elapsed());
        assertEquals(Duration.ofMinutes(1), run.onStep());
        run.resetTimer();
        assertEquals(Duration.ZERO, run.elapsed());
        clock.advance(Duration.ofSeconds(5));
        assertEquals(Duration.ofSeconds(5), run.onStep());
    }

    @Test
    void yearStepsKnowWhatToHighlightAndWhenToAnimate() {
        Lesson l = new Lesson("l", "L", null, List.of(new YearStep(2012, null), new TitleStep("x", null, null),
                new YearStep(2018, null), new YearStep(2023, null)));
        LessonRun run = new LessonRun(l, clock);
        assertEquals(OptionalInt.empty(), run.previousChartYear(), "the first chart step has nothing before it");
        run.next();
        assertEquals(OptionalInt.empty(), run.previousChartYear(), "not a chart step");
        run.next();
        assertEquals(OptionalInt.of(2012), run.previousChartYear());
        assertEquals(OptionalInt.empty(), run.animateChartFrom(), "reached from a title step: no animation");
        run.next();
        assertEquals(OptionalInt.of(2018), run.previousChartYear());
        assertEquals(OptionalInt.of(2018), run.animateChartFrom());
        run.previous();
        assertEquals(OptionalInt.of(2023), run.animateChartFrom(), "going back animates backwards");
        run.first();
        assertEquals(OptionalInt.of(2018), run.animateChartFrom(), "a jump from a chart step to another animates too");
        assertEquals(2, run.previousIndex());
        run.goTo(2);
        assertEquals(OptionalInt.empty(), run.animateChartFrom());
    }

    @Test
    void aQuizStepRunsTheClassroomGameWithTeamKeys() {
        PackIndex index = TestLessons.index();
        QuizGenerator generator = new QuizGenerator(index);
        List<QuizStep> asked = new ArrayList<>();
        LessonRun.QuizGames games = step -> {
            asked.add(step);
            return new ClassroomGame(LessonQuiz.questions(generator, step), List.of("Red", "Blue"), Duration.ofSeconds(30),
                    clock);
        };
        Lesson l = new Lesson("l", "L", null, List.of(new TitleStep("Quiz time", null, null),
                new QuizStep(List.of("card-b", "card-c"), null, null, null), new TitleStep("End", null, null)));
        LessonRun run = new LessonRun(l, clock, games);
        assertTrue(run.game().isEmpty());
        press(run, "PAGE_DOWN");
        ClassroomGame game = run.game().orElseThrow();
        assertEquals(2, game.size());
        assertEquals(ClassroomGame.Phase.QUESTION, game.phase());
        press(run, "PAGE_DOWN");
        assertEquals(ClassroomGame.Phase.COUNTDOWN, game.phase());
        press(run, "P");
        assertFalse(game.countdown().isRunning(), "P pauses the countdown on a quiz");
        assertEquals(1, run.index(), "and does not go back");
        press(run, "PAGE_DOWN", "DIGIT2", "DIGIT2", "DIGIT1", "Shift+DIGIT2");
        assertEquals(ClassroomGame.Phase.REVEAL, game.phase());
        assertEquals(1, game.total(1));
        assertEquals(1, game.total(0));
        assertEquals("", run.typed(), "digits give points on a quiz, they do not type a step number");
        press(run, "PAGE_DOWN", "PAGE_DOWN", "PAGE_DOWN");
        assertEquals(ClassroomGame.Phase.REVEAL, game.phase());
        assertEquals(1, game.index());
        press(run, "PAGE_DOWN");
        assertEquals(ClassroomGame.Phase.PODIUM, game.phase());
        assertEquals(1, run.index());
        press(run, "PAGE_DOWN");
        assertEquals(2, run.index(), "after the podium the lesson goes on");
        press(run, "PAGE_UP");
        assertSame(game, run.game().orElseThrow(), "the game and its points are kept");
        assertEquals(ClassroomGame.Phase.PODIUM, game.phase());
        press(run, "HOME", "PAGE_DOWN");
        assertSame(game, run.game().orElseThrow());
        assertEquals(1, asked.size(), "a game is made once per run");
        while (!(game.phase() == ClassroomGame.Phase.QUESTION && game.index() == 0)) {
            press(run, "PAGE_UP");
        }
        press(run, "PAGE_UP");
        assertEquals(0, run.index(), "back from the first question leaves the quiz");
    }

    @Test
    void withoutAGameAQuizStepIsOneScreen() {
        Lesson l = new Lesson("l", "L", null, List.of(new QuizStep(null, 3, 2, null), new TitleStep("End", null, null)));
        LessonRun run = new LessonRun(l, clock);
        assertTrue(run.game().isEmpty());
        press(run, "DIGIT2");
        assertEquals("2", run.typed(), "without a game digits type a step number");
        press(run, "ENTER");
        assertEquals(1, run.index());
    }

    @Test
    void aLessonWithoutStepsCannotBePresented() {
        assertThrows(IllegalArgumentException.class, () -> new LessonRun(new Lesson("e", "E", null, List.of()), clock));
    }

    @Test
    void keysMapAsAPresentationProgramsDo() {
        assertEquals(LessonCommand.Simple.NEXT, LessonKeys.command("PAGE_DOWN", false, false).orElseThrow());
        assertEquals(LessonCommand.Simple.PREVIOUS, LessonKeys.command("page_up", false, false).orElseThrow());
        assertEquals(LessonCommand.Simple.PREVIOUS, LessonKeys.command("P", false, false).orElseThrow());
        assertEquals(LessonCommand.Simple.PAUSE_COUNTDOWN, LessonKeys.command("P", false, true).orElseThrow());
        assertEquals(new LessonCommand.Digit(7), LessonKeys.command("DIGIT7", false, false).orElseThrow());
        assertEquals(new LessonCommand.Award(2), LessonKeys.command("DIGIT3", false, true).orElseThrow());
        assertEquals(new LessonCommand.TakeBack(0), LessonKeys.command("NUMPAD1", true, true).orElseThrow());
        assertTrue(LessonKeys.command("DIGIT0", false, true).isEmpty());
        assertTrue(LessonKeys.command("ESCAPE", false, false).isEmpty(), "leaving is the UI's");
        assertTrue(LessonKeys.command("F", false, false).isEmpty());
        assertTrue(LessonKeys.command(null, false, false).isEmpty());
        for (String k : List.of("SPACE", "N", "ENTER", "RIGHT", "DOWN", "BACK_SPACE", "LEFT", "UP", "HOME", "END",
                "B", "PERIOD", "W", "COMMA")) {
            assertTrue(LessonKeys.command(k, false, false).isPresent(), k);
        }
    }

    @Test
    void everyStepKindCanBePresented() {
        Lesson all = TestLessons.index().lessons().get(0);
        LessonRun run = new LessonRun(all, clock);
        List<LessonStep.Kind> seen = new ArrayList<>();
        int shown = -1;
        do {
            if (run.index() != shown) {
                seen.add(run.current().kind());
                shown = run.index();
            }
        } while (run.next());
        assertEquals(all.size(), seen.size(), "each step is shown once on the way through");
        assertTrue(seen.containsAll(List.of(LessonStep.Kind.values())), seen::toString);
        assertTrue(run.isLast());
    }
}
