package org.xistudy.ui;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Control;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.xistudy.ui.common.Theme;
import org.xistudy.ui.shell.Shell;
import org.xistudy.ui.shell.ViewViewport;

/**
 * Every view at every text size, in a 1280x720 and a 1600x900 window: no control lies outside the
 * window, and no label or button shows its text cut short with an ellipsis. What scrolls (a scroll
 * pane, a list, a table) or is drawn inside a clip (the timeline, the chart) may go past the
 * edges; that is what they are for. Up to 130 % in 1280x720 and 150 % in 1600x900 every view fits
 * the window; past that a view may scroll as a whole (the header, the navigation and the status
 * line stay), and then all of it must be reachable by scrolling.
 */
@ExtendWith(ApplicationExtension.class)
class LargeTextLayoutUiTest {
    @TempDir
    static Path dataDir;

    private Shell shell;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        shell = ShellFixture.open(stage, dataDir, null, new FakeDialogs());
    }

    @Test
    void everyViewLaysOutAtEveryTextSizeIn1280x720And1600x900(FxRobot robot) {
        ShellFixture.awaitPack(shell);
        List<String> problems = new ArrayList<>();
        for (int[] size : new int[][] {{1280, 720}, {1600, 900}}) {
            robot.interact(() -> {
                stage.setX(0);
                stage.setY(0);
                stage.setWidth(size[0]);
                stage.setHeight(size[1]);
            });
            for (int step = 0; step < Theme.SCALES.size(); step++) {
                int at = step;
                robot.interact(() -> shell.context().theme().scaleProperty().set(at));
                for (ViewId view : ViewId.values()) {
                    robot.interact(() -> shell.context().navigator().show(view));
                    WaitForAsyncUtils.waitForFxEvents();
                    String where = size[0] + "x" + size[1] + " " + Theme.SCALES.get(at) + "% " + view + ": ";
                    boolean mayScroll = Theme.SCALES.get(at) >= (size[1] < 900 ? 150 : 175);
                    robot.interact(() -> problems.addAll(check(shell.scene(), where, mayScroll)));
                }
            }
        }
        assertTrue(problems.isEmpty(), problems.size() + " problems:\n" + String.join("\n", problems));
    }

    @Test
    void theChartsKeyFoldsAwayWhenItWouldCrowdTheChartAndKeyBringsItBack(FxRobot robot) {
        ShellFixture.awaitPack(shell);
        robot.interact(() -> {
            stage.setWidth(1280);
            stage.setHeight(720);
            shell.context().theme().scaleProperty().set(0);
            shell.context().navigator().show(ViewId.INSTITUTIONS);
        });
        WaitForAsyncUtils.waitForFxEvents();
        Node key = robot.lookup(".chart-key").query();
        ToggleButton keyButton = robot.lookup("#keyButton").queryAs(
                ToggleButton.class);
        Node holder = robot.lookup(".chart-holder").query();
        assertTrue(key.isVisible(), "at 100 % the key is shown");

        robot.interact(() -> shell.context().theme().scaleProperty().set(Theme.SCALES.indexOf(130)));
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(key.isVisible(), "at 130 % in 1280x720 the key would crowd the chart");
        assertFalse(keyButton.isSelected());
        double chartAlone = holder.getLayoutBounds().getHeight();

        robot.clickOn(keyButton);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(key.isVisible(), "Key shows it at will");
        assertTrue(holder.getLayoutBounds().getHeight() < chartAlone, "and the chart gives it room");

        robot.interact(() -> {
            shell.context().theme().scaleProperty().set(0);
            stage.setWidth(1600);
            stage.setHeight(900);
        });
        robot.clickOn(keyButton);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(key.isVisible(), "Key hides it");
        robot.clickOn(keyButton);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(key.isVisible());
    }

    /**
     * What is wrong with the window as laid out now. Unless {@code mayScroll}, the view must fit the
     * window; when it may scroll as a whole, every control must lie inside what scrolls, so that all
     * of it can be reached.
     */
    static List<String> check(Scene scene, String where, boolean mayScroll) {
        List<String> out = new ArrayList<>();
        Bounds window = new BoundingBox(0, 0, scene.getWidth(), scene.getHeight());
        visit(scene.getRoot(), window, where, mayScroll, out);
        wrapping(scene.getRoot(), where, out);
        return out;
    }

    /**
     * Text that wraps, anywhere (in what scrolls too): it must wrap between words, never inside one
     * (a column narrower than a word breaks it: "Implicati/ons"), and never end in an ellipsis.
     */
    private static void wrapping(Node n, String where, List<String> out) {
        if (!n.isVisible() || n.getOpacity() == 0) {
            return;
        }
        if (n instanceof Labeled l && l.isWrapText() && l.getText() != null && !l.getText().isBlank()
                && l.getGraphic() == null && l.getWidth() > 0) {
            double room = l.getWidth() - l.snappedLeftInset() - l.snappedRightInset();
            Text measure = new Text();
            measure.setFont(l.getFont());
            for (String word : l.getText().split("\\s+")) {
                measure.setText(word);
                if (measure.getLayoutBounds().getWidth() > room + 0.5) {
                    out.add(where + describe(n) + " breaks the word \"" + word + "\" (" + rounded(measure) + " in "
                            + Math.round(room) + " px)");
                    break;
                }
            }
            for (Node child : l.getChildrenUnmodifiable()) {
                if (child instanceof Text t && !l.getText().equals(t.getText()) && t.getText() != null
                        && t.getText().endsWith(l.getEllipsisString())) {
                    out.add(where + describe(n) + " is cut short: \"" + t.getText() + "\"");
                }
            }
        }
        if (n instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                wrapping(child, where, out);
            }
        }
    }

    private static String rounded(Text t) {
        return Math.round(t.getLayoutBounds().getWidth()) + " px";
    }

    private static void visit(Node n, Bounds room, String where, boolean mayScroll, List<String> out) {
        if (!n.isVisible() || n.getOpacity() == 0) {
            return;
        }
        if (n instanceof Control && !n.getStyleClass().contains("tooltip")) {
            Bounds b = n.localToScene(n.getLayoutBounds());
            if (b.getWidth() > 0 && b.getHeight() > 0
                    && (b.getMinX() < room.getMinX() - 1 || b.getMinY() < room.getMinY() - 1
                            || b.getMaxX() > room.getMaxX() + 1 || b.getMaxY() > room.getMaxY() + 1)) {
                out.add(where + describe(n) + " lies outside the window: " + rounded(b));
            }
        }
        if (n instanceof Labeled l && !l.isWrapText() && l.getText() != null && !l.getText().isEmpty()) {
            for (Node child : l.getChildrenUnmodifiable()) {
                if (child instanceof Text t && t.getStyleClass().contains("text") && !l.getText().equals(t.getText())
                        && t.getText() != null && t.getText().endsWith(l.getEllipsisString())) {
                    out.add(where + describe(n) + " is cut short: \"" + t.getText() + "\"");
                }
            }
        }
        if (n instanceof ViewViewport v && v.scrolls()) {
            Node content = v.getChildrenUnmodifiable().get(0);
            if (!mayScroll) {
                out.add(where + String.format("the view does not fit: room %.0fx%.0f, the view needs %.0fx%.0f",
                        v.getWidth(), v.getHeight(), content.minWidth(-1), content.minHeight(v.getWidth())));
            }
            visit(content, content.localToScene(content.getLayoutBounds()), where, mayScroll, out);
            return;
        }
        if (n instanceof ScrollPane || (n.getClip() != null && !(n instanceof ViewViewport)) || n.getStyleClass().contains("virtual-flow")) {
            return; // what scrolls or is clipped may go past the edges
        }
        if (n instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                visit(child, room, where, mayScroll, out);
            }
        }
    }

    private static String describe(Node n) {
        String text = n instanceof Labeled l ? " \"" + l.getText() + "\"" : "";
        String id = n.getId() == null ? "" : "#" + n.getId();
        return n.getClass().getSimpleName() + id + n.getStyleClass() + text;
    }

    private static String rounded(Bounds b) {
        return String.format("[%.0f,%.0f %.0fx%.0f]", b.getMinX(), b.getMinY(), b.getWidth(), b.getHeight());
    }
}
