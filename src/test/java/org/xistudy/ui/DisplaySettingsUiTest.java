package org.xistudy.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.xistudy.study.settings.DisplaySettings;
import org.xistudy.study.settings.DisplaySettingsFile;
import org.xistudy.ui.common.Theme;
import org.xistudy.ui.shell.Shell;

/** The palette and text size survive a restart. */
@ExtendWith(ApplicationExtension.class)
class DisplaySettingsUiTest {
    @TempDir
    static Path dataDir;

    private Shell shell;

    @BeforeAll
    static void aTeacherSetUpTheProjectorLastTime() {
        assertTrue(new DisplaySettingsFile(dataDir).save(new DisplaySettings(DisplaySettings.DARK, 3)));
    }

    @Start
    void start(Stage stage) {
        shell = ShellFixture.open(stage, dataDir, null);
    }

    @Test
    void theSavedLookIsAppliedAndChangesAreSaved(FxRobot robot) {
        ShellFixture.awaitPack(shell);
        assertEquals(Theme.Palette.DARK, shell.context().theme().paletteProperty().get());
        assertTrue(shell.scene().getRoot().getStyleClass().contains("text-scale-3"));
        robot.press(KeyCode.CONTROL).press(KeyCode.MINUS).release(KeyCode.MINUS).release(KeyCode.CONTROL);
        robot.clickOn("View").clickOn("Light theme");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(new DisplaySettings(DisplaySettings.LIGHT, 2), new DisplaySettingsFile(dataDir).load().settings());
        double lightSize = robot.lookup(".status-text").queryAs(Label.class).getFont().getSize();
        robot.clickOn("View").clickOn("Projector theme (high contrast, larger text)");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(new DisplaySettings(DisplaySettings.PROJECTOR, 2), new DisplaySettingsFile(dataDir).load().settings());
        assertTrue(shell.scene().getRoot().getStyleClass().containsAll(List.of("palette-projector", "text-scale-2")),
                shell.scene().getRoot().getStyleClass()::toString);
        assertTrue(shell.scene().getStylesheets().get(0).endsWith("palette-projector.css"));
        double projectorSize = robot.lookup(".status-text").queryAs(Label.class).getFont().getSize();
        assertEquals(1.2, projectorSize / lightSize, 0.02, "the projector's type is a fifth larger at the same step");
    }
}
