package org.xistudy.ui.cards;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.collections.FXCollections;
import javafx.fxml.FXML;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.PieChart;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import org.xistudy.study.progress.Statistics;
import org.xistudy.study.progress.StudySettings;
import org.xistudy.ui.AppContext;
import org.xistudy.ui.services.StudyService;

/** The statistics page: draws a {@link StatsViewModel}'s figures as charts. */
public final class CardStatsController {
    private final AppContext context;
    private final StatsViewModel model;
    private final StudyService service;

    @FXML private ScrollPane root;
    @FXML private Label weekValue;
    @FXML private Label weekDetail;
    @FXML private Label monthValue;
    @FXML private Label monthDetail;
    @FXML private Label allValue;
    @FXML private Label allDetail;
    @FXML private Label targetValue;
    @FXML private StackedBarChart<String, Number> reviewsChart;
    @FXML private BarChart<String, Number> forecastChart;
    @FXML private PieChart statesChart;
    @FXML private LineChart<String, Number> retentionChart;
    @FXML private Label emptyHint;
    @FXML private FlowPane statesLegend;

    public CardStatsController(AppContext context) {
        this.context = context;
        this.service = StudyService.of(context);
        this.model = new StatsViewModel(service);
    }

    public StatsViewModel model() {
        return model;
    }

    @FXML
    private void initialize() {
        // Set here: FXML cannot give several style classes to charts (they are built by a builder).
        reviewsChart.getStyleClass().addAll("stats-chart", "reviews-chart");
        forecastChart.getStyleClass().addAll("stats-chart", "forecast-chart");
        statesChart.getStyleClass().addAll("stats-chart", "states-chart");
        retentionChart.getStyleClass().addAll("stats-chart", "retention-chart");
        model.figuresProperty().addListener((obs, old, now) -> draw(now));
        service.settingsProperty().addListener((obs, old, now) -> drawTarget());
        draw(model.getFigures());
    }

    private DateTimeFormatter days() {
        return DateTimeFormatter.ofPattern(context.text("cards.stats.dayPattern"), context.bundle().getLocale());
    }

    private void draw(StatsViewModel.Figures f) {
        if (f == null) {
            return;
        }
        tile(f.week(), weekValue, weekDetail);
        tile(f.month(), monthValue, monthDetail);
        tile(f.all(), allValue, allDetail);
        drawTarget();
        emptyHint.setVisible(f.totalReviews() == 0);
        emptyHint.setManaged(f.totalReviews() == 0);

        DateTimeFormatter fmt = days();
        String[] gradeKeys = {"again", "hard", "good", "easy"};
        List<XYChart.Series<String, Number>> series = new ArrayList<>();
        for (int g = 0; g < 4; g++) {
            XYChart.Series<String, Number> s = new XYChart.Series<>();
            s.setName(context.text("cards.grade." + gradeKeys[g]));
            for (Statistics.Day d : f.reviews()) {
                int n = g == 0 ? d.again() : g == 1 ? d.hard() : g == 2 ? d.good() : d.easy();
                s.getData().add(new XYChart.Data<>(fmt.format(d.day()), n));
            }
            series.add(s);
        }
        reviewsChart.setData(FXCollections.observableArrayList(series));
        countAxis((NumberAxis) reviewsChart.getYAxis(),
                f.reviews().stream().mapToInt(Statistics.Day::total).max().orElse(0));

        XYChart.Series<String, Number> due = new XYChart.Series<>();
        due.setName(context.text("cards.stats.forecast"));
        for (int i = 0; i < f.forecast().length; i++) {
            LocalDate day = f.today().plusDays(i);
            due.getData().add(new XYChart.Data<>(i == 0 ? context.text("cards.due.today") : fmt.format(day),
                    f.forecast()[i]));
        }
        forecastChart.setData(FXCollections.observableArrayList(List.of(due)));
        countAxis((NumberAxis) forecastChart.getYAxis(),
                Arrays.stream(f.forecast()).max().orElse(0));

        // The slices take their colours from the state, so the legend is drawn here, not by the chart.
        List<PieChart.Data> slices = new ArrayList<>();
        List<String> classes = new ArrayList<>();
        statesLegend.getChildren().clear();
        for (Map.Entry<Statistics.Bucket, Integer> e : f.states().entrySet()) {
            String state = e.getKey().name().toLowerCase(Locale.ROOT);
            String name = context.text("cards.state." + state);
            if (e.getValue() > 0) {
                slices.add(new PieChart.Data(name, e.getValue()));
                classes.add("state-" + state);
            }
            Region swatch = new Region();
            swatch.getStyleClass().addAll("legend-swatch", "state-" + state);
            Label item = new Label(context.text("cards.stats.slice", name, e.getValue()), swatch);
            item.getStyleClass().add("legend-item");
            statesLegend.getChildren().add(item);
        }
        statesChart.setData(FXCollections.observableArrayList(slices));
        for (int i = 0; i < slices.size(); i++) {
            if (slices.get(i).getNode() != null) {
                slices.get(i).getNode().getStyleClass().add(classes.get(i));
            }
        }

        XYChart.Series<String, Number> weekly = new XYChart.Series<>();
        weekly.setName(context.text("cards.stats.retentionWeekly"));
        for (int w = 0; w < f.weekly().size(); w++) {
            Statistics.Retention r = f.weekly().get(w);
            LocalDate end = f.today().minusDays(7L * (f.weekly().size() - 1 - w));
            if (r.total() > 0) {
                weekly.getData().add(new XYChart.Data<>(fmt.format(end), Math.round(r.rate() * 1000) / 10.0));
            }
        }
        retentionChart.setData(FXCollections.observableArrayList(List.of(weekly)));
    }

    /** A count axis: whole numbers only, from 0 to a little above the largest value. */
    private static void countAxis(NumberAxis axis, int max) {
        int step = Math.max(1, (int) Math.ceil(max / 5.0));
        axis.setAutoRanging(false);
        axis.setLowerBound(0);
        axis.setUpperBound(Math.max(5, step * (int) Math.ceil((max + 0.5) / step)));
        axis.setTickUnit(step);
        axis.setMinorTickVisible(false);
    }

    private void tile(Statistics.Retention r, Label value, Label detail) {
        value.setText(r.total() == 0 ? "\u2014" : Math.round(r.rate() * 100) + "%");
        detail.setText(r.total() == 0 ? context.text("cards.stats.noReviews")
                : context.text("cards.stats.passed", r.passed(), r.total()));
    }

    private void drawTarget() {
        StudySettings s = service.settingsProperty().get();
        targetValue.setText(Math.round((s == null ? 0.9 : s.desiredRetention()) * 100) + "%");
    }

    void refresh() {
        model.refresh();
    }
}
