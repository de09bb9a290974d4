package org.xistudy.ui.institutions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.xistudy.content.model.RelationType;
import org.xistudy.study.chart.ChartTestPack;
import org.xistudy.study.chart.InstitutionGraph;
import org.xistudy.study.chart.Point;
import org.xistudy.ui.ShellFixture;
import org.xistudy.ui.Target;
import org.xistudy.ui.ViewId;
import org.xistudy.ui.shell.Shell;

/** The institution chart in the real window, with a pack built for the test. */
@ExtendWith(ApplicationExtension.class)
class InstitutionsViewTest {
    @TempDir
    Path dir;

    private Shell shell;
    private final InstitutionGraph graph = InstitutionGraph.of(ChartTestPack.foreignPolicy().pack());

    @Start
    void start(Stage stage) throws IOException {
        Path pack = ChartTestPack.foreignPolicy().write(Files.createTempDirectory("chart-pack"));
        shell = ShellFixture.open(stage, Files.createTempDirectory("chart-data"), pack);
    }

    private InstitutionChart openChart(FxRobot robot) {
        ShellFixture.awaitPack(shell);
        robot.interact(() -> shell.context().navigator().show(ViewId.INSTITUTIONS));
        InstitutionChart chart = robot.lookup(".institution-chart").queryAs(InstitutionChart.class);
        awaitSettled(chart);
        return chart;
    }

    /** Waits for the chart to lay out the year and finish any transition. */
    private static void awaitSettled(InstitutionChart chart) {
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !chart.animatingProperty().get()
                    && chart.layoutProperty().get().year() == chart.yearProperty().get()
                    && !chart.layoutProperty().get().nodes().isEmpty());
        } catch (TimeoutException e) {
            throw new AssertionError("the chart did not settle", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static Set<String> visibleNodes(InstitutionChart chart) {
        return chart.nodeViews().entrySet().stream().filter(e -> e.getValue().isVisible() && e.getValue().getOpacity() > 0.99)
                .map(Map.Entry::getKey).collect(Collectors.toSet());
    }

    private void setYear(FxRobot robot, InstitutionChart chart, int year) {
        Slider slider = robot.lookup(".year-slider").queryAs(Slider.class);
        robot.interact(() -> slider.setValue(year));
        awaitSettled(chart);
    }

    private void select(FxRobot robot, InstitutionChart chart, String id) {
        ChartNodeView v = chart.nodeViews().get(id);
        assertTrue(v.isVisible(), id + " is not on the chart");
        robot.interact(() -> chart.reveal(id));
        WaitForAsyncUtils.waitForFxEvents();
        click(robot, v);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(id, chart.selectedProperty().get());
    }

    /**
     * Clicks a node after moving there and letting the events settle: crossing the chart on the
     * way hovers boxes and lines, and their hover labels must not be in the way of the click.
     */
    private static void click(FxRobot robot, Node node) {
        robot.moveTo(node);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(node);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void aReplacedSkinLeavesNoKeyHandlerOnTheChart(FxRobot robot) {
        InstitutionChart chart = openChart(robot);
        setYear(robot, chart, 2018);
        select(robot, chart, "cfac");
        robot.interact(() -> chart.setSkin(new javafx.scene.control.SkinBase<>(chart) { }));
        for (javafx.scene.input.KeyCode key : java.util.List.of(javafx.scene.input.KeyCode.DOWN, javafx.scene.input.KeyCode.TAB)) {
            robot.interact(() -> javafx.event.Event.fireEvent(chart, new javafx.scene.input.KeyEvent(
                    javafx.scene.input.KeyEvent.KEY_PRESSED, "", "", key, false, false, false, false)));
        }
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("cfac", chart.selectedProperty().get(), "the old skin no longer moves the selection");
    }

    @Test
    void movingTheYearControlChangesTheVisibleNodesAsTheDataSays(FxRobot robot) {
        InstitutionChart chart = openChart(robot);
        for (int year : new int[] {2012, 2014, 2018, 2023, 2005}) {
            setYear(robot, chart, year);
            assertEquals(year, chart.yearProperty().get());
            assertEquals(graph.inYear(year).nodeIds(), visibleNodes(chart), "nodes shown in " + year);
            Set<String> edges = chart.layoutProperty().get().edges().keySet();
            assertEquals(graph.inYear(year).edgeIds(), edges, "edges in " + year);
        }
        setYear(robot, chart, 2012);
        assertTrue(visibleNodes(chart).contains("falsg"));
        assertFalse(visibleNodes(chart).contains("cnsc"));
        assertFalse(visibleNodes(chart).contains("cfac"));
        // The next-year button and the year label follow.
        click(robot, robot.lookup(".year-step").nth(1).queryAs(Button.class));
        awaitSettled(chart);
        assertEquals(2013, chart.yearProperty().get());
        assertEquals("2013", robot.lookup(".year-label").queryAs(Label.class).getText());
        assertTrue(visibleNodes(chart).contains("cnsc"));
        Label changes = robot.lookup(".change-text").queryAs(Label.class);
        assertTrue(changes.getText().contains("CNSC"), changes.getText());
    }

    @Test
    void yearChangesAnimateAndEndAtTheNewLayout(FxRobot robot) {
        InstitutionChart chart = openChart(robot);
        setYear(robot, chart, 2017);
        Slider slider = robot.lookup(".year-slider").queryAs(Slider.class);
        boolean[] animated = new boolean[1];
        robot.interact(() -> chart.animatingProperty().addListener((obs, o, n) -> animated[0] |= n));
        robot.interact(() -> slider.setValue(2018));
        awaitSettled(chart);
        assertTrue(animated[0], "a year change animates");
        var box = chart.layoutProperty().get().nodes().get("cfac");
        ChartNodeView v = chart.nodeViews().get("cfac");
        assertEquals(box.x(), v.getLayoutX(), 0.5);
        assertEquals(box.y(), v.getLayoutY(), 0.5);
    }

    @Test
    void selectingANodeShowsItsPanel(FxRobot robot) {
        InstitutionChart chart = openChart(robot);
        setYear(robot, chart, 2023);
        select(robot, chart, "cfac");
        DetailPane detail = robot.lookup(".chart-detail").queryAs(DetailPane.class);
        Set<String> texts = texts(detail);
        assertTrue(texts.contains("Central Foreign Affairs Commission"), texts.toString());
        assertTrue(texts.contains("中央外事工作委员会"));
        assertTrue(texts.contains("Xi Jinping"), "the chair is listed");
        assertTrue(texts.stream().anyMatch(t -> t.contains("CFAC was upgraded from FALSG")), "what came before");
        assertTrue(texts.contains("Wang Yi directs the commission's office"), "the reading note");
        assertTrue(texts.stream().anyMatch(t -> t.contains("becomes the Central Foreign Affairs Commission")),
                "a linked event");
        assertTrue(texts.contains("Who chairs the Central Foreign Affairs Commission?"), "a linked card");
        // The seed quote opens the reader.
        Button quote = robot.lookup(".detail-quote").queryAs(Button.class);
        click(robot, quote);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(ViewId.SOURCE, shell.context().navigator().getCurrent());
    }

    @Test
    void showOnTimelineOpensTheFirstLinkedEvent(FxRobot robot) {
        InstitutionChart chart = openChart(robot);
        select(robot, chart, "cnsc");
        Button show = robot.lookup(".detail-timeline-button").queryAs(Button.class);
        assertFalse(show.isDisabled());
        Target[] seen = new Target[1];
        robot.interact(() -> shell.context().navigator().setDisplay((view, target) -> seen[0] = target));
        click(robot, show);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(new Target.EventTarget("ev-cnsc"), seen[0]);
        assertEquals(ViewId.TIMELINE, shell.context().navigator().getCurrent());
    }

    @Test
    void keyboardNavigationFollowsEdges(FxRobot robot) {
        InstitutionChart chart = openChart(robot);
        setYear(robot, chart, 2018);
        select(robot, chart, "cfac");
        robot.type(KeyCode.UP);
        // The commission reports to the standing committee, the nearest layer above it joins.
        assertEquals("pbsc", chart.selectedProperty().get());
        robot.type(KeyCode.DOWN);
        String below = chart.selectedProperty().get();
        Set<String> pbscNeighboursBelow = new HashSet<>();
        graph.inYear(2018).edgesOf("pbsc").forEach(e -> pbscNeighboursBelow.add(e.other("pbsc")));
        assertTrue(pbscNeighboursBelow.contains(below), "down went along an edge: " + below);
        // Tab goes through every node in reading order and comes back round.
        Set<String> visited = new HashSet<>();
        int n = chart.layoutProperty().get().nodes().size();
        for (int i = 0; i < n; i++) {
            robot.type(KeyCode.TAB);
            visited.add(chart.selectedProperty().get());
        }
        assertEquals(chart.layoutProperty().get().nodes().keySet(), visited);
        assertTrue(chart.isFocused(), "Tab stays in the chart");
        robot.type(KeyCode.ESCAPE);
        assertNull(chart.selectedProperty().get());
        // Page Down moves a year on.
        robot.type(KeyCode.PAGE_DOWN);
        awaitSettled(chart);
        assertEquals(2019, chart.yearProperty().get());
    }

    @Test
    void ctrlTabLeavesTheChart(FxRobot robot) {
        InstitutionChart chart = openChart(robot);
        select(robot, chart, "mfa");
        assertTrue(chart.isFocused());
        robot.press(KeyCode.CONTROL).press(KeyCode.TAB).release(KeyCode.TAB).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(chart.isFocused(), "Ctrl+Tab moves the focus on");
        assertEquals("mfa", chart.selectedProperty().get());
        // Enter on a selected node moves into its details.
        click(robot, chart.nodeViews().get("mfa"));
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        Node focused = chart.getScene().getFocusOwner();
        DetailPane detail = robot.lookup(".chart-detail").queryAs(DetailPane.class);
        boolean inDetail = false;
        for (Node n = focused; n != null; n = n.getParent()) {
            inDetail |= n == detail;
        }
        assertTrue(inDetail, "the focus is in the details: " + focused);
    }

    @Test
    void aTimelineSelectionSetsTheChartsYear(FxRobot robot) {
        ShellFixture.awaitPack(shell);
        // Before the chart is first shown, as when the user starts on the timeline.
        robot.interact(() -> shell.context().focusYearProperty().set(2014));
        InstitutionChart chart = openChart(robot);
        assertEquals(2014, chart.yearProperty().get());
        robot.interact(() -> shell.context().focusYearProperty().set(2009));
        awaitSettled(chart);
        assertEquals(2009, chart.yearProperty().get());
        assertEquals(2009.0, robot.lookup(".year-slider").queryAs(Slider.class).getValue(), 1e-9);
        assertEquals(graph.inYear(2009).nodeIds(), visibleNodes(chart));
    }

    @Test
    void revealSelectsTheNodeInAYearThatShowsIt(FxRobot robot) {
        InstitutionChart chart = openChart(robot);
        setYear(robot, chart, 2023);
        // The leading small group is gone by 2023: the chart goes to the nearest year it existed.
        robot.interact(() -> shell.context().navigator().open(new Target.InstitutionTarget("falsg", null)));
        awaitSettled(chart);
        assertEquals(2018, chart.yearProperty().get());
        assertEquals("falsg", chart.selectedProperty().get());
        assertTrue(texts(robot.lookup(".chart-detail").queryAs(DetailPane.class))
                .contains("Central Foreign Affairs Leading Small Group"));
        robot.interact(() -> shell.context().navigator().open(new Target.PersonTarget("hu", 2005)));
        awaitSettled(chart);
        assertEquals(2005, chart.yearProperty().get());
        assertEquals("hu", chart.selectedProperty().get());
        robot.interact(() -> shell.context().navigator().open(new Target.InstitutionTarget("cnsc", 2016)));
        awaitSettled(chart);
        assertEquals(2016, chart.yearProperty().get());
        assertEquals("cnsc", chart.selectedProperty().get());
        robot.interact(() -> shell.context().navigator().open(new Target.YearTarget(2013)));
        awaitSettled(chart);
        assertEquals(2013, chart.yearProperty().get());
        assertNull(chart.selectedProperty().get());
    }

    @Test
    void searchFindsABodyAndGoesToAYearThatShowsIt(FxRobot robot) {
        InstitutionChart chart = openChart(robot);
        setYear(robot, chart, 2023);
        TextField search = robot.lookup(".institutions-view .search-field").queryAs(TextField.class);
        robot.clickOn(search).write("leading small");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(chart.nodeViews().get("falsg").getPseudoClassStates().contains(ChartNodeView.MATCH));
        robot.type(KeyCode.ENTER);
        awaitSettled(chart);
        assertEquals("falsg", chart.selectedProperty().get());
        assertEquals(2018, chart.yearProperty().get());
        // Typing on the chart starts a search.
        robot.type(KeyCode.ESCAPE);
        click(robot, chart.nodeViews().get("mfa"));
        robot.write("u");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(search.isFocused());
        assertEquals("u", search.getText());
    }

    @Test
    void theKeyBringsOutOneKindOfRelation(FxRobot robot) {
        InstitutionChart chart = openChart(robot);
        ToggleButton diplomacy = robot.lookup(".legend-toggle").queryAllAs(ToggleButton.class).stream()
                .filter(b -> b.getUserData() == RelationType.PARTY_DIPLOMACY).findFirst().orElseThrow();
        click(robot, diplomacy);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(RelationType.PARTY_DIPLOMACY, chart.focusTypeProperty().get());
        for (String id : new String[] {"ild", "cpd", "ufwd", "mfa"}) {
            assertFalse(chart.nodeViews().get(id).getPseudoClassStates().contains(ChartNodeView.FADED), id);
        }
        assertTrue(chart.nodeViews().get("cnsc").getPseudoClassStates().contains(ChartNodeView.FADED));
        // The panel says it in words, too.
        Set<String> texts = texts(robot.lookup(".chart-detail").queryAs(DetailPane.class));
        for (String dept : new String[] {"International Liaison Department", "Central Propaganda Department",
                "United Front Work Department"}) {
            assertTrue(texts.contains(dept + " does party diplomacy alongside Ministry of Foreign Affairs"), texts.toString());
        }
        click(robot, diplomacy);
        WaitForAsyncUtils.waitForFxEvents();
        assertNull(chart.focusTypeProperty().get());
    }

    @Test
    void hoveringAnEdgeShowsItsLabel(FxRobot robot) {
        InstitutionChart chart = openChart(robot);
        setYear(robot, chart, 2018);
        ChartEdgeView edge = (ChartEdgeView) chart.lookupAll(".chart-edge-group").stream()
                .filter(n -> ((ChartEdgeView) n).edge().id().equals("r-cc-cfawc")).findFirst().orElseThrow();
        Point mid = org.xistudy.study.chart.Routes.pointAt(edge.points(), 0.5);
        Point2D screen = edge.localToScreen(mid.x(), mid.y());
        robot.moveTo(screen);
        WaitForAsyncUtils.waitForFxEvents();
        Label label = chart.lookupAll(".edge-label").stream().map(n -> (Label) n)
                .filter(l -> l.isVisible()).findFirst().orElseThrow(() -> new AssertionError("no label shown"));
        assertEquals("convenes", label.getText());
    }

    @Test
    void theChartExportsAsAPicture(FxRobot robot) throws IOException {
        InstitutionChart chart = openChart(robot);
        setYear(robot, chart, 2018);
        WritableImage[] image = new WritableImage[1];
        robot.interact(() -> image[0] = ChartExport.render(chart, "Institutions in 2018", "Test pack", 2));
        var bounds = chart.layoutProperty().get().bounds();
        assertTrue(image[0].getWidth() >= 2 * bounds.width(), "the picture holds the whole chart at twice its size");
        assertTrue(image[0].getHeight() >= 2 * bounds.height());
        Path file = dir.resolve("chart.png");
        ChartExport.writePng(image[0], file);
        BufferedImage read = ImageIO.read(file.toFile());
        assertNotNull(read);
        assertEquals((int) image[0].getWidth(), read.getWidth());
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < read.getHeight(); y += 7) {
            for (int x = 0; x < read.getWidth(); x += 7) {
                colours.add(read.getRGB(x, y));
            }
        }
        assertTrue(colours.size() > 20, "the picture has the chart in it, not a blank: " + colours.size() + " colours");
        assertFalse(Files.exists(dir.resolve("chart.png.part")));
    }

    @Test
    void zoomAndFit(FxRobot robot) {
        InstitutionChart chart = openChart(robot);
        Button fit = robot.lookup(".institutions-view .toolbar-button")
                .match(b -> "Fit".equals(((Labeled) b).getText())).queryAs(Button.class);
        click(robot, fit);
        double fitted = chart.zoomProperty().get();
        click(robot, robot.lookup(".zoom-button").nth(1).queryAs(Button.class));
        assertEquals(fitted * 1.25, chart.zoomProperty().get(), 0.01);
        click(robot, fit);
        assertEquals(fitted, chart.zoomProperty().get(), 1e-6);
        // Every node of the year is inside the view when fitted.
        for (ChartNodeView v : chart.nodeViews().values()) {
            if (v.isVisible()) {
                var b = v.localToScene(v.getBoundsInLocal());
                var c = chart.localToScene(chart.getBoundsInLocal());
                assertTrue(c.contains(b), v.node().id() + " is outside the view");
            }
        }
    }

    private static Set<String> texts(Node root) {
        Set<String> out = new HashSet<>();
        for (Node n : root.lookupAll(".label")) {
            out.add(((Labeled) n).getText());
        }
        for (Node n : root.lookupAll(".hyperlink")) {
            out.add(((Labeled) n).getText());
        }
        return out;
    }
}
