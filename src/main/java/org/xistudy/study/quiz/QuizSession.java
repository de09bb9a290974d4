package org.xistudy.study.quiz;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One run through a quiz: the current question, the answers given, the marks and the timers.
 * Time comes from the clock passed in; {@link #tick()} applies the timers and is called by
 * whoever shows the quiz (the UI several times a second, tests when they move their clock).
 *
 * <p>With a timer per question, a question whose time runs out is marked unanswered and its
 * feedback shows. With a timer for the whole quiz, the quiz ends when it runs out and the
 * questions not reached count as unanswered. The timers stop while feedback is shown.
 */
public final class QuizSession {

    /** Where the learner is. */
    public enum State { ANSWERING, FEEDBACK, FINISHED }

    /** A question as it went: the answer given and its mark. */
    public record Outcome(Question question, Answer answer, Verdict verdict, boolean timedOut, Duration time) {
    }

    private final Quiz quiz;
    private final Clock clock;
    private final Instant started;
    private final List<Outcome> outcomes = new ArrayList<>();
    private final Countdown timer;
    private final Countdown questionTime;
    private State state;
    private int index;
    private Instant finished;
    private boolean timeRanOut;
    private boolean endedEarly;
    private int answered;

    public QuizSession(Quiz quiz, Clock clock) {
        this.quiz = Objects.requireNonNull(quiz);
        this.clock = Objects.requireNonNull(clock);
        this.started = clock.instant();
        QuizSettings s = quiz.settings();
        this.timer = s.timing() == QuizSettings.Timing.UNTIMED ? null : new Countdown(clock, s.timeLimit());
        this.questionTime = new Countdown(clock, Duration.ofDays(1));
        if (quiz.questions().isEmpty()) {
            state = State.FINISHED;
            finished = started;
        } else {
            state = State.ANSWERING;
            beginQuestion();
        }
    }

    private void beginQuestion() {
        questionTime.reset(Duration.ofDays(1));
        questionTime.start();
        if (timer != null) {
            if (quiz.settings().timing() == QuizSettings.Timing.PER_QUESTION) {
                timer.reset(quiz.settings().timeLimit());
            }
            timer.start();
        }
    }

    public Quiz quiz() {
        return quiz;
    }

    public State state() {
        return state;
    }

    /** The 0-based position of the current question. */
    public int index() {
        return index;
    }

    public int size() {
        return quiz.size();
    }

    /** The question being answered or shown with its feedback; empty once finished. */
    public Optional<Question> current() {
        return state == State.FINISHED ? Optional.empty() : Optional.of(quiz.questions().get(index));
    }

    /** The outcome of the current question while its feedback shows. */
    public Optional<Outcome> lastOutcome() {
        return state == State.FEEDBACK ? Optional.of(outcomes.get(outcomes.size() - 1)) : Optional.empty();
    }

    /** Marks the answer to the current question and shows its feedback. */
    public Verdict submit(Answer answer) {
        if (state != State.ANSWERING) {
            throw new IllegalStateException("no question is waiting for an answer");
        }
        return record(answer, false);
    }

    private Verdict record(Answer answer, boolean timedOut) {
        Question q = quiz.questions().get(index);
        Verdict v = timedOut ? Verdict.none(q.body().parts()) : q.body().check(answer);
        outcomes.add(new Outcome(q, answer, v, timedOut, questionTime.elapsed()));
        answered++;
        questionTime.pause();
        if (timer != null) {
            timer.pause();
        }
        state = State.FEEDBACK;
        return v;
    }

    /** Leaves the feedback for the next question, or finishes after the last. */
    public void next() {
        if (state != State.FEEDBACK) {
            throw new IllegalStateException("there is no feedback to leave");
        }
        if (index + 1 >= quiz.size()) {
            finish();
            return;
        }
        index++;
        state = State.ANSWERING;
        beginQuestion();
    }

    /** Ends the quiz now; the questions not answered count as unanswered. */
    public void finish() {
        if (state == State.FINISHED) {
            return;
        }
        if (state == State.ANSWERING) {
            Question q = quiz.questions().get(index);
            outcomes.add(new Outcome(q, Answer.NONE, Verdict.none(q.body().parts()), timeRanOut, questionTime.elapsed()));
        }
        for (int i = outcomes.size(); i < quiz.size(); i++) {
            Question q = quiz.questions().get(i);
            outcomes.add(new Outcome(q, Answer.NONE, Verdict.none(q.body().parts()), timeRanOut, Duration.ZERO));
        }
        state = State.FINISHED;
        finished = clock.instant();
    }

    /**
     * The learner ends the quiz before its end: it finishes, and its record keeps only the
     * questions answered, marked as ended early.
     */
    public void endEarly() {
        if (state == State.FINISHED) {
            return;
        }
        endedEarly = true;
        finish();
    }

    /** Whether the learner ended the quiz before its end. */
    public boolean endedEarly() {
        return endedEarly;
    }

    /** How many questions were answered (or timed out one by one) before the quiz finished. */
    public int answered() {
        return answered;
    }

    /**
     * Applies the timers: returns true when something changed (a question timed out, or the
     * quiz ended).
     */
    public boolean tick() {
        if (timer == null || state != State.ANSWERING || !timer.isExpired()) {
            return false;
        }
        if (quiz.settings().timing() == QuizSettings.Timing.PER_QUESTION) {
            record(Answer.NONE, true);
        } else {
            timeRanOut = true;
            finish();
        }
        return true;
    }

    /** The time left on the running timer; empty when untimed. */
    public Optional<Duration> remaining() {
        return timer == null ? Optional.empty() : Optional.of(timer.remaining());
    }

    /** Whether a whole-quiz timer ended the quiz. */
    public boolean timeRanOut() {
        return timeRanOut;
    }

    /** Time from the start to the end (or to now, while running). */
    public Duration elapsed() {
        return Duration.between(started, finished != null ? finished : clock.instant());
    }

    public Instant started() {
        return started;
    }

    public List<Outcome> outcomes() {
        return List.copyOf(outcomes);
    }

    /** How many questions have been answered right so far. */
    public int correct() {
        return (int) outcomes.stream().filter(o -> o.verdict().correct()).count();
    }

    /** The questions not answered right. */
    public List<Question> misses() {
        return outcomes.stream().filter(o -> !o.verdict().correct()).map(Outcome::question).toList();
    }

    /**
     * The record kept in the history; only once finished. A quiz ended early keeps only the
     * questions answered, so what was never reached does not count as wrong.
     */
    public Attempt toAttempt(String id) {
        if (state != State.FINISHED) {
            throw new IllegalStateException("the quiz has not finished");
        }
        List<Outcome> kept = endedEarly ? outcomes.subList(0, answered) : outcomes;
        List<Attempt.Result> results = kept.stream().map(o -> new Attempt.Result(o.question().id(),
                o.question().format(), o.question().section(), o.verdict().correct(), o.verdict().unanswered())).toList();
        return new Attempt(id, started.toEpochMilli(), elapsed().toMillis(), quiz.seed(), quiz.retryOf(), results,
                endedEarly);
    }
}
