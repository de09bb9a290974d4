package org.xistudy.study.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.xistudy.study.storage.AtomicFiles;

/**
 * Writes an exported file atomically: the bytes go to a temporary file in the same folder, which
 * then replaces the target in one step. A failed export leaves no partial file under the final
 * name, and no temporary file behind.
 */
public final class ExportFiles {
    private ExportFiles() {
    }

    /** Writes the file; its folder must exist (an export never makes folders). */
    public static void write(Path target, byte[] bytes) throws IOException {
        Path folder = target.toAbsolutePath().getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new NoSuchFileException(String.valueOf(folder), null, "the folder does not exist");
        }
        if (Files.isDirectory(target)) {
            throw new IOException(target + " is a folder");
        }
        try {
            AtomicFiles.write(target, bytes);
        } catch (IOException | RuntimeException e) {
            try {
                Files.deleteIfExists(AtomicFiles.tempFor(target.toAbsolutePath()));
            } catch (IOException | RuntimeException ignored) {
                // the first failure is the one to report
            }
            throw e;
        }
    }
}
