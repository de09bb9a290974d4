package org.xistudy.ui.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import javafx.geometry.Bounds;
import javafx.scene.AccessibleAttribute;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.input.ScrollEvent;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.xistudy.study.timeline.OpeningFit;
import org.xistudy.study.timeline.TimeScale;
import org.xistudy.study.timeline.TimeWindow;
import org.xistudy.study.timeline.TimelineData;
import org.xistudy.testing.Listeners;
import org.xistudy.ui.Navigator;
import org.xistudy.ui.ShellFixture;
import org.xistudy.ui.Target;
import org.xistudy.ui.ViewId;
import org.xistudy.ui.common.FilterBox;
import org.xistudy.ui.shell.Shell;

@ExtendWith(ApplicationExtension.class)
class TimelineViewTest {
    @TempDir
    static Path dir;

    private Shell shell;

    @Start
    void start(Stage stage) throws IOException {
        Path file = TestPacks.write(dir, TestPacks.pack());
        shell = ShellFixture.open(stage, dir.resolve("data"), file);
    }

    private TimelineView timeline(FxRobot robot) {
        ShellFixture.awaitPack(shell);
        assertEquals("timeline-test", shell.context().packs().getIndex().pack().id(), "the test pack loaded");
        TimelineView t = robot.lookup(".timeline").queryAs(TimelineView.class);
        WaitForAsyncUtils.waitForFxEvents();
        return t;
    }

    private static TimelineSkin skin(TimelineView t) {
        return (TimelineSkin) t.getSkin();
    }

    private static void focus(FxRobot robot, TimelineView t) {
        robot.interact(t::requestFocus);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void key(FxRobot robot, KeyCode... keys) {
        for (KeyCode k : keys) {
            robot.type(k);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Records where links lead instead of showing the views, so the timeline stays on screen. */
    private List<Navigator.Place> recordLinks() {
        List<Navigator.Place> opened = new ArrayList<>();
        shell.context().navigator().setDisplay((v, t) -> opened.add(new Navigator.Place(v, t)));
        return opened;
    }

    @Test
    void itOpensOnTheLatestEraUpToTheLatestEvent(FxRobot robot) {
        TimelineView t = timeline(robot);
        TimeWindow w = t.getWindow();
        double xi = TimeScale.day(LocalDate.of(2012, 1, 1));
        double biden = TimeScale.day(LocalDate.of(2023, 11, 16));
        assertTrue(w.start() < xi && w.start() > xi - 365, "starts at the Xi era: " + w);
        TimelineData d = t.getData();
        double period = biden - d.latestEraSpan().start();
        assertTrue(w.end() > biden && w.end() < biden + OpeningFit.MAX_GROWTH * period, "ends at the latest event: " + w);
        assertNotNull(skin(t).nodeFor("ev-xi-gs"), "an event of the era is on screen");
        assertNull(skin(t).nodeFor("ev-prc"), "1949 is not");
        assertEquals(List.of(), cutAtTheEdges(t), "every event of the era is drawn whole, its label included");

        // The plain window from the era's start to the last event cuts the latest labels.
        robot.interact(() -> t.setWindow(d.latestEra()));
        WaitForAsyncUtils.waitForFxEvents();
        assertNotEquals(List.of(), cutAtTheEdges(t), "the unfitted window cuts some");
        robot.interact(t::showOpening);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(w, t.getWindow(), "Opening view fits it again");
        assertEquals(List.of(), cutAtTheEdges(t));
    }

    /** The events of the latest era whose node (marker and label) crosses an edge of the drawing. */
    private static List<String> cutAtTheEdges(TimelineView t) {
        TimelineSkin s = skin(t);
        TimelineData d = t.getData();
        double width = s.currentFrame().bodyWidth();
        List<String> out = new ArrayList<>();
        for (String id : s.shownIds()) {
            if (d.item(d.indexOf(id)).start() >= d.latestEraSpan().start()) {
                Bounds b = s.nodeFor(id).getBoundsInParent();
                if (b.getMinX() < -0.5 || b.getMaxX() > width + 0.5) {
                    out.add(id);
                }
            }
        }
        return out;
    }

    @Test
    void visitingTheTimelineAgainAndAgainAddsNoListenerToTheWindow(FxRobot robot) {
        timeline(robot);
        javafx.beans.value.ObservableValue<Node> focus = shell.scene().focusOwnerProperty();
        robot.interact(() -> shell.context().navigator().show(ViewId.INSTITUTIONS));
        robot.interact(() -> shell.context().navigator().show(ViewId.TIMELINE));
        WaitForAsyncUtils.waitForFxEvents();
        int once = Listeners.changeListeners(focus);
        for (int i = 0; i < 10; i++) {
            robot.interact(() -> shell.context().navigator().show(ViewId.INSTITUTIONS));
            robot.interact(() -> shell.context().navigator().show(ViewId.TIMELINE));
        }
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(once, Listeners.changeListeners(focus), "ten more visits, the same focus listeners");
    }

    @Test
    void arrowKeysMoveTheSelectionInTimeOrder(FxRobot robot) {
        TimelineView t = timeline(robot);
        focus(robot, t);
        key(robot, KeyCode.HOME);
        List<String> seen = new ArrayList<>();
        seen.add(t.getSelectedId());
        for (int i = 1; i < TestPacks.IN_TIME.length; i++) {
            key(robot, KeyCode.RIGHT);
            seen.add(t.getSelectedId());
            assertNotNull(skin(t).nodeFor(t.getSelectedId()), "the selection is brought into view: " + seen);
        }
        assertEquals(List.of(TestPacks.IN_TIME), seen);
        key(robot, KeyCode.RIGHT);
        assertEquals("ev-biden", t.getSelectedId(), "stays on the last event");
        key(robot, KeyCode.LEFT, KeyCode.LEFT);
        assertEquals("ev-cnsc", t.getSelectedId());
        key(robot, KeyCode.UP);
        assertEquals("ev-xi-gs", t.getSelectedId(), "up: the nearest event in the lane above");
        key(robot, KeyCode.END);
        assertEquals("ev-biden", t.getSelectedId());
    }

    @Test
    void selectingAnEventShowsItsDetailsAndSetsTheFocusYear(FxRobot robot) {
        TimelineView t = timeline(robot);
        EventNode node = skin(t).nodeFor("ev-cnsc");
        assertNotNull(node);
        robot.clickOn(node.label());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("ev-cnsc", t.getSelectedId());
        assertTrue(node.getPseudoClassStates().contains(EventNode.SELECTED));
        assertEquals("National Security Commission set up", text(robot, ".detail-title"));
        assertEquals("November 2013", text(robot, ".detail-date"));
        assertEquals("What happened: National Security Commission set up.", text(robot, ".detail-summary"));
        assertTrue(text(robot, ".detail-quote-text").contains("Central National Security Commission (CNSC)"));
        assertEquals("Announced in 2013, first met in 2014", text(robot, ".detail-note-title"));
        Hyperlink source = robot.lookup(".detail-link-source").queryAs(Hyperlink.class);
        assertEquals("Central National Security Commission", source.getText());
        assertEquals(2013, shell.context().focusYearProperty().get());

        robot.doubleClickOn(skin(t).nodeFor("ev-cfac").label());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Leading group upgraded to a commission", text(robot, ".detail-title"));
        assertEquals(2018, shell.context().focusYearProperty().get());
        assertTrue(robot.lookup(".detail-link-source").queryAs(Hyperlink.class).isFocused(),
                "a double click opens the details: the first link has the keyboard");
    }

    @Test
    void theLaneFilterHidesAndShowsALane(FxRobot robot) {
        TimelineView t = timeline(robot);
        assertNotNull(skin(t).nodeFor("ev-wang-yi"));
        robot.clickOn("#laneFilter");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(laneCell(robot, "Diplomats"));
        WaitForAsyncUtils.waitForFxEvents();
        key(robot, KeyCode.ESCAPE);
        assertEquals(Set.of("dipl"), t.hiddenLanesProperty().get());
        assertNull(skin(t).nodeFor("ev-wang-yi"), "the diplomats' events are hidden");
        assertNotNull(skin(t).nodeFor("ev-xi-gs"), "other lanes stay");

        robot.interact(() -> t.selectedIdProperty().set("ev-xi-gs"));
        focus(robot, t);
        key(robot, KeyCode.RIGHT);
        assertEquals("ev-bri", t.getSelectedId(), "the keyboard skips the hidden lane");

        robot.clickOn("#laneFilter");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(laneCell(robot, "Diplomats"));
        WaitForAsyncUtils.waitForFxEvents();
        key(robot, KeyCode.ESCAPE);
        assertEquals(Set.of(), t.hiddenLanesProperty().get());
        assertNotNull(skin(t).nodeFor("ev-wang-yi"), "shown again");
    }

    @Test
    void theTopicFilterShowsOnlyTheEventsOfTheTickedTopics(FxRobot robot) {
        TimelineView t = timeline(robot);
        assertNotNull(skin(t).nodeFor("ev-bri"));
        robot.clickOn("#tagFilter");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(laneCell(robot, "triggers (1)"));
        WaitForAsyncUtils.waitForFxEvents();
        key(robot, KeyCode.ESCAPE);
        assertNotNull(skin(t).nodeFor("ev-xi-gs"), "the event whose card is on the topic stays");
        assertNull(skin(t).nodeFor("ev-bri"), "an event without the topic goes");
        assertNull(skin(t).nodeFor("ev-cnsc"), "an event on other topics goes");
        FilterBox<?> box = robot.lookup("#tagFilter").queryAs(FilterBox.class);
        assertTrue(box.getTitle().contains("1") && box.getTitle().contains(String.valueOf(
                shell.context().packs().getIndex().pack().events().size())), box.getTitle());

        TimelineController controller = shell.controller(ViewId.TIMELINE, TimelineController.class).orElseThrow();
        robot.interact(() -> controller.model().reveal("ev-bri"));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("ev-bri", t.getSelectedId(), "a link to an event the filter left out shows it");
        assertNotNull(skin(t).nodeFor("ev-bri"));
        assertTrue(box.getCheckModel().getCheckedItems().isEmpty(), "and the ticks follow");
    }

    private static Node laneCell(FxRobot robot, String title) {
        return robot.lookup((Node n) -> n instanceof CheckBox c && title.equals(c.getText()) && c.isVisible())
                .query();
    }

    @Test
    void searchHighlightsMatchesAndEnterJumpsToTheNext(FxRobot robot) {
        TimelineView t = timeline(robot);
        robot.clickOn(".search-field");
        robot.write("foreign minister");
        WaitForAsyncUtils.waitForFxEvents();
        Label count = robot.lookup(".match-label").queryAs(Label.class);
        assertEquals("3 matches", count.getText());
        EventNode wang = skin(t).nodeFor("ev-wang-yi");
        assertTrue(wang.getPseudoClassStates().contains(EventNode.MATCH));
        assertTrue(skin(t).nodeFor("ev-cnsc").getPseudoClassStates().contains(EventNode.DIMMED));

        key(robot, KeyCode.ENTER);
        assertEquals("ev-chen-yi", t.getSelectedId(), "the first match in time");
        assertNotNull(skin(t).nodeFor("ev-chen-yi"), "the timeline went to it");
        assertEquals("1 of 3", count.getText());
        key(robot, KeyCode.ENTER);
        assertEquals("ev-qian", t.getSelectedId());
        key(robot, KeyCode.ENTER);
        assertEquals("ev-wang-yi", t.getSelectedId());
        key(robot, KeyCode.ENTER);
        assertEquals("ev-chen-yi", t.getSelectedId(), "wraps round");
        robot.press(KeyCode.SHIFT).type(KeyCode.ENTER).release(KeyCode.SHIFT);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("ev-wang-yi", t.getSelectedId(), "Shift+Enter goes back");

        robot.interact(() -> robot.lookup(".search-field").queryAs(TextField.class).setText("W\u00e1ng Y\u00ec"));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("1 of 1", count.getText(), "found through the person's name, accents and all");
    }

    @Test
    void linksOpenTheChartInTheEventsYearTheCardAndTheEssay(FxRobot robot) {
        TimelineView t = timeline(robot);
        List<Navigator.Place> opened = recordLinks();
        robot.interact(() -> t.selectedIdProperty().set("ev-cnsc"));
        WaitForAsyncUtils.waitForFxEvents();

        clickInDetails(robot, "#detail-institution-cnsc");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(ViewId.INSTITUTIONS, shell.context().navigator().getCurrent());
        assertEquals(new Navigator.Place(ViewId.INSTITUTIONS, new Target.InstitutionTarget("cnsc", 2013)),
                opened.get(opened.size() - 1));

        clickInDetails(robot, "#detail-card-card-cnsc");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(ViewId.CARDS, shell.context().navigator().getCurrent());
        assertEquals(new Navigator.Place(ViewId.CARDS, new Target.CardTarget("card-cnsc")),
                opened.get(opened.size() - 1));

        clickInDetails(robot, ".detail-quote");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(new Navigator.Place(ViewId.SOURCE, Target.PassageTarget.quote(TestPacks.CNSC)),
                opened.get(opened.size() - 1));

        // By keyboard: Enter on the timeline goes into the details, Enter on the quote follows it.
        robot.interact(() -> t.selectedIdProperty().set("ev-xi-gs"));
        focus(robot, t);
        key(robot, KeyCode.ENTER, KeyCode.ENTER);
        assertEquals(new Navigator.Place(ViewId.SOURCE, Target.PassageTarget.quote(TestPacks.TRIGGERS)),
                opened.get(opened.size() - 1));
    }

    @Test
    void tabLeavesTheTimelineForTheDetailsAndEscapeComesBack(FxRobot robot) {
        TimelineView t = timeline(robot);
        robot.interact(() -> t.selectedIdProperty().set("ev-cnsc"));
        focus(robot, t);
        key(robot, KeyCode.TAB);
        Node owner = t.getScene().getFocusOwner();
        Node details = robot.lookup(".detail-box").query();
        boolean inside = false;
        for (Node p = owner; p != null; p = p.getParent()) {
            inside |= p == details;
        }
        assertTrue(inside, "Tab moves on to the details: " + owner);
        assertEquals("ev-cnsc", t.getSelectedId(), "the selection stays");
        key(robot, KeyCode.ESCAPE);
        assertTrue(t.isFocused(), "Esc returns to the timeline");
    }

    @Test
    void goToEventSelectsAndCentresItEvenInAHiddenLane(FxRobot robot) {
        TimelineView t = timeline(robot);
        robot.interact(() -> shell.context().navigator().open(new Target.EventTarget("ev-chen-yi")));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(ViewId.TIMELINE, shell.context().navigator().getCurrent());
        assertEquals("ev-chen-yi", t.getSelectedId());
        TimelineData.Item chen = t.getData().item(t.getData().indexOf("ev-chen-yi"));
        assertEquals(chen.centre(), t.getWindow().centre(), 1.0, "centred");
        assertNotNull(skin(t).nodeFor("ev-chen-yi"));

        robot.clickOn("#laneFilter");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(laneCell(robot, "China and the world"));
        key(robot, KeyCode.ESCAPE);
        assertTrue(t.hiddenLanesProperty().get().contains("world"));
        robot.interact(() -> shell.context().navigator().open(new Target.EventTarget("ev-olympics")));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("ev-olympics", t.getSelectedId());
        assertFalse(t.hiddenLanesProperty().get().contains("world"), "its lane is shown again");
        assertNotNull(skin(t).nodeFor("ev-olympics"));
        assertEquals("Beijing hosts the Summer Olympics", text(robot, ".detail-title"));
    }

    @Test
    void everyEventHasAccessibleTextWithItsDateAndTitle(FxRobot robot) {
        TimelineView t = timeline(robot);
        focus(robot, t);
        key(robot, KeyCode.HOME);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < TestPacks.IN_TIME.length; i++) {
            EventNode n = skin(t).nodeFor(t.getSelectedId());
            texts.add(n.getAccessibleText());
            AtomicReference<Object> focusItem = new AtomicReference<>();
            AtomicReference<Object> controlText = new AtomicReference<>();
            robot.interact(() -> {
                focusItem.set(t.queryAccessibleAttribute(AccessibleAttribute.FOCUS_ITEM));
                controlText.set(t.queryAccessibleAttribute(AccessibleAttribute.TEXT));
            });
            assertEquals(n, focusItem.get(), "the focused item is the selected event's node");
            assertEquals(n.getAccessibleText(), controlText.get());
            key(robot, KeyCode.RIGHT);
        }
        assertEquals("1 October 1949: People\u2019s Republic founded", texts.get(0));
        assertEquals("1958 \u2013 1972: Chen Yi as foreign minister", texts.get(1));
        assertEquals("c. 1971: Work conference under Mao", texts.get(2));
        assertEquals("December 1978: Reform and opening begins", texts.get(3));
        assertEquals("15 November 2012: Xi becomes general secretary", texts.get(6));
    }

    @Test
    void approximateAndPartialDatesAreDrawnDistinctly(FxRobot robot) {
        TimelineView t = timeline(robot);
        robot.interact(() -> t.reveal("ev-mao-conf"));
        WaitForAsyncUtils.waitForFxEvents();
        EventNode mao = skin(t).nodeFor("ev-mao-conf");
        assertTrue(mao.getStyleClass().containsAll(List.of("approx", "point")));
        assertEquals("c. Work conference under Mao", mao.label().getText());
        assertTrue(mao.bracketShown(), "a date known only to the year shows the year under its marker");
        robot.interact(() -> t.reveal("ev-bri"));
        WaitForAsyncUtils.waitForFxEvents();
        EventNode bri = skin(t).nodeFor("ev-bri");
        assertTrue(bri.getStyleClass().contains("approx"));
        EventNode xi = skin(t).nodeFor("ev-xi-gs");
        assertFalse(xi.getStyleClass().contains("approx"));
        assertFalse(xi.bracketShown(), "a date known to the day needs no bracket");
        EventNode wang = skin(t).nodeFor("ev-wang-yi");
        assertTrue(wang.getStyleClass().contains("range"));
        assertFalse(wang.getStyleClass().contains("approx"));
    }

    @Test
    void keysWheelAndDragZoomAndPan(FxRobot robot) {
        TimelineView t = timeline(robot);
        focus(robot, t);
        TimeWindow before = t.getWindow();
        key(robot, KeyCode.ADD);
        assertEquals(before.span() / TimelineView.ZOOM_STEP, t.getWindow().span(), 1e-6);
        key(robot, KeyCode.SUBTRACT);
        assertEquals(before.span(), t.getWindow().span(), 1e-6);
        key(robot, KeyCode.DIGIT0);
        assertEquals(t.getData().fitAll(), t.getWindow(), "0 fits everything");
        TimeWindow all = t.getWindow();
        robot.press(KeyCode.SHIFT).type(KeyCode.LEFT).release(KeyCode.SHIFT);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(t.getWindow().start() <= all.start(), "Shift+Left pans earlier (or stops at the edge)");

        // The wheel zooms around the pointer: the day under it stays put.
        robot.interact(t::showOpening);
        TimelineSkin.Frame f = skin(t).currentFrame();
        double x = f.gutterWidth() + f.bodyWidth() * 0.3;
        double dayUnder = f.scale().day(x - f.gutterWidth());
        javafx.geometry.Point2D at = t.localToScene(x, 200);
        robot.interact(() -> t.fireEvent(new ScrollEvent(ScrollEvent.SCROLL, at.getX(), at.getY(), at.getX(),
                at.getY(), false, false, false,
                false, false, false, 0, 40, 0, 40, ScrollEvent.HorizontalTextScrollUnits.NONE, 0,
                ScrollEvent.VerticalTextScrollUnits.NONE, 0, 0, null)));
        WaitForAsyncUtils.waitForFxEvents();
        TimelineSkin.Frame g = skin(t).currentFrame();
        assertTrue(g.window().span() < f.window().span(), "zoomed in");
        assertEquals(dayUnder, g.scale().day(x - g.gutterWidth()), 0.01, "the day under the pointer stays");

        // Dragging the background pans by the distance dragged.
        TimeWindow start = t.getWindow();
        javafx.geometry.Bounds b = t.localToScreen(t.getLayoutBounds());
        double y = b.getMinY() + g.lanesTop() + g.lanesHeight() - 0.3 * g.em();
        robot.moveTo(new javafx.geometry.Point2D(b.getMinX() + g.gutterWidth() + 400, y));
        robot.press(MouseButton.PRIMARY).moveBy(-100, 0).moveBy(-100, 0).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        double moved = t.getWindow().start() - start.start();
        assertEquals(200 / g.scale().pixelsPerDay(), moved, 2 / g.scale().pixelsPerDay(), "dragged 200 px left");
    }

    /** Clicks a node of the detail panel, scrolling it into view first as a user would. */
    private void clickInDetails(FxRobot robot, String query) {
        Node n = robot.lookup(query).query();
        TimelineController c = controller(robot);
        robot.interact(() -> c.scrollToShow(n));
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(n);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private TimelineController controller(FxRobot robot) {
        return shell.controller(ViewId.TIMELINE, TimelineController.class).orElseThrow();
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }
}
