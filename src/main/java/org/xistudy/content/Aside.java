package org.xistudy.content;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Supplier;

/**
 * Work a large pack's load does on a thread of its own beside the caller's, on the second core.
 * {@link #join} gives its result as if it had been done on the caller's thread: its failure is
 * thrown as it was, and a caller interrupted while waiting does the work itself (and stays
 * interrupted).
 */
public final class Aside<T> {
    private final Supplier<T> work;
    private final FutureTask<T> task;

    private Aside(Supplier<T> work) {
        this.work = work;
        this.task = new FutureTask<>(work::get);
    }

    /** Starts {@code work} on a daemon thread called {@code name}. */
    public static <T> Aside<T> start(String name, Supplier<T> work) {
        Aside<T> aside = new Aside<>(work);
        Thread t = new Thread(aside.task, name);
        t.setDaemon(true);
        t.start();
        return aside;
    }

    /** Waits for the result. */
    public T join() {
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return work.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
