package org.xistudy.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.Gson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SharedArchiveTest {
    private static final Path JAVA_HOME = Path.of(System.getProperty("java.home"));

    @TempDir
    Path dir;

    private SharedArchive archiveIn(Path folder, String classPath) throws IOException {
        Path list = folder.resolve("classes.lst");
        if (!Files.exists(list)) {
            Files.writeString(list, "java/lang/Object\ncom/google/gson/Gson\n");
        }
        return new SharedArchive(JAVA_HOME, folder.resolve("app.jsa"), list, classPath);
    }

    @Test
    void aSharingJvmNeedsNothing() throws IOException {
        assertEquals(SharedArchive.Decision.IN_USE, archiveIn(dir, "a.jar").decide("mixed mode, sharing"));
        assertTrue(SharedArchive.jvmIsSharing("mixed mode, emulated-client, sharing"));
        assertFalse(SharedArchive.jvmIsSharing("mixed mode"));
        assertFalse(SharedArchive.jvmIsSharing(null));
    }

    @Test
    void aJvmThatIsNotSharingDumpsWhenItCan() throws IOException {
        assertEquals(SharedArchive.Decision.DUMP, archiveIn(dir, "a.jar").decide("mixed mode"));
    }

    @Test
    void withoutAClassListThereIsNothingToDump() {
        SharedArchive a = new SharedArchive(JAVA_HOME, dir.resolve("app.jsa"), dir.resolve("missing.lst"), "a.jar");
        assertEquals(SharedArchive.Decision.NO_CLASS_LIST, a.decide("mixed mode"));
    }

    @Test
    void anArchiveWithNoFolderToWriteIsNotDumped() throws IOException {
        Path notADir = Files.writeString(dir.resolve("file"), "x");
        Files.writeString(dir.resolve("classes.lst"), "java/lang/Object\n");
        SharedArchive a = new SharedArchive(JAVA_HOME, notADir.resolve("app.jsa"), dir.resolve("classes.lst"), "a.jar");
        assertEquals(SharedArchive.Decision.READ_ONLY, a.decide("mixed mode"));
    }

    @Test
    void aReadOnlyInstallIsLeftToThePackage() throws IOException {
        Path ro = Files.createDirectory(dir.resolve("ro"));
        SharedArchive a = archiveIn(ro, "a.jar");
        Files.setPosixFilePermissions(ro, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            org.junit.jupiter.api.Assumptions.assumeFalse(Files.isWritable(ro), "running as a user who can write anywhere");
            assertEquals(SharedArchive.Decision.READ_ONLY, a.decide("mixed mode"));
        } finally {
            Files.setPosixFilePermissions(ro, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void theCommandDumpsFromTheListForTheSameClassPath() throws IOException {
        SharedArchive a = archiveIn(dir, "/opt/x/app.jar:/opt/x/lib.jar");
        List<String> cmd = a.dumpCommand(dir.resolve("out.jsa"));
        assertEquals(JAVA_HOME.resolve("bin").resolve("java").toString(), cmd.get(0));
        assertTrue(cmd.contains("-Xshare:dump"));
        assertTrue(cmd.contains("-XX:SharedClassListFile=" + dir.resolve("classes.lst")));
        assertTrue(cmd.contains("-XX:SharedArchiveFile=" + dir.resolve("out.jsa")));
        assertEquals("/opt/x/app.jar:/opt/x/lib.jar", cmd.get(cmd.indexOf("-cp") + 1));
    }

    /**
     * Dumps a real archive with this JDK, checks that a JVM maps it for the same class path and
     * refuses it for a moved one (which is why the archive is made on the machine), and that a
     * second dump for an unchanged set-up is not attempted again.
     */
    @Test
    void dumpsAnArchiveThatTheJvmMapsOnlyForItsOwnPaths() throws Exception {
        Path jar = dir.resolve("gson.jar");
        Files.copy(Path.of(Gson.class.getProtectionDomain().getCodeSource().getLocation().toURI()), jar);
        SharedArchive a = archiveIn(dir, jar.toString());
        assertTrue(a.dump(), "the dump failed");
        Path jsa = dir.resolve("app.jsa");
        assertTrue(Files.size(jsa) > 0);
        try (var files = Files.list(dir)) {
            assertEquals(List.of(), files.filter(f -> f.toString().endsWith(".tmp")).toList(), "temporary files left");
        }

        assertEquals(0, java(jsa, jar), "the JVM refused the archive for its own class path");
        Path moved = Files.copy(jar, Files.createDirectory(dir.resolve("moved")).resolve("gson.jar"));
        assertNotEquals(0, java(jsa, moved), "the JVM mapped the archive for a different class path");

        // The same set-up that still is not sharing is not dumped again and again.
        assertEquals(SharedArchive.Decision.GAVE_UP, a.decide("mixed mode"));
        assertEquals(SharedArchive.Decision.DUMP, archiveIn(dir, moved.toString()).decide("mixed mode"));
    }

    /** Runs {@code java -version} that must map the archive ({@code -Xshare:on}); returns the exit status. */
    private static int java(Path jsa, Path classPath) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(JAVA_HOME.resolve("bin/java").toString(), "-Xshare:on",
                "-XX:SharedArchiveFile=" + jsa, "-cp", classPath.toString(), "-version"));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        assertTrue(p.waitFor(2, TimeUnit.MINUTES));
        return p.exitValue();
    }
}
