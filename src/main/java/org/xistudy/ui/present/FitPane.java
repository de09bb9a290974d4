package org.xistudy.ui.present;

import java.util.HashMap;
import java.util.Map;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.layout.Region;
import javafx.scene.transform.Scale;

/**
 * Holds one node at the full width it is given, and when the node would be taller than the
 * space, shrinks it evenly (letting its text re-wrap to the wider layout) so that nothing on the
 * projector is cut off or needs scrolling.
 */
final class FitPane extends Region {
    private static final double MIN_SCALE = 0.05;
    private final Node content;
    private final Scale scale = new Scale(1, 1, 0, 0);
    private final Map<Long, Double> neededByWidth = new HashMap<>();

    FitPane(Node content) {
        this.content = content;
        getStyleClass().add("fit-pane");
        content.getTransforms().add(scale);
        getChildren().add(content);
        setMinSize(0, 0);
    }

    /** The scale applied at the last layout: 1 when the content fits. */
    double scale() {
        return scale.getX();
    }

    @Override
    protected void layoutChildren() {
        Insets in = getInsets();
        double w = Math.max(1, getWidth() - in.getLeft() - in.getRight());
        double h = Math.max(1, getHeight() - in.getTop() - in.getBottom());
        double s = scaleFor(w, h, 14);
        // Preferred heights can under-report what wrapped text takes once it is laid out: lay the
        // content out and measure what it really covers, and shrink further until it fits.
        for (int i = 0; i < 6; i++) {
            double layoutWidth = w / s;
            content.resizeRelocate(in.getLeft(), in.getTop(), layoutWidth, Math.min(needed(layoutWidth), h / s));
            if (content instanceof Parent p) {
                p.layout();
            }
            double covered = content.getBoundsInLocal().getMaxY();
            if (covered * s <= h + 0.5 || s <= MIN_SCALE) {
                break;
            }
            s = Math.max(MIN_SCALE, s * h / (covered * s) * 0.99);
        }
        scale.setX(s);
        scale.setY(s);
    }

    /**
     * The scale the content would be shrunk to in a space of this size (1 when it fits), found to
     * within {@code 2^-steps}, before the last check of what it really covers.
     */
    double scaleFor(double w, double h, int steps) {
        if (needed(w) <= h) {
            return 1;
        }
        // Text re-wraps at the wider layout width, so the height a scale needs is not simply
        // proportional to it; but it grows with the scale. The largest scale that fits lies
        // between the smallest and 1: halve the interval until it is found.
        double lo = MIN_SCALE;
        double hi = 1;
        for (int i = 0; i < steps; i++) {
            double mid = (lo + hi) / 2;
            if (needed(w / mid) * mid <= h + 0.5) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /**
     * The height the content needs at a width: its preferred height, or more when its minimum is
     * more. Remembered by whole width until the content asks for a new layout, since finding a
     * scale asks for the same widths again and again.
     */
    private double needed(double width) {
        long key = Math.round(width);
        Double known = neededByWidth.get(key);
        if (known != null) {
            return known;
        }
        double h = Math.max(content.prefHeight(key), content.minHeight(key));
        neededByWidth.put(key, h);
        return h;
    }

    @Override
    public void requestLayout() {
        if (neededByWidth != null) { // null while Region's constructor runs
            neededByWidth.clear();
        }
        super.requestLayout();
    }

    @Override
    protected double computePrefWidth(double height) {
        return content.prefWidth(-1);
    }

    @Override
    protected double computePrefHeight(double width) {
        return content.prefHeight(width);
    }
}
