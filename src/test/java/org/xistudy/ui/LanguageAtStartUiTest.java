package org.xistudy.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.xistudy.study.settings.DisplaySettings;
import org.xistudy.study.settings.DisplaySettingsFile;
import org.xistudy.ui.shell.Shell;

/** The language chosen last time is used at the next start, whatever the machine's. */
@ExtendWith(ApplicationExtension.class)
class LanguageAtStartUiTest {
    @TempDir
    static Path dataDir;

    private Shell shell;

    @BeforeAll
    static void chineseWasChosenLastTime() {
        assertTrue(new DisplaySettingsFile(dataDir).save(new DisplaySettings(DisplaySettings.LIGHT, 0,
                DisplaySettings.CHINESE)));
    }

    @Start
    void start(Stage stage) {
        shell = ShellFixture.open(stage, dataDir, null); // the context is made in English
    }

    @Test
    void theSavedLanguageWins(FxRobot robot) {
        ShellFixture.awaitPack(shell);
        assertEquals(Locale.SIMPLIFIED_CHINESE, shell.context().language());
        assertTrue(robot.from(shell.scene().getRoot()).lookup((Node n) -> n instanceof Labeled l
                && "显示全部".equals(l.getText())).tryQuery().isPresent(), "the timeline speaks Chinese");
        assertEquals(DisplaySettings.CHINESE, new DisplaySettingsFile(dataDir).load().settings().language());
    }
}
