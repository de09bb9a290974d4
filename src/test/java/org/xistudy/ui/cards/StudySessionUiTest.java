package org.xistudy.ui.cards;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.xistudy.study.fsrs.Rating;
import org.xistudy.study.fsrs.State;
import org.xistudy.study.progress.ProgressStore;
import org.xistudy.study.progress.ReviewEntry;
import org.xistudy.study.quiz.Question;
import org.xistudy.study.storage.AtomicFiles;
import org.xistudy.ui.ShellFixture;
import org.xistudy.ui.ViewId;
import org.xistudy.ui.answer.AnswerInput;
import org.xistudy.ui.answer.OrderList;
import org.xistudy.ui.shell.Shell;

/** A whole study session by keyboard alone, through every card type of the test pack. */
@ExtendWith(ApplicationExtension.class)
class StudySessionUiTest {
    @TempDir
    Path dataDir;
    @TempDir
    Path packDir;

    private Shell shell;

    @Start
    void start(Stage stage) {
        shell = ShellFixture.open(stage, dataDir, CardsTestPack.write(packDir));
    }

    private static void key(FxRobot robot, KeyCode... codes) {
        robot.push(codes);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static StudyCardView card(FxRobot robot) {
        return robot.lookup(".study-session .study-card-view").queryAs(StudyCardView.class);
    }

    private static CardPresentation current(FxRobot robot) {
        return card(robot).presentationProperty().get();
    }

    private static String text(FxRobot robot, String selector) {
        return robot.lookup(selector).queryAs(Label.class).getText();
    }

    private static String counts(FxRobot robot) {
        return text(robot, ".count-new") + " / " + text(robot, ".count-learning") + " / " + text(robot, ".count-review");
    }

    private static String interval(FxRobot robot, String gradeClass) {
        Button b = robot.lookup(gradeClass).queryAs(Button.class);
        return ((Label) b.getGraphic().lookup(".grade-interval")).getText();
    }

    private List<ReviewEntry> logOnDisk() throws IOException {
        // A reader while the app holds the folder: it reads the file, never writes it.
        try (ProgressStore s = ProgressStore.open(dataDir).store()) {
            return List.copyOf(s.pack(CardsTestPack.ID).log());
        }
    }

    @Test
    void studyEveryCardTypeByKeyboardAlone(FxRobot robot) throws IOException {
        ShellFixture.awaitPack(shell);
        key(robot, KeyCode.CONTROL, KeyCode.DIGIT3);
        assertEquals(ViewId.CARDS, shell.context().navigator().getCurrent());
        // Nine study items (the reversed card gives two), but its second side waits for tomorrow.
        assertEquals("8 new / 0 learning / 0 to review", counts(robot));

        // Basic: Space turns it over; the buttons show what each grade would do.
        assertEquals("c-basic", current(robot).card().id());
        assertFalse(card(robot).flippedProperty().get());
        assertTrue(robot.lookup(".study-session .card-answer").tryQuery().isEmpty(), "the answer is hidden");
        key(robot, KeyCode.SPACE);
        assertTrue(card(robot).flippedProperty().get());
        assertEquals("Basic back", text(robot, ".study-session .card-answer"));
        assertEquals("1m", interval(robot, ".grade-again"));
        assertEquals("6m", interval(robot, ".grade-hard"));
        assertEquals("10m", interval(robot, ".grade-good"));
        assertTrue(interval(robot, ".grade-easy").endsWith("d"), interval(robot, ".grade-easy"));
        assertNotNull(robot.lookup(".study-session .evidence-item").tryQuery().orElse(null), "links to its event");
        key(robot, KeyCode.DIGIT3);
        assertEquals("7 new / 1 learning / 0 to review", counts(robot));
        List<ReviewEntry> log = logOnDisk();
        assertEquals(1, log.size(), "the review is on disk as soon as it is shown as done");
        assertEquals("c-basic", log.get(0).item());
        assertEquals(3, log.get(0).rating());
        assertEquals(State.NEW, log.get(0).before());

        // Cloze: the hidden span shows after the flip.
        assertEquals("c-cloze", current(robot).card().id());
        assertEquals("[\u2026]", robot.lookup(".cloze-blank").queryAs(Text.class).getText());
        key(robot, KeyCode.SPACE);
        assertEquals("2013", robot.lookup(".cloze-answer").queryAs(Text.class).getText());
        key(robot, KeyCode.DIGIT4);
        assertEquals("6 new / 1 learning / 0 to review", counts(robot), "Easy graduates a new card at once");

        // Choice: pressing the right option's letter answers and turns the card over.
        CardPresentation choice = current(robot);
        assertEquals("c-choice", choice.card().id());
        int right = ((Question.Choice) choice.answer().body().orElseThrow()).correct();
        KeyCode letter = KeyCode.getKeyCode(String.valueOf((char) ('A' + right)));
        key(robot, letter);
        assertTrue(card(robot).flippedProperty().get());
        assertEquals(Boolean.TRUE, choice.isCorrect());
        key(robot, KeyCode.ENTER); // accepts the suggested grade, Good
        assertEquals("5 new / 2 learning / 0 to review", counts(robot));

        // True/false: F is wrong, so Enter suggests Again.
        CardPresentation tf = current(robot);
        assertEquals("c-truefalse", tf.card().id());
        key(robot, KeyCode.F);
        assertEquals(Boolean.FALSE, tf.isCorrect());
        assertEquals(Rating.AGAIN, tf.suggestedRating());
        key(robot, KeyCode.ENTER);
        assertEquals(1, logOnDisk().stream().filter(e -> e.item().equals("c-truefalse") && e.rating() == 1).count());

        // Type-in: the field has the keyboard; the answer is compared leniently and shown side by side.
        assertEquals("c-typein", current(robot).card().id());
        robot.write("central national security commission!");
        key(robot, KeyCode.ENTER);
        assertTrue(card(robot).flippedProperty().get());
        assertEquals(Boolean.TRUE, current(robot).isCorrect());
        List<String> compare = robot.lookup(".study-session .compare-value").queryAllAs(Label.class).stream()
                .map(Label::getText).toList();
        assertEquals(List.of("central national security commission!", "Central National Security Commission"), compare);
        key(robot, KeyCode.DIGIT3);

        // Order: the same list as the quiz's; Home and Down choose an item, a digit puts it in place, Space checks.
        CardPresentation order = current(robot);
        assertEquals("c-order", order.card().id());
        Question.Order body = (Question.Order) order.answer().body().orElseThrow();
        OrderList list = ((AnswerInput.OrderInput) card(robot).face().inputProperty().get()).list();
        assertTrue(list.isFocused(), "the list has the keyboard");
        for (int place = 0; place < body.items().size(); place++) {
            int at = list.getArrangement().indexOf(body.correctOrder().get(place));
            key(robot, KeyCode.HOME);
            for (int i = 0; i < at; i++) {
                key(robot, KeyCode.DOWN);
            }
            key(robot, KeyCode.getKeyCode(Integer.toString(place + 1)));
        }
        assertFalse(card(robot).flippedProperty().get(), "arranging does not turn the card");
        key(robot, KeyCode.SPACE);
        assertTrue(card(robot).flippedProperty().get());
        assertEquals(Boolean.TRUE, order.isCorrect());
        key(robot, KeyCode.DIGIT2);

        // Match: answered in Cards too, with the quiz's grid; a letter pairs the current row.
        CardPresentation match = current(robot);
        assertEquals("c-match", match.card().id());
        Question.Match pairs = (Question.Match) match.answer().body().orElseThrow();
        assertTrue(((AnswerInput.MatchInput) card(robot).face().inputProperty().get()).grid().isFocused());
        for (int row = 0; row < pairs.lefts().size(); row++) {
            key(robot, KeyCode.getKeyCode(String.valueOf((char) ('A' + pairs.rightOfLeft().get(row)))));
        }
        key(robot, KeyCode.SPACE);
        assertEquals(Boolean.TRUE, match.isCorrect(), "a match card is graded, not only self-graded");
        assertEquals(2, robot.lookup(".study-session .match-answer").queryAll().size());
        assertEquals(Rating.GOOD, match.suggestedRating());
        key(robot, KeyCode.DIGIT3);

        // Reversed, front to back.
        assertEquals("c-reversed", current(robot).card().id());
        assertFalse(current(robot).reverse());
        key(robot, KeyCode.SPACE, KeyCode.DIGIT3);
        WaitForAsyncUtils.waitForFxEvents();

        // No new cards are left; the learning cards come back (early, as nothing else is left).
        assertTrue(counts(robot).startsWith("0 new /"), counts(robot));
        assertNotNull(current(robot), "learning cards come back within the session");
        assertEquals(8, logOnDisk().size());

        // Ctrl+Z takes the last grade back and shows that card again.
        key(robot, KeyCode.CONTROL, KeyCode.Z);
        assertEquals("c-reversed", current(robot).card().id());
        assertEquals("1 new / ", counts(robot).substring(0, 8));
        assertEquals(7, logOnDisk().size());
    }

    @Test
    void aReviewThatCannotBeSavedIsNotCounted(FxRobot robot) throws IOException {
        ShellFixture.awaitPack(shell);
        key(robot, KeyCode.CONTROL, KeyCode.DIGIT3);
        key(robot, KeyCode.SPACE);
        // A folder where the temporary file goes makes the save fail.
        Files.createDirectories(AtomicFiles
                .tempFor(dataDir.resolve(ProgressStore.PROGRESS_FILE)).resolve("x"));
        key(robot, KeyCode.DIGIT3);
        assertEquals("c-basic", current(robot).card().id(), "the card stays on screen");
        assertTrue(card(robot).flippedProperty().get());
        assertEquals("8 new / 0 learning / 0 to review", counts(robot));
        Node dialog = robot.lookup(".error-dialog").tryQuery().orElse(null);
        assertNotNull(dialog, "the user is told");
        assertTrue(robot.lookup(".error-dialog .content").queryAs(Label.class).getText().contains("could not be saved"));
    }
}
