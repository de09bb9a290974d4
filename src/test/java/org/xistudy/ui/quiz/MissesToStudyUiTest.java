package org.xistudy.ui.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
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
import org.xistudy.study.quiz.Answer;
import org.xistudy.study.quiz.MissedCards;
import org.xistudy.study.quiz.Question;
import org.xistudy.study.quiz.QuestionFormat;
import org.xistudy.study.quiz.QuizSession;
import org.xistudy.study.quiz.QuizSettings;
import org.xistudy.ui.ShellFixture;
import org.xistudy.ui.ViewId;
import org.xistudy.ui.services.StudyService;
import org.xistudy.ui.shell.Shell;

/** "Add misses to my study cards" with the real flashcard service: the cards become due now. */
@ExtendWith(ApplicationExtension.class)
class MissesToStudyUiTest {
    @TempDir
    Path dataDir;
    @TempDir
    Path packDir;

    private Shell shell;

    @Start
    void start(Stage stage) throws IOException {
        shell = ShellFixture.open(stage, dataDir, QuizTestPack.write(packDir));
    }

    @Test
    void missedCardsComeFirstInTheStudySession(FxRobot robot) {
        ShellFixture.awaitPack(shell);
        robot.press(KeyCode.CONTROL).press(KeyCode.DIGIT4).release(KeyCode.DIGIT4).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        QuizViewModel model = shell.controller(ViewId.QUIZ, QuizController.class).orElseThrow().model();
        robot.interact(() -> model.start(QuizSettings.defaults().withCount(2)
                .withFormats(EnumSet.of(QuestionFormat.CHOICE))));
        while (model.stateProperty().get() == QuizSession.State.ANSWERING) {
            Question.Choice c = (Question.Choice) model.questionProperty().get().body();
            robot.interact(() -> model.submit(new Answer.Choice((c.correct() + 1) % c.options().size())));
            robot.interact(model::next);
        }
        List<String> cards = MissedCards.of(model.finishedProperty().get().misses());
        assertEquals(List.of("card-cnsc", "card-olympics"), cards.stream().sorted().toList());
        StudyService study = StudyService.of(shell.context());
        cards.forEach(id -> assertFalse(study.item(id).requested(), id + " is not asked for before"));

        robot.type(KeyCode.S);
        WaitForAsyncUtils.waitForFxEvents();
        cards.forEach(id -> assertTrue(study.item(id).requested(), id + " now comes first"));
        assertEquals(List.of("card-olympics", "card-cnsc").stream().sorted().toList(),
                study.queue().order().stream().limit(2).map(e -> e.item().card().id()).sorted().toList(),
                "the missed cards lead the study queue");
        assertEquals("2 cards are now due in Cards.",
                robot.lookup(".summary-page .quiz-notice").queryAs(Label.class).getText());
    }
}
