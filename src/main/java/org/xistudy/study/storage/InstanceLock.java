package org.xistudy.study.storage;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;

/**
 * Makes sure only one running copy of the app writes a data folder. The lock is an operating
 * system lock on the file {@code .lock} in that folder, so it disappears when the process ends,
 * however it ends; a stale lock file left behind is harmless.
 *
 * <p>The holder writes its process id and start time into the lock file, so a second copy can
 * say who holds it. The lock covers one byte far past the end of the file, which leaves the text
 * readable on systems (Windows) where locked bytes cannot be read.
 *
 * <pre>{@code
 * try {
 *     InstanceLock lock = InstanceLock.acquire(dataDir);   // keep it until the app ends
 * } catch (InstanceLock.HeldException e) {
 *     // another copy is running: e.holderPid(), e.holderSince(); open read-only or quit
 * }
 * }</pre>
 */
public final class InstanceLock implements AutoCloseable {
    /** The lock file's name inside the data folder. */
    public static final String FILE = ".lock";
    private static final long LOCK_POSITION = Long.MAX_VALUE - 1;

    private final Path dir;
    private final FileChannel channel;
    private final FileLock lock;

    private InstanceLock(Path dir, FileChannel channel, FileLock lock) {
        this.dir = dir;
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Locks {@code dir} (creating it if needed) for this process.
     *
     * @throws HeldException when another process, or another part of this one, holds the lock
     * @throws IOException when the folder or the lock file cannot be used at all
     */
    public static InstanceLock acquire(Path dir) throws IOException {
        Files.createDirectories(dir);
        Path file = dir.resolve(FILE);
        FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = ch.tryLock(LOCK_POSITION, 1, false);
        } catch (OverlappingFileLockException e) {
            lock = null;
        } catch (IOException e) {
            ch.close();
            throw e;
        }
        if (lock == null) {
            String holder = readHolder(ch);
            ch.close();
            throw new HeldException(dir, holder);
        }
        try {
            ProcessHandle self = ProcessHandle.current();
            String info = self.pid() + " " + self.info().startInstant().orElse(Instant.now()) + "\n";
            ch.truncate(0);
            ch.write(ByteBuffer.wrap(info.getBytes(StandardCharsets.UTF_8)), 0);
            ch.force(true);
        } catch (IOException e) {
            // The lock holds even if the note about who holds it cannot be written.
        }
        return new InstanceLock(dir, ch, lock);
    }

    private static String readHolder(FileChannel ch) {
        try {
            ByteBuffer buf = ByteBuffer.allocate(200);
            int n = ch.read(buf, 0);
            return n <= 0 ? "" : new String(buf.array(), 0, n, StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            return "";
        }
    }

    /** The locked folder. */
    public Path dir() {
        return dir;
    }

    public boolean isHeld() {
        return lock.isValid();
    }

    /** Releases the lock; the app calls this when it quits. */
    @Override
    public void close() throws IOException {
        try {
            if (lock.isValid()) {
                lock.release();
            }
        } finally {
            channel.close();
        }
    }

    /** Another running copy of the app holds the folder. */
    public static final class HeldException extends IOException {
        private static final long serialVersionUID = 1L;
        private final transient Path dir;
        private final long holderPid;
        private final String holderSince;

        HeldException(Path dir, String holder) {
            super(message(dir, holder));
            this.dir = dir;
            String[] parts = holder.split("\\s+");
            long pid = -1;
            try {
                pid = parts.length > 0 && !parts[0].isEmpty() ? Long.parseLong(parts[0]) : -1;
            } catch (NumberFormatException e) {
                pid = -1;
            }
            this.holderPid = pid;
            this.holderSince = parts.length > 1 ? parts[1] : null;
        }

        private static String message(Path dir, String holder) {
            String who = holder.isEmpty() ? "another running copy of the app"
                    : "another running copy of the app (process " + holder.split("\\s+")[0] + ")";
            return dir + " is in use by " + who + "; close it first, so that the two do not overwrite each "
                    + "other's progress";
        }

        /** The folder that is in use. */
        public Path dir() {
            return dir;
        }

        /** The holder's process id, or -1 when unknown. */
        public long holderPid() {
            return holderPid;
        }

        /** When the holder started (ISO-8601), or null when unknown. */
        public String holderSince() {
            return holderSince;
        }
    }
}
