package org.xistudy.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.xistudy.study.settings.DisplaySettings;
import org.xistudy.study.settings.DisplaySettingsFile;
import org.xistudy.ui.cards.StudyCardView;
import org.xistudy.ui.shell.Shell;

/**
 * View › Language switches the whole window at once, without a restart: every view speaks the
 * new language, the view and the card being studied stay, and the choice is remembered.
 */
@ExtendWith(ApplicationExtension.class)
class LanguageSwitchUiTest {
    @TempDir
    Path dataDir;

    private Shell shell;

    /** One control's text in each view, in English and in Chinese. */
    private static final Map<ViewId, String[]> TEXTS = new LinkedHashMap<>();

    static {
        TEXTS.put(ViewId.TIMELINE, new String[] {"Fit all", "显示全部"});
        TEXTS.put(ViewId.INSTITUTIONS, new String[] {"Fit", "适合窗口"});
        TEXTS.put(ViewId.CARDS, new String[] {"Undo", "撤销"});
        TEXTS.put(ViewId.QUIZ, new String[] {"Start the quiz", "开始测验"});
        TEXTS.put(ViewId.SOURCE, new String[] {"Contents", "目录"});
    }

    @Start
    void start(Stage stage) {
        shell = ShellFixture.open(stage, dataDir, null);
    }

    private boolean shows(FxRobot robot, String text) {
        return robot.from(shell.scene().getRoot()).lookup((Node n) -> n instanceof Labeled l && text.equals(l.getText())
                && n.isVisible()).tryQuery().isPresent();
    }

    private void show(FxRobot robot, ViewId view) {
        robot.interact(() -> shell.context().navigator().show(view));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private String cardOnScreen(FxRobot robot) {
        StudyCardView v = robot.from(shell.scene().getRoot()).lookup(".study-session .study-card-view")
                .queryAs(StudyCardView.class);
        assertNotNull(v.presentationProperty().get(), "a card is up for study");
        return v.presentationProperty().get().item().key();
    }

    /** Fires View › Language › (a language) from the window's menu bar, as a click on it does. */
    private void choose(FxRobot robot, String menu, String submenu, String item) {
        MenuBar bar = robot.from(shell.scene().getRoot()).lookup(".menu-bar").queryAs(MenuBar.class);
        Menu view = bar.getMenus().stream().filter(m -> menu.equals(m.getText())).findFirst().orElseThrow();
        Menu language = view.getItems().stream().filter(m -> m instanceof Menu && submenu.equals(m.getText()))
                .map(Menu.class::cast).findFirst().orElseThrow();
        MenuItem choice = language.getItems().stream().filter(i -> item.equals(i.getText())).findFirst().orElseThrow();
        robot.interact(choice::fire);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void switchingLanguageKeepsTheViewTheCardAndTheYear(FxRobot robot) {
        ShellFixture.awaitPack(shell);
        AppContext context = shell.context();
        assertEquals(Locale.ENGLISH, context.language());
        for (Map.Entry<ViewId, String[]> e : TEXTS.entrySet()) {
            show(robot, e.getKey());
            assertTrue(shows(robot, e.getValue()[0]), e.getKey() + " shows " + e.getValue()[0]);
        }
        show(robot, ViewId.CARDS);
        String card = cardOnScreen(robot);
        robot.interact(() -> context.focusYearProperty().set(2018));

        choose(robot, "_View", "Language", "简体中文");
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(Locale.SIMPLIFIED_CHINESE, context.language());
        assertEquals(ViewId.CARDS, context.navigator().getCurrent(), "the view stays");
        assertEquals(card, cardOnScreen(robot), "the card being studied stays");
        assertTrue(shows(robot, "撤销"), "the cards view speaks Chinese at once");
        assertTrue(shows(robot, "卡片"), "the navigation rail speaks Chinese");
        assertFalse(shows(robot, "Undo"), "no English button is left behind");
        assertEquals(2018, context.focusYearProperty().get(), "the chart year stays");
        assertTrue(((Stage) shell.scene().getWindow()).getTitle().startsWith("习近平外交政策研读"));
        for (Map.Entry<ViewId, String[]> e : TEXTS.entrySet()) {
            show(robot, e.getKey());
            assertTrue(shows(robot, e.getValue()[1]), e.getKey() + " shows " + e.getValue()[1]);
            assertFalse(shows(robot, e.getValue()[0]), e.getKey() + " no longer shows " + e.getValue()[0]);
        }
        assertEquals(DisplaySettings.CHINESE, new DisplaySettingsFile(dataDir).load().settings().language(),
                "the choice is remembered");

        show(robot, ViewId.SOURCE);
        choose(robot, "视图(_V)", "语言", "English");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(ViewId.SOURCE, context.navigator().getCurrent());
        assertTrue(shows(robot, "Contents"));
        assertEquals(DisplaySettings.ENGLISH, new DisplaySettingsFile(dataDir).load().settings().language());
    }

    @Test
    void theMachineLanguageDecidesByDefault() {
        assertEquals(Locale.SIMPLIFIED_CHINESE, AppContext.supported(Locale.forLanguageTag("zh-CN")));
        assertEquals(Locale.SIMPLIFIED_CHINESE, AppContext.supported(Locale.forLanguageTag("zh")));
        assertEquals(Locale.SIMPLIFIED_CHINESE, AppContext.supported(Locale.forLanguageTag("zh-Hans-HK")));
        assertEquals(Locale.ENGLISH, AppContext.supported(Locale.forLanguageTag("zh-TW")));
        assertEquals(Locale.ENGLISH, AppContext.supported(Locale.GERMANY));
        assertEquals(Locale.ENGLISH, AppContext.supported(Locale.US));
    }
}
