package org.xistudy.study.storage;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {
    @TempDir
    Path dir;

    @Test
    void aBodyThatFailsHalfwayLeavesTheOldFileAndNoTemporaryFile() throws IOException {
        Path file = dir.resolve("out.csv");
        Files.writeString(file, "old");
        IOException e = assertThrows(IOException.class, () -> AtomicFiles.export(file, out -> {
            out.write("half of the new".getBytes(StandardCharsets.UTF_8));
            throw new IOException("disk full");
        }));
        assertEquals("disk full", e.getMessage());
        assertEquals("old", Files.readString(file));
        assertFalse(Files.exists(AtomicFiles.tempFor(file)));
    }

    @Test
    void aRuntimeFailureInTheBodyAlsoCleansUp() throws IOException {
        Path file = dir.resolve("chart.png");
        assertThrows(IllegalStateException.class, () -> AtomicFiles.write(file, out -> {
            out.write(new byte[100_000]);
            throw new IllegalStateException("encoder broke");
        }));
        assertFalse(Files.exists(file));
        assertFalse(Files.exists(AtomicFiles.tempFor(file)));
    }

    @Test
    void aStreamedWriteReplacesTheFileWhole() throws IOException {
        Path file = dir.resolve("big.bin");
        Files.writeString(file, "old");
        byte[] bytes = new byte[300_000];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (i * 31);
        }
        AtomicFiles.export(file, out -> {
            out.write(bytes, 0, 1000);
            for (int i = 1000; i < bytes.length; i++) {
                out.write(bytes[i]);
            }
            out.close(); // a body that closes the stream does not break the fsync and rename
        });
        assertArrayEquals(bytes, Files.readAllBytes(file));
        assertFalse(Files.exists(AtomicFiles.tempFor(file)));
    }

    @Test
    void anExportNeverMakesFoldersNorReplacesOne() throws IOException {
        assertThrows(NoSuchFileException.class, () -> AtomicFiles.export(dir.resolve("no/such/x.csv"), out -> { }));
        assertFalse(Files.exists(dir.resolve("no")));
        Path folder = Files.createDirectory(dir.resolve("folder.csv"));
        assertThrows(IOException.class, () -> AtomicFiles.export(folder, out -> { }));
        assertEquals(0, Files.list(folder).count());
    }
}
