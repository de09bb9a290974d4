package org.xistudy.ui.timeline;

import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.AccessibleAttribute;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.layout.Region;
import org.xistudy.study.timeline.ItemGeometry;
import org.xistudy.study.timeline.TimelineData;

/**
 * One event on screen: a diamond marker (a point in time) or a bar (a span), and its label. Nodes
 * are pooled and rebound as the view scrolls, so only events on screen have nodes. The look is all
 * CSS: style classes say the lane ({@code lane-N}), the shape ({@code point}, {@code range}) and
 * {@code approx}; pseudo-classes say {@code :selected}, {@code :match} and {@code :dimmed}. A
 * bracket under a point's marker shows the month or year its date is known to.
 */
final class EventNode extends Region {
    static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");
    static final PseudoClass MATCH = PseudoClass.getPseudoClass("match");
    static final PseudoClass DIMMED = PseudoClass.getPseudoClass("dimmed");

    private final Region span = new Region();
    private final Region edge = new Region();
    private final Region fadeStart = new Region();
    private final Region fadeEnd = new Region();
    private final Region marker = new Region();
    private final Label label = new Label();

    private int item = -1;
    private String eventId;
    private final String signature;
    private boolean selected;

    /** A node for events like {@code it}: same lane colour, shape and approximation. */
    EventNode(TimelineData.Item it, String signature) {
        this.signature = signature;
        getStyleClass().addAll("timeline-event", "lane-" + (1 + it.lane() % TimelineView.Ink.LANE_COLOURS),
                it.range() ? "range" : "point");
        if (it.approx()) {
            getStyleClass().add("approx");
        }
        setManaged(false);
        setAccessibleRole(AccessibleRole.LIST_ITEM);
        span.getStyleClass().add("event-span");
        edge.getStyleClass().add("event-edge");
        fadeStart.getStyleClass().addAll("event-fade", "fade-start");
        fadeEnd.getStyleClass().addAll("event-fade", "fade-end");
        marker.getStyleClass().add("event-marker");
        label.getStyleClass().add("event-label");
        label.setTextOverrun(OverrunStyle.ELLIPSIS);
        label.setAlignment(Pos.CENTER_LEFT);
        label.setMinWidth(0);
        label.setManaged(false);
        // Only the parts this kind of event uses.
        for (Region r : it.range() ? it.approx() ? new Region[] {span, fadeStart, fadeEnd, edge}
                : new Region[] {span, edge} : new Region[] {span, marker}) {
            r.setManaged(false);
            r.setMouseTransparent(r != marker && r != span);
            getChildren().add(r);
        }
        getChildren().add(label);
    }

    /** A node for measuring: the label's font as CSS sets it. */
    EventNode() {
        this.signature = "";
        getStyleClass().add("timeline-event");
        setManaged(false);
        label.getStyleClass().add("event-label");
        label.setManaged(false);
        getChildren().add(label);
    }

    /** The style classes an item needs; a node shows only events with its own signature, so it is never restyled. */
    static String signature(TimelineData.Item it) {
        return it.lane() % TimelineView.Ink.LANE_COLOURS + (it.range() ? "r" : "p") + (it.approx() ? "a" : "");
    }

    String signature() {
        return signature;
    }

    int item() {
        return item;
    }

    String eventId() {
        return eventId;
    }

    /** Shows another event with the same signature. */
    void bind(TimelineData.Item it, String text, String description) {
        this.item = it.index();
        this.eventId = it.id();
        label.setText(text);
        setAccessibleText(description);
    }

    void setState(boolean selected, boolean match, boolean dimmed) {
        if (this.selected != selected) {
            this.selected = selected;
            pseudoClassStateChanged(SELECTED, selected);
            notifyAccessibleAttributeChanged(AccessibleAttribute.SELECTED);
        }
        pseudoClassStateChanged(MATCH, match);
        pseudoClassStateChanged(DIMMED, dimmed);
    }

    /**
     * Puts the node where the geometry says (in the layer's coordinates) on a row of height
     * {@code rowHeight} at {@code y}.
     */
    void place(TimelineData.Item it, ItemGeometry g, double y, double rowHeight, double labelWidth,
            ItemGeometry.Metrics m) {
        double left = g.left();
        double width = Math.max(1, g.right() - left);
        resizeRelocate(left, y, width, rowHeight);
        double mid = rowHeight / 2;
        if (it.range()) {
            double bw = Math.max(1, g.barEnd() - g.barStart());
            double bx = g.barStart() - left;
            double inset = rowHeight * 0.12;
            double fade = it.approx() ? Math.min(bw / 3, m.marker() * 1.6) : 0;
            span.resizeRelocate(bx + fade, inset, Math.max(1, bw - 2 * fade), rowHeight - 2 * inset);
            edge.resizeRelocate(bx + fade, rowHeight - inset - rowHeight * 0.12, Math.max(1, bw - 2 * fade),
                    rowHeight * 0.12);
            if (fade > 0) {
                fadeStart.resizeRelocate(bx, inset, fade, rowHeight - 2 * inset);
                fadeEnd.resizeRelocate(bx + bw - fade, inset, fade, rowHeight - 2 * inset);
            }
        } else {
            double size = m.marker();
            marker.resizeRelocate(g.markerX() - left - size / 2, mid - size / 2, size, size);
            double sw = g.barEnd() - g.barStart();
            // A bracket under the marker shows the month or year a date is known to, when it is wide enough.
            boolean bracket = sw >= size * 1.6;
            span.setVisible(bracket);
            if (bracket) {
                double h = Math.max(2, rowHeight * 0.09);
                span.resizeRelocate(g.barStart() - left, mid + size / 2 + rowHeight * 0.06, sw, h);
            }
        }
        double lh = Math.min(rowHeight, label.prefHeight(-1));
        label.resizeRelocate(g.labelX() - left, mid - lh / 2, Math.min(labelWidth, g.labelRoom()), lh);
        label.setVisible(g.labelRoom() > m.marker());
    }

    @Override
    protected void layoutChildren() {
        // Children are placed by place(); nothing to do here.
    }

    @Override
    public Object queryAccessibleAttribute(AccessibleAttribute attribute, Object... parameters) {
        if (attribute == AccessibleAttribute.SELECTED) {
            return selected;
        }
        return super.queryAccessibleAttribute(attribute, parameters);
    }

    /** Whether the bracket that shows a point's month or year is drawn. */
    boolean bracketShown() {
        return getChildren().contains(span) && span.isVisible() && !getStyleClass().contains("range");
    }

    Label label() {
        return label;
    }
}
