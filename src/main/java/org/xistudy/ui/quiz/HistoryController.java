package org.xistudy.ui.quiz;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.InvalidationListener;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.css.PseudoClass;
import javafx.fxml.FXML;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.xistudy.study.quiz.Attempt;
import org.xistudy.study.quiz.HistoryStats;
import org.xistudy.study.quiz.QuestionFormat;
import org.xistudy.ui.AppContext;
import org.xistudy.ui.answer.QuizTexts;

/** Scores over time, right answers per section and per format, and the list of attempts. */
public final class HistoryController {
    /** A section needs this many questions behind it before it is called the weakest. */
    static final int WEAKEST_MIN = 3;
    private static final PseudoClass WEAK = PseudoClass.getPseudoClass("weak");

    private final AppContext context;
    private QuizViewModel model;
    private QuizTexts texts;
    private String weakestSection;
    private boolean hasWeakest;

    @FXML private ScrollPane root;
    @FXML private Label problemLabel;
    @FXML private Label emptyLabel;
    @FXML private VBox content;
    @FXML private Label headlineLabel;
    @FXML private Button practiceButton;
    @FXML private LineChart<Number, Number> scoresChart;
    @FXML private NumberAxis attemptAxis;
    @FXML private NumberAxis scoreAxis;
    @FXML private BarChart<Number, String> sectionChart;
    @FXML private BarChart<Number, String> formatChart;
    @FXML private TableView<Attempt> attemptsTable;
    @FXML private TableColumn<Attempt, String> whenColumn;
    @FXML private TableColumn<Attempt, String> scoreColumn;
    @FXML private TableColumn<Attempt, String> timeColumn;
    @FXML private TableColumn<Attempt, String> kindColumn;

    public HistoryController(AppContext context) {
        this.context = context;
    }

    void bind(QuizViewModel model, QuizTexts texts) {
        this.model = model;
        this.texts = texts;
        problemLabel.textProperty().bind(model.historyProblemProperty());
        problemLabel.visibleProperty().bind(model.historyProblemProperty().isNotEmpty());
        problemLabel.managedProperty().bind(problemLabel.visibleProperty());
        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(texts.locale()).withZone(ZoneId.systemDefault());
        whenColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(when.format(Instant.ofEpochMilli(c.getValue()
                .startedAt()))));
        scoreColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(context.text("quiz.history.scoreCell",
                c.getValue().correct(), c.getValue().total(), Math.round(100 * c.getValue().score()))));
        timeColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(texts.duration(Duration.ofMillis(c.getValue()
                .durationMillis()))));
        kindColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(context.text(c.getValue().retryOf() == null
                ? "quiz.history.kind.quiz" : "quiz.history.kind.retry") + (c.getValue().endedEarly()
                ? context.text("quiz.history.endedEarly") : "")));
        // the axis runs a little past 100 so a perfect score is not cut by the frame; no label there
        scoreAxis.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number n) {
                return n.doubleValue() > 100 ? "" : Long.toString(Math.round(n.doubleValue()));
            }

            @Override
            public Number fromString(String s) {
                return null;
            }
        });
        attemptsTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        attemptsTable.setPlaceholder(new Label(context.text("quiz.history.empty")));
        model.attempts().addListener((InvalidationListener) o -> refresh());
        model.pageProperty().addListener((obs, old, now) -> {
            if (now == QuizViewModel.Page.HISTORY) {
                refresh();
            }
        });
        refresh();
    }

    private void refresh() {
        List<Attempt> attempts = model.attempts();
        boolean empty = attempts.isEmpty();
        emptyLabel.setVisible(empty);
        emptyLabel.setManaged(empty);
        content.setVisible(!empty);
        content.setManaged(!empty);
        List<Attempt> newestFirst = new ArrayList<>(attempts);
        newestFirst.sort((a, b) -> Long.compare(b.startedAt(), a.startedAt()));
        attemptsTable.getItems().setAll(newestFirst);
        drawScores(attempts);
        List<HistoryStats.Share> sections = HistoryStats.bySection(attempts, model.sectionOrder());
        fill(sectionChart, sections, s -> texts.section(s.key()));
        fill(formatChart, HistoryStats.byFormat(attempts), s -> texts.format(QuestionFormat.valueOf(s.key())));
        headline(attempts, sections);
    }

    private void drawScores(List<Attempt> attempts) {
        List<HistoryStats.Point> points = HistoryStats.scores(attempts);
        XYChart.Series<Number, Number> series = new XYChart.Series<>();
        DateTimeFormatter date = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(texts.locale()).withZone(ZoneId.systemDefault());
        for (HistoryStats.Point p : points) {
            XYChart.Data<Number, Number> d = new XYChart.Data<>(p.number(), p.percent());
            String tip = context.text("quiz.history.pointTip", p.number(),
                    date.format(Instant.ofEpochMilli(p.startedAt())), p.correct(), p.total(), Math.round(p.percent()));
            d.nodeProperty().addListener((obs, old, node) -> {
                if (node != null) {
                    Tooltip.install(node, new Tooltip(tip));
                }
            });
            series.getData().add(d);
        }
        // a step of room at each end, so the first and last points do not sit on the frame
        attemptAxis.setLowerBound(0);
        attemptAxis.setUpperBound(Math.max(2, points.size()) + 1);
        attemptAxis.setTickUnit(1);
        int every = (int) Math.max(1, Math.ceil(points.size() / 12.0));
        DateTimeFormatter day = DateTimeFormatter.ofPattern(context.text("quiz.history.dayPattern"), texts.locale()).withZone(ZoneId.systemDefault());
        attemptAxis.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number n) {
                double v = n.doubleValue();
                int k = (int) Math.round(v);
                if (Math.abs(v - k) > 1e-6 || k < 1 || k > points.size() || (k - 1) % every != 0) {
                    return "";
                }
                return k + "\n" + day.format(Instant.ofEpochMilli(points.get(k - 1).startedAt()));
            }

            @Override
            public Number fromString(String s) {
                return null;
            }
        });
        scoresChart.getData().setAll(List.of(series));
    }

    private static void fill(BarChart<Number, String> chart, List<HistoryStats.Share> shares,
            Function<HistoryStats.Share, String> name) {
        XYChart.Series<Number, String> series = new XYChart.Series<>();
        // the category axis lists from the bottom up; reverse so the first reads at the top
        for (int i = shares.size() - 1; i >= 0; i--) {
            HistoryStats.Share s = shares.get(i);
            XYChart.Data<Number, String> d = new XYChart.Data<>(s.percent(), name.apply(s) + "   " + s.correct() + "/"
                    + s.total());
            boolean weak = s.percent() < 50;
            d.nodeProperty().addListener((obs, old, node) -> {
                if (node != null) {
                    // the chart resets a bar's style classes, so its state is a pseudo-class
                    node.pseudoClassStateChanged(WEAK, weak);
                    Tooltip.install(node, new Tooltip(s.correct() + " / " + s.total()));
                }
            });
            series.getData().add(d);
        }
        chart.getData().setAll(List.of(series));
    }

    private void headline(List<Attempt> attempts, List<HistoryStats.Share> sections) {
        if (attempts.isEmpty()) {
            headlineLabel.setText("");
            practiceButton.setVisible(false);
            practiceButton.setManaged(false);
            return;
        }
        Attempt last = HistoryStats.latest(attempts, 1).get(0);
        String lastText = context.text("quiz.history.last", last.correct(), last.total(), Math.round(100 * last.score()),
                attempts.size());
        Optional<HistoryStats.Share> weakest = HistoryStats.weakest(sections, WEAKEST_MIN);
        hasWeakest = weakest.isPresent();
        weakestSection = weakest.map(HistoryStats.Share::key).orElse(null);
        if (weakest.isPresent()) {
            HistoryStats.Share w = weakest.get();
            headlineLabel.setText(lastText + " " + context.text("quiz.history.weakest", texts.section(w.key()),
                    Math.round(w.percent()), w.total()));
            practiceButton.setText(context.text("quiz.history.practice", texts.section(w.key())));
        } else {
            headlineLabel.setText(lastText);
        }
        practiceButton.setVisible(hasWeakest);
        practiceButton.setManaged(hasWeakest);
    }

    @FXML
    void practice() {
        if (hasWeakest) {
            model.practiceSection(weakestSection);
        }
    }

    /** N starts a new quiz, as on the summary. */
    void key(KeyEvent e) {
        if (e.getCode() == KeyCode.N && !e.isShortcutDown() && !e.isAltDown() && !e.isControlDown()) {
            model.showSetup();
            e.consume();
        }
    }

    void focus() {
        if (practiceButton.isVisible()) {
            practiceButton.requestFocus();
        } else {
            attemptsTable.requestFocus();
        }
    }
}
