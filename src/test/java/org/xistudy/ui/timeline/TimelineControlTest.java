package org.xistudy.ui.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.ref.WeakReference;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import javafx.event.EventType;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.SkinBase;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.PickResult;
import javafx.scene.input.ScrollEvent;
import javafx.scene.input.ZoomEvent;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.xistudy.content.PartialDate;
import org.xistudy.content.model.Cite;
import org.xistudy.content.model.Era;
import org.xistudy.content.model.Event;
import org.xistudy.content.model.Lane;
import org.xistudy.study.timeline.TimeWindow;
import org.xistudy.study.timeline.TimelineData;
import org.xistudy.ui.UiPart;
import org.xistudy.ui.common.CompositeBundle;

/** The control on its own, with generated timelines: culling, empty content, and packs swapped. */
@ExtendWith(ApplicationExtension.class)
class TimelineControlTest {
    private TimelineView view;

    @Start
    void start(Stage stage) {
        view = new TimelineView();
        view.textProperty().set(new TimelineText(new CompositeBundle(UiPart.bundles(), Locale.ENGLISH)));
        Scene scene = new Scene(new StackPane(view), 1400, 800);
        for (String css : List.of("/css/palette-light.css", "/css/app.css", "/css/timeline.css")) {
            scene.getStylesheets().add(getClass().getResource(css).toExternalForm());
        }
        stage.setScene(scene);
        stage.show();
    }

    private static TimelineData generated(int n) {
        return generated(n, List.of());
    }

    private static TimelineData generated(int n, List<Era> eras) {
        Random r = new Random(17);
        List<Event> events = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String date = String.format("%04d-%02d-%02d", 1949 + r.nextInt(75), 1 + r.nextInt(12), 1 + r.nextInt(28));
            events.add(new Event("e" + i, PartialDate.parse(date), null, false, "l" + r.nextInt(4),
                    "Generated event " + i, "s", List.of(), List.of(), List.of(), List.of(new Cite(null, "r", null))));
        }
        List<Lane> lanes = List.of(new Lane("l0", "Zero", null), new Lane("l1", "One", null), new Lane("l2", "Two", null),
                new Lane("l3", "Three", null));
        return new TimelineData(lanes, events, eras, LocalDate.of(2024, 1, 1));
    }

    private TimelineSkin skin() {
        return (TimelineSkin) view.getSkin();
    }

    @Test
    void onlyEventsOnScreenGetNodesHoweverManyThereAre(FxRobot robot) {
        TimelineData data = generated(5000);
        robot.interact(() -> view.dataProperty().set(data));
        WaitForAsyncUtils.waitForFxEvents();
        for (int step = 0; step < 6; step++) {
            TimeWindow w = view.getWindow();
            List<String> shown = skin().shownIds();
            assertFalse(shown.isEmpty());
            assertTrue(skin().nodeCount() < 400, "nodes are pooled and culled: " + skin().nodeCount());
            for (String id : shown) {
                TimelineData.Item it = data.item(data.indexOf(id));
                // Every node belongs to an event that reaches the screen (labels may reach in from the left).
                assertTrue(it.start() < w.end() && it.end() > w.start() - w.span(), id + " is near the window " + w);
            }
            robot.interact(() -> view.pan(0.7));
            WaitForAsyncUtils.waitForFxEvents();
        }
        int before = skin().nodeCount();
        for (int i = 0; i < 10; i++) {
            double by = i % 2 == 0 ? 0.3 : -0.3;
            robot.interact(() -> view.pan(by));
        }
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(skin().nodeCount() <= before + 60, "panning back and forth reuses nodes");
    }

    @Test
    void theNodesALayoutMakesAreStyledBeforeTheFrameIsDrawn(FxRobot robot) {
        TimelineData data = generated(300);
        Map<String, Double> first = new HashMap<>();
        Map<String, Double> later = new HashMap<>();
        robot.interact(() -> {
            view.dataProperty().set(data);
            // one CSS and layout pass, as a pulse does before it draws: the nodes it makes are in that frame
            view.getScene().getRoot().applyCss();
            view.getScene().getRoot().layout();
            skin().shownIds().forEach(id -> first.put(id, skin().nodeFor(id).label().getFont().getSize()));
        });
        robot.interact(() -> {
            view.getScene().getRoot().applyCss();
            view.getScene().getRoot().layout();
            skin().shownIds().forEach(id -> later.put(id, skin().nodeFor(id).label().getFont().getSize()));
        });
        assertFalse(first.isEmpty());
        assertEquals(later, first, "each event's label had its style sheet's size already in the first frame");
        assertNotEquals(javafx.scene.text.Font.getDefault().getSize(), first.values().iterator().next(),
                "(the sheet's size is not the default one)");
    }

    @Test
    void anEmptyTimelineShowsAndNavigatesWithoutEvents(FxRobot robot) {
        TimelineData empty = new TimelineData(List.of(new Lane("a", "Only lane", null)), List.of(), List.of(),
                LocalDate.of(2024, 1, 1));
        robot.interact(() -> view.dataProperty().set(empty));
        WaitForAsyncUtils.waitForFxEvents();
        assertNotNull(view.getWindow());
        robot.interact(() -> {
            view.selectNext();
            view.selectPrevious();
            view.selectInLane(1);
            view.zoomIn();
            view.fitAll();
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertNull(view.getSelectedId());
        assertEquals(0, skin().shownIds().size());
    }

    @Test
    void anotherPackReplacesTheViewAndDropsAStaleSelection(FxRobot robot) {
        TimelineData first = generated(50);
        robot.interact(() -> {
            view.dataProperty().set(first);
            view.reveal("e7");
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("e7", view.getSelectedId());
        assertNotNull(skin().nodeFor("e7"));
        TimelineData second = new TimelineData(List.of(new Lane("x", "X", null)), List.of(new Event("other",
                PartialDate.parse("2001"), null, false, "x", "Other", "s", List.of(), List.of(), List.of(),
                List.of(new Cite(null, "r", null)))), List.of(), LocalDate.of(2024, 1, 1));
        robot.interact(() -> view.dataProperty().set(second));
        WaitForAsyncUtils.waitForFxEvents();
        assertNull(view.getSelectedId(), "e7 is not in the new pack");
        assertEquals(second.fitAll(), view.getWindow(), "without eras the view opens on everything");
        assertEquals(Set.of("other"), Set.copyOf(skin().shownIds()));
    }

    @Test
    void aReplacedSkinLeavesNoHandlerOnTheControl(FxRobot robot) {
        List<Era> eras = List.of(new Era("x", "Era x", PartialDate.parse("1960"), PartialDate.parse("1970"), false,
                null, List.of()));
        robot.interact(() -> {
            view.dataProperty().set(generated(50, eras));
            view.reveal("e7");
        });
        WaitForAsyncUtils.waitForFxEvents();
        TimeWindow before = view.getWindow();
        // the old skin's own nodes keep any handler its dispose() forgets
        Node eventLayer = view.lookup(".timeline-event-layer");
        Node era = view.lookup(".timeline-era");
        String other = skin().shownIds().stream().filter(id -> !id.equals("e7")).findFirst().orElseThrow();
        Node otherNode = skin().nodeFor(other);
        robot.interact(() -> view.setSkin(new SkinBase<>(view) { }));
        robot.interact(() -> {
            view.fireEvent(new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.RIGHT, false, false, false, false));
            view.fireEvent(new ScrollEvent(ScrollEvent.SCROLL, 10, 10, 10, 10, false, false, false, false, false,
                    false, 0, -40, 0, -40, ScrollEvent.HorizontalTextScrollUnits.NONE, 0,
                    ScrollEvent.VerticalTextScrollUnits.NONE, 0, 0, null));
            view.fireEvent(new ZoomEvent(ZoomEvent.ZOOM, 10, 10, 10, 10, false, false, false, false, false, false, 2,
                    2, null));
            eventLayer.fireEvent(mouse(MouseEvent.MOUSE_PRESSED, eventLayer, 400, 1, true));
            eventLayer.fireEvent(mouse(MouseEvent.MOUSE_DRAGGED, eventLayer, 200, 1, true));
            eventLayer.fireEvent(mouse(MouseEvent.MOUSE_RELEASED, eventLayer, 200, 1, false));
            otherNode.fireEvent(mouse(MouseEvent.MOUSE_PRESSED, otherNode, 10, 2, true));
            otherNode.fireEvent(mouse(MouseEvent.MOUSE_RELEASED, otherNode, 10, 2, false));
            era.fireEvent(mouse(MouseEvent.MOUSE_PRESSED, era, 10, 1, true));
            era.fireEvent(mouse(MouseEvent.MOUSE_RELEASED, era, 10, 1, false));
            era.fireEvent(mouse(MouseEvent.MOUSE_CLICKED, era, 10, 1, false));
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("e7", view.getSelectedId(), "the old skin's key handler is gone, and its click on an event");
        assertEquals(before, view.getWindow(), "and its wheel, pinch, drag and era click handlers");
    }

    @Test
    void nothingTheControlHoldsKeepsAReplacedSkin(FxRobot robot) throws InterruptedException {
        robot.interact(() -> view.dataProperty().set(generated(50)));
        WaitForAsyncUtils.waitForFxEvents();
        WeakReference<Object> old = new WeakReference<>(view.getSkin());
        robot.interact(() -> view.setSkin(new SkinBase<>(view) { }));
        // the control lives on: its listeners to the old skin must be gone, or weak
        robot.interact(() -> {
            view.hiddenLanesProperty().set(Set.of("l1"));
            view.fitAll();
        });
        WaitForAsyncUtils.waitForFxEvents();
        for (int i = 0; i < 50 && old.get() != null; i++) {
            System.gc();
            Thread.sleep(20);
        }
        assertNull(old.get(), "the old skin was collected");
    }

    /** A primary-button mouse event at a node, as if at {@code x} in the scene. */
    private static MouseEvent mouse(EventType<MouseEvent> type, Node target, double x, int clicks, boolean down) {
        return new MouseEvent(type, x, 10, x, 10, MouseButton.PRIMARY, clicks, false, false, false, false, down, false,
                false, false, false, true, new PickResult(target, x, 10));
    }
}
