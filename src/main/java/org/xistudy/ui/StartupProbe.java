package org.xistudy.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import javafx.application.Platform;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.xistudy.platform.QuickStart;
import org.xistudy.ui.timeline.TimelineView;

/**
 * Opt-in start-up measurement for {@code installer/measure-startup.sh}. With
 * {@code -Dxistudy.startupProbe=true} (for a jpackage launcher, which takes no JVM options on its
 * command line: {@code JAVA_TOOL_OPTIONS=-Dxistudy.startupProbe=true}) the app prints how long
 * after it was launched the first frame of the main window was laid out, and then the first frame
 * with the content pack loaded, and exits. "Launched" is the wall-clock time in milliseconds in
 * the environment variable {@code XISTUDY_STARTUP_T0} when the caller sets it, so the launcher's
 * own work is counted; otherwise the process's start time. Without the property nothing here
 * is ever called.
 */
final class StartupProbe {
    static final String PROPERTY = "xistudy.startupProbe";

    private final Instant processStart;
    private final Stage stage;
    private final ObservableValue<?> content;
    private long firstFrameMs = -1;
    private boolean done;

    private StartupProbe(Stage stage, ObservableValue<?> content) {
        this.processStart = launchedAt();
        this.stage = stage;
        this.content = content;
    }

    private static Instant launchedAt() {
        String t0 = System.getenv("XISTUDY_STARTUP_T0");
        if (t0 != null) {
            try {
                return Instant.ofEpochMilli(Long.parseLong(t0.strip()));
            } catch (NumberFormatException e) {
                // fall back to the process start
            }
        }
        return ProcessHandle.current().info().startInstant().orElse(Instant.now());
    }

    /** Whether the frame shows the pack: its first view, the timeline, has its events and a size. */
    private boolean timelineLaidOut() {
        for (Node n : stage.getScene().getRoot().lookupAll(".timeline")) {
            if (n instanceof TimelineView t && t.getData() != null && !t.getData().items().isEmpty() && t.getWidth() > 0
                    && t.getHeight() > 0) {
                return true;
            }
        }
        return false;
    }

    /** The process's resident memory in KiB, read from /proc (-1 where there is none). */
    static long rssKb() {
        return rssKb("self");
    }

    /**
     * The resident memory of the JVM that started this one to have it start sooner
     * ({@code platform.QuickStart}), or -1 when this JVM was started directly. Reported beside the
     * app's own, so that the memory of both processes is counted.
     */
    static long launcherRssKb() {
        if (!QuickStart.CHILD.equals(System.getProperty(QuickStart.PROPERTY))) {
            return -1;
        }
        return ProcessHandle.current().parent().map(p -> rssKb(Long.toString(p.pid()))).orElse(-1L);
    }

    private static long rssKb(String process) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", process, "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux
        }
        return -1;
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
        if (content.getValue() != null && timelineLaidOut()) {
            done = true;
            System.out.println("startup-probe first-frame-ms=" + firstFrameMs + " content-ms=" + ms + " rss-kb="
                    + rssKb() + " launcher-rss-kb=" + launcherRssKb());
            System.out.flush();
            Platform.runLater(() -> System.exit(0));
        } else {
            // Ask for another pulse so the frame after the pack arrives is seen.
            Platform.requestNextPulse();
        }
    }
}
