package org.xistudy.ui.timeline;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Pane;
import javafx.scene.text.Font;
import org.xistudy.study.timeline.ItemGeometry;
import org.xistudy.study.timeline.TimeScale;
import org.xistudy.study.timeline.TimeWindow;
import org.xistudy.study.timeline.TimelineData;

/**
 * The events' side of the skin: their labels, measured once per pack and text size, and the nodes
 * on the event layer that show the events on screen. Nodes that leave the screen are hidden and
 * pooled by their style classes, so that scrolling reuses nodes and never restyles them.
 */
final class TimelineEvents {
    private final TimelineView control;
    private final Pane layer;
    private final EventNode prototype;
    private final Tooltip tooltip = new Tooltip();
    /** Whether this update made a node, which then still needs its style. */
    private boolean made;

    private TimelineData data;
    private TimelineText text;
    private String[] labels = new String[0];
    private String[] descriptions = new String[0];
    private String[] signatures = new String[0];
    private double[] labelWidths;
    private Map<Integer, EventNode> active = new HashMap<>();
    private final Map<String, ArrayDeque<EventNode>> pool = new HashMap<>();

    /**
     * The events of a control, drawn on a layer.
     *
     * @param prototype the layer's hidden node, styled as an event's, that stays its first child
     */
    TimelineEvents(TimelineView control, Pane layer, EventNode prototype) {
        this.control = control;
        this.layer = layer;
        this.prototype = prototype;
        tooltip.getStyleClass().add("timeline-tooltip");
    }

    /** Takes a pack and its text (either may be null: no events): every node goes, labels are unmeasured. */
    void reset(TimelineData d, TimelineText t) {
        data = d;
        text = t;
        labelWidths = null;
        for (EventNode n : active.values()) {
            n.setVisible(false);
        }
        active.clear();
        pool.clear();
        layer.getChildren().setAll(prototype);
        if (d == null || t == null) {
            labels = new String[0];
            return;
        }
        int n = d.items().size();
        labels = new String[n];
        descriptions = new String[n];
        signatures = new String[n];
        for (TimelineData.Item it : d.items()) {
            labels[it.index()] = t.label(it);
            signatures[it.index()] = EventNode.signature(it);
        }
    }

    /** Forgets the labels, so that {@link #labelCount()} no longer matches the pack (the text changed). */
    void forgetLabels() {
        labels = new String[0];
    }

    /** How many labels there are: as many as events, unless there is no text or it changed. */
    int labelCount() {
        return labels.length;
    }

    /** Measures every label in a font, none wider than 26 ems. */
    void measure(Font f) {
        double max = 26 * f.getSize();
        TextWidths widths = new TextWidths(f);
        labelWidths = new double[labels.length];
        for (int i = 0; i < labels.length; i++) {
            labelWidths[i] = Math.min(max, widths.width(labels[i]));
        }
    }

    /** Each label's width in pixels, by event index; null until measured. */
    double[] labelWidths() {
        return labelWidths;
    }

    private String description(int i) {
        if (descriptions[i] == null) {
            descriptions[i] = text.describe(data.item(i));
        }
        return descriptions[i];
    }

    /** Shows nodes for the events on screen and returns, per lane, how many events in view have none. */
    int[] update(TimelineSkin.Frame f) {
        TimelineView c = control;
        TimeWindow win = f.window();
        int lanes = data.lanes().size();
        int sel = c.selectedIndex();
        Set<String> matches = c.matchesProperty().get();
        boolean searching = matches != null;
        int[] hidden = new int[lanes];
        List<Integer> drawn = new ArrayList<>();
        int[] laneFirst = new int[lanes + 1];
        for (int l = 0; l < lanes; l++) {
            laneFirst[l] = drawn.size();
            if (c.isLaneShown(l)) {
                f.layout().visible(l, win.start(), win.end(), f.laneRows()[l], drawn::add);
            }
        }
        laneFirst[lanes] = drawn.size();

        Map<Integer, EventNode> next = new HashMap<>(drawn.size() * 2);
        for (int i : drawn) {
            EventNode n = active.remove(i);
            if (n != null) {
                next.put(i, n);
            }
        }
        for (EventNode n : active.values()) {
            n.setVisible(false);
            pool.computeIfAbsent(n.signature(), k -> new ArrayDeque<>()).push(n);
        }
        active = next;

        TimeScale screen = f.scale();
        for (int l = 0; l < lanes; l++) {
            if (!c.isLaneShown(l)) {
                continue;
            }
            int inView = 0;
            for (int k = laneFirst[l]; k < laneFirst[l + 1]; k++) {
                int i = drawn.get(k);
                TimelineData.Item it = data.item(i);
                if (it.start() >= win.start() && it.start() < win.end()) {
                    inView++;
                }
                EventNode n = active.get(i);
                if (n == null) {
                    n = obtain(it, signatures[i]);
                    n.bind(it, labels[i], description(i));
                    active.put(i, n);
                }
                n.setVisible(true);
                boolean match = searching && matches.contains(it.id());
                n.setState(i == sel, match, searching && !match);
                ItemGeometry g = ItemGeometry.of(it, labelWidths[i], screen, f.metrics(), 0);
                double rowY = rowsTop(f, l) + f.layout().row(i) * f.rowHeight();
                n.place(it, g, rowY, f.rowHeight(), labelWidths[i], f.metrics());
            }
            hidden[l] = Math.max(0, data.countStartingIn(l, win.start(), win.end()) - inView);
        }
        if (made) {
            // Styled now, before this frame is drawn, and in one pass for all the nodes made.
            made = false;
            layer.applyCss();
        }
        return hidden;
    }

    /** Where a lane's first row goes: the rows sit in the middle of the lane. */
    private static double rowsTop(TimelineSkin.Frame f, int lane) {
        double rowsH = f.laneRows()[lane] * f.rowHeight();
        double room = f.laneHeight()[lane] - rowsH;
        return f.laneTop()[lane] + Math.max(f.padTop(), (room - 0.4 * f.em()) / 2);
    }

    /**
     * A node for an event: a pooled one with the same style classes when there is one, so that
     * scrolling never restyles nodes; otherwise a new one, styled once with the others made in the
     * same {@link #update} (at its end).
     */
    private EventNode obtain(TimelineData.Item it, String signature) {
        ArrayDeque<EventNode> same = pool.get(signature);
        if (same != null && !same.isEmpty()) {
            return same.pop();
        }
        EventNode n = new EventNode(it, signature);
        Tooltip.install(n, tooltip);
        n.setOnMouseEntered(e -> tooltip.setText(description(n.item())));
        layer.getChildren().add(n);
        made = true;
        return n;
    }

    /** The nodes of the events on screen, in no particular order. */
    Collection<EventNode> shown() {
        return active.values();
    }

    /** The node that shows an event now, or null when it is off screen or has no room. */
    EventNode nodeFor(String id) {
        if (data == null || id == null) {
            return null;
        }
        EventNode n = active.get(data.indexOf(id));
        return n != null && n.isVisible() ? n : null;
    }

    /** The events that have nodes on screen, in no particular order. */
    List<String> shownIds() {
        List<String> out = new ArrayList<>();
        for (EventNode n : active.values()) {
            if (n.isVisible()) {
                out.add(n.eventId());
            }
        }
        return out;
    }

    /** How many event nodes exist, shown or pooled (for tests of the culling). */
    int nodeCount() {
        return layer.getChildren().size() - 1;
    }
}
