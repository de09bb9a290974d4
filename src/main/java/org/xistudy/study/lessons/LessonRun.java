package org.xistudy.study.lessons;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.xistudy.content.model.Lesson;
import org.xistudy.content.model.LessonStep;
import org.xistudy.content.model.LessonStep.CardStep;
import org.xistudy.content.model.LessonStep.QuizStep;
import org.xistudy.content.model.LessonStep.YearStep;
import org.xistudy.study.quiz.ClassroomGame;

/**
 * A lesson being presented: which step is on the audience screen, whether a card's answer is
 * shown, the classroom quiz of a quiz step, a black or white screen, the digits of a step number
 * being typed, and the time. Pure state: the presentation mode calls a method (or
 * {@link #apply} with a {@link LessonCommand} from {@link LessonKeys}) and then reads the state
 * back; time is read from the clock given, so tests move it by hand.
 *
 * <ul>
 * <li>Forward ({@link #next}): on a card step the first press reveals the answer, the second goes
 *     on; on a quiz step with a game each press steps the game (question, countdown, answer…
 *     podium), and the press after the podium goes on. At the last step forward does nothing.</li>
 * <li>Back ({@link #previous}) undoes forward one press at a time; a card step reached by going
 *     back shows its answer, as a presentation program shows a slide's builds done.</li>
 * <li>{@link #first}, {@link #last} and {@link #goTo} show the step fresh (a card's question).</li>
 * <li>While the screen is black or white, any move only brings the lesson back.</li>
 * <li>A quiz step's game is made by {@link QuizGames} when the step is first reached and kept, with
 *     its points, for the rest of the run.</li>
 * </ul>
 */
public final class LessonRun {

    /** What the audience screen shows. */
    public enum Screen { LESSON, BLACK, WHITE }

    /** Makes the classroom game of a quiz step when it is first reached. */
    @FunctionalInterface
    public interface QuizGames {
        /** The game, or null to show the step without one (no teams chosen, or no questions). */
        ClassroomGame start(QuizStep step);
    }

    /** Longest step number that can be typed. */
    static final int MAX_TYPED = 4;

    private final Lesson lesson;
    private final QuizGames games;
    private final Map<Integer, ClassroomGame> started = new HashMap<>();
    private final Stopwatch stopwatch;
    private int index;
    private int previousIndex = -1;
    private boolean revealed;
    private Screen screen = Screen.LESSON;
    private String typed = "";
    private Duration stepStart = Duration.ZERO;

    /** A run without quiz games: quiz steps show as one screen. The timer starts now. */
    public LessonRun(Lesson lesson, Clock clock) {
        this(lesson, clock, step -> null);
    }

    /**
     * @throws IllegalArgumentException for a lesson without steps
     */
    public LessonRun(Lesson lesson, Clock clock, QuizGames games) {
        if (lesson.steps().isEmpty()) {
            throw new IllegalArgumentException("a lesson without steps cannot be presented");
        }
        this.lesson = lesson;
        this.games = Objects.requireNonNull(games);
        this.stopwatch = new Stopwatch(Objects.requireNonNull(clock));
        arrive(0, false);
    }

    // ---- state ----------------------------------------------------------------------------------

    public Lesson lesson() {
        return lesson;
    }

    /** The current step's index, 0-based. */
    public int index() {
        return index;
    }

    /** The current step's number as the teacher types it, 1-based. */
    public int number() {
        return index + 1;
    }

    public int size() {
        return lesson.size();
    }

    public LessonStep current() {
        return lesson.step(index);
    }

    public boolean isFirst() {
        return index == 0;
    }

    public boolean isLast() {
        return index == lesson.size() - 1;
    }

    /** On a card step, whether the answer and explanation are shown. False on other steps. */
    public boolean isRevealed() {
        return revealed;
    }

    public Screen screen() {
        return screen;
    }

    /** The classroom game of the current quiz step, if it has one. */
    public Optional<ClassroomGame> game() {
        return Optional.ofNullable(started.get(index));
    }

    /** The digits typed towards a step number, or "". */
    public String typed() {
        return typed;
    }

    /** The step shown before the current one (-1 at the start), whatever the move that left it. */
    public int previousIndex() {
        return previousIndex;
    }

    /**
     * For a year step, the year of the nearest year step before it in the lesson: the chart
     * highlights what changed since then. Empty on other steps and on the lesson's first year step.
     */
    public OptionalInt previousChartYear() {
        if (!(current() instanceof YearStep)) {
            return OptionalInt.empty();
        }
        for (int i = index - 1; i >= 0; i--) {
            if (lesson.step(i) instanceof YearStep y) {
                return OptionalInt.of(y.year());
            }
        }
        return OptionalInt.empty();
    }

    /**
     * For a year step reached straight from another year step, that step's year: the chart
     * animates from it. Empty otherwise.
     */
    public OptionalInt animateChartFrom() {
        if (current() instanceof YearStep && previousIndex >= 0 && lesson.step(previousIndex) instanceof YearStep y) {
            return OptionalInt.of(y.year());
        }
        return OptionalInt.empty();
    }

    // ---- time -----------------------------------------------------------------------------------

    /** Time presented so far, pauses left out. */
    public Duration elapsed() {
        return stopwatch.elapsed();
    }

    /** Time on the current step, pauses left out. */
    public Duration onStep() {
        return stopwatch.elapsed().minus(stepStart);
    }

    public boolean isTimerRunning() {
        return stopwatch.isRunning();
    }

    public void pauseTimer() {
        stopwatch.pause();
    }

    public void resumeTimer() {
        stopwatch.start();
    }

    /** Starts the time again from zero (a rehearsal over), running. */
    public void resetTimer() {
        stopwatch.reset();
        stepStart = Duration.ZERO;
    }

    // ---- moves ----------------------------------------------------------------------------------

    /** Carries out a command; returns whether anything changed. */
    public boolean apply(LessonCommand command) {
        if (command instanceof LessonCommand.Digit d) {
            return typeDigit(d.digit());
        } else if (command instanceof LessonCommand.Award a) {
            return game().map(g -> g.award(a.team())).orElse(false);
        } else if (command instanceof LessonCommand.TakeBack t) {
            return game().map(g -> g.undo(t.team())).orElse(false);
        }
        return switch ((LessonCommand.Simple) command) {
            case NEXT -> next();
            case PREVIOUS -> previous();
            case FIRST -> first();
            case LAST -> last();
            case ENTER -> enter();
            case BLACK -> toggle(Screen.BLACK);
            case WHITE -> toggle(Screen.WHITE);
            case PAUSE_COUNTDOWN -> pauseCountdown();
        };
    }

    /** Forward one press. */
    public boolean next() {
        typed = "";
        if (unblank()) {
            return true;
        }
        if (current() instanceof CardStep && !revealed) {
            revealed = true;
            return true;
        }
        ClassroomGame g = started.get(index);
        if (g != null && g.phase() != ClassroomGame.Phase.PODIUM) {
            g.next();
            return true;
        }
        if (isLast()) {
            return false;
        }
        arrive(index + 1, false);
        return true;
    }

    /** Back one press. */
    public boolean previous() {
        typed = "";
        if (unblank()) {
            return true;
        }
        if (current() instanceof CardStep && revealed) {
            revealed = false;
            return true;
        }
        ClassroomGame g = started.get(index);
        if (g != null && !(g.phase() == ClassroomGame.Phase.QUESTION && g.index() == 0)) {
            g.previous();
            return true;
        }
        if (isFirst()) {
            return false;
        }
        arrive(index - 1, true);
        return true;
    }

    public boolean first() {
        return jump(0);
    }

    public boolean last() {
        return jump(lesson.size() - 1);
    }

    /** Goes to step {@code number} (1-based); a number outside the lesson changes nothing. */
    public boolean goTo(int number) {
        typed = "";
        if (number < 1 || number > lesson.size()) {
            return false;
        }
        return jump(number - 1);
    }

    /** Adds a digit to the step number being typed. */
    public boolean typeDigit(int digit) {
        if (digit < 0 || digit > 9 || typed.length() >= MAX_TYPED || (typed.isEmpty() && digit == 0)) {
            return false;
        }
        typed += digit;
        return true;
    }

    /** Goes to the typed step number, or forward when nothing is typed. */
    public boolean enter() {
        if (typed.isEmpty()) {
            return next();
        }
        int n = Integer.parseInt(typed);
        typed = "";
        unblank();
        goTo(n);
        return true; // the typed number is gone, whether or not it named a step
    }

    /** Black screen on, or off when it is on. */
    public boolean toggleBlack() {
        return toggle(Screen.BLACK);
    }

    /** White screen on, or off when it is on. */
    public boolean toggleWhite() {
        return toggle(Screen.WHITE);
    }

    private boolean toggle(Screen s) {
        typed = "";
        screen = screen == s ? Screen.LESSON : s;
        return true;
    }

    private boolean pauseCountdown() {
        ClassroomGame g = started.get(index);
        if (g == null || g.phase() != ClassroomGame.Phase.COUNTDOWN) {
            return false;
        }
        g.togglePause();
        return true;
    }

    private boolean jump(int to) {
        typed = "";
        boolean changed = unblank();
        if (to == index && !revealed) {
            return changed;
        }
        arrive(to, false);
        return true;
    }

    private boolean unblank() {
        if (screen == Screen.LESSON) {
            return false;
        }
        screen = Screen.LESSON;
        return true;
    }

    /** Shows step {@code to}; {@code back} when reached by going back (a card then shows its answer). */
    private void arrive(int to, boolean back) {
        if (to != index) {
            previousIndex = index;
        }
        index = to;
        LessonStep step = lesson.step(to);
        revealed = back && step instanceof CardStep;
        if (step instanceof QuizStep q && !started.containsKey(to)) {
            ClassroomGame g = games.start(q);
            if (g != null) {
                started.put(to, g);
            }
        }
        stepStart = stopwatch.elapsed();
    }

    /** A clock reading that can be paused; it runs from the start. */
    private static final class Stopwatch {
        private final Clock clock;
        private Duration used = Duration.ZERO;
        private Instant since;

        Stopwatch(Clock clock) {
            this.clock = clock;
            this.since = clock.instant();
        }

        Duration elapsed() {
            Duration d = since == null ? used : used.plus(Duration.between(since, clock.instant()));
            return d.isNegative() ? Duration.ZERO : d;
        }

        boolean isRunning() {
            return since != null;
        }

        void start() {
            if (since == null) {
                since = clock.instant();
            }
        }

        void pause() {
            if (since != null) {
                used = used.plus(Duration.between(since, clock.instant()));
                since = null;
            }
        }

        void reset() {
            used = Duration.ZERO;
            since = clock.instant();
        }
    }
}
