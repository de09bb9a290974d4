package org.xistudy.ui.present;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.xistudy.content.PackIndex;
import org.xistudy.content.model.Lesson;
import org.xistudy.content.model.LessonStep;
import org.xistudy.study.lessons.LessonCommand;
import org.xistudy.study.lessons.LessonKeys;
import org.xistudy.study.lessons.LessonQuiz;
import org.xistudy.study.lessons.LessonRun;
import org.xistudy.study.quiz.ClassroomGame;
import org.xistudy.study.quiz.QuizGenerator;
import org.xistudy.ui.AppContext;
import org.xistudy.ui.common.StepText;

/**
 * A lesson being presented, as JavaFX properties over a {@link LessonRun}: the step on the
 * audience screen and the next one, the teacher's notes, "step n of N", a black or white screen,
 * the number being typed, the audience's text size, the time, and the classroom game of a quiz
 * step. Keys come in by name ({@link #key}) and are read as {@link LessonKeys} says, so the
 * audience window and the presenter view answer the same keys the same way.
 */
public final class LessonShowModel {
    /** Audience text size steps, in percent. */
    static final List<Integer> SCALES = List.of(80, 90, 100, 115, 130, 150, 175);
    static final int DEFAULT_SCALE = 2;

    private final AppContext context;
    private final PackIndex index;
    private final LessonRun run;
    private final Clock clock;
    private final ZoneId zone;
    private final ReadOnlyObjectWrapper<LessonStep> step = new ReadOnlyObjectWrapper<>(this, "step");
    private final ReadOnlyObjectWrapper<LessonStep> next = new ReadOnlyObjectWrapper<>(this, "next");
    private final ReadOnlyIntegerWrapper position = new ReadOnlyIntegerWrapper(this, "position");
    private final ReadOnlyBooleanWrapper revealed = new ReadOnlyBooleanWrapper(this, "revealed");
    private final ReadOnlyObjectWrapper<LessonRun.Screen> screen = new ReadOnlyObjectWrapper<>(this, "screen");
    private final ReadOnlyStringWrapper typed = new ReadOnlyStringWrapper(this, "typed", "");
    private final ReadOnlyStringWrapper notes = new ReadOnlyStringWrapper(this, "notes", "");
    private final ReadOnlyStringWrapper progress = new ReadOnlyStringWrapper(this, "progress", "");
    private final ReadOnlyStringWrapper elapsed = new ReadOnlyStringWrapper(this, "elapsed", "");
    private final ReadOnlyStringWrapper time = new ReadOnlyStringWrapper(this, "time", "");
    private final ReadOnlyIntegerWrapper scale = new ReadOnlyIntegerWrapper(this, "scale", DEFAULT_SCALE);
    private final ReadOnlyBooleanWrapper help = new ReadOnlyBooleanWrapper(this, "help");
    private final ReadOnlyObjectWrapper<ClassroomGame> game = new ReadOnlyObjectWrapper<>(this, "game");
    private final ReadOnlyIntegerWrapper revision = new ReadOnlyIntegerWrapper(this, "revision");

    /**
     * @param teams the teams of the lesson's quiz steps (at least two), in the order of their keys
     */
    public LessonShowModel(AppContext context, PackIndex index, Lesson lesson, int from, List<String> teams,
            Duration countdown, Clock clock, ZoneId zone) {
        this.context = context;
        this.index = index;
        this.clock = clock;
        this.zone = zone;
        QuizGenerator generator = new QuizGenerator(index);
        List<String> names = List.copyOf(teams);
        this.run = new LessonRun(lesson, clock, quiz -> {
            var questions = LessonQuiz.questions(generator, quiz);
            return questions.isEmpty() || names.size() < ClassroomGame.MIN_TEAMS ? null
                    : new ClassroomGame(questions, names, countdown, clock);
        });
        if (from > 0) {
            run.goTo(from + 1);
        }
        refresh();
    }

    public PackIndex index() {
        return index;
    }

    public Lesson lesson() {
        return run.lesson();
    }

    /** The step on the audience screen. */
    public ReadOnlyObjectProperty<LessonStep> stepProperty() {
        return step.getReadOnlyProperty();
    }

    /** The step after it, or null at the end. */
    public ReadOnlyObjectProperty<LessonStep> nextProperty() {
        return next.getReadOnlyProperty();
    }

    /** The current step's index, 0-based. */
    public ReadOnlyIntegerProperty positionProperty() {
        return position.getReadOnlyProperty();
    }

    public int size() {
        return run.size();
    }

    /** On a card step, whether the answer shows. */
    public ReadOnlyBooleanProperty revealedProperty() {
        return revealed.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<LessonRun.Screen> screenProperty() {
        return screen.getReadOnlyProperty();
    }

    /** The digits typed towards a step number, or "". */
    public ReadOnlyStringProperty typedProperty() {
        return typed.getReadOnlyProperty();
    }

    /** The current step's teacher notes ("" for none). */
    public ReadOnlyStringProperty notesProperty() {
        return notes.getReadOnlyProperty();
    }

    /** "Step 3 of 39". */
    public ReadOnlyStringProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** Time presented, as 12:05. */
    public ReadOnlyStringProperty elapsedProperty() {
        return elapsed.getReadOnlyProperty();
    }

    /** The time of day, as 14:30. */
    public ReadOnlyStringProperty timeProperty() {
        return time.getReadOnlyProperty();
    }

    /** The audience's text size step, an index into {@link #SCALES}. */
    public ReadOnlyIntegerProperty scaleProperty() {
        return scale.getReadOnlyProperty();
    }

    /** The audience text size in percent. */
    public double scalePercent() {
        return SCALES.get(scale.get());
    }

    /** Whether the keys are shown. */
    public ReadOnlyBooleanProperty helpProperty() {
        return help.getReadOnlyProperty();
    }

    /** The classroom game of the current quiz step, or null. */
    public ReadOnlyObjectProperty<ClassroomGame> gameProperty() {
        return game.getReadOnlyProperty();
    }

    /** Changes after every change of state, the game's included. */
    public ReadOnlyIntegerProperty revisionProperty() {
        return revision.getReadOnlyProperty();
    }

    /** For a year step, the year of the lesson's previous year step (what changed is highlighted). */
    public Optional<Integer> previousChartYear() {
        var y = run.previousChartYear();
        return y.isPresent() ? Optional.of(y.getAsInt()) : Optional.empty();
    }

    /** For a year step reached straight from a year step, that step's year: the chart animates from it. */
    public Optional<Integer> animateFrom() {
        var y = run.animateChartFrom();
        return y.isPresent() ? Optional.of(y.getAsInt()) : Optional.empty();
    }

    /**
     * Handles a key by its JavaFX key-code name; returns whether it meant something. While the
     * screen is black or white any key brings the lesson back; with the keys shown, any key
     * hides them.
     */
    public boolean key(String code, String text, boolean shift, boolean shortcut) {
        if (shortcut) {
            return switch (code) {
                case "EQUALS", "PLUS", "ADD" -> setScale(scale.get() + 1);
                case "MINUS", "SUBTRACT" -> setScale(scale.get() - 1);
                case "DIGIT0", "NUMPAD0" -> setScale(DEFAULT_SCALE);
                default -> false;
            };
        }
        if (help.get()) {
            help.set(false);
            return true;
        }
        if (run.screen() != LessonRun.Screen.LESSON) {
            Optional<LessonCommand> c = LessonKeys.command(code, shift, false);
            if (c.isPresent() && (c.get() == LessonCommand.Simple.BLACK || c.get() == LessonCommand.Simple.WHITE)) {
                run.apply(c.get());
            } else if (run.screen() == LessonRun.Screen.BLACK) {
                run.toggleBlack();
            } else {
                run.toggleWhite();
            }
            refresh();
            return true;
        }
        if ("H".equals(code) || "F1".equals(code) || "?".equals(text)) {
            help.set(true);
            return true;
        }
        Optional<LessonCommand> c = LessonKeys.command(code, shift, run.game().isPresent());
        if (c.isEmpty()) {
            return false;
        }
        run.apply(c.get());
        refresh();
        return true;
    }

    /** Shows a step (0-based), as from the presenter's outline. */
    public void goTo(int stepIndex) {
        run.goTo(stepIndex + 1);
        refresh();
    }

    public void setHelp(boolean shown) {
        help.set(shown);
    }

    private boolean setScale(int s) {
        int clamped = Math.max(0, Math.min(SCALES.size() - 1, s));
        scale.set(clamped);
        return true;
    }

    /** Reads the clock; a ticker calls it each second, tests after moving their clock. */
    public void tick() {
        Duration d = run.elapsed();
        long s = d.getSeconds();
        elapsed.set(s >= 3600 ? String.format("%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
                : String.format("%d:%02d", s / 60, s % 60));
        time.set(LocalTime.ofInstant(clock.instant(), zone).format(DateTimeFormatter.ofPattern("HH:mm")));
        ClassroomGame g = game.get();
        if (g != null) {
            revision.set(revision.get() + 1); // the countdown moves
        }
    }

    private void refresh() {
        step.set(run.current());
        next.set(run.isLast() ? null : run.lesson().step(run.index() + 1));
        position.set(run.index());
        revealed.set(run.isRevealed());
        screen.set(run.screen());
        typed.set(run.typed());
        String n = run.current().teacherNotes();
        notes.set(n == null ? "" : n);
        progress.set(context.text("lesson.show.progress", run.number(), run.size()));
        game.set(run.game().orElse(null));
        tick();
        revision.set(revision.get() + 1);
    }

    /** The outline: one line per step, as the presenter's list shows it. */
    public List<String> outline(StepText text) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < run.size(); i++) {
            out.add((i + 1) + ".  " + text.line(run.lesson().step(i)));
        }
        return out;
    }
}
