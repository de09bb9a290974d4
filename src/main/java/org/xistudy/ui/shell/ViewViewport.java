package org.xistudy.ui.shell;

import javafx.beans.value.ChangeListener;
import javafx.geometry.Bounds;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.ScrollBar;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Region;
import javafx.scene.shape.Rectangle;

/**
 * Where the views stand in the main window. A view gets all the room there is; when the text is
 * so large for the window that the view cannot be laid out in it (its minimum size is larger), it
 * keeps that minimum and this shows scroll bars, so that the header and the status line stay in the
 * window and every part of the view can be reached. Unlike a ScrollPane it takes no keys: arrows,
 * Space and the Page keys stay the views' own. The wheel scrolls it only when the view did not use
 * the turn itself.
 */
public final class ViewViewport extends Region {
    private final Node content;
    private final ScrollBar vbar = new ScrollBar();
    private final ScrollBar hbar = new ScrollBar();
    private final Rectangle clip = new Rectangle();

    ViewViewport(Node content) {
        this.content = content;
        getStyleClass().add("view-viewport");
        vbar.setOrientation(Orientation.VERTICAL);
        hbar.setOrientation(Orientation.HORIZONTAL);
        for (ScrollBar bar : new ScrollBar[] {vbar, hbar}) {
            bar.setFocusTraversable(false);
            bar.setVisible(false);
            bar.setMin(0);
            bar.valueProperty().addListener(o -> requestLayout());
        }
        setClip(clip);
        sceneProperty().addListener((obs, old, scene) -> {
            if (old != null) {
                old.focusOwnerProperty().removeListener(followFocus);
            }
            if (scene != null) {
                scene.focusOwnerProperty().addListener(followFocus);
            }
        });
        getChildren().addAll(content, vbar, hbar);
        addEventHandler(ScrollEvent.SCROLL, e -> {
            if (vbar.isVisible() && e.getDeltaY() != 0) {
                vbar.setValue(clamp(vbar.getValue() - e.getDeltaY(), vbar.getMax()));
                e.consume();
            } else if (hbar.isVisible() && e.getDeltaX() != 0) {
                hbar.setValue(clamp(hbar.getValue() - e.getDeltaX(), hbar.getMax()));
                e.consume();
            }
        });
    }

    /** Brings what the keyboard reached into sight when the view scrolls. */
    private final ChangeListener<Node> followFocus = (obs, was, now) -> {
        if (now == null || !scrolls() || !isInside(now)) {
            return;
        }
        Bounds b = sceneToLocal(now.localToScene(now.getLayoutBounds()));
        double roomH = getHeight() - (hbar.isVisible() ? hbar.getHeight() : 0);
        if (b.getMaxY() > roomH) {
            vbar.setValue(clamp(vbar.getValue() + b.getMaxY() - roomH, vbar.getMax()));
        } else if (b.getMinY() < 0) {
            vbar.setValue(clamp(vbar.getValue() + b.getMinY(), vbar.getMax()));
        }
    };

    private boolean isInside(Node n) {
        for (Node at = n; at != null; at = at.getParent()) {
            if (at == content) {
                return true;
            }
        }
        return false;
    }

    private static double clamp(double v, double max) {
        return Math.max(0, Math.min(max, v));
    }

    /** Whether the view is larger than the room it has (then it scrolls). */
    public boolean scrolls() {
        return vbar.isVisible() || hbar.isVisible();
    }

    @Override
    protected double computeMinWidth(double height) {
        return 0;
    }

    @Override
    protected double computeMinHeight(double width) {
        return 0;
    }

    @Override
    protected double computePrefWidth(double height) {
        return content.prefWidth(height);
    }

    @Override
    protected double computePrefHeight(double width) {
        return content.prefHeight(width);
    }

    @Override
    protected void layoutChildren() {
        double w = getWidth();
        double h = getHeight();
        clip.setWidth(w);
        clip.setHeight(h);
        double barW = vbar.prefWidth(-1);
        double barH = hbar.prefHeight(-1);
        boolean needH = content.minWidth(-1) > w + 0.5;
        double roomW = w;
        double cw = Math.max(roomW, content.minWidth(-1));
        boolean needV = content.minHeight(cw) > h - (needH ? barH : 0) + 0.5;
        if (needV) {
            roomW = w - barW;
            cw = Math.max(roomW, content.minWidth(-1));
            needH = cw > roomW + 0.5;
        }
        double roomH = h - (needH ? barH : 0);
        double ch = Math.max(roomH, content.minHeight(cw));
        vbar.setVisible(needV);
        hbar.setVisible(needH);
        vbar.setMax(Math.max(0, ch - roomH));
        vbar.setVisibleAmount(roomH);
        hbar.setMax(Math.max(0, cw - roomW));
        hbar.setVisibleAmount(roomW);
        if (!needV) {
            vbar.setValue(0);
        }
        if (!needH) {
            hbar.setValue(0);
        }
        content.resizeRelocate(-snapPositionX(hbar.getValue()), -snapPositionY(vbar.getValue()), snapSizeX(cw),
                snapSizeY(ch));
        vbar.resizeRelocate(w - barW, 0, barW, roomH);
        hbar.resizeRelocate(0, h - barH, roomW, barH);
    }
}
