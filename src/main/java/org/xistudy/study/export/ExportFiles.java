package org.xistudy.study.export;

import java.io.IOException;
import java.nio.file.Files;
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

    public static void write(Path target, byte[] bytes) throws IOException {
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
