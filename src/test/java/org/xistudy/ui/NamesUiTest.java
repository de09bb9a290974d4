package org.xistudy.ui;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.xistudy.study.names.NameStyle;
import org.xistudy.ui.shell.Shell;

/** View › Names reaches the views that name people and bodies outside the chart. */
@ExtendWith(ApplicationExtension.class)
class NamesUiTest {
    @TempDir
    static Path dataDir;

    private Shell shell;

    @Start
    void start(Stage stage) {
        shell = ShellFixture.open(stage, dataDir, null);
    }

    private static boolean han(String s) {
        return s != null && s.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }

    private List<String> citedTitles(FxRobot robot) {
        // the paragraph on Wang Yi, which cites the foreign ministers and the State Council
        robot.interact(() -> shell.context().navigator().open(Target.PassageTarget.quote(
                "Wang Yi, China’s current foreign minister directs the Central Foreign Affairs Commission")));
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup(".cited-list .item-title").queryAllAs(Labeled.class).stream()
                .filter(l -> l.isVisible() && l.getText() != null && !l.getText().isEmpty())
                .map(Labeled::getText).toList();
    }

    @Test
    void citedHereNamesPeopleAndBodiesInTheChosenStyle(FxRobot robot) {
        ShellFixture.awaitPack(shell);
        robot.interact(() -> shell.context().nameStyleProperty().set(NameStyle.ENGLISH));
        WaitForAsyncUtils.waitForFxEvents();
        List<String> english = citedTitles(robot);
        assertTrue(english.contains("Chen Yi"), "Chen Yi is cited here: " + english);
        assertFalse(english.stream().anyMatch(NamesUiTest::han), "English only: " + english);

        robot.interact(() -> shell.context().nameStyleProperty().set(NameStyle.CHINESE_PINYIN));
        WaitForAsyncUtils.waitForFxEvents();
        List<String> chinese = citedTitles(robot);
        assertTrue(chinese.contains("陈毅  Chén Yì"), "Chen Yi in characters with pinyin: " + chinese);
        assertTrue(chinese.contains("国务院  Guówùyuàn"), "and a body too: " + chinese);

        robot.interact(() -> shell.context().nameStyleProperty().set(NameStyle.ENGLISH_CHINESE));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(citedTitles(robot).contains("Chen Yi  陈毅"), "English with 中文");
    }
}
