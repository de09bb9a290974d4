package org.xistudy.ui.cards;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
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
import org.xistudy.study.fsrs.State;
import org.xistudy.ui.ShellFixture;
import org.xistudy.ui.shell.Shell;
import org.xistudy.ui.services.StudyService;

/** The API other views use: "add these cards to my study cards" makes them due now. */
@ExtendWith(ApplicationExtension.class)
class MakeDueNowUiTest {
    @TempDir
    Path dataDir;
    @TempDir
    Path packDir;

    private Shell shell;

    @Start
    void start(Stage stage) {
        shell = ShellFixture.open(stage, dataDir, CardsTestPack.write(packDir));
    }

    private static String current(FxRobot robot) {
        return robot.lookup(".study-session .study-card-view").queryAs(StudyCardView.class).presentationProperty()
                .get().card().id();
    }

    @Test
    void missedCardsComeFirst(FxRobot robot) {
        ShellFixture.awaitPack(shell);
        // Works before the Cards view was ever opened, as from the quiz.
        StudyService service = StudyService.of(shell.context());
        robot.interact(() -> assertTrue(service.makeDueNow(List.of("c-match", "no-such-card"))));
        robot.push(KeyCode.CONTROL, KeyCode.DIGIT3);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("c-match", current(robot), "a new card asked for comes before the others");

        // Grade it Easy: it is in review, due in days. Asking again makes it due now.
        robot.push(KeyCode.SPACE).push(KeyCode.DIGIT4);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(State.REVIEW, service.item("c-match").card().state());
        assertEquals("0 to review", robot.lookup(".count-review").queryAs(Label.class).getText());
        robot.interact(() -> service.makeDueNow(List.of("c-match")));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("1 to review", robot.lookup(".count-review").queryAs(Label.class).getText());
        robot.push(KeyCode.SPACE).push(KeyCode.DIGIT3);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("c-match", current(robot), "reviews due come before new cards");
    }
}
