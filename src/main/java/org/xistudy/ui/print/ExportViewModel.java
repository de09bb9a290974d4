package org.xistudy.ui.print;

import java.time.Year;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ThreadLocalRandom;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.xistudy.content.PackIndex;
import org.xistudy.study.chart.DataYears;
import org.xistudy.study.print.HandoutOptions;
import org.xistudy.study.print.Handouts;
import org.xistudy.study.print.Paper;
import org.xistudy.study.quiz.Phrase;
import org.xistudy.study.quiz.QuizGenerator;
import org.xistudy.study.quiz.QuizSettings;

/**
 * The choices of File › Export PDF: which handout, the paper, the quiz's seed and length, the
 * chart's year. It checks them and makes the PDF (as work to run in the background).
 */
public final class ExportViewModel {
    /** The handouts there are. */
    public enum Handout { GUIDE, QUIZ, CHART }

    /** The earliest chart year offered (the People's Republic). */
    public static final int MIN_YEAR = 1949;

    private final ObjectProperty<Handout> handout = new SimpleObjectProperty<>(this, "handout", Handout.GUIDE);
    private final ObjectProperty<Paper> paper = new SimpleObjectProperty<>(this, "paper");
    private final IntegerProperty questions = new SimpleIntegerProperty(this, "questions");
    private final StringProperty seed = new SimpleStringProperty(this, "seed");
    private final IntegerProperty year = new SimpleIntegerProperty(this, "year");
    private final StringBinding problem;
    private final BooleanBinding valid;
    private final PackIndex index;
    private final QuizSettings quizSettings;
    private final Phrase.Texts texts;
    private final Locale locale;
    private final int maxYear;

    /**
     * @param quizSettings the quiz view's settings (its sections, topics and kinds); the count
     *     and seed come from the dialog
     * @param focusYear the year the user is looking at, or null
     */
    public ExportViewModel(PackIndex index, QuizSettings quizSettings, Integer focusYear, Phrase.Texts texts,
            Locale locale, Paper defaultPaper) {
        this.index = index;
        this.quizSettings = quizSettings == null ? QuizSettings.defaults() : quizSettings;
        this.texts = texts;
        this.locale = locale;
        int latest = DataYears.latest(index.pack());
        this.maxYear = Math.max(latest, Year.now().getValue());
        paper.set(defaultPaper);
        questions.set(this.quizSettings.count());
        seed.set(Long.toString(ThreadLocalRandom.current().nextInt(1, 1_000_000)));
        year.set(focusYear == null ? latest : Math.max(MIN_YEAR, Math.min(maxYear, focusYear)));
        problem = Bindings.createStringBinding(this::check, handout, questions, seed, year, paper);
        valid = Bindings.createBooleanBinding(() -> problem.get().isEmpty(), problem);
    }

    public ObjectProperty<Handout> handoutProperty() {
        return handout;
    }

    public ObjectProperty<Paper> paperProperty() {
        return paper;
    }

    public IntegerProperty questionsProperty() {
        return questions;
    }

    public StringProperty seedProperty() {
        return seed;
    }

    public IntegerProperty yearProperty() {
        return year;
    }

    public int minYear() {
        return MIN_YEAR;
    }

    public int maxYear() {
        return maxYear;
    }

    /** What is wrong with the choices, in words; empty when they are fine. */
    public StringBinding problemProperty() {
        return problem;
    }

    public BooleanBinding validProperty() {
        return valid;
    }

    private String check() {
        if (paper.get() == null) {
            return texts.text("print.dialog.problem.paper");
        }
        if (handout.get() == Handout.QUIZ) {
            if (parseSeed() == null) {
                return texts.text("print.dialog.problem.seed");
            }
            if (questions.get() < QuizSettings.MIN_COUNT || questions.get() > QuizSettings.MAX_COUNT) {
                return texts.text("print.dialog.problem.questions", QuizSettings.MIN_COUNT, QuizSettings.MAX_COUNT);
            }
        }
        if (handout.get() == Handout.CHART && (year.get() < MIN_YEAR || year.get() > maxYear)) {
            return texts.text("print.dialog.problem.year", Integer.toString(MIN_YEAR), Integer.toString(maxYear));
        }
        return "";
    }

    private Long parseSeed() {
        try {
            return Long.parseLong(seed.get() == null ? "" : seed.get().strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The file name the save dialog suggests. */
    public String suggestedName() {
        String id = fileSafe(index.pack().id());
        switch (handout.get()) {
            case QUIZ:
                return texts.text("print.file.quiz", id, String.valueOf(parseSeed()));
            case CHART:
                return texts.text("print.file.chart", id, Integer.toString(year.get()));
            default:
                return texts.text("print.file.guide", id);
        }
    }

    /** A pack id as part of a file name. */
    static String fileSafe(String id) {
        String s = id == null ? "" : id.replaceAll("[^A-Za-z0-9._-]+", "-").replaceAll("^[-.]+", "");
        return s.isEmpty() ? "pack" : s;
    }

    /** The PDF for the current choices, made when called (on a background thread). */
    public Callable<byte[]> work() {
        if (!valid.get()) {
            throw new IllegalStateException(problem.get());
        }
        HandoutOptions options = new HandoutOptions(paper.get(), locale, texts);
        switch (handout.get()) {
            case QUIZ: {
                QuizSettings settings = quizSettings.withCount(questions.get());
                long s = parseSeed();
                return () -> Handouts.quizWorksheet(index, new QuizGenerator(index).generate(settings, s), options);
            }
            case CHART: {
                int y = year.get();
                return () -> Handouts.chart(index, y, options);
            }
            default:
                return () -> Handouts.studyGuide(index, options);
        }
    }
}
