package org.xistudy.ui.institutions;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import javafx.event.EventHandler;
import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.input.ZoomEvent;
import javafx.scene.layout.Pane;
import org.xistudy.study.chart.ChartLayout;
import org.xistudy.study.chart.ChartNavigation;
import org.xistudy.study.chart.YearGraph;

/**
 * What the keyboard and the mouse do on an {@link InstitutionChart}. Arrows follow edges
 * ({@link ChartNavigation}), Tab cycles and Ctrl+Tab leaves the chart, Enter activates and Escape
 * clears the selection, + − 0 zoom and fit, Page Up and Page Down step the year, a letter starts
 * a search. A click selects a node (a double click activates it) or, off the nodes, clears the
 * selection; dragging pans, the wheel zooms (Shift or a sideways wheel pans), a pinch zooms.
 * Pointing at an edge tells the skin to show it hovered.
 *
 * <p>All of it changes the control's state; every handler is kept in a field and {@link #dispose}
 * removes those very objects.
 */
final class InstitutionChartBehavior {
    /** How far the pointer moves before a press becomes a drag, in pixels. */
    private static final double DRAG_SLOP = 4;

    private final InstitutionChart chart;
    private final Pane viewport;
    private final BiConsumer<String, Boolean> hover;

    private double pressX;
    private double pressY;
    private double pressPanX;
    private double pressPanY;
    private boolean dragged;

    private final EventHandler<KeyEvent> onKeyPressed = this::keyPressed;
    private final EventHandler<KeyEvent> onKeyTyped = this::keyTyped;
    private final EventHandler<MouseEvent> onPressed = this::pressed;
    private final EventHandler<MouseEvent> onDragged = this::dragged;
    private final EventHandler<MouseEvent> onReleased = this::released;
    private final EventHandler<MouseEvent> onClicked = this::clicked;
    private final EventHandler<MouseEvent> onEntered = e -> hovered(e, true);
    private final EventHandler<MouseEvent> onExited = e -> hovered(e, false);
    private final EventHandler<ScrollEvent> onScroll = this::scrolled;
    private final EventHandler<ZoomEvent> onZoom = this::zoomed;

    /**
     * Input on {@code chart}, whose skin shows the chart in {@code viewport}; {@code hover} is
     * told an edge's id and whether the pointer is now on it.
     */
    InstitutionChartBehavior(InstitutionChart chart, Pane viewport, BiConsumer<String, Boolean> hover) {
        this.chart = chart;
        this.viewport = viewport;
        this.hover = hover;
        viewport.addEventHandler(MouseEvent.MOUSE_PRESSED, onPressed);
        viewport.addEventHandler(MouseEvent.MOUSE_DRAGGED, onDragged);
        viewport.addEventHandler(MouseEvent.MOUSE_RELEASED, onReleased);
        viewport.addEventHandler(MouseEvent.MOUSE_CLICKED, onClicked);
        viewport.addEventHandler(MouseEvent.MOUSE_ENTERED_TARGET, onEntered);
        viewport.addEventHandler(MouseEvent.MOUSE_EXITED_TARGET, onExited);
        viewport.addEventHandler(ScrollEvent.SCROLL, onScroll);
        viewport.addEventHandler(ZoomEvent.ZOOM, onZoom);
        chart.addEventHandler(KeyEvent.KEY_PRESSED, onKeyPressed);
        chart.addEventHandler(KeyEvent.KEY_TYPED, onKeyTyped);
    }

    /** Removes every handler it added, those very objects. */
    void dispose() {
        viewport.removeEventHandler(MouseEvent.MOUSE_PRESSED, onPressed);
        viewport.removeEventHandler(MouseEvent.MOUSE_DRAGGED, onDragged);
        viewport.removeEventHandler(MouseEvent.MOUSE_RELEASED, onReleased);
        viewport.removeEventHandler(MouseEvent.MOUSE_CLICKED, onClicked);
        viewport.removeEventHandler(MouseEvent.MOUSE_ENTERED_TARGET, onEntered);
        viewport.removeEventHandler(MouseEvent.MOUSE_EXITED_TARGET, onExited);
        viewport.removeEventHandler(ScrollEvent.SCROLL, onScroll);
        viewport.removeEventHandler(ZoomEvent.ZOOM, onZoom);
        chart.removeEventHandler(KeyEvent.KEY_PRESSED, onKeyPressed);
        chart.removeEventHandler(KeyEvent.KEY_TYPED, onKeyTyped);
    }

    // ------------------------------------------------------------------------------------------
    // mouse

    private void pressed(MouseEvent e) {
        pressX = e.getX();
        pressY = e.getY();
        pressPanX = chart.getViewport().panX();
        pressPanY = chart.getViewport().panY();
        dragged = false;
        if (e.getButton() == MouseButton.PRIMARY) {
            chart.requestFocus();
        }
    }

    private void dragged(MouseEvent e) {
        double dx = e.getX() - pressX;
        double dy = e.getY() - pressY;
        if (!dragged && Math.hypot(dx, dy) < DRAG_SLOP) {
            return;
        }
        dragged = true;
        viewport.setCursor(Cursor.CLOSED_HAND);
        chart.moveView(chart.getViewport().pannedTo(pressPanX + dx, pressPanY + dy));
    }

    private void released(MouseEvent e) {
        viewport.setCursor(null);
        boolean onNode = e.getPickResult() != null && nodeViewOf(e.getPickResult().getIntersectedNode()) != null;
        if (!dragged && !onNode && e.getButton() == MouseButton.PRIMARY) {
            chart.selectedProperty().set(null);
        }
    }

    private void clicked(MouseEvent e) {
        if (e.getButton() != MouseButton.PRIMARY || !e.isStillSincePress()) {
            return;
        }
        ChartNodeView v = e.getTarget() instanceof Node n ? nodeViewOf(n) : null;
        if (v != null) {
            chart.selectedProperty().set(v.node().id());
            if (e.getClickCount() == 2) {
                chart.onActivate().accept(v.node().id());
            }
        }
    }

    /** The node view that {@code n} is part of, or null. */
    private ChartNodeView nodeViewOf(Node n) {
        for (Node p = n; p != null && p != viewport; p = p.getParent()) {
            if (p instanceof ChartNodeView v) {
                return v;
            }
        }
        return null;
    }

    private void hovered(MouseEvent e, boolean on) {
        if (e.getTarget() instanceof Node n && n.getParent() instanceof ChartEdgeView v && v.hitArea() == n) {
            hover.accept(v.edge().id(), on);
        }
    }

    private void scrolled(ScrollEvent e) {
        if (e.getDeltaY() == 0 && e.getDeltaX() == 0) {
            return;
        }
        if (e.isShiftDown() || (e.getDeltaX() != 0 && !e.isControlDown())) {
            chart.moveView(chart.getViewport().pannedBy(e.isShiftDown() ? e.getDeltaY() : e.getDeltaX(),
                    e.isShiftDown() ? 0 : e.getDeltaY()));
        } else {
            chart.zoomBy(Math.pow(1.0018, e.getDeltaY()), e.getX(), e.getY());
        }
        e.consume();
    }

    private void zoomed(ZoomEvent e) {
        chart.zoomBy(e.getZoomFactor(), e.getX(), e.getY());
        e.consume();
    }

    // ------------------------------------------------------------------------------------------
    // keyboard

    private void keyPressed(KeyEvent e) {
        ChartLayout l = chart.layoutProperty().get();
        YearGraph yg = chart.yearGraph();
        String sel = chart.selectedProperty().get();
        Optional<String> next = Optional.empty();
        switch (e.getCode()) {
            case UP:
            case DOWN:
            case LEFT:
            case RIGHT:
                if (e.isShortcutDown() || e.isAltDown()) {
                    return;
                }
                if (yg == null) {
                    return;
                }
                next = sel == null ? ChartNavigation.first(l)
                        : ChartNavigation.step(l, yg, sel, ChartNavigation.Direction.valueOf(e.getCode().name()));
                break;
            case TAB:
                if (e.isControlDown()) {
                    leaveChart(e.isShiftDown());
                    e.consume();
                    return;
                }
                if (e.isAltDown() || e.isMetaDown()) {
                    return;
                }
                next = ChartNavigation.cycle(l, sel, e.isShiftDown());
                if (next.isEmpty()) {
                    return;
                }
                break;
            case ENTER:
                if (sel != null) {
                    chart.onActivate().accept(sel);
                    e.consume();
                }
                return;
            case ESCAPE:
                if (sel != null) {
                    chart.selectedProperty().set(null);
                    e.consume();
                }
                return;
            case PLUS:
            case ADD:
            case EQUALS:
                if (!e.isShortcutDown()) {
                    chart.zoomIn();
                    e.consume();
                }
                return;
            case MINUS:
            case SUBTRACT:
                if (!e.isShortcutDown()) {
                    chart.zoomOut();
                    e.consume();
                }
                return;
            case DIGIT0:
            case NUMPAD0:
                if (!e.isShortcutDown()) {
                    chart.fit();
                    e.consume();
                }
                return;
            case PAGE_UP:
            case PAGE_DOWN:
                chart.onYearStep().accept(e.getCode() == KeyCode.PAGE_UP ? -1 : 1);
                e.consume();
                return;
            default:
                return;
        }
        e.consume();
        next.ifPresent(id -> chart.selectedProperty().set(id));
    }

    /** Moves the focus to the next (or previous) control of the window, as Tab does elsewhere. */
    private void leaveChart(boolean backwards) {
        if (chart.getScene() == null) {
            return;
        }
        List<Node> order = new ArrayList<>();
        collectFocusable(chart.getScene().getRoot(), order);
        int i = order.indexOf(chart);
        if (order.size() < 2 || i < 0) {
            return;
        }
        order.get(Math.floorMod(i + (backwards ? -1 : 1), order.size())).requestFocus();
    }

    private void collectFocusable(Node n, List<Node> out) {
        if (!n.isVisible() || n.isDisabled()) {
            return;
        }
        if (n.isFocusTraversable()) {
            out.add(n);
        }
        if (n == chart) {
            return;
        }
        if (n instanceof Parent p) {
            for (Node c : p.getChildrenUnmodifiable()) {
                collectFocusable(c, out);
            }
        }
    }

    private void keyTyped(KeyEvent e) {
        String c = e.getCharacter();
        if (c == null || c.isEmpty() || e.isShortcutDown() || e.isAltDown() || e.isControlDown()) {
            return;
        }
        char ch = c.charAt(0);
        if (Character.isLetter(ch)) {
            chart.onTypeToSearch().accept(c);
            e.consume();
        }
    }
}
