package org.xistudy.ui.present;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.scene.Node;
import javafx.scene.Parent;
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
import org.xistudy.content.PackIndex;
import org.xistudy.content.PackLoader;
import org.xistudy.study.quiz.ClassroomGame.Phase;
import org.xistudy.study.quiz.MutableClock;
import org.xistudy.study.quiz.Question;
import org.xistudy.study.quiz.QuestionFormat;
import org.xistudy.study.quiz.QuizGenerator;
import org.xistudy.study.quiz.QuizSettings;
import org.xistudy.ui.AppContext;

/** A teacher runs a class quiz with two teams from the keyboard, to the podium and the CSV. */
@ExtendWith(ApplicationExtension.class)
class ClassroomUiTest {
    @TempDir
    Path dir;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T09:00:00Z"));
    private PresentController board;
    private List<Question> questions;

    @Start
    void start(Stage stage) {
        AppContext context = new AppContext(Locale.ENGLISH, dir);
        PackIndex pack = PackLoader.loadDefault().index().orElseThrow();
        questions = new QuizGenerator(pack).generate(QuizSettings.defaults().withCount(3)
                .withFormats(EnumSet.of(QuestionFormat.CHOICE, QuestionFormat.ORDER, QuestionFormat.WHEN)), 11)
                .questions();
        stage.setWidth(1280);
        stage.setHeight(720);
        board = Presenter.show(stage, context, questions, List.of("Red", "Blue"), Duration.ofSeconds(20), clock, false);
    }

    private static void key(FxRobot robot, KeyCode... codes) {
        for (KeyCode c : codes) {
            robot.type(c);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    private static List<String> tally(FxRobot robot) {
        return robot.lookup(".tally-points").queryAllAs(Label.class).stream().map(Label::getText).toList();
    }

    @Test
    void twoTeamsToThePodium(FxRobot robot) throws Exception {
        PresentViewModel model = board.model();
        assertEquals(3, questions.size());
        assertEquals("Question 1 / 3", text(robot, ".present-number"));
        assertEquals(Phase.QUESTION, model.phaseProperty().get());
        assertFalse(robot.lookup(".present-reveal").query().isVisible());

        // the countdown, paused and resumed on the teacher's clock
        key(robot, KeyCode.PAGE_DOWN);
        assertEquals(Phase.COUNTDOWN, model.phaseProperty().get());
        assertEquals("0:20", text(robot, ".present-countdown"));
        clock.advance(Duration.ofSeconds(5));
        robot.interact(model::tick);
        assertEquals("0:15", text(robot, ".present-countdown"));
        key(robot, KeyCode.P);
        assertTrue(robot.lookup(".present-paused").query().isVisible());
        clock.advance(Duration.ofMinutes(2));
        robot.interact(model::tick);
        assertEquals("0:15", text(robot, ".present-countdown"), "a paused countdown keeps its time");
        key(robot, KeyCode.P);
        clock.advance(Duration.ofSeconds(15));
        robot.interact(model::tick);
        assertEquals("Time!", text(robot, ".present-countdown"));

        // the answer, and points by key; Shift takes one back
        key(robot, KeyCode.RIGHT);
        assertEquals(Phase.REVEAL, model.phaseProperty().get());
        assertTrue(robot.lookup(".present-reveal").query().isVisible());
        key(robot, KeyCode.DIGIT1, KeyCode.DIGIT1, KeyCode.DIGIT2);
        assertEquals(List.of("2", "1"), tally(robot));
        robot.press(KeyCode.SHIFT).type(KeyCode.DIGIT1).release(KeyCode.SHIFT);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("1", "1"), tally(robot));
        key(robot, KeyCode.DIGIT3); // no third team: nothing happens
        assertEquals(List.of("1", "1"), tally(robot));

        // back and forth with the clicker's keys
        key(robot, KeyCode.PAGE_UP);
        assertEquals(Phase.QUESTION, model.phaseProperty().get());
        key(robot, KeyCode.SPACE, KeyCode.SPACE);
        assertEquals(Phase.REVEAL, model.phaseProperty().get());

        // question 2: Blue scores twice
        key(robot, KeyCode.RIGHT);
        assertEquals("Question 2 / 3", text(robot, ".present-number"));
        key(robot, KeyCode.RIGHT, KeyCode.RIGHT, KeyCode.DIGIT2, KeyCode.DIGIT2);
        assertEquals(List.of("1", "3"), tally(robot));
        // question 3: Red scores once
        key(robot, KeyCode.RIGHT, KeyCode.RIGHT, KeyCode.RIGHT, KeyCode.DIGIT1);
        assertEquals(List.of("2", "3"), tally(robot));

        key(robot, KeyCode.RIGHT);
        assertEquals(Phase.PODIUM, model.phaseProperty().get());
        assertTrue(robot.lookup(".present-podium-page").query().isVisible());
        assertEquals("Winner: Blue", text(robot, ".present-podium-title"));
        List<String> names = robot.lookup(".podium-name").queryAllAs(Label.class).stream().map(Label::getText).toList();
        assertEquals(List.of("Red", "Blue"), names, "second place on the left, the winner in the middle");

        Path csv = dir.resolve("results.csv");
        robot.interact(() -> assertTrue(board.exportTo(csv)));
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        assertEquals(6, lines.size());
        assertEquals("\uFEFF#,Question,Answer,Red,Blue", lines.get(0));
        assertTrue(lines.get(1).startsWith("1,") && lines.get(1).endsWith(",1,1"), lines.get(1));
        assertTrue(lines.get(2).startsWith("2,") && lines.get(2).endsWith(",0,2"), lines.get(2));
        assertTrue(lines.get(3).startsWith("3,") && lines.get(3).endsWith(",1,0"), lines.get(3));
        assertEquals("Total,,,2,3", lines.get(4));
        assertEquals("Rank,,,2,1", lines.get(5));
        assertTrue(text(robot, ".present-export-note").contains("results.csv"));
    }

    @Test
    void escapeTwiceLeaves(FxRobot robot) {
        Stage stage = (Stage) robot.lookup(".present-root").query().getScene().getWindow();
        key(robot, KeyCode.ESCAPE);
        assertTrue(stage.isShowing(), "one Esc only warns");
        assertTrue(robot.lookup(".present-escape").query().isVisible());
        key(robot, KeyCode.RIGHT);
        assertFalse(robot.lookup(".present-escape").query().isVisible(), "another key clears the warning");
        key(robot, KeyCode.ESCAPE, KeyCode.ESCAPE);
        assertFalse(stage.isShowing());
    }

    @Test
    void escapeClosesTheKeysAndKeepsTheQuestion(FxRobot robot) {
        List<Throwable> errors = new CopyOnWriteArrayList<>();
        Thread.UncaughtExceptionHandler before = Thread.getDefaultUncaughtExceptionHandler();
        Thread.setDefaultUncaughtExceptionHandler((t, e) -> errors.add(e));
        try {
            Node question = robot.lookup(".present-question").query();
            Parent holder = question.getParent();
            key(robot, KeyCode.H);
            assertTrue(robot.lookup(".present-help").query().isVisible());
            key(robot, KeyCode.ESCAPE);
            assertEquals(List.of(), errors, "Esc on the keys throws nothing");
            assertFalse(robot.lookup(".present-help").query().isVisible(), "Esc closes the keys");
            assertTrue(question.isVisible(), "the question stays");
            assertEquals(holder, question.getParent(), "and stays where it was");
            assertTrue(question.getScene() != null && holder.getScene() != null);
            assertFalse(robot.lookup(".present-escape").query().isVisible(), "closing the keys is no first Esc");
            key(robot, KeyCode.RIGHT);
            assertEquals(Phase.COUNTDOWN, board.model().phaseProperty().get(), "the board goes on");
        } finally {
            Thread.setDefaultUncaughtExceptionHandler(before);
        }
    }

    @Test
    void theBoardScalesToTheWindow(FxRobot robot) {
        var boardNode = robot.lookup(".present-board").query();
        var bounds = boardNode.localToScene(boardNode.getBoundsInLocal());
        assertEquals(1280, bounds.getWidth(), 1.0, "a 1920x1080 board fills a 1280x720 window");
        assertEquals(720, bounds.getHeight(), 1.0);
    }
}
