package org.xistudy.ui.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.EnumSet;
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
import org.xistudy.study.quiz.Attempt;
import org.xistudy.study.quiz.QuestionFormat;
import org.xistudy.study.quiz.QuizSettings;
import org.xistudy.ui.FakeDialogs;
import org.xistudy.ui.ShellFixture;
import org.xistudy.ui.ViewId;
import org.xistudy.ui.shell.Shell;

/** "End quiz" asks first; an abandoned quiz keeps only what was answered, marked, or nothing. */
@ExtendWith(ApplicationExtension.class)
class EndQuizUiTest {
    @TempDir
    Path dataDir;
    @TempDir
    Path packDir;

    private final FakeDialogs dialogs = new FakeDialogs();
    private Shell shell;

    @Start
    void start(Stage stage) throws IOException {
        shell = ShellFixture.open(stage, dataDir, QuizTestPack.write(packDir), dialogs);
    }

    private QuizViewModel startQuiz(FxRobot robot) {
        robot.push(KeyCode.CONTROL, KeyCode.DIGIT4);
        WaitForAsyncUtils.waitForFxEvents();
        QuizViewModel model = shell.controller(ViewId.QUIZ, QuizController.class).orElseThrow().model();
        robot.interact(() -> assertTrue(model.start(QuizSettings.defaults().withCount(3)
                .withFormats(EnumSet.of(QuestionFormat.CHOICE)))));
        return model;
    }

    @Test
    void endingAsksAndKeepsTheAnsweredPart(FxRobot robot) {
        QuizViewModel model = startQuiz(robot);
        int before = model.attempts().size();
        robot.interact(() -> model.submit(new Answer.Choice(0)));
        robot.interact(model::next);

        dialogs.answerNo();
        robot.clickOn("#endButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, dialogs.shown("confirm").size(), "it asks first");
        assertEquals(QuizViewModel.Page.QUESTION, model.pageProperty().get(), "no: the quiz goes on");

        dialogs.answerYes();
        robot.clickOn("#endButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(QuizViewModel.Page.SUMMARY, model.pageProperty().get());
        assertEquals(before + 1, model.attempts().size());
        Attempt kept = model.attempts().get(model.attempts().size() - 1);
        assertTrue(kept.endedEarly(), "marked as ended early");
        assertEquals(1, kept.total(), "only the question answered counts, not the ones never reached");
    }

    @Test
    void aQuizEndedBeforeAnyAnswerIsNotKept(FxRobot robot) {
        QuizViewModel model = startQuiz(robot);
        int before = model.attempts().size();
        dialogs.answerYes();
        robot.interact(model::endQuiz);
        assertEquals(QuizViewModel.Page.SUMMARY, model.pageProperty().get());
        assertEquals(before, model.attempts().size(), "no 0 % in History for a quiz never answered");
    }
}
