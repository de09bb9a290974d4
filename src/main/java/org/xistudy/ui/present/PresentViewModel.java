package org.xistudy.ui.present;

import java.io.IOException;
import java.io.Writer;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.xistudy.study.quiz.ClassroomCsv;
import org.xistudy.study.quiz.ClassroomGame.Phase;
import org.xistudy.study.quiz.ClassroomGame;
import org.xistudy.study.quiz.Question;
import org.xistudy.ui.AppContext;
import org.xistudy.ui.answer.QuizTexts;

/** The classroom quiz as JavaFX properties over a {@link ClassroomGame}. */
public final class PresentViewModel {
    private final ClassroomGame game;
    private final AppContext context;
    private final QuizTexts texts;
    private final ReadOnlyObjectWrapper<Phase> phase = new ReadOnlyObjectWrapper<>(this, "phase");
    private final ReadOnlyObjectWrapper<Question> question = new ReadOnlyObjectWrapper<>(this, "question");
    private final ReadOnlyIntegerWrapper number = new ReadOnlyIntegerWrapper(this, "number");
    private final ReadOnlyObjectWrapper<Duration> remaining = new ReadOnlyObjectWrapper<>(this, "remaining");
    private final ReadOnlyBooleanWrapper paused = new ReadOnlyBooleanWrapper(this, "paused");
    private final ReadOnlyBooleanWrapper timeUp = new ReadOnlyBooleanWrapper(this, "timeUp");
    private final ObservableList<Integer> totals = FXCollections.observableArrayList();
    private final ObservableList<Integer> totalsView = FXCollections.unmodifiableObservableList(totals);
    private final Timeline ticker;

    public PresentViewModel(AppContext context, List<Question> questions, List<String> teams, Duration countdown,
            Clock clock) {
        this(context, new ClassroomGame(questions, teams, countdown, clock));
    }

    /** The properties of a game that already runs (a lesson's quiz step). */
    public PresentViewModel(AppContext context, ClassroomGame game) {
        this.context = context;
        this.texts = new QuizTexts(context);
        this.game = game;
        ticker = new Timeline(new KeyFrame(javafx.util.Duration.millis(100), e -> tick()));
        ticker.setCycleCount(Animation.INDEFINITE);
        refresh();
    }

    public ClassroomGame game() {
        return game;
    }

    public ReadOnlyObjectProperty<Phase> phaseProperty() {
        return phase.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Question> questionProperty() {
        return question.getReadOnlyProperty();
    }

    /** The question's number, from 1. */
    public ReadOnlyIntegerProperty numberProperty() {
        return number.getReadOnlyProperty();
    }

    /** The countdown's time left while it shows, else null. */
    public ReadOnlyObjectProperty<Duration> remainingProperty() {
        return remaining.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty pausedProperty() {
        return paused.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty timeUpProperty() {
        return timeUp.getReadOnlyProperty();
    }

    /** Each team's points so far. */
    public ObservableList<Integer> totals() {
        return totalsView;
    }

    public List<String> teams() {
        return game.teams();
    }

    public int size() {
        return game.size();
    }

    public void next() {
        game.next();
        refresh();
    }

    public void previous() {
        game.previous();
        refresh();
    }

    public void togglePause() {
        game.togglePause();
        refresh();
    }

    public boolean award(int team) {
        boolean done = game.award(team);
        refresh();
        return done;
    }

    public boolean undo(int team) {
        boolean done = game.undo(team);
        refresh();
        return done;
    }

    /** Reads the clock; the ticker calls it, tests call it after moving their clock. */
    public void tick() {
        refresh();
    }

    private void refresh() {
        phase.set(game.phase());
        question.set(game.phase() == Phase.PODIUM ? null : game.current());
        number.set(game.index() + 1);
        boolean counting = game.phase() == Phase.COUNTDOWN;
        remaining.set(counting ? game.countdown().remaining() : null);
        paused.set(counting && !game.countdown().isRunning() && !game.countdown().isExpired());
        timeUp.set(game.timeIsUp());
        List<Integer> t = new ArrayList<>();
        for (int i = 0; i < game.teams().size(); i++) {
            t.add(game.total(i));
        }
        if (!t.equals(totals)) {
            totals.setAll(t);
        }
        if (counting && game.countdown().isRunning() && !game.countdown().isExpired()) {
            if (ticker.getStatus() != Animation.Status.RUNNING) {
                ticker.play();
            }
        } else {
            ticker.stop();
        }
    }

    /** The podium's heading: the winner, a tie, or no points at all. */
    public String podiumTitle() {
        List<ClassroomGame.Standing> standings = game.standings();
        List<String> winners = standings.stream().filter(s -> s.rank() == 1).map(ClassroomGame.Standing::name).toList();
        if (standings.isEmpty() || standings.get(0).points() == 0) {
            return context.text("present.podium.title");
        }
        return winners.size() == 1 ? context.text("present.podium.winner", winners.get(0))
                : context.text("present.podium.tie", String.join(" \u00B7 ", winners));
    }

    /** Writes the results as CSV, question texts in the UI language. */
    public void writeCsv(Writer out) throws IOException {
        ClassroomCsv.write(game, List.of(context.text("present.csv.number"), context.text("present.csv.question"),
                context.text("present.csv.answer")), context.text("present.csv.total"), context.text("present.csv.rank"),
                q -> texts.render(q.prompt()), texts::answer, out);
    }

    /** Stops the ticker when the window closes. */
    public void dispose() {
        ticker.stop();
    }

    QuizTexts texts() {
        return texts;
    }
}
