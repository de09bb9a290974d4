package org.xistudy.ui.cards;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.matcher.control.LabeledMatchers;
import org.testfx.util.WaitForAsyncUtils;
import org.xistudy.study.fsrs.Rating;
import org.xistudy.study.fsrs.State;
import org.xistudy.ui.FakeDialogs;
import org.xistudy.ui.ShellFixture;
import org.xistudy.ui.shell.Shell;
import org.xistudy.ui.services.StudyService;

/** "Reset" in the card browser asks first, through the dialog service, and only a yes resets. */
@ExtendWith(ApplicationExtension.class)
class ResetConfirmUiTest {
    @TempDir
    Path dataDir;
    @TempDir
    Path packDir;

    private final FakeDialogs dialogs = new FakeDialogs();
    private Shell shell;

    @Start
    void start(Stage stage) {
        shell = ShellFixture.open(stage, dataDir, CardsTestPack.write(packDir), dialogs);
    }

    @Test
    void resetAsksAndOnlyAYesResets(FxRobot robot) {
        StudyService service = StudyService.of(shell.context());
        robot.interact(() -> service.review("c-truefalse", Rating.GOOD));
        assertTrue(service.item("c-truefalse").card().state() != State.NEW, "reviewed");

        robot.push(KeyCode.CONTROL, KeyCode.DIGIT3);
        robot.clickOn("Browse");
        robot.clickOn(robot.lookup(".card-table .table-cell").match(LabeledMatchers.hasText("Xi chairs the CNSC."))
                .queryAs(Node.class));

        dialogs.answerNo();
        robot.clickOn("#resetButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, dialogs.shown("confirm").size(), "it asked");
        assertTrue(service.item("c-truefalse").card().state() != State.NEW, "a no keeps the progress");

        dialogs.answerYes();
        robot.clickOn("#resetButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(2, dialogs.shown("confirm").size());
        assertEquals(State.NEW, service.item("c-truefalse").card().state(), "a yes starts the card over");
    }
}
