package org.xistudy.ui.present;

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
        double s = 1;
        double needed = needed(w);
        if (needed > h) {
            s = h / needed;
            // text re-wraps at the wider layout width, so settle the scale in a few steps
            for (int i = 0; i < 8; i++) {
                double next = Math.min(1, h / needed(w / s));
                if (Math.abs(next - s) < 0.005) {
                    s = Math.min(s, next);
                    break;
                }
                s = next;
            }
        }
        // the settling above may stop on a scale a little too large: never let the content overflow
        while (s > MIN_SCALE && needed(w / s) * s > h + 0.5) {
            s *= 0.97;
        }
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

    /** The height the content needs at a width: its preferred height, or more when its minimum is more. */
    private double needed(double width) {
        return Math.max(content.prefHeight(width), content.minHeight(width));
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
