package org.xistudy.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder.request;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javafx.application.Platform;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** The guard fails a test whose FX thread threw, and the noise filter drops only the one known trace. */
class FxErrorGuardTest {

    /** A test that throws on the FX thread and would pass without the guard. */
    @ExtendWith(ApplicationExtension.class)
    static class ThrowsOnFxThread {
        @Test
        void throwsInARunLater() {
            Platform.runLater(() -> {
                throw new IllegalStateException("thrown on the FX thread");
            });
            WaitForAsyncUtils.waitForFxEvents();
        }
    }

    /** The same, marked as expecting it. */
    @ExtendWith(ApplicationExtension.class)
    static class ExpectsIt {
        @Test
        @ExpectsUncaughtErrors
        void throwsInARunLater() {
            Platform.runLater(() -> {
                throw new IllegalStateException("thrown on purpose");
            });
            WaitForAsyncUtils.waitForFxEvents();
        }
    }

    private static TestExecutionSummary run(Class<?> type) {
        SummaryGeneratingListener listener = new SummaryGeneratingListener();
        LauncherFactory.create().execute(request().selectors(selectClass(type)).build(), listener);
        return listener.getSummary();
    }

    @Test
    void anExceptionOnTheFxThreadFailsTheTest() {
        TestExecutionSummary s = run(ThrowsOnFxThread.class);
        assertEquals(1, s.getTestsFailedCount(), "the guard turned the FX exception into a failure");
        assertEquals("thrown on the FX thread", s.getFailures().get(0).getException().getCause().getMessage());
    }

    @Test
    void aTestMayExpectIt() {
        TestExecutionSummary s = run(ExpectsIt.class);
        assertEquals(0, s.getTestsFailedCount());
        assertEquals(1, s.getTestsSucceededCount());
    }

    @Test
    void onlyMonoclesDragLeaveBugIsLetThrough() {
        NullPointerException known = new NullPointerException("Cannot invoke close() because dropTargetAssistant is null");
        known.setStackTrace(new StackTraceElement[] {
            new StackTraceElement("com.sun.glass.ui.View", "notifyDragLeave", "View.java", 1031),
            new StackTraceElement("com.sun.glass.ui.monocle.MonocleView", "notifyDragLeave", "MonocleView.java", 155),
            new StackTraceElement("com.sun.glass.ui.monocle.MouseInput", "notifyMouse", "MouseInput.java", 303)});
        NullPointerException ours = new NullPointerException("ours");
        ours.setStackTrace(new StackTraceElement[] {
            new StackTraceElement("org.xistudy.ui.lessons.LessonsController", "drop", "LessonsController.java", 330),
            new StackTraceElement("com.sun.glass.ui.monocle.MonocleView", "notifyDragLeave", "MonocleView.java", 155)});
        IllegalStateException other = new IllegalStateException("not an NPE");
        other.setStackTrace(known.getStackTrace());
        FxErrorGuard.takeErrors();
        FxErrorGuard.record(known);
        FxErrorGuard.record(ours);
        FxErrorGuard.record(other);
        assertEquals(List.of(ours, other), FxErrorGuard.takeErrors(), "only the toolkit's own NPE is let through");
    }

    @Test
    void onlyTheKnownTraceIsDropped() throws IOException {
        ByteArrayOutputStream sink = new ByteArrayOutputStream();
        try (PrintStream err = new PrintStream(new KnownNoise(sink), true, StandardCharsets.UTF_8)) {
            err.println("before");
            err.println(KnownNoise.EXCEPTION);
            err.println("\tat java.base/java.nio.IntBuffer.put(IntBuffer.java:1179)");
            err.println("\tat com.sun.javafx.tk.quantum.UploadingPainter.run(UploadingPainter.java:163)");
            err.println("\tat java.base/java.lang.Thread.run(Thread.java:840)");
            err.println(KnownNoise.EXCEPTION);
            err.println("\tat org.xistudy.Something.elsewhere(Something.java:1)");
            err.println("after");
        }
        assertEquals("before\n" + KnownNoise.EXCEPTION + "\n\tat org.xistudy.Something.elsewhere(Something.java:1)\nafter\n",
                sink.toString(StandardCharsets.UTF_8));
    }

    @Test
    void theSameBugsTooSmallBufferTraceIsDroppedToo() throws IOException {
        String tooSmall = "java.lang.IllegalArgumentException: Too small int buffer size 1920x1200 [2304000] > 1866240";
        List<String> frames = List.of("\tat com.sun.glass.ui.Pixels.<init>(Pixels.java:129)",
                "\tat com.sun.glass.ui.monocle.MonoclePixels.<init>(MonoclePixels.java:49)",
                "\tat com.sun.glass.ui.monocle.MonocleApplication.createPixels(MonocleApplication.java:202)",
                "\tat com.sun.prism.impl.QueuedPixelSource.getUnusedPixels(QueuedPixelSource.java:160)",
                "\tat com.sun.javafx.tk.quantum.UploadingPainter.run(UploadingPainter.java:157)",
                "\tat java.base/java.lang.Thread.run(Thread.java:840)");
        ByteArrayOutputStream sink = new ByteArrayOutputStream();
        try (PrintStream err = new PrintStream(new KnownNoise(sink), true, StandardCharsets.UTF_8)) {
            err.println("before");
            err.println(tooSmall);
            frames.forEach(err::println);
            err.println(tooSmall); // the same exception thrown elsewhere stays
            err.println(frames.get(0));
            err.println("\tat org.xistudy.Something.elsewhere(Something.java:1)");
            err.println("after");
        }
        assertEquals("before\n" + tooSmall + "\n" + frames.get(0) + "\n\tat org.xistudy.Something.elsewhere(Something.java:1)"
                + "\nafter\n", sink.toString(StandardCharsets.UTF_8));
    }
}
