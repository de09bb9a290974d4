package org.xistudy.ui.quiz;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.xistudy.content.PackIndex;
import org.xistudy.study.quiz.Answer;
import org.xistudy.study.quiz.Attempt;
import org.xistudy.study.quiz.MissedCards;
import org.xistudy.study.quiz.Question;
import org.xistudy.study.quiz.Quiz;
import org.xistudy.study.quiz.QuizGenerator;
import org.xistudy.study.quiz.QuizHistory;
import org.xistudy.study.quiz.QuizSession;
import org.xistudy.study.quiz.QuizSettings;
import org.xistudy.ui.AppContext;

/**
 * The state of the quiz view: which page shows, the running quiz, the last result and the
 * history of the open pack. Controllers bind to its read-only properties and call its actions.
 */
public final class QuizViewModel {

    /** The pages of the quiz view. */
    public enum Page { SETUP, QUESTION, SUMMARY, HISTORY }

    private final AppContext context;
    private final Clock clock;
    private final LongSupplier seeds;
    private final Function<PackIndex, QuizHistory> openHistory;
    private final Supplier<MissesToStudy> study;

    private final ReadOnlyObjectWrapper<Page> page = new ReadOnlyObjectWrapper<>(this, "page", Page.SETUP);
    private final ReadOnlyObjectWrapper<PackIndex> pack = new ReadOnlyObjectWrapper<>(this, "pack");
    private final ReadOnlyObjectWrapper<QuizSession> session = new ReadOnlyObjectWrapper<>(this, "session");
    private final ReadOnlyObjectWrapper<Question> question = new ReadOnlyObjectWrapper<>(this, "question");
    private final ReadOnlyObjectWrapper<QuizSession.State> state = new ReadOnlyObjectWrapper<>(this, "state");
    private final ReadOnlyObjectWrapper<QuizSession.Outcome> outcome = new ReadOnlyObjectWrapper<>(this, "outcome");
    private final ReadOnlyIntegerWrapper number = new ReadOnlyIntegerWrapper(this, "number");
    private final ReadOnlyIntegerWrapper total = new ReadOnlyIntegerWrapper(this, "total");
    private final ReadOnlyIntegerWrapper correct = new ReadOnlyIntegerWrapper(this, "correct");
    private final ReadOnlyIntegerWrapper answered = new ReadOnlyIntegerWrapper(this, "answered");
    private final ReadOnlyObjectWrapper<Duration> remaining = new ReadOnlyObjectWrapper<>(this, "remaining");
    private final ReadOnlyObjectWrapper<QuizSession> finished = new ReadOnlyObjectWrapper<>(this, "finished");
    private final ReadOnlyObjectWrapper<Attempt> finishedAttempt = new ReadOnlyObjectWrapper<>(this, "finishedAttempt");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper(this, "notice", "");
    private final ReadOnlyStringWrapper studyNotice = new ReadOnlyStringWrapper(this, "studyNotice", "");
    private final ReadOnlyStringWrapper historyProblem = new ReadOnlyStringWrapper(this, "historyProblem", "");
    private final ObservableList<Attempt> attempts = FXCollections.observableArrayList();
    private final ObservableList<Attempt> attemptsView = FXCollections.unmodifiableObservableList(attempts);
    private final Timeline ticker;

    private QuizGenerator generator;
    private QuizHistory history;
    private QuizSettings settings = QuizSettings.defaults();

    /**
     * @param openHistory opens the stored history of a pack
     * @param study where missed cards go (looked up at each use)
     */
    public QuizViewModel(AppContext context, Clock clock, LongSupplier seeds, Function<PackIndex, QuizHistory> openHistory,
            Supplier<MissesToStudy> study) {
        this.context = context;
        this.clock = clock;
        this.seeds = seeds;
        this.openHistory = openHistory;
        this.study = study;
        ticker = new Timeline(new KeyFrame(javafx.util.Duration.millis(200), e -> tick()));
        ticker.setCycleCount(Animation.INDEFINITE);
        context.packs().indexProperty().addListener((obs, old, now) -> usePack(now));
        usePack(context.packs().getIndex());
    }

    private void usePack(PackIndex index) {
        ticker.stop();
        pack.set(index);
        generator = index == null ? null : new QuizGenerator(index);
        session.set(null);
        finished.set(null);
        finishedAttempt.set(null);
        refresh();
        notice.set("");
        studyNotice.set("");
        attempts.clear();
        historyProblem.set("");
        history = null;
        if (index != null) {
            history = openHistory.apply(index);
            attempts.setAll(history.attempts());
            historyProblem.set(history.problem().map(this::describe).orElse(""));
            // sections and tags of the old pack mean nothing in the new one
            settings = settings.withSections(List.of()).withTags(List.of());
        }
        page.set(Page.SETUP);
    }

    private String describe(QuizHistory.Problem p) {
        return switch (p.kind()) {
            case DAMAGED -> context.text("quiz.history.damaged", String.valueOf(p.movedTo()));
            case NEWER -> context.text("quiz.history.newer");
            default -> context.text("quiz.history.unreadable", String.valueOf(p.detail()));
        };
    }

    // ---- properties ------------------------------------------------------------------------

    public ReadOnlyObjectProperty<Page> pageProperty() {
        return page.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<PackIndex> packProperty() {
        return pack.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<QuizSession> sessionProperty() {
        return session.getReadOnlyProperty();
    }

    /** The question being answered or whose feedback shows. */
    public ReadOnlyObjectProperty<Question> questionProperty() {
        return question.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<QuizSession.State> stateProperty() {
        return state.getReadOnlyProperty();
    }

    /** The marked answer while its feedback shows, else null. */
    public ReadOnlyObjectProperty<QuizSession.Outcome> outcomeProperty() {
        return outcome.getReadOnlyProperty();
    }

    /** The number of the current question, from 1. */
    public ReadOnlyIntegerProperty numberProperty() {
        return number.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty totalProperty() {
        return total.getReadOnlyProperty();
    }

    /** How many questions of the running quiz were answered. */
    public ReadOnlyIntegerProperty answeredProperty() {
        return answered.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty correctProperty() {
        return correct.getReadOnlyProperty();
    }

    /** The time left on the timer, or null when untimed. */
    public ReadOnlyObjectProperty<Duration> remainingProperty() {
        return remaining.getReadOnlyProperty();
    }

    /** The last finished quiz, shown by the summary. */
    public ReadOnlyObjectProperty<QuizSession> finishedProperty() {
        return finished.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Attempt> finishedAttemptProperty() {
        return finishedAttempt.getReadOnlyProperty();
    }

    /** A message for the setup page, such as "no questions match". */
    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    /** What became of "add misses to my study cards" or of saving the attempt. */
    public ReadOnlyStringProperty studyNoticeProperty() {
        return studyNotice.getReadOnlyProperty();
    }

    /** What went wrong reading the history, or empty. */
    public ReadOnlyStringProperty historyProblemProperty() {
        return historyProblem.getReadOnlyProperty();
    }

    /** The stored attempts of the open pack, oldest first. */
    public ObservableList<Attempt> attempts() {
        return attemptsView;
    }

    /** The settings of the last quiz started (the setup starts from them). */
    public QuizSettings settings() {
        return settings;
    }

    // ---- actions ---------------------------------------------------------------------------

    /** How many different questions these settings can give. */
    public int available(QuizSettings s) {
        return generator == null ? 0 : generator.available(s, 0);
    }

    /** Starts a new quiz. Returns false (with a notice) when no question fits the settings. */
    public boolean start(QuizSettings s) {
        if (generator == null) {
            return false;
        }
        settings = s;
        Quiz quiz = generator.generate(s, seeds.getAsLong());
        if (quiz.questions().isEmpty()) {
            notice.set(context.text("quiz.setup.none"));
            return false;
        }
        begin(quiz);
        return true;
    }

    private void begin(Quiz quiz) {
        notice.set("");
        studyNotice.set("");
        question.set(null);
        session.set(new QuizSession(quiz, clock));
        refresh();
        page.set(Page.QUESTION);
        if (quiz.settings().timing() != QuizSettings.Timing.UNTIMED) {
            ticker.playFromStart();
        }
    }

    /** Marks an answer to the current question. */
    public void submit(Answer answer) {
        QuizSession s = session.get();
        if (s != null && s.state() == QuizSession.State.ANSWERING) {
            s.submit(answer);
            refresh();
        }
    }

    /** Leaves the feedback for the next question or the summary. */
    public void next() {
        QuizSession s = session.get();
        if (s != null && s.state() == QuizSession.State.FEEDBACK) {
            question.set(null); // a new question, even if it equals the last
            s.next();
            afterStep(s);
        }
    }

    /**
     * Ends the running quiz before its end. What was answered is kept in the history, marked as
     * ended early; a quiz ended before any answer is not kept.
     */
    public void endQuiz() {
        QuizSession s = session.get();
        if (s != null && s.state() != QuizSession.State.FINISHED) {
            s.endEarly();
            afterStep(s);
        }
    }

    /** Applies the timers; the ticker calls it, tests call it after moving their clock. */
    public void tick() {
        QuizSession s = session.get();
        if (s == null) {
            ticker.stop();
            return;
        }
        if (s.tick()) {
            afterStep(s);
        } else {
            remaining.set(s.remaining().orElse(null));
        }
    }

    private void afterStep(QuizSession s) {
        refresh();
        if (s.state() == QuizSession.State.FINISHED) {
            complete(s);
        }
    }

    private void complete(QuizSession s) {
        ticker.stop();
        Attempt attempt = s.toAttempt("a" + s.started().toEpochMilli() + "-" + Long.toHexString(seeds.getAsLong() & 0xffff));
        studyNotice.set("");
        boolean keep = !s.endedEarly() || s.answered() > 0;
        if (history != null && keep) {
            try {
                history.add(attempt);
                attempts.setAll(history.attempts());
            } catch (IOException e) {
                studyNotice.set(context.text("quiz.history.saveFailed", e.getMessage()));
            }
        }
        session.set(null);
        finishedAttempt.set(attempt);
        finished.set(s);
        refresh();
        page.set(Page.SUMMARY);
    }

    /** Asks the questions missed in the last quiz again. */
    public boolean retryMisses() {
        QuizSession last = finished.get();
        if (last == null || last.misses().isEmpty()) {
            return false;
        }
        Attempt a = finishedAttempt.get();
        begin(Quiz.retry(last.misses(), last.quiz().settings(), a == null ? null : a.id()));
        return true;
    }

    /** Makes the cards linked to the last quiz's misses due now in the flashcards. */
    public void addMissesToStudy() {
        QuizSession last = finished.get();
        PackIndex index = pack.get();
        if (last == null || index == null) {
            return;
        }
        List<String> cards = MissedCards.of(last.misses());
        if (cards.isEmpty()) {
            studyNotice.set(context.text("quiz.study.noCards"));
        } else {
            try {
                int n = study.get().makeDue(index.pack().id(), cards);
                studyNotice.set(context.text("quiz.study.added", n));
            } catch (IOException | RuntimeException e) {
                studyNotice.set(context.text("quiz.study.failed", String.valueOf(e.getMessage())));
            }
        }
    }

    /** The card ids "add misses" would use for the last quiz. */
    public List<String> missedCards() {
        QuizSession last = finished.get();
        return last == null ? List.of() : MissedCards.of(last.misses());
    }

    public void showHistory() {
        if (session.get() == null) {
            page.set(Page.HISTORY);
        }
    }

    public void showSetup() {
        if (session.get() == null) {
            page.set(Page.SETUP);
        }
    }

    /** Starts a quiz on one essay section, with the other settings as last used. */
    public boolean practiceSection(String section) {
        List<String> sections = section == null ? List.of() : List.of(section);
        return start(settings.withSections(sections).withTags(List.of()));
    }

    private void refresh() {
        QuizSession s = session.get();
        if (s == null) {
            question.set(null);
            state.set(null);
            outcome.set(null);
            number.set(0);
            total.set(0);
            correct.set(0);
            answered.set(0);
            remaining.set(null);
            return;
        }
        state.set(s.state());
        question.set(s.current().orElse(null));
        outcome.set(s.lastOutcome().orElse(null));
        number.set(Math.min(s.size(), s.index() + 1));
        total.set(s.size());
        correct.set(s.correct());
        answered.set(s.answered());
        remaining.set(s.remaining().orElse(null));
    }

    /** How an answer fared, in words: right, timed out, unanswered, partly right or wrong. */
    public String verdictText(QuizSession.Outcome o) {
        if (o.verdict().correct()) {
            return context.text("quiz.verdict.right");
        } else if (o.timedOut()) {
            return context.text("quiz.verdict.timedOut");
        } else if (o.verdict().unanswered()) {
            return context.text("quiz.verdict.unanswered");
        } else if (o.verdict().parts() > 1) {
            return context.text(o.question().body() instanceof Question.Match ? "quiz.verdict.pairs" : "quiz.verdict.partly",
                    o.verdict().partsRight(), o.verdict().parts());
        }
        return context.text("quiz.verdict.wrong");
    }

    /** What the button after the feedback says: the next question, or the results after the last. */
    public String nextText() {
        return context.text(number.get() >= total.get() ? "quiz.seeResults" : "quiz.next");
    }

    /** The essay's section ids in reading order, for the breakdowns. */
    public List<String> sectionOrder() {
        List<String> out = new ArrayList<>();
        PackIndex index = pack.get();
        if (index != null && index.essay() != null) {
            index.essay().sections().forEach(s -> out.add(s.id()));
        }
        return out;
    }
}
