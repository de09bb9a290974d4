package org.xistudy.ui.cards;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.PieChart;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.xistudy.study.fsrs.Rating;
import org.xistudy.study.fsrs.Scheduler;
import org.xistudy.study.fsrs.Settings;
import org.xistudy.study.progress.ProgressStore;
import org.xistudy.ui.ShellFixture;
import org.xistudy.ui.shell.Shell;

/** The statistics page draws a review history written before the app starts. */
@ExtendWith(ApplicationExtension.class)
class CardStatsUiTest {
    @TempDir
    Path dataDir;
    @TempDir
    Path packDir;

    private Shell shell;

    @Start
    void start(Stage stage) {
        Instant now = Instant.now();
        Scheduler s = new Scheduler(Settings.defaults().withFuzz(false));
        try (ProgressStore store = ProgressStore.open(dataDir).store()) {
            String p = CardsTestPack.ID;
            Instant d25 = now.minus(Duration.ofDays(25));
            Instant d15 = now.minus(Duration.ofDays(15));
            Instant d3 = now.minus(Duration.ofDays(3));
            for (String card : List.of("c-basic", "c-cloze", "c-choice")) {
                store.review(p, card, Rating.EASY, d25, s, 0);          // new: not counted in retention
            }
            store.review(p, "c-basic", Rating.GOOD, d15, s, 0);       // review, remembered
            store.review(p, "c-cloze", Rating.GOOD, d15, s, 0);       // review, remembered
            store.review(p, "c-choice", Rating.AGAIN, d15, s, 0);     // review, forgotten: relearning
            store.review(p, "c-basic", Rating.HARD, d3, s, 0);        // review, remembered
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        shell = ShellFixture.open(stage, dataDir, CardsTestPack.write(packDir));
    }

    @Test
    void theStatisticsShowTheHistory(FxRobot robot) {
        ShellFixture.awaitPack(shell);
        robot.push(KeyCode.CONTROL, KeyCode.DIGIT3);
        robot.clickOn("Statistics");
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals("100%", robot.lookup("#weekValue").queryAs(Label.class).getText());
        assertEquals("1 of 1 reviews remembered", robot.lookup("#weekDetail").queryAs(Label.class).getText());
        assertEquals("75%", robot.lookup("#monthValue").queryAs(Label.class).getText());
        assertEquals("3 of 4 reviews remembered", robot.lookup("#monthDetail").queryAs(Label.class).getText());

        @SuppressWarnings("unchecked")
        StackedBarChart<String, Number> reviews = robot.lookup(".reviews-chart").queryAs(StackedBarChart.class);
        Map<String, Integer> perGrade = reviews.getData().stream().collect(Collectors.toMap(XYChart.Series::getName,
                series -> series.getData().stream().mapToInt(d -> d.getYValue().intValue()).sum()));
        assertEquals(Map.of("Again", 1, "Hard", 1, "Good", 2, "Easy", 3), perGrade);
        assertEquals(30, reviews.getData().get(0).getData().size(), "thirty days");

        PieChart states = robot.lookup(".states-chart").queryAs(PieChart.class);
        Map<String, Integer> slices = states.getData().stream().collect(Collectors.toMap(PieChart.Data::getName,
                d -> (int) d.getPieValue()));
        assertEquals(Map.of("New", 6, "Learning", 1, "Review", 2), slices);
        assertTrue(states.getData().stream().allMatch(d -> d.getNode().getStyleClass().stream()
                .anyMatch(c -> c.startsWith("state-"))), "each slice has its state's colour");

        @SuppressWarnings("unchecked")
        BarChart<String, Number> forecast = robot.lookup(".forecast-chart").queryAs(BarChart.class);
        List<XYChart.Data<String, Number>> days = forecast.getData().get(0).getData();
        assertEquals(30, days.size());
        assertEquals("Today", days.get(0).getXValue());
        assertTrue(days.get(0).getYValue().intValue() >= 1, "the forgotten card is due today");
    }
}
