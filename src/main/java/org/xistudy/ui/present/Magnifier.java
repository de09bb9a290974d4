package org.xistudy.ui.present;

import javafx.scene.Node;
import javafx.scene.layout.Region;
import javafx.scene.shape.Rectangle;
import javafx.scene.transform.Scale;

/**
 * Shows a control made for a desk, such as the timeline or the chart, larger for the back of the
 * room: the control is laid out in the space divided by the zoom and scaled up to fill it, so its
 * own labels grow with it. What would overflow is clipped.
 */
final class Magnifier extends Region {
    private final Node content;
    private final double zoom;
    private final Scale scale = new Scale(1, 1, 0, 0);
    private final Rectangle clip = new Rectangle();

    Magnifier(Node content, double zoom) {
        this.content = content;
        this.zoom = zoom;
        scale.setX(zoom);
        scale.setY(zoom);
        getStyleClass().add("magnifier");
        getChildren().add(content);
        content.getTransforms().setAll(scale);
        setClip(clip);
        setMinSize(0, 0);
    }

    @Override
    protected void layoutChildren() {
        double w = getWidth();
        double h = getHeight();
        content.resizeRelocate(0, 0, w / zoom, h / zoom);
        clip.setWidth(w);
        clip.setHeight(h);
    }

    @Override
    protected double computePrefWidth(double height) {
        return content.prefWidth(-1) * zoom;
    }

    @Override
    protected double computePrefHeight(double width) {
        return content.prefHeight(width < 0 ? -1 : width / zoom) * zoom;
    }
}
