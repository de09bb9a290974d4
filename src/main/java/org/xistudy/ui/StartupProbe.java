package org.xistudy.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Consumer;
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
    /**
     * With this property true as well, after the first frame with the pack the probe shows every
     * view in turn, a few frames each, and then prints the memory before it exits.
     */
    static final String VIEWS_PROPERTY = "xistudy.startupProbe.views";
    /** Frames laid out in each view before the next is shown, so that it is built and drawn. */
    private static final int FRAMES_PER_VIEW = 6;

    private final Instant processStart;
    private final Stage stage;
    private final ObservableValue<?> content;
    private final Consumer<ViewId> show;
    private long firstFrameMs = -1;
    private boolean done;
    /** While visiting the views: the index of the one shown, and the frames still to wait in it. */
    private int visiting = -1;
    private int framesLeft;

    private StartupProbe(Stage stage, ObservableValue<?> content, Consumer<ViewId> show) {
        this.processStart = launchedAt();
        this.stage = stage;
        this.content = content;
        this.show = show;
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

    /** One frame of the walk through the views; after the last view, the memory then. */
    private void visit() {
        if (--framesLeft > 0) {
            Platform.requestNextPulse();
            return;
        }
        visiting++;
        ViewId[] views = ViewId.values();
        if (visiting < views.length) {
            framesLeft = FRAMES_PER_VIEW;
            ViewId next = views[visiting];
            Platform.runLater(() -> show.accept(next));
            Platform.requestNextPulse();
            return;
        }
        visiting = -1;
        System.out.println("startup-probe views=" + views.length + " views-rss-kb=" + rssKb() + " launcher-rss-kb="
                + launcherRssKb());
        System.out.flush();
        Platform.runLater(() -> System.exit(0));
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

    /**
     * Watches the stage's scene; {@code content} becomes non-null when the pack is loaded, and
     * {@code show} shows a view (for {@value #VIEWS_PROPERTY}).
     */
    static void install(Stage stage, ObservableValue<?> content, Consumer<ViewId> show) {
        StartupProbe probe = new StartupProbe(stage, content, show);
        Scene scene = stage.getScene();
        scene.addPostLayoutPulseListener(probe::pulse);
    }

    private void pulse() {
        if (visiting >= 0) {
            visit();
            return;
        }
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
            if (Boolean.getBoolean(VIEWS_PROPERTY)) {
                visiting = 0;
                framesLeft = FRAMES_PER_VIEW;
                Platform.runLater(() -> show.accept(ViewId.values()[0]));
                Platform.requestNextPulse();
            } else {
                Platform.runLater(() -> System.exit(0));
            }
        } else {
            // Ask for another pulse so the frame after the pack arrives is seen.
            Platform.requestNextPulse();
        }
    }
}
