package org.xistudy.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The plain jar's class-data archive: written by the JVM at exit, checked, then put in place. */
class JarArchiveTest {
    private static final String JAVA = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    private static final String HOME = System.getProperty("java.home");
    private static final String VERSION = System.getProperty("java.vm.version");
    private static final String MAIN = QuickStartTest.ExitWith.class.getName();

    @TempDir
    Path dir;

    /** A jar holding only {@link QuickStartTest.ExitWith}, which exits with its argument. */
    private Path jar(String name) throws IOException {
        Path jar = dir.resolve(name);
        String entry = MAIN.replace('.', '/') + ".class";
        try (InputStream in = JarArchiveTest.class.getResourceAsStream("/" + entry);
                OutputStream out = Files.newOutputStream(jar);
                JarOutputStream j = new JarOutputStream(out)) {
            j.putNextEntry(new JarEntry(entry));
            in.transferTo(j);
            j.closeEntry();
        }
        return jar;
    }

    private static int java(List<String> options, Path jar, int status) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(JAVA));
        command.addAll(options);
        command.addAll(List.of("-cp", jar.toString(), MAIN, Integer.toString(status)));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        return p.waitFor();
    }

    private static Path pending(JarArchive a) {
        String option = a.options().stream().filter(o -> o.startsWith("-XX:ArchiveClassesAtExit=")).findFirst()
                .orElseThrow();
        return Path.of(option.substring(option.indexOf('=') + 1));
    }

    private List<String> filesHere() throws IOException {
        try (Stream<Path> all = Files.list(dir)) {
            return all.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void theFirstJvmWritesItTheCheckPutsItInPlaceAndTheNextJvmMapsIt() throws Exception {
        Path jar = jar("app.jar");
        Files.writeString(dir.resolve(".app.jar-0123456789abcdef.jsa"), "an archive of an older build");
        JarArchive a = JarArchive.of(jar.toString(), HOME, VERSION, 1).orElseThrow();
        assertFalse(Files.exists(a.archive()));

        assertEquals(5, java(a.options(), jar, 5), "the JVM that writes the archive keeps its exit status");
        assertTrue(Files.isRegularFile(pending(a)), "written under its pending name");
        assertTrue(a.settle(JAVA));
        assertTrue(Files.isRegularFile(a.archive()));
        assertEquals(List.of(a.archive().getFileName().toString(), "app.jar"), filesHere(),
                "the pending name and the older build's archive are gone");

        assertTrue(a.options().contains("-XX:SharedArchiveFile=" + a.archive()));
        // -Xshare:on fails to start rather than run without the archive
        assertEquals(3, java(List.of("-Xshare:on", "-XX:SharedArchiveFile=" + a.archive()), jar, 3));
    }

    @Test
    void aDamagedArchiveIsRemovedNotPutInPlace() throws Exception {
        Path jar = jar("app.jar");
        JarArchive a = JarArchive.of(jar.toString(), HOME, VERSION, 2).orElseThrow();
        assertEquals(0, java(a.options(), jar, 0));
        Path pending = pending(a);
        byte[] whole = Files.readAllBytes(pending);
        pending.toFile().setWritable(true);
        Files.write(pending, java.util.Arrays.copyOf(whole, whole.length / 3)); // as if the disk filled up

        assertFalse(a.settle(JAVA));
        assertEquals(List.of("app.jar"), filesHere(), "neither the damaged archive nor a crash report is left");
        assertFalse(a.settle(JAVA), "nothing pending");
    }

    @Test
    void anotherJarOrRuntimeGetsAnotherArchive() throws Exception {
        Path jar = jar("app.jar");
        String before = JarArchive.fingerprint(jar, HOME, VERSION);
        assertEquals(before, JarArchive.fingerprint(jar, HOME, VERSION));
        assertNotEquals(before, JarArchive.fingerprint(jar, HOME, VERSION + "-other"));
        assertNotEquals(before, JarArchive.fingerprint(jar, "/opt/other-java", VERSION));

        Files.setLastModifiedTime(jar, FileTime.fromMillis(Files.getLastModifiedTime(jar).toMillis() - 60_000));
        String rebuilt = JarArchive.fingerprint(jar, HOME, VERSION);
        assertNotEquals(before, rebuilt);

        Files.createDirectory(dir.resolve("lib"));
        Files.writeString(dir.resolve("lib/gson.jar"), "a library");
        String withLibrary = JarArchive.fingerprint(jar, HOME, VERSION);
        assertNotEquals(rebuilt, withLibrary, "the jar's libraries count");
        Files.writeString(dir.resolve("lib/README.txt"), "not a library");
        Files.writeString(dir.resolve("lib/gson.jar.bak"), "not a library either");
        assertEquals(withLibrary, JarArchive.fingerprint(jar, HOME, VERSION), "only the jars in lib count");
        Files.writeString(dir.resolve("lib/fx.jar"), "another library");
        assertNotEquals(withLibrary, JarArchive.fingerprint(jar, HOME, VERSION), "every jar counts");
    }

    @Test
    void onlyASingleJarHasOne() throws Exception {
        Path jar = jar("app.jar");
        assertTrue(JarArchive.of(jar.toString(), HOME, VERSION, 1).isPresent());
        assertEquals(Optional.empty(), JarArchive.of(jar + java.io.File.pathSeparator + jar, HOME, VERSION, 1));
        assertEquals(Optional.empty(), JarArchive.of(dir.toString(), HOME, VERSION, 1), "classes in a folder");
        assertEquals(Optional.empty(), JarArchive.of(dir.resolve("missing.jar").toString(), HOME, VERSION, 1));
        assertEquals(Optional.empty(), JarArchive.of(null, HOME, VERSION, 1));
    }

    @Test
    void aCommandLineThatChoosesSharingGetsNoArchive() {
        assertTrue(QuickStart.choosesSharing(new String[] {"-Xshare:off", "-jar", "a.jar"}));
        assertTrue(QuickStart.choosesSharing(new String[] {"-XX:SharedArchiveFile=x.jsa", "-jar", "a.jar"}));
        assertFalse(QuickStart.choosesSharing(new String[] {"-Xmx1g", "-jar", "a.jar", "-Xshare:off"}));
    }
}
