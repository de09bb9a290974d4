package org.xistudy.ui.cards;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.xistudy.study.progress.ProgressStore;
import org.xistudy.study.storage.InstanceLock;
import org.xistudy.ui.ShellFixture;
import org.xistudy.ui.shell.Shell;

/** What the user sees when the progress file is corrupt, from a newer version, or in use elsewhere. */
@ExtendWith(ApplicationExtension.class)
class StorageUiTest {
    private static final String GARBAGE = "{\"kind\": \"xi-policy-study/progress\", \"version\": 1, \"data\": {\"packs\": [";
    private static final String NEWER = "{\"kind\": \"xi-policy-study/progress\", \"version\": 99, \"data\": {}}";

    @TempDir
    Path dataDir;
    @TempDir
    Path packDir;

    private Stage stage;
    private Shell shell;
    private InstanceLock otherCopy;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    /** Opens the window once the test has prepared the data folder. */
    private void openShell(FxRobot robot) {
        robot.interact(() -> shell = ShellFixture.open(stage, dataDir, CardsTestPack.write(packDir)));
    }

    @AfterEach
    void release() throws IOException {
        if (otherCopy != null) {
            otherCopy.close();
        }
    }

    private void openCards(FxRobot robot) {
        openShell(robot);
        ShellFixture.awaitPack(shell);
        robot.push(KeyCode.CONTROL, KeyCode.DIGIT3);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static String dialogText(FxRobot robot) {
        return robot.lookup(".error-dialog .content").queryAs(Label.class).getText();
    }

    private static String counts(FxRobot robot) {
        return robot.lookup(".count-new").queryAs(Label.class).getText();
    }

    private static Label notice(FxRobot robot) {
        return robot.lookup(".access-notice").queryAs(Label.class);
    }

    @Test
    void aCorruptFileIsKeptAsideAndTheUserTold(FxRobot robot) throws IOException {
        Files.writeString(dataDir.resolve(ProgressStore.PROGRESS_FILE), GARBAGE);
        openCards(robot);
        String message = dialogText(robot);
        assertTrue(message.contains("could not be read"), message);
        List<Path> aside;
        try (Stream<Path> files = Files.list(dataDir)) {
            aside = files.filter(p -> p.getFileName().toString().startsWith("progress.corrupt-")).toList();
        }
        assertEquals(1, aside.size());
        assertEquals(GARBAGE, Files.readString(aside.get(0)), "kept byte for byte");
        assertTrue(message.contains(aside.get(0).toString()), "the dialog says where it is");
        assertFalse(notice(robot).isVisible(), "study goes on with fresh progress");
        robot.push(KeyCode.ESCAPE);
        robot.clickOn(".study-session .card-prompt");
        robot.push(KeyCode.SPACE).push(KeyCode.DIGIT3);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("7 new", counts(robot));
        assertTrue(Files.readString(dataDir.resolve(ProgressStore.PROGRESS_FILE)).contains("c-basic"));
        assertEquals(GARBAGE, Files.readString(aside.get(0)));
    }

    @Test
    void aNewerFileIsRefusedAndLeftUnchanged(FxRobot robot) throws IOException {
        Files.writeString(dataDir.resolve(ProgressStore.PROGRESS_FILE), NEWER);
        openCards(robot);
        assertTrue(dialogText(robot).contains("newer version"), dialogText(robot));
        assertTrue(notice(robot).isVisible());
        assertTrue(notice(robot).getText().startsWith("Read-only"), notice(robot).getText());
        robot.push(KeyCode.ESCAPE);
        robot.clickOn(".study-session .card-prompt");
        robot.push(KeyCode.SPACE).push(KeyCode.DIGIT3);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("8 new", counts(robot), "nothing was graded");
        assertArrayEquals(NEWER.getBytes(StandardCharsets.UTF_8),
                Files.readAllBytes(dataDir.resolve(ProgressStore.PROGRESS_FILE)));
    }

    @Test
    void anotherRunningCopyGetsAClearMessageAndNothingIsWritten(FxRobot robot) throws IOException {
        otherCopy = InstanceLock.acquire(dataDir);
        openCards(robot);
        assertTrue(dialogText(robot).contains("Another window of Xi Policy Study is open"), dialogText(robot));
        assertTrue(notice(robot).getText().contains("another window"), notice(robot).getText());
        robot.push(KeyCode.ESCAPE);
        robot.clickOn(".study-session .card-prompt");
        robot.push(KeyCode.SPACE).push(KeyCode.DIGIT3);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("8 new", counts(robot));
        assertFalse(Files.exists(dataDir.resolve(ProgressStore.PROGRESS_FILE)), "this copy wrote nothing");
    }
}
