package org.xistudy.ui.cards;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
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
import org.xistudy.ui.FakeDialogs;
import org.xistudy.ui.ShellFixture;
import org.xistudy.ui.ViewId;
import org.xistudy.ui.services.StudyService;
import org.xistudy.ui.shell.Shell;

/** Bury (-), suspend (@) and flags (Alt+1 to 4) from the study screen, and undo back through them and the grades. */
@ExtendWith(ApplicationExtension.class)
class StudyKeysUiTest {
    @TempDir
    Path dataDir;
    @TempDir
    Path packDir;

    private Shell shell;

    @Start
    void start(Stage stage) {
        shell = ShellFixture.open(stage, dataDir, CardsTestPack.write(packDir), new FakeDialogs());
    }

    private static void key(FxRobot robot, KeyCode... codes) {
        robot.push(codes);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static String current(FxRobot robot) {
        CardPresentation p = robot.lookup(".study-session .study-card-view").queryAs(StudyCardView.class)
                .presentationProperty().get();
        return p == null ? null : p.item().key();
    }

    @Test
    void buryingSuspendingFlaggingAndUndoingByKey(FxRobot robot) {
        key(robot, KeyCode.CONTROL, KeyCode.DIGIT3);
        StudyService service = StudyService.of(shell.context());
        assertEquals("c-basic", current(robot));

        key(robot, KeyCode.ALT, KeyCode.DIGIT2);
        assertEquals(ViewId.CARDS, shell.context().navigator().getCurrent(), "Alt+2 flags the card; it does not switch views");
        assertEquals(2, service.item("c-basic").flag());
        assertEquals("\u25A0 Orange flag", robot.lookup(".session-flag").queryAs(Label.class).getText());
        key(robot, KeyCode.ALT, KeyCode.DIGIT2);
        assertEquals(0, service.item("c-basic").flag(), "the same flag again takes it off");
        key(robot, KeyCode.ALT, KeyCode.DIGIT1);
        assertEquals(1, service.item("c-basic").flag());

        key(robot, KeyCode.MINUS);
        assertTrue(service.item("c-basic").isBuried(service.now()), "buried until tomorrow");
        assertEquals("c-cloze", current(robot));

        key(robot, KeyCode.SPACE, KeyCode.DIGIT3); // a grade between
        assertEquals("c-choice", current(robot));
        key(robot, KeyCode.AT);
        assertTrue(service.item("c-choice").suspended());
        assertEquals("c-truefalse", current(robot));

        // undo goes back step by step: the suspension, the grade, the burial, the flag
        key(robot, KeyCode.CONTROL, KeyCode.Z);
        assertFalse(service.item("c-choice").suspended());
        assertEquals("c-choice", current(robot));
        key(robot, KeyCode.CONTROL, KeyCode.Z);
        assertEquals("c-cloze", current(robot));
        assertTrue(service.item("c-cloze").card().isNew(), "the grade is taken back");
        key(robot, KeyCode.CONTROL, KeyCode.Z);
        assertFalse(service.item("c-basic").isBuried(service.now()));
        assertEquals("c-basic", current(robot));
        key(robot, KeyCode.CONTROL, KeyCode.Z);
        assertEquals(0, service.item("c-basic").flag());
    }
}
