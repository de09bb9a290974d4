package org.xistudy.study.storage;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
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

    /** Writes the content of a file to a stream; the stream is not to be closed by the body. */
    @FunctionalInterface
    public interface Body {
        void writeTo(OutputStream out) throws IOException;
    }

    /**
     * Writes {@code bytes} to {@code target} atomically and durably. When this returns, the new
     * content is on disk. Callers that share a target must not call this concurrently.
     */
    public static void write(Path target, byte[] bytes) throws IOException {
        write(target, out -> out.write(bytes));
    }

    /**
     * Writes what {@code body} produces to {@code target} atomically and durably, for content
     * that is streamed rather than held in memory (CSV, PNG). If the body or the disk fails, the
     * temporary file is removed, {@code target} is left exactly as it was, and the failure is
     * thrown: a partial file never stands under the final name.
     */
    public static void write(Path target, Body body) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path temp = tempFor(target.toAbsolutePath());
        try {
            try (FileChannel ch = FileChannel.open(temp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                OutputStream raw = Channels.newOutputStream(ch);
                BufferedOutputStream out = new BufferedOutputStream(new OutputStream() {
                    @Override
                    public void write(int b) throws IOException {
                        raw.write(b);
                    }

                    @Override
                    public void write(byte[] b, int off, int len) throws IOException {
                        raw.write(b, off, len);
                    }
                    // close() does nothing: the channel is closed here, after the fsync.
                }, 64 * 1024);
                body.writeTo(out);
                out.flush();
                ch.force(true);
            }
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                // Same folder, so this should not happen; a plain replace is the best left.
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException | RuntimeException | Error e) {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException | RuntimeException ignored) {
                // the first failure is the one to report
            }
            throw e;
        }
        syncFolder(dir);
    }

    /**
     * Writes an exported file atomically (see {@link #write(Path, Body)}); unlike the user's data,
     * an export never makes folders, and never replaces a folder.
     */
    public static void export(Path target, Body body) throws IOException {
        Path folder = target.toAbsolutePath().getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new NoSuchFileException(String.valueOf(folder), null, "the folder does not exist");
        }
        if (Files.isDirectory(target)) {
            throw new IOException(target + " is a folder");
        }
        write(target, body);
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
