package org.xistudy.ui;

import java.time.Duration;
import java.time.Instant;
import javafx.application.Platform;
import javafx.beans.value.ObservableValue;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * Opt-in start-up measurement for {@code installer/measure-startup.sh}. With
 * {@code -Dxistudy.startupProbe=true} the app prints how long after its process started the
 * first frame of the main window was laid out, and then the first frame with the content pack
 * loaded, and exits. Without the property nothing here is ever called.
 */
final class StartupProbe {
    static final String PROPERTY = "xistudy.startupProbe";

    private final Instant processStart;
    private final Stage stage;
    private final ObservableValue<?> content;
    private long firstFrameMs = -1;
    private boolean done;

    private StartupProbe(Stage stage, ObservableValue<?> content) {
        this.processStart = ProcessHandle.current().info().startInstant().orElse(Instant.now());
        this.stage = stage;
        this.content = content;
    }

    static boolean enabled() {
        return Boolean.getBoolean(PROPERTY);
    }

    /** Watches the stage's scene; {@code content} becomes non-null when the pack is loaded. */
    static void install(Stage stage, ObservableValue<?> content) {
        StartupProbe probe = new StartupProbe(stage, content);
        Scene scene = stage.getScene();
        scene.addPostLayoutPulseListener(probe::pulse);
    }

    private void pulse() {
        if (done || !stage.isShowing()) {
            return;
        }
        long ms = Duration.between(processStart, Instant.now()).toMillis();
        if (firstFrameMs < 0) {
            firstFrameMs = ms;
        }
        if (content.getValue() != null) {
            done = true;
            System.out.println("startup-probe first-frame-ms=" + firstFrameMs + " content-ms=" + ms);
            System.out.flush();
            Platform.runLater(() -> System.exit(0));
        } else {
            // Ask for another pulse so the frame after the pack arrives is seen.
            Platform.requestNextPulse();
        }
    }
}
