package org.xistudy.study.watch;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Arrays;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Watches one file for new content with the JDK's {@link WatchService}. It watches the file's
 * folder, not the file, because editors often save by writing a new file and renaming it over the
 * old one. Events for the file are debounced (an editor's save is several events), then the file
 * is read and its content hash compared with the last one seen, so touching or rewriting the same
 * bytes reports nothing. New content goes to the callback, on the watcher's own daemon thread.
 *
 * <p>The content seen last starts unknown: call {@link #seen(byte[])} with the bytes that were
 * loaded. Checks wait until then, so a change made while the file was first being read is not lost.
 */
public final class FileWatcher implements AutoCloseable {
    /** How long the folder must be quiet before the file is read. */
    public static final Duration DEBOUNCE = Duration.ofMillis(300);

    private final Path file;
    private final Path name;
    private final Duration debounce;
    private final long maxBytes;
    private final Consumer<byte[]> onChange;
    private final WatchService service;
    private final Thread thread;
    private final Object lock = new Object();
    private byte[] lastHash;
    private boolean known;
    private volatile boolean closed;

    private FileWatcher(Path file, Duration debounce, long maxBytes, Consumer<byte[]> onChange) throws IOException {
        this.file = file.toAbsolutePath().normalize();
        this.name = this.file.getFileName();
        this.debounce = debounce;
        this.maxBytes = maxBytes;
        this.onChange = onChange;
        Path folder = this.file.getParent();
        this.service = folder.getFileSystem().newWatchService();
        try {
            folder.register(service, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                    StandardWatchEventKinds.ENTRY_DELETE);
        } catch (IOException | RuntimeException e) {
            service.close();
            throw e;
        }
        thread = new Thread(this::run, "file-watcher " + name);
        thread.setDaemon(true);
    }

    /**
     * Starts watching {@code file}. {@code onChange} receives the file's new content (at most
     * {@code maxBytes} of it, plus one byte to show it is longer).
     *
     * @throws IOException when the folder cannot be watched
     */
    public static FileWatcher start(Path file, Duration debounce, long maxBytes, Consumer<byte[]> onChange)
            throws IOException {
        Objects.requireNonNull(onChange);
        FileWatcher w = new FileWatcher(file, debounce, maxBytes, onChange);
        w.thread.start();
        return w;
    }

    public Path file() {
        return file;
    }

    /** Tells the watcher which content is current: only different content is reported. */
    public void seen(byte[] content) {
        synchronized (lock) {
            lastHash = content == null ? null : hash(content);
            known = true;
            lock.notifyAll();
        }
    }

    /** Reads the file, at most {@code maxBytes + 1} bytes. */
    public static byte[] read(Path file, long maxBytes) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        }
    }

    private void run() {
        long dueAt = 0; // nanoTime when the file is read, 0 when nothing is pending
        try {
            while (!closed) {
                WatchKey key;
                if (dueAt == 0) {
                    key = service.take();
                } else {
                    long wait = dueAt - System.nanoTime();
                    key = wait > 0 ? service.poll(wait, TimeUnit.NANOSECONDS) : null;
                }
                if (key != null) {
                    boolean ours = false;
                    for (WatchEvent<?> e : key.pollEvents()) {
                        ours |= e.kind() == StandardWatchEventKinds.OVERFLOW || name.equals(e.context());
                    }
                    key.reset();
                    if (ours) {
                        dueAt = System.nanoTime() + debounce.toNanos();
                    }
                    continue;
                }
                dueAt = 0;
                check();
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // closed
        }
    }

    private void check() throws InterruptedException {
        synchronized (lock) {
            while (!known && !closed) {
                lock.wait(1000);
            }
        }
        byte[] bytes;
        try {
            bytes = read(file, maxBytes);
        } catch (IOException e) {
            return; // gone for a moment during a rename, or unreadable: the next event tells
        }
        byte[] h = hash(bytes);
        synchronized (lock) {
            if (closed || Arrays.equals(h, lastHash)) {
                return;
            }
            lastHash = h;
        }
        try {
            onChange.accept(bytes);
        } catch (RuntimeException e) {
            Thread.UncaughtExceptionHandler handler = Thread.getDefaultUncaughtExceptionHandler();
            if (handler != null) {
                handler.uncaughtException(Thread.currentThread(), e);
            }
        }
    }

    static byte[] hash(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    /** Stops watching. A check already running may still report; callers ignore a closed watcher. */
    @Override
    public void close() {
        closed = true;
        synchronized (lock) {
            lock.notifyAll();
        }
        try {
            service.close();
        } catch (IOException e) {
            // nothing more to release
        }
    }
}
