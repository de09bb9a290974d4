package org.xistudy.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Fails the test during which any thread, the FX application thread above all, threw an
 * exception nobody caught. Registered for every test through the ServiceLoader (see
 * {@code junit-platform.properties}), so no test can forget it.
 *
 * <p>Two routes are watched: the default uncaught-exception handler (for code that runs before
 * or without the app's own handler), and the app's {@code UncaughtErrors}, which shows such
 * errors to the user in a dialog and logs them at SEVERE; a JUL handler on that logger records
 * them. A test that provokes an uncaught error on purpose says so with {@link ExpectsUncaughtErrors}.
 */
public final class FxErrorGuard implements BeforeEachCallback, AfterEachCallback {
    /** The app's handler logs under its class name; see {@code org.xistudy.ui.common.UncaughtErrors}. */
    static final String APP_HANDLER_LOGGER = "org.xistudy.ui.common.UncaughtErrors";

    private static final List<Throwable> ERRORS = new ArrayList<>();
    /** Kept here: JUL holds loggers weakly, and a collected logger would lose its settings. */
    private static Logger appLog;
    private static boolean installed;

    static {
        KnownNoise.install();
    }

    /** Starts watching (idempotent): the default handler and the app handler's log. */
    public static synchronized void install() {
        if (installed) {
            return;
        }
        installed = true;
        // The failure report carries the exception; the console need not print it a second time
        // (and a test that provokes one on purpose leaves no trace in a green log).
        appLog = Logger.getLogger(APP_HANDLER_LOGGER);
        appLog.setUseParentHandlers(false);
        appLog.addHandler(new Handler() {
            @Override
            public void publish(LogRecord record) {
                if (record.getLevel().intValue() >= Level.SEVERE.intValue() && record.getThrown() != null) {
                    record(record.getThrown());
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        });
    }

    static synchronized void record(Throwable t) {
        if (!isMonocleDragLeave(t)) {
            ERRORS.add(t);
        }
    }

    /**
     * The one toolkit bug let through: headless Monocle's drag and drop. When a drag starts
     * ({@code startDragAndDrop}, as the quiz's order list and the lesson steps do), Monocle runs
     * a nested loop in which a mouse move can send "drag left" to a view that never saw the drag
     * enter, and glass's {@code View.notifyDragLeave} then calls {@code close()} on a null
     * assistant. Only that exception with exactly those two top frames is known; the desktop
     * toolkits (GTK, Windows, macOS) do not take this path. The UI monkey met it.
     */
    public static boolean isMonocleDragLeave(Throwable t) {
        if (!(t instanceof NullPointerException) || t.getStackTrace().length < 2) {
            return false;
        }
        StackTraceElement first = t.getStackTrace()[0];
        StackTraceElement second = t.getStackTrace()[1];
        return "com.sun.glass.ui.View".equals(first.getClassName()) && "notifyDragLeave".equals(first.getMethodName())
                && "com.sun.glass.ui.monocle.MonocleView".equals(second.getClassName())
                && "notifyDragLeave".equals(second.getMethodName());
    }

    /** The errors recorded since the last {@link #takeErrors()}, which are then forgotten. */
    public static synchronized List<Throwable> takeErrors() {
        List<Throwable> out = List.copyOf(ERRORS);
        ERRORS.clear();
        return out;
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        install();
        // TestFX's WaitForAsyncUtils installs its own default handler when it is first used, and
        // rethrows what it caught at some later wait, often in another test. Let it initialise
        // first, then take over, so every uncaught exception is charged to the test that caused it.
        WaitForAsyncUtils.clearExceptions();
        if (!(Thread.getDefaultUncaughtExceptionHandler() instanceof Recorder)) {
            Thread.setDefaultUncaughtExceptionHandler(new Recorder());
        }
        takeErrors();
    }

    @Override
    public void afterEach(ExtensionContext context) {
        List<Throwable> errors = takeErrors();
        WaitForAsyncUtils.clearExceptions();
        boolean expected = context.getRequiredTestMethod().isAnnotationPresent(ExpectsUncaughtErrors.class)
                || context.getRequiredTestClass().isAnnotationPresent(ExpectsUncaughtErrors.class);
        if (errors.isEmpty() || expected) {
            return;
        }
        AssertionError failure = new AssertionError(errors.size() + " uncaught exception(s) during "
                + context.getDisplayName() + ", the first: " + errors.get(0), errors.get(0));
        errors.stream().skip(1).forEach(failure::addSuppressed);
        throw failure;
    }

    /** The default handler while tests run: records; the test's failure report shows the exception. */
    static final class Recorder implements Thread.UncaughtExceptionHandler {
        @Override
        public void uncaughtException(Thread t, Throwable e) {
            record(e);
        }
    }
}
