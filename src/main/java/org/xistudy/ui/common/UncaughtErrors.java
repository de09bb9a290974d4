package org.xistudy.ui.common;

import java.lang.System.Logger.Level;
import javafx.application.Platform;

/**
 * The global handler for exceptions nobody caught: it logs them and tells the user once, instead
 * of letting the app die or fail silently. A burst of errors shows one dialog, not hundreds.
 */
public final class UncaughtErrors implements Thread.UncaughtExceptionHandler {
    private static final System.Logger LOG = System.getLogger(UncaughtErrors.class.getName());
    private static final long QUIET_MILLIS = 5_000;

    private final DialogService dialogs;
    private volatile long lastShown;

    public UncaughtErrors(DialogService dialogs) {
        this.dialogs = dialogs;
    }

    /** Installs this handler for every thread, the FX application thread included. */
    public void install() {
        Thread.setDefaultUncaughtExceptionHandler(this);
        if (Platform.isFxApplicationThread()) {
            Thread.currentThread().setUncaughtExceptionHandler(this);
        }
    }

    @Override
    public void uncaughtException(Thread thread, Throwable error) {
        LOG.log(Level.ERROR, "Uncaught exception on " + thread.getName(), error);
        long now = System.currentTimeMillis();
        if (now - lastShown < QUIET_MILLIS) {
            return;
        }
        lastShown = now;
        Runnable show = () -> {
            try {
                dialogs.showUnexpected(error);
            } catch (RuntimeException nested) {
                LOG.log(Level.ERROR, "Could not show the error dialog", nested);
            }
        };
        if (Platform.isFxApplicationThread()) {
            show.run();
        } else {
            Platform.runLater(show);
        }
    }
}
