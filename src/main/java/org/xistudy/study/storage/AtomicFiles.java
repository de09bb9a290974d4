package org.xistudy.study.storage;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Replaces a file's content so that, whatever happens (the process killed, the machine losing
 * power), the file afterwards holds either the old content or the new content in full, never a
 * mixture or nothing.
 *
 * <p>The bytes go to a temporary file in the same folder, which is flushed and fsynced; that file
 * is then renamed over the target in one atomic step, and the folder is fsynced so the rename
 * itself is durable (where the operating system allows opening a folder, as Linux and macOS do;
 * on Windows the rename is made durable by the file system journal).
 */
public final class AtomicFiles {
    private AtomicFiles() {
    }

    /** The temporary file that {@link #write} uses for {@code target}: a hidden sibling. */
    public static Path tempFor(Path target) {
        return target.resolveSibling("." + target.getFileName() + ".tmp");
    }

    /**
     * Writes {@code bytes} to {@code target} atomically and durably. When this returns, the new
     * content is on disk. Callers that share a target must not call this concurrently.
     */
    public static void write(Path target, byte[] bytes) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path temp = tempFor(target.toAbsolutePath());
        try (FileChannel ch = FileChannel.open(temp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            ByteBuffer buf = ByteBuffer.wrap(bytes);
            while (buf.hasRemaining()) {
                ch.write(buf);
            }
            ch.force(true);
        }
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            // Same folder, so this should not happen; a plain replace is the best left.
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
        syncFolder(dir);
    }

    /** Fsyncs a folder, so that renames and new entries in it survive a power loss. Best effort. */
    public static void syncFolder(Path dir) {
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // Windows cannot open a folder as a channel; NTFS journals the rename instead.
        }
    }
}
