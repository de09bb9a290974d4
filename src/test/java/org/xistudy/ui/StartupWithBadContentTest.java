package org.xistudy.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.DialogPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.xistudy.content.PackLoader;
import org.xistudy.testing.ExpectsUncaughtErrors;
import org.xistudy.ui.shell.Shell;

/** Started with {@code --content} naming a broken file, the app reports it and opens the bundled pack. */
@ExtendWith(ApplicationExtension.class)
class StartupWithBadContentTest {
    @TempDir
    static Path dir;

    private Shell shell;

    @Start
    void start(Stage stage) {
        Path bad = dir.resolve("broken.json");
        try {
            Files.write(bad, new byte[] {'{', '"', (byte) 0xC3, '"'});
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        shell = ShellFixture.open(stage, dir, bad);
    }

    @Test
    void reportsTheFileAndFallsBackToTheBundledPack(FxRobot robot) throws TimeoutException {
        ShellFixture.awaitPack(shell);
        assertEquals(PackLoader.loadDefault().pack().id(), shell.context().packs().getIndex().pack().id());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.listWindows().stream()
                .anyMatch(w -> w.getScene() != null && w.getScene().getRoot() instanceof DialogPane));
        DialogPane pane = robot.listWindows().stream().filter(w -> w.getScene().getRoot() instanceof DialogPane)
                .map(w -> (DialogPane) w.getScene().getRoot()).findFirst().orElseThrow();
        assertTrue(pane.getHeaderText().contains("broken.json"), pane.getHeaderText());
        robot.interact(() -> pane.getScene().getWindow().hide());
    }

    @Test
    @ExpectsUncaughtErrors
    void anUncaughtErrorIsShownNotFatal(FxRobot robot) throws TimeoutException {
        ShellFixture.awaitPack(shell);
        robot.interact(() -> Thread.getDefaultUncaughtExceptionHandler()
                .uncaughtException(Thread.currentThread(), new IllegalStateException("boom")));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.listWindows().stream()
                .anyMatch(w -> w.getScene() != null && w.getScene().getRoot() instanceof DialogPane p
                        && p.getStyleClass().contains("unexpected-dialog")));
        assertTrue(robot.listWindows().get(0).isShowing(), "the main window is still up");
    }
}
