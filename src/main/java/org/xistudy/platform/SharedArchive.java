package org.xistudy.platform;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * The class-data-sharing archive of the installed app, which lets it start sooner.
 *
 * <p>An archive only matches the exact paths it was made for, so it cannot simply be built once
 * and shipped: a moved app image no longer uses it. The installer's build records the list of
 * classes the app loads at start-up ({@code classes.lst}); the archive is dumped from that list
 * on the machine itself, by the Linux package when it is installed, and otherwise by the app on
 * the first run where the JVM reports that it is not sharing classes. The launcher passes the two
 * paths as the system properties {@value #ARCHIVE_PROPERTY} and {@value #CLASS_LIST_PROPERTY};
 * without them (the plain jar, {@code mvn javafx:run}, the tests) nothing here happens.
 */
public final class SharedArchive {
    public static final String ARCHIVE_PROPERTY = "xistudy.cds.archive";
    public static final String CLASS_LIST_PROPERTY = "xistudy.cds.classList";

    /** What to do about the archive at this start. */
    public enum Decision {
        /** The JVM is sharing classes from the archive: nothing to do. */
        IN_USE,
        /** Dump a fresh archive for these paths. */
        DUMP,
        /** There is no class list to dump from. */
        NO_CLASS_LIST,
        /** The archive's folder is read-only (an installed copy): the package's installer owns it. */
        READ_ONLY,
        /** An archive was already dumped for exactly this set-up and the JVM still ignores it. */
        GAVE_UP
    }

    private final Path javaHome;
    private final Path archive;
    private final Path classList;
    private final String classPath;

    public SharedArchive(Path javaHome, Path archive, Path classList, String classPath) {
        this.javaHome = javaHome;
        this.archive = archive;
        this.classList = classList;
        this.classPath = classPath;
    }

    /** The archive the launcher configured, or empty when not started from an installed image. */
    public static Optional<SharedArchive> fromSystemProperties() {
        String archive = System.getProperty(ARCHIVE_PROPERTY);
        String list = System.getProperty(CLASS_LIST_PROPERTY);
        String cp = System.getProperty("java.class.path");
        if (archive == null || archive.isBlank() || list == null || list.isBlank() || cp == null || cp.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new SharedArchive(Path.of(System.getProperty("java.home")), Path.of(archive),
                    Path.of(list), cp));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Where the archive is written. */
    public Path archive() {
        return archive;
    }

    /** Whether this JVM maps a class-data-sharing archive ({@code java.vm.info} says "sharing"). */
    public static boolean jvmIsSharing(String vmInfo) {
        return vmInfo != null && vmInfo.contains("sharing");
    }

    /** Decides, from what this JVM reports and what is on disk, whether to dump an archive. */
    public Decision decide(String vmInfo) {
        if (jvmIsSharing(vmInfo)) {
            return Decision.IN_USE;
        }
        if (!Files.isRegularFile(classList)) {
            return Decision.NO_CLASS_LIST;
        }
        Path dir = archive.toAbsolutePath().getParent();
        if (dir == null || !Files.isDirectory(dir) || !Files.isWritable(dir)) {
            return Decision.READ_ONLY;
        }
        if (fingerprint().equals(lastAttempt())) {
            return Decision.GAVE_UP;
        }
        return Decision.DUMP;
    }

    /** The command that dumps the archive to {@code target}. */
    public List<String> dumpCommand(Path target) {
        return List.of(javaHome.resolve("bin").resolve(isWindows() ? "java.exe" : "java").toString(),
                "-Xshare:dump",
                "-XX:SharedClassListFile=" + classList,
                "-XX:SharedArchiveFile=" + target,
                "-cp", classPath);
    }

    /**
     * Dumps the archive now and waits. It is written to a temporary file and moved into place,
     * so a JVM starting meanwhile never maps half an archive. Returns true when it was written.
     */
    public boolean dump() throws IOException, InterruptedException {
        Path dir = archive.toAbsolutePath().getParent();
        Path tmp = Files.createTempFile(dir, archive.getFileName().toString(), ".tmp");
        try {
            Files.writeString(attemptFile(), fingerprint(), StandardCharsets.UTF_8);
            Process p = new ProcessBuilder(dumpCommand(tmp))
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
            if (!p.waitFor(5, TimeUnit.MINUTES)) {
                p.destroyForcibly();
                return false;
            }
            if (p.exitValue() != 0 || Files.size(tmp) == 0) {
                return false;
            }
            try {
                Files.move(tmp, archive, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, archive, StandardCopyOption.REPLACE_EXISTING);
            }
            return true;
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /**
     * When this JVM is not sharing classes and the archive can be made here, dumps it on a
     * background thread after {@code delaySeconds}, so that it does not compete with start-up.
     * Never throws; a failure only means the next start is not faster.
     */
    public CompletableFuture<Boolean> refreshLater(String vmInfo, long delaySeconds) {
        if (decide(vmInfo) != Decision.DUMP) {
            return CompletableFuture.completedFuture(false);
        }
        return CompletableFuture.supplyAsync(() -> {
            try {
                return dump();
            } catch (IOException | RuntimeException e) {
                return false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }, CompletableFuture.delayedExecutor(delaySeconds, TimeUnit.SECONDS));
    }

    /** Identifies the set-up an archive is dumped for: the runtime, the class path and the list. */
    String fingerprint() {
        return String.join("\n", javaHome.toString(), System.getProperty("java.vm.version", ""), classPath,
                classList.toString()) + "\n";
    }

    private String lastAttempt() {
        try {
            return Files.readString(attemptFile(), StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            return "";
        }
    }

    private Path attemptFile() {
        return archive.resolveSibling(archive.getFileName() + ".attempt");
    }

    private static boolean isWindows() {
        return System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows");
    }
}
