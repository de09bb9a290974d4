package org.xistudy.study.export;

import java.io.IOException;
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
        AtomicFiles.export(target, out -> out.write(bytes));
    }
}
