package org.xistudy.ui.timeline;

import java.util.function.Supplier;
import javafx.event.EventHandler;
import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.input.ZoomEvent;
import org.xistudy.study.timeline.TimeWindow;
import org.xistudy.study.timeline.TimelineData;

/**
 * The timeline's input. Keys on the control: the arrows step through events (Up and Down between
 * lanes), Shift+arrows and the Page keys pan, Home and End go to the first and last event, +, -
 * and 0 zoom, Enter opens the selected event and Escape clears the selection. The wheel zooms
 * around the pointer (sideways or with Shift it pans), as does a pinch. Dragging the lanes or the
 * era strip pans; a click selects an event (a double click opens it) and a click on an era zooms
 * to it.
 *
 * <p>The handlers are objects kept in fields and added once, so that {@link #dispose()} removes
 * the very ones the constructor added.
 */
final class TimelineBehavior {
    private final TimelineView control;
    private final Node eventLayer;
    private final Node eraLayer;
    private final Supplier<TimelineSkin.Frame> frame;

    private double pressX;
    private TimeWindow pressWindow;
    private boolean dragging;

    private final EventHandler<KeyEvent> onKey = this::keyPressed;
    private final EventHandler<MouseEvent> onPress = this::mousePressed;
    private final EventHandler<MouseEvent> onDrag = this::mouseDragged;
    private final EventHandler<MouseEvent> onRelease = this::mouseReleased;
    private final EventHandler<MouseEvent> onEraClick = this::eraClicked;
    private final EventHandler<ScrollEvent> onScroll = this::scrolled;
    private final EventHandler<ZoomEvent> onZoom = this::zoomed;

    /**
     * Handles input on a control whose events and eras are drawn on two layers.
     *
     * @param frame the frame on screen, or null before the first layout
     */
    TimelineBehavior(TimelineView control, Node eventLayer, Node eraLayer, Supplier<TimelineSkin.Frame> frame) {
        this.control = control;
        this.eventLayer = eventLayer;
        this.eraLayer = eraLayer;
        this.frame = frame;
        control.addEventHandler(KeyEvent.KEY_PRESSED, onKey);
        control.addEventHandler(ScrollEvent.SCROLL, onScroll);
        control.addEventHandler(ZoomEvent.ZOOM, onZoom);
        for (Node layer : new Node[] {eventLayer, eraLayer}) {
            layer.addEventHandler(MouseEvent.MOUSE_PRESSED, onPress);
            layer.addEventHandler(MouseEvent.MOUSE_DRAGGED, onDrag);
            layer.addEventHandler(MouseEvent.MOUSE_RELEASED, onRelease);
        }
        eraLayer.addEventHandler(MouseEvent.MOUSE_CLICKED, onEraClick);
    }

    /** Removes every handler the constructor added. */
    void dispose() {
        control.removeEventHandler(KeyEvent.KEY_PRESSED, onKey);
        control.removeEventHandler(ScrollEvent.SCROLL, onScroll);
        control.removeEventHandler(ZoomEvent.ZOOM, onZoom);
        for (Node layer : new Node[] {eventLayer, eraLayer}) {
            layer.removeEventHandler(MouseEvent.MOUSE_PRESSED, onPress);
            layer.removeEventHandler(MouseEvent.MOUSE_DRAGGED, onDrag);
            layer.removeEventHandler(MouseEvent.MOUSE_RELEASED, onRelease);
        }
        eraLayer.removeEventHandler(MouseEvent.MOUSE_CLICKED, onEraClick);
    }

    private void keyPressed(KeyEvent e) {
        TimelineView c = control;
        if (e.isShortcutDown() || e.isAltDown()) {
            return;
        }
        KeyCode k = e.getCode();
        boolean shift = e.isShiftDown();
        boolean handled = true;
        switch (k) {
            case LEFT:
            case KP_LEFT:
                if (shift) {
                    c.pan(-0.25);
                } else {
                    c.selectPrevious();
                }
                break;
            case RIGHT:
            case KP_RIGHT:
                if (shift) {
                    c.pan(0.25);
                } else {
                    c.selectNext();
                }
                break;
            case UP:
            case KP_UP:
                c.selectInLane(-1);
                break;
            case DOWN:
            case KP_DOWN:
                c.selectInLane(1);
                break;
            case HOME:
                c.selectFirst();
                break;
            case END:
                c.selectLast();
                break;
            case PAGE_UP:
                c.pan(-0.9);
                break;
            case PAGE_DOWN:
                c.pan(0.9);
                break;
            case PLUS:
            case ADD:
            case EQUALS:
                c.zoomIn();
                break;
            case MINUS:
            case SUBTRACT:
                c.zoomOut();
                break;
            case DIGIT0:
            case NUMPAD0:
                c.fitAll();
                break;
            case ENTER:
                c.open();
                break;
            case ESCAPE:
                handled = c.getSelectedId() != null;
                c.selectedIdProperty().set(null);
                break;
            default:
                handled = false;
        }
        if (handled) {
            e.consume();
        }
    }

    private void mousePressed(MouseEvent e) {
        if (e.getButton() != MouseButton.PRIMARY) {
            return;
        }
        control.requestFocus();
        pressX = e.getSceneX();
        pressWindow = control.getWindow();
        dragging = false;
    }

    private void mouseDragged(MouseEvent e) {
        TimelineSkin.Frame f = frame.get();
        if (pressWindow == null || f == null || !e.isPrimaryButtonDown()) {
            return;
        }
        double dx = e.getSceneX() - pressX;
        if (!dragging && Math.abs(dx) < 4) {
            return;
        }
        dragging = true;
        eventLayer.setCursor(Cursor.CLOSED_HAND);
        double days = dx / f.scale().pixelsPerDay();
        control.setWindow(new TimeWindow(pressWindow.start() - days, pressWindow.end() - days));
        e.consume();
    }

    private void mouseReleased(MouseEvent e) {
        eventLayer.setCursor(null);
        boolean wasDrag = dragging;
        pressWindow = null;
        if (wasDrag || e.getButton() != MouseButton.PRIMARY) {
            dragging = false;
            return;
        }
        EventNode n = ancestor(e.getPickResult().getIntersectedNode(), EventNode.class);
        if (n != null) {
            control.selectedIdProperty().set(n.eventId());
            if (e.getClickCount() >= 2) {
                control.open();
            }
        }
    }

    /** A click on an era (not the end of a drag) zooms to it, with a little room either side. */
    private void eraClicked(MouseEvent e) {
        EraNode node = e.getTarget() instanceof Node n ? ancestor(n, EraNode.class) : null;
        if (node != null && e.getButton() == MouseButton.PRIMARY && !dragging && e.isStillSincePress()) {
            TimelineData.EraSpan era = node.era();
            double pad = (era.end() - era.start()) * 0.04;
            control.setWindow(new TimeWindow(era.start() - pad, era.end() + pad));
        }
    }

    /** The nearest of a node and its parents that is of a type, or null. */
    private static <T extends Node> T ancestor(Node n, Class<T> type) {
        for (Node p = n; p != null; p = p.getParent()) {
            if (type.isInstance(p)) {
                return type.cast(p);
            }
        }
        return null;
    }

    private void scrolled(ScrollEvent e) {
        TimelineSkin.Frame f = frame.get();
        if (f == null || e.getTouchCount() > 1) {
            return;
        }
        double dx = e.getDeltaX();
        double dy = e.getDeltaY();
        if (e.isShiftDown() || Math.abs(dx) > Math.abs(dy)) {
            double px = Math.abs(dx) > Math.abs(dy) ? dx : dy;
            control.pan(-px / f.bodyWidth());
        } else if (dy != 0) {
            double notches = e.getMultiplierY() == 0 ? dy / 40 : dy / e.getMultiplierY();
            control.zoom(Math.pow(1.25, notches), anchorAt(f, e.getX()));
        }
        e.consume();
    }

    private void zoomed(ZoomEvent e) {
        TimelineSkin.Frame f = frame.get();
        if (f != null) {
            control.zoom(e.getZoomFactor(), anchorAt(f, e.getX()));
            e.consume();
        }
    }

    /** A pointer's position (control coordinates) as a fraction of the body's width. */
    private static double anchorAt(TimelineSkin.Frame f, double x) {
        return Math.max(0, Math.min(1, (x - f.gutterWidth()) / f.bodyWidth()));
    }
}
