package org.xistudy.ui.common;

import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javafx.application.Platform;

/**
 * Where work that must not hold up the FX thread runs: pack loading, exports, saving history and
 * settings. The app uses daemon threads; tests use {@link #sameThread()}, which runs the work at
 * once in the caller, so a test never has to poll for it. Results and failures always arrive on
 * the FX thread.
 */
public final class BackgroundWork {
    private final Executor executor;

    private BackgroundWork(Executor executor) {
        this.executor = executor;
    }

    /** Work on a small pool of daemon threads (two: the machines have few cores). */
    public static BackgroundWork threads() {
        AtomicInteger n = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "background-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        return new BackgroundWork(pool);
    }

    /** Work done at once on the calling thread: for tests. */
    public static BackgroundWork sameThread() {
        return new BackgroundWork(Runnable::run);
    }

    /** Work on any executor. */
    public static BackgroundWork on(Executor executor) {
        return new BackgroundWork(Objects.requireNonNull(executor));
    }

    /**
     * Runs {@code work} in the background, then {@code onDone} with its result on the FX thread;
     * a failure goes to {@code onFailed}, also on the FX thread.
     */
    public <T> void run(Callable<T> work, Consumer<? super T> onDone, Consumer<? super Throwable> onFailed) {
        executor.execute(() -> {
            T result;
            try {
                result = work.call();
            } catch (Exception | Error e) {
                onFx(() -> onFailed.accept(e));
                return;
            }
            onFx(() -> onDone.accept(result));
        });
    }

    /** As {@link #run(Callable, Consumer, Consumer)}; a failure goes to the global error handler. */
    public <T> void run(Callable<T> work, Consumer<? super T> onDone) {
        run(work, onDone, BackgroundWork::uncaught);
    }

    /** Runs {@code work} in the background with nothing to report but failures. */
    public void run(Runnable work) {
        run(() -> {
            work.run();
            return null;
        }, ignored -> { });
    }

    private static void uncaught(Throwable error) {
        Thread t = Thread.currentThread();
        Thread.UncaughtExceptionHandler h = t.getUncaughtExceptionHandler();
        h.uncaughtException(t, error);
    }

    private static void onFx(Runnable r) {
        if (Platform.isFxApplicationThread()) {
            r.run();
        } else {
            Platform.runLater(r);
        }
    }
}
