package org.xistudy.ui.timeline;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.layout.Region;
import org.xistudy.study.timeline.TimelineData;
import org.xistudy.ui.common.Tips;

/** An era in the strip above the lanes: a bar over its span with its name, which stays on screen while the bar does. */
final class EraNode extends Region {
    private final Region bar = new Region();
    private final Label label = new Label();
    private final TimelineData.EraSpan era;

    EraNode(TimelineData.EraSpan era, String text, String tip) {
        this.era = era;
        getStyleClass().addAll("timeline-era", "era-" + (1 + era.index() % TimelineView.Ink.ERA_COLOURS));
        if (era.approx()) {
            getStyleClass().add("approx");
        }
        if (era.open()) {
            getStyleClass().add("open");
        }
        setManaged(false);
        bar.getStyleClass().add("era-bar");
        bar.setManaged(false);
        label.getStyleClass().add("era-label");
        label.setManaged(false);
        label.setText(text);
        label.setTextOverrun(OverrunStyle.ELLIPSIS);
        label.setAlignment(Pos.CENTER_LEFT);
        label.setMouseTransparent(true);
        getChildren().addAll(bar, label);
        Tips.install(this, tip);
        setAccessibleText(tip);
    }

    TimelineData.EraSpan era() {
        return era;
    }

    double labelWidth() {
        return label.prefWidth(-1);
    }

    /**
     * Places the bar from {@code barX} to {@code barX + barW} (clipped to the screen by the caller)
     * with the label inside it; a label longer than the bar may use up to {@code room} pixels.
     */
    void place(double barX, double barW, double room, double y, double h, double pad) {
        double w = Math.max(Math.max(1, barW), room);
        resizeRelocate(barX, y, w, h);
        bar.resizeRelocate(0, 0, Math.max(1, barW), h);
        double lw = Math.min(label.prefWidth(-1), Math.max(0, room - 2 * pad));
        label.resizeRelocate(pad, 0, lw, h);
        label.setVisible(lw > pad);
    }

    @Override
    protected void layoutChildren() {
        // Placed by place().
    }
}
