package org.xistudy.study.watch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileWatcherTest {
    @TempDir
    Path dir;
    private Path file;
    private final BlockingQueue<byte[]> changes = new LinkedBlockingQueue<>();
    private FileWatcher watcher;

    @BeforeEach
    void watch() throws IOException {
        file = dir.resolve("pack.json");
        Files.writeString(file, "one");
        watcher = FileWatcher.start(file, Duration.ofMillis(100), 1000, changes::add);
        watcher.seen("one".getBytes(StandardCharsets.UTF_8));
    }

    @AfterEach
    void close() {
        watcher.close();
    }

    private String next() throws InterruptedException {
        byte[] b = changes.poll(20, TimeUnit.SECONDS);
        assertNotNull(b, "a change is reported");
        return new String(b, StandardCharsets.UTF_8);
    }

    @Test
    void aSaveInPlaceIsReported() throws Exception {
        Files.writeString(file, "two");
        assertEquals("two", next());
    }

    @Test
    void aSaveByRenamingANewFileIsReported() throws Exception {
        Path temp = dir.resolve(".pack.json.swp");
        Files.writeString(temp, "renamed");
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        assertEquals("renamed", next());
    }

    @Test
    void theSameContentAndOtherFilesAreNotReported() throws Exception {
        Files.writeString(file, "one"); // rewritten with the content already seen
        Files.writeString(dir.resolve("other.json"), "other");
        Files.writeString(file, "three");
        assertEquals("three", next(), "the first report is the real change, not the rewrite nor the other file");
        Files.writeString(file, "three");
        Files.writeString(file, "four");
        assertEquals("four", next());
    }

    @Test
    void aBurstOfWritesEndsWithTheLastContent() throws Exception {
        for (int i = 0; i < 20; i++) {
            Files.writeString(file, "v" + i);
        }
        String last = next();
        while (!last.equals("v19")) {
            last = next();
        }
        assertNull(changes.poll(), "nothing after the last content");
    }

    @Test
    void aLongFileIsReadOnlyToTheLimitPlusOne() throws Exception {
        Files.write(file, new byte[5000]);
        assertEquals(1001, next().length());
        assertArrayEquals(new byte[3], FileWatcher.read(file, 2));
    }
}
