package org.xistudy.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.xistudy.ui.common.Theme;
import org.xistudy.ui.common.UncachedScrollPaneSkin;
import org.xistudy.ui.shell.Shell;

@ExtendWith(ApplicationExtension.class)
class ShellNavigationTest {
    @TempDir
    static Path dataDir;

    private Shell shell;

    @Start
    void start(Stage stage) {
        shell = ShellFixture.open(stage, dataDir, null);
    }

    @Test
    void headerShowsThePackTitle(FxRobot robot) {
        ShellFixture.awaitPack(shell);
        Label title = robot.lookup(".pack-title").queryAs(Label.class);
        assertEquals(shell.context().packs().getIndex().pack().title(), title.getText());
    }

    @Test
    void everyViewIsReachableByKeyboard(FxRobot robot) {
        ShellFixture.awaitPack(shell);
        KeyCode[] digits = {KeyCode.DIGIT1, KeyCode.DIGIT2, KeyCode.DIGIT3, KeyCode.DIGIT4, KeyCode.DIGIT5, KeyCode.DIGIT6, KeyCode.DIGIT7};
        ViewId[] views = ViewId.values();
        for (int i = views.length - 1; i >= 0; i--) {
            robot.press(KeyCode.CONTROL).press(digits[i]).release(digits[i]).release(KeyCode.CONTROL);
            WaitForAsyncUtils.waitForFxEvents();
            assertEquals(views[i], shell.context().navigator().getCurrent());
            assertTrue(visibleView(robot).isVisible());
            assertSame(shell.viewRoot(views[i]).orElseThrow(), visibleView(robot));
            assertTrue(focusIsInside(visibleView(robot)), views[i] + ": the keyboard focus moves into the view, not "
                    + shell.scene().getFocusOwner());
        }
    }

    @Test
    void theFirstFrameIsStyledWithTheFirstViewsSheetsAndAnotherViewBringsInTheRest(FxRobot robot) {
        ShellFixture.awaitPack(shell);
        Theme theme = shell.context().theme();
        for (String sheet : UiPart.viewStylesheets()) {
            assertEquals(ViewId.TIMELINE.stylesheets().contains(sheet), theme.inUse(sheet), sheet);
        }
        assertTrue(shell.scene().getStylesheets().stream().anyMatch(s -> s.endsWith("/css/timeline.css")));
        assertTrue(shell.scene().getStylesheets().stream().noneMatch(s -> s.endsWith("/css/cards.css")));

        robot.clickOn("#navCards");
        WaitForAsyncUtils.waitForFxEvents();
        for (String sheet : UiPart.stylesheets()) {
            assertTrue(theme.inUse(sheet), sheet);
        }
        assertTrue(shell.scene().getStylesheets().stream().anyMatch(s -> s.endsWith("/css/cards.css")));
        assertTrue(shell.scene().getStylesheets().stream().anyMatch(s -> s.endsWith("/css/present.css")));
    }

    @Test
    void noScrollPaneKeepsAnImageOfItsViewport(FxRobot robot) {
        ShellFixture.awaitPack(shell);
        int panes = 0;
        for (ViewId view : ViewId.values()) {
            robot.interact(() -> shell.context().navigator().show(view));
            WaitForAsyncUtils.waitForFxEvents();
            for (ScrollPane pane : robot.from(shell.viewRoot(view).orElseThrow()).lookup(".scroll-pane")
                    .queryAllAs(ScrollPane.class)) {
                assertTrue(pane.getSkin() instanceof UncachedScrollPaneSkin, view + ": " + pane.getSkin());
                Node viewport = pane.lookup(".viewport");
                assertNotNull(viewport, view.toString());
                assertFalse(viewport.isCache(), view + ": the viewport of " + pane);
                panes++;
            }
        }
        assertTrue(panes >= 5, "scroll panes found: " + panes);
    }

    private boolean focusIsInside(Node view) {
        for (Node n = shell.scene().getFocusOwner(); n != null; n = n.getParent()) {
            if (n == view) {
                return true;
            }
        }
        return false;
    }

    @Test
    void everyViewIsReachableByMouse(FxRobot robot) {
        ShellFixture.awaitPack(shell);
        // The rail's buttons by id: view titles such as "Timeline" appear in the views too.
        String[] labels = {"#navSource", "#navQuiz", "#navCards", "#navInstitutions", "#navTimeline"};
        ViewId[] views = {ViewId.SOURCE, ViewId.QUIZ, ViewId.CARDS, ViewId.INSTITUTIONS, ViewId.TIMELINE};
        for (int i = 0; i < labels.length; i++) {
            robot.clickOn(labels[i]);
            WaitForAsyncUtils.waitForFxEvents();
            assertEquals(views[i], shell.context().navigator().getCurrent());
            assertSame(shell.viewRoot(views[i]).orElseThrow(), visibleView(robot));
        }
    }

    @Test
    void themeAndTextSizeFromTheViewMenu(FxRobot robot) {
        ShellFixture.awaitPack(shell);
        robot.clickOn("View").clickOn("Dark theme");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Theme.Palette.DARK, shell.context().theme().paletteProperty().get());
        assertTrue(shell.scene().getStylesheets().stream().anyMatch(s -> s.endsWith("palette-dark.css")));
        robot.clickOn("View").clickOn("Light theme");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Theme.Palette.LIGHT, shell.context().theme().paletteProperty().get());
        assertEquals(1, robot.listWindows().size(), "no error dialog appeared");
        robot.press(KeyCode.CONTROL).press(KeyCode.EQUALS).release(KeyCode.EQUALS).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(shell.scene().getRoot().getStyleClass().contains("text-scale-1"));
        robot.press(KeyCode.CONTROL).press(KeyCode.DIGIT0).release(KeyCode.DIGIT0).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(shell.scene().getRoot().getStyleClass().contains("text-scale-0"));
    }

    private static Node visibleView(FxRobot robot) {
        Node host = robot.lookup(".view-host").query();
        assertNotNull(host);
        return ((StackPane) host).getChildren().get(0);
    }
}
