package org.xistudy.ui.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.xistudy.study.quiz.Answer;
import org.xistudy.study.quiz.MissedCards;
import org.xistudy.study.quiz.MutableClock;
import org.xistudy.study.quiz.Question;
import org.xistudy.study.quiz.QuestionFormat;
import org.xistudy.study.quiz.QuizHistoryFile;
import org.xistudy.study.quiz.QuizSession;
import org.xistudy.study.quiz.QuizSettings;
import org.xistudy.ui.ShellFixture;
import org.xistudy.ui.ViewId;
import org.xistudy.ui.answer.OrderList;
import org.xistudy.ui.shell.Shell;

/** A student takes a quiz with the keyboard alone, reads the summary and sends the misses to study. */
@ExtendWith(ApplicationExtension.class)
class SelfQuizUiTest {
    @TempDir
    Path dataDir;
    @TempDir
    Path packDir;

    private Shell shell;
    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T09:00:00Z"));
    private final List<List<String>> madeDue = new ArrayList<>();

    @Start
    void start(Stage stage) throws IOException {
        shell = ShellFixture.open(stage, dataDir, QuizTestPack.write(packDir));
        shell.context().register(Clock.class, clock);
        shell.context().register(MissesToStudy.class, (pack, cards) -> {
            madeDue.add(List.of(pack, String.join(",", cards)));
            return cards.size();
        });
    }

    private QuizController openQuiz(FxRobot robot) {
        ShellFixture.awaitPack(shell);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(QuizTestPack.ID, shell.context().packs().getIndex().pack().id());
        robot.press(KeyCode.CONTROL).press(KeyCode.DIGIT4).release(KeyCode.DIGIT4).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(ViewId.QUIZ, shell.context().navigator().getCurrent());
        return shell.controller(ViewId.QUIZ, QuizController.class).orElseThrow();
    }

    private static void key(FxRobot robot, KeyCode... codes) {
        for (KeyCode c : codes) {
            robot.type(c);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static KeyCode digit(int oneBased) {
        return KeyCode.valueOf("DIGIT" + oneBased);
    }

    @Test
    void aWholeQuizByKeyboardThenTheSummaryAndTheMissesToStudy(FxRobot robot) throws IOException {
        QuizController quiz = openQuiz(robot);
        QuizViewModel model = quiz.model();
        // set-up by mouse: keep only ordering and multiple choice, three questions
        for (String off : List.of("True or false", "Which came first?", "Which year?")) {
            robot.clickOn(off);
        }
        robot.clickOn(".count-spinner .text-field").eraseText(3).write("3");
        key(robot, KeyCode.TAB);
        robot.press(KeyCode.CONTROL).type(KeyCode.ENTER).release(KeyCode.CONTROL); // starts from anywhere
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(QuizViewModel.Page.QUESTION, model.pageProperty().get());
        assertEquals(3, model.totalProperty().get());

        boolean sawOrder = false;
        List<String> expectedMisses = new ArrayList<>();
        while (model.stateProperty().get() == QuizSession.State.ANSWERING) {
            Question q = model.questionProperty().get();
            assertTrue(EnumSet.of(QuestionFormat.ORDER, QuestionFormat.CHOICE).contains(q.format()), q.format()::name);
            if (q.body() instanceof Question.Order order) {
                sawOrder = true;
                putInOrder(robot, order);
                key(robot, KeyCode.ENTER);
                assertTrue(model.outcomeProperty().get().verdict().correct(), "the order was put right by keyboard");
            } else {
                Question.Choice choice = (Question.Choice) q.body();
                int wrong = (choice.correct() + 1) % choice.options().size();
                key(robot, digit(wrong + 1)); // a digit picks, Enter checks
                key(robot, KeyCode.ENTER);
                assertEquals(new Answer.Choice(wrong), model.outcomeProperty().get().answer());
                assertTrue(robot.lookup(".verdict").queryAs(Label.class).getText().contains("Not quite"));
                expectedMisses.add(q.cardId());
            }
            assertTrue(robot.lookup(".feedback-card").query().isVisible());
            key(robot, KeyCode.ENTER); // Enter continues
        }
        assertTrue(sawOrder, "the quiz had an ordering question");
        assertEquals(QuizViewModel.Page.SUMMARY, model.pageProperty().get());
        int right = 3 - expectedMisses.size();
        assertEquals(right + " of 3 right", robot.lookup(".score-count").queryAs(Label.class).getText());
        assertEquals(expectedMisses.size(), robot.lookup(".miss-card").queryAll().size());

        // the attempt is in the history on disk
        assertEquals(1, QuizHistoryFile.open(dataDir, QuizTestPack.ID).attempts().size());

        // "add misses to my study cards"
        key(robot, KeyCode.S);
        List<String> cards = MissedCards.of(model.finishedProperty().get().misses());
        assertEquals(List.of(List.of(QuizTestPack.ID, String.join(",", cards))), madeDue);
        assertTrue(cards.containsAll(expectedMisses));
        String notice = robot.lookup(".summary-page .quiz-notice").queryAs(Label.class).getText();
        assertEquals(cards.size() == 1 ? "1 card is now due in Cards." : cards.size() + " cards are now due in Cards.",
                notice);

        // "retry misses" asks exactly the missed questions again
        if (!expectedMisses.isEmpty()) {
            key(robot, KeyCode.R);
            assertEquals(expectedMisses.size(), model.totalProperty().get());
            assertEquals("Retrying your misses", robot.lookup(".quiz-mode-label").queryAs(Label.class).getText());
        }
    }

    /** Arranges an ordering question with the arrow keys and digits only. */
    private static void putInOrder(FxRobot robot, Question.Order order) {
        OrderList list = robot.lookup(".order-list").queryAs(OrderList.class);
        assertNotNull(list);
        assertTrue(list.isFocused(), "the list has the focus when the question shows");
        for (int place = 0; place < order.items().size(); place++) {
            int item = order.correctOrder().get(place);
            int at = list.getArrangement().indexOf(item);
            while (list.selectedProperty().get() < at) {
                key(robot, KeyCode.DOWN);
            }
            while (list.selectedProperty().get() > at) {
                key(robot, KeyCode.UP);
            }
            if (at != place) {
                key(robot, digit(place + 1)); // the digit puts the chosen item in that place
            }
        }
        assertEquals(order.correctOrder(), List.copyOf(list.getArrangement()));
    }

    @Test
    void shiftAndArrowsMoveAnItem(FxRobot robot) {
        QuizController quiz = openQuiz(robot);
        robot.interact(() -> quiz.model().start(QuizSettings.defaults().withFormats(EnumSet.of(QuestionFormat.ORDER))
                .withCount(1)));
        WaitForAsyncUtils.waitForFxEvents();
        OrderList list = robot.lookup(".order-list").queryAs(OrderList.class);
        List<Integer> before = List.copyOf(list.getArrangement());
        robot.press(KeyCode.SHIFT).type(KeyCode.DOWN).release(KeyCode.SHIFT);
        WaitForAsyncUtils.waitForFxEvents();
        List<Integer> expected = new ArrayList<>(before);
        expected.add(1, expected.remove(0));
        assertEquals(expected, List.copyOf(list.getArrangement()));
        assertEquals(1, list.selectedProperty().get(), "the moved item stays chosen");
    }

    @Test
    void aQuestionTimerRunsOutOnTheInjectedClock(FxRobot robot) {
        QuizController quiz = openQuiz(robot);
        QuizViewModel model = quiz.model();
        robot.interact(() -> model.start(QuizSettings.defaults().withFormats(EnumSet.of(QuestionFormat.CHOICE))
                .withCount(2).withTiming(QuizSettings.Timing.PER_QUESTION, Duration.ofSeconds(20))));
        WaitForAsyncUtils.waitForFxEvents();
        Label timer = robot.lookup(".question-timer").queryAs(Label.class);
        assertTrue(timer.isVisible());
        assertTrue(timer.getText().endsWith("0:20"), timer.getText());
        clock.advance(Duration.ofSeconds(15));
        robot.interact(model::tick);
        assertTrue(timer.getText().endsWith("0:05"), timer.getText());
        assertTrue(timer.getPseudoClassStates().stream().anyMatch(p -> p.getPseudoClassName().equals("low")));
        clock.advance(Duration.ofSeconds(5));
        robot.interact(model::tick);
        assertEquals(QuizSession.State.FEEDBACK, model.stateProperty().get());
        assertEquals("Time ran out", robot.lookup(".verdict").queryAs(Label.class).getText());
        assertNotNull(robot.lookup(".verdict .stopwatch-icon").tryQuery().orElse(null), "a drawn stopwatch, not a glyph");
        key(robot, KeyCode.ENTER);
        assertTrue(timer.getText().endsWith("0:20"), "the next question has its full time");
    }

    @Test
    void theHistoryShowsScoresAndSections(FxRobot robot) throws IOException {
        QuizController quiz = openQuiz(robot);
        QuizViewModel model = quiz.model();
        for (int round = 0; round < 2; round++) {
            robot.interact(() -> model.start(QuizSettings.defaults().withCount(4)));
            while (model.stateProperty().get() == QuizSession.State.ANSWERING) {
                robot.interact(() -> model.submit(Answer.NONE));
                robot.interact(model::next);
            }
        }
        robot.interact(model::showHistory);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(2, model.attempts().size());
        var chart = robot.lookup(".scores-chart").queryAs(LineChart.class);
        assertEquals(2, ((XYChart.Series<?, ?>) chart.getData().get(0)).getData().size());
        var table = robot.lookup(".attempts-table").queryAs(TableView.class);
        assertEquals(2, table.getItems().size());
        assertTrue(Files.exists(QuizHistoryFile.file(dataDir, QuizTestPack.ID)));
    }

    @Test
    void theFeedbackOpensThePassageInTheReaderAndBackReturns(FxRobot robot) {
        QuizController quiz = openQuiz(robot);
        QuizViewModel model = quiz.model();
        robot.interact(() -> model.start(QuizSettings.defaults().withFormats(EnumSet.of(QuestionFormat.CHOICE))
                .withCount(1)));
        robot.interact(() -> model.submit(new Answer.Choice(0)));
        Question q = model.questionProperty().get();
        assertTrue(q.cite().isQuote());
        WaitForAsyncUtils.waitForFxEvents();
        // from the focused "Next question" button, Shift+Tab reaches the link; Enter follows it
        robot.press(KeyCode.SHIFT).type(KeyCode.TAB).release(KeyCode.SHIFT);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup(".evidence-link").query().isFocused());
        key(robot, KeyCode.ENTER);
        assertEquals(ViewId.SOURCE, shell.context().navigator().getCurrent());
        robot.press(KeyCode.ALT).type(KeyCode.LEFT).release(KeyCode.ALT);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(ViewId.QUIZ, shell.context().navigator().getCurrent());
        assertEquals(QuizSession.State.FEEDBACK, model.stateProperty().get(), "the quiz waits where it was");
    }
}
