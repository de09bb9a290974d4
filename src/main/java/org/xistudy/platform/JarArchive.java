package org.xistudy.platform;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The class-data-sharing archive of the plain jar, which {@link QuickStart}'s second JVM maps so
 * that it starts sooner (on two cores, about a quarter; bench/README.md, "Start-up").
 *
 * <p>The JVM itself writes such an archive when it exits ({@code -XX:ArchiveClassesAtExit}), of
 * the classes it loaded; the first window of a jar writes one, and the next ones map it. An
 * archive holds only for the exact runtime and jars it was made from, so its name carries a
 * fingerprint of them ({@link #fingerprint}): a rebuilt jar or another Java makes a new one, and
 * the old is removed. The JVM does not write it atomically, and it crashes on a truncated archive,
 * so it is written under a name of its own, checked by starting a JVM that must map it
 * ({@code -Xshare:on}), and only then moved into place. It sits beside the jar, hidden; where that
 * folder cannot be written there is none, and the window starts without it.
 */
public final class JarArchive {
    /** How long the check of a new archive may take before it is given up. */
    private static final long CHECK_SECONDS = 30;

    private final Path jar;
    private final Path archive;
    private final Path pending;

    private JarArchive(Path jar, Path archive, Path pending) {
        this.jar = jar;
        this.archive = archive;
        this.pending = pending;
    }

    /**
     * The archive of {@code classPath} when it is a single jar in a folder this process can
     * write, for the runtime {@code javaHome} of version {@code vmVersion}; {@code id} tells this
     * JVM's pending archive from another's.
     */
    public static Optional<JarArchive> of(String classPath, String javaHome, String vmVersion, long id) {
        if (classPath == null || classPath.isBlank() || classPath.contains(java.io.File.pathSeparator)
                || !classPath.endsWith(".jar")) {
            return Optional.empty();
        }
        try {
            Path jar = Path.of(classPath).toAbsolutePath().normalize();
            Path dir = jar.getParent();
            if (!Files.isRegularFile(jar) || dir == null || !Files.isWritable(dir)) {
                return Optional.empty();
            }
            String base = prefix(jar) + fingerprint(jar, javaHome, vmVersion);
            return Optional.of(new JarArchive(jar, dir.resolve(base + ".jsa"), dir.resolve(base + ".jsa." + id + ".tmp")));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static String prefix(Path jar) {
        return "." + jar.getFileName() + "-";
    }

    /**
     * A digest of what the archive depends on: the runtime, the jar's path, size and time, and
     * those of the jars in its {@code lib} folder (where the jar's manifest finds its libraries).
     * It only tells versions apart, so it is a 64-bit FNV-1a hash, not a cryptographic one: in a
     * JVM just started, {@code MessageDigest} for SHA-256 took 35 to 40 ms to set up its
     * providers, in front of every window of the plain jar.
     */
    static String fingerprint(Path jar, String javaHome, String vmVersion) throws IOException {
        List<Path> files = new ArrayList<>(List.of(jar));
        Path lib = jar.resolveSibling("lib");
        if (Files.isDirectory(lib)) {
            // Not with the glob "*.jar": that compiles a regular expression, in front of the window.
            try (DirectoryStream<Path> entries = Files.newDirectoryStream(lib)) {
                for (Path f : entries) {
                    if (f.getFileName().toString().endsWith(".jar")) {
                        files.add(f);
                    }
                }
            }
        }
        files.subList(1, files.size()).sort(null);
        StringBuilder text = new StringBuilder(javaHome).append('\n').append(vmVersion).append('\n');
        for (Path f : files) {
            text.append(f).append('\n').append(Files.size(f)).append('\n')
                    .append(Files.getLastModifiedTime(f).toMillis()).append('\n');
        }
        long hash = 0xcbf29ce484222325L;
        for (byte b : text.toString().getBytes(StandardCharsets.UTF_8)) {
            hash = (hash ^ (b & 0xff)) * 0x100000001b3L;
        }
        return HexFormat.of().toHexDigits(hash);
    }

    /** The archive's path, whether or not it has been written. */
    public Path archive() {
        return archive;
    }

    /**
     * The options for the second JVM: map the archive when it is there (and say nothing if the
     * JVM cannot use it), otherwise write one at exit under the pending name.
     */
    public List<String> options() {
        if (Files.isRegularFile(archive)) {
            return List.of("-XX:SharedArchiveFile=" + archive, "-Xshare:auto", "-Xlog:cds=off,cds+dynamic=off");
        }
        return List.of("-XX:ArchiveClassesAtExit=" + pending, "-Xlog:cds=off,cds+dynamic=off");
    }

    /**
     * After the second JVM has exited: when it wrote an archive, checks that a JVM maps it with
     * {@code java} and moves it into place, removing the archives of other jars and runtimes of
     * this name; a pending archive that does not check out is removed. Returns whether a new
     * archive was put in place.
     */
    public boolean settle(String java) {
        if (!Files.isRegularFile(pending)) {
            return false;
        }
        try {
            if (!maps(java, pending)) {
                return false;
            }
            try {
                Files.move(pending, archive, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(pending, archive, StandardCopyOption.REPLACE_EXISTING);
            }
            removeOthers();
            return true;
        } catch (IOException | RuntimeException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } finally {
            try {
                Files.deleteIfExists(pending);
            } catch (IOException e) {
                // left for the next start's clean-up
            }
        }
    }

    /** Whether a JVM started with {@code -Xshare:on} maps {@code file} for this jar. */
    private boolean maps(String java, Path file) throws IOException, InterruptedException {
        Path crashes = Files.createTempDirectory("xistudy-cds-check");
        try {
            Process p = new ProcessBuilder(java, "-Xshare:on", "-XX:SharedArchiveFile=" + file,
                    QuickStart.QUICK_COMPILER, "-XX:-CreateCoredumpOnCrash",
                    "-XX:ErrorFile=" + crashes.resolve("hs_err.log"), "-cp", jar.toString(), "-version")
                    .redirectErrorStream(true).start();
            String out;
            try (InputStream in = p.getInputStream()) {
                out = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            if (!p.waitFor(CHECK_SECONDS, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return false;
            }
            return p.exitValue() == 0 && out.contains("sharing");
        } finally {
            try (DirectoryStream<Path> left = Files.newDirectoryStream(crashes)) {
                for (Path f : left) {
                    Files.deleteIfExists(f);
                }
            }
            Files.deleteIfExists(crashes);
        }
    }

    /** Removes this jar's other archives (older fingerprints) and pending ones left by a crash. */
    private void removeOthers() throws IOException {
        String prefix = prefix(jar);
        try (DirectoryStream<Path> all = Files.newDirectoryStream(archive.getParent(), prefix + "*")) {
            for (Path f : all) {
                String name = f.getFileName().toString();
                boolean ours = name.endsWith(".jsa") || name.endsWith(".tmp");
                if (ours && !f.equals(archive) && !f.equals(pending)) {
                    Files.deleteIfExists(f);
                }
            }
        }
    }
}
