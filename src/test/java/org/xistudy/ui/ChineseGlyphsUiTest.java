package org.xistudy.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.xistudy.ui.common.CjkFonts;
import org.xistudy.ui.shell.Shell;

/**
 * Every piece of Chinese on screen is drawn in a font that has its glyphs, in both interfaces: the
 * Chinese one (menus, every view) and the English one (the chart's and the notes' Chinese names).
 * On Linux this fails without {@link CjkFonts}: JavaFX's fallback there has no CJK font.
 */
@ExtendWith(ApplicationExtension.class)
class ChineseGlyphsUiTest {
    @TempDir
    Path dataDir;

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @Test
    void theChineseInterfaceDrawsEveryCharacterInEveryView(FxRobot robot) {
        check(robot, Locale.SIMPLIFIED_CHINESE, 200);
    }

    @Test
    void theEnglishInterfaceDrawsTheChineseNames(FxRobot robot) {
        check(robot, Locale.ENGLISH, 10);
    }

    private void check(FxRobot robot, Locale language, int atLeast) {
        boolean anyCjkFont = onFx(() -> CjkFonts.draws(Font.getDefault(), CjkFonts.PROBE))
                || CjkFonts.families(language).isPresent();
        org.junit.jupiter.api.Assumptions.assumeTrue(anyCjkFont, "no Chinese font is installed here");
        Shell shell = onFx(() -> Shell.open(stage, new AppContext(language, dataDir), null));
        ShellFixture.awaitPack(shell);
        robot.interact(() -> {
            stage.setWidth(1600);
            stage.setHeight(900);
        });
        Set<String> boxes = new LinkedHashSet<>();
        int checked = 0;
        for (ViewId view : ViewId.values()) {
            robot.interact(() -> shell.context().navigator().show(view));
            WaitForAsyncUtils.waitForFxEvents();
            List<Text> texts = new ArrayList<>();
            robot.interact(() -> collect(shell.scene().getRoot(), texts));
            for (Text t : texts) {
                String chinese = t.getText().codePoints().filter(ChineseGlyphsUiTest::isHan)
                        .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
                if (chinese.isEmpty()) {
                    continue;
                }
                checked++;
                Font font = t.getFont();
                if (!onFx(() -> CjkFonts.draws(font, chinese))) {
                    boxes.add(view + ": \"" + t.getText() + "\" in " + font.getFamily());
                }
            }
        }
        assertTrue(checked >= atLeast, "Chinese texts on screen: " + checked);
        assertEquals(Set.of(), boxes, "drawn as boxes");
    }

    private static <T> T onFx(Callable<T> work) {
        return WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(work));
    }

    private static void collect(Node node, List<Text> out) {
        if (!node.isVisible()) {
            return;
        }
        if (node instanceof Text t && t.getText() != null) {
            out.add(t);
        }
        if (node instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                collect(child, out);
            }
        }
    }

    private static boolean isHan(int cp) {
        return Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN;
    }
}
