package org.xistudy.ui.institutions;

import javafx.animation.Interpolator;
import javafx.animation.KeyFrame;
import javafx.animation.KeyValue;
import javafx.animation.Timeline;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.value.ChangeListener;
import javafx.util.Duration;
import org.xistudy.study.chart.ChartFrame;

/**
 * The change from one year's chart to the next: a timeline runs from what is on screen to the
 * frame of the new year, and at each step hands its {@link Stage} the frame of the moment
 * ({@link ChartFrame#between}); at the end, the frame of the year itself. Without animation the
 * change is one step to the end.
 */
final class ChartTransition {
    static final Duration DURATION = Duration.millis(700);

    /** What the transition moves: the skin's views. */
    interface Stage {
        /** Shows a moment of the change, {@link #shown()}. */
        void step(ChartFrame now);

        /** The change is over: {@code end} is on screen. */
        void settled(ChartFrame end);

        /** Whether a change is running. */
        void animating(boolean on);
    }

    private final Stage stage;
    private final DoubleProperty progress = new SimpleDoubleProperty(1);
    // kept, so that dispose() removes the very listener it added
    private final ChangeListener<Number> onProgress = (obs, o, n) -> step(n.doubleValue());
    private ChartFrame shown = ChartFrame.EMPTY;
    private ChartFrame from = ChartFrame.EMPTY;
    private ChartFrame to = ChartFrame.EMPTY;
    private Timeline timeline;

    ChartTransition(Stage stage) {
        this.stage = stage;
        progress.addListener(onProgress);
    }

    /** What is on screen: a moment of the change while one runs, else the frame of the year. */
    ChartFrame shown() {
        return shown;
    }

    /** The frame the change ends at (the one on screen once none runs). */
    ChartFrame target() {
        return to;
    }

    /** Forgets what is on screen, so that the next change jumps rather than moves. */
    void forget() {
        shown = ChartFrame.EMPTY;
    }

    /** Changes from what is on screen to {@code target}, over {@link #DURATION} if {@code animate}. */
    void start(ChartFrame target, boolean animate) {
        stop();
        from = shown;
        to = target;
        if (!animate) {
            progress.set(1);
            step(1);
            settle();
            return;
        }
        stage.animating(true);
        progress.set(0);
        timeline = new Timeline(new KeyFrame(Duration.ZERO, new KeyValue(progress, 0)),
                new KeyFrame(DURATION, new KeyValue(progress, 1, Interpolator.EASE_BOTH)));
        timeline.setOnFinished(e -> settle());
        timeline.play();
    }

    /** Ends a running change at once, at its end. */
    void finish() {
        if (timeline != null) {
            timeline.stop();
            timeline = null;
            progress.set(1);
            step(1);
            settle();
        }
    }

    /** Stops a running change where it is. */
    void stop() {
        if (timeline != null) {
            timeline.stop();
            timeline = null;
        }
        stage.animating(false);
    }

    /** Stops, and removes the listener the transition added. */
    void dispose() {
        stop();
        progress.removeListener(onProgress);
    }

    private void step(double t) {
        shown = ChartFrame.between(from, to, t);
        stage.step(shown);
    }

    private void settle() {
        timeline = null;
        shown = to;
        stage.animating(false);
        stage.settled(to);
    }
}
