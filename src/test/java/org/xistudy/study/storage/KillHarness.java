package org.xistudy.study.storage;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;

/**
 * Runs the kill test of one store: a child JVM (a class whose {@code main} loads the file, prints
 * "loaded N", then saves versions 1, 2, 3... in a loop, printing "ack N" after each save
 * returned) is killed at random moments, again and again; after each kill {@code check} must find
 * the file whole, at a version no lower than the last one acknowledged (a check that returns -1
 * has no version to compare and checks the content alone).
 *
 * <p>{@code mvn verify} runs a few kills per store; the long run is
 * {@code mvn -B -o test -Dtest='*KillTest' -Dxistudy.kills=100}.
 */
public final class KillHarness {
    /** When a child is killed. */
    public enum Moment { AFTER_ACK, TEMP_APPEARS, TEMP_HAS_BYTES, BEFORE_FIRST_ACK }

    /** Reads the file after a kill and returns the version it holds (0: none), failing if it is damaged. */
    @FunctionalInterface
    public interface Check {
        int versionAfterKill(int kill, int highestAck) throws Exception;
    }

    /** What a run did. */
    public record Figures(int kills, int highestAck, int tempsLeft, int finalVersion) {
    }

    private KillHarness() {
    }

    /** The number of kills: {@code -Dxistudy.kills=N} (or the store's own older property), else {@code quick}. */
    public static int kills(int quick, String ownProperty) {
        Integer own = ownProperty == null ? null : Integer.getInteger(ownProperty);
        return own != null ? own : Integer.getInteger("xistudy.kills", quick);
    }

    public static Figures run(String name, Class<?> child, Path file, long seed, int kills, Check check, String... args)
            throws Exception {
        Path temp = AtomicFiles.tempFor(file.toAbsolutePath());
        Random random = new Random(seed);
        int highestAck = 0;
        int tempsLeft = 0;
        int version = 0;
        int acksSeen = 0;
        for (int kill = 0; kill < kills; kill++) {
            Moment moment = Moment.values()[kill % Moment.values().length];
            int acksBeforeKill = moment == Moment.BEFORE_FIRST_ACK ? 0 : 1 + random.nextInt(15);
            Process p = new ProcessBuilder(ChildJvm.command(child, args))
                    .redirectError(ProcessBuilder.Redirect.INHERIT).start();
            int lastAck = -1;
            try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(),
                    StandardCharsets.UTF_8))) {
                String first = out.readLine();
                assertNotNull(first, name + ": the child ended before loading");
                assertTrue(first.startsWith("loaded "), first);
                for (int i = 0; i < acksBeforeKill; i++) {
                    String line = out.readLine();
                    if (line == null) {
                        fail(name + ": the child stopped without being killed");
                    }
                    lastAck = Integer.parseInt(line.substring(4));
                    acksSeen++;
                }
                long deadline = System.nanoTime() + 30_000_000_000L;
                if (moment == Moment.TEMP_APPEARS || moment == Moment.TEMP_HAS_BYTES) {
                    while (!(moment == Moment.TEMP_APPEARS ? Files.exists(temp) : hasBytes(temp))) {
                        Thread.onSpinWait();
                        if (!p.isAlive() || System.nanoTime() > deadline) {
                            fail(name + ": the child saved without a temporary file, or stopped");
                        }
                    }
                }
                p.destroyForcibly();
            } finally {
                p.destroyForcibly();
                p.waitFor();
            }
            highestAck = Math.max(highestAck, lastAck);
            if (Files.exists(temp)) {
                tempsLeft++;
            }
            version = check.versionAfterKill(kill, highestAck);
            assertTrue(version < 0 || version >= highestAck, name + " after kill " + kill + ": the file holds version " + version
                    + " but " + highestAck + " was acknowledged");
        }
        // counted over all the children: a store without a growing version (the display
        // settings) starts its acknowledgements again in each child
        assertTrue(acksSeen >= kills / 2, name + ": the children made progress: " + acksSeen + " saves acknowledged");
        Figures f = new Figures(kills, highestAck, tempsLeft, version);
        System.out.printf("%s: %d kills, highest ack %d, %d kills left a temporary file, version %d at the end%n",
                name, kills, highestAck, tempsLeft, version);
        return f;
    }

    /** Fails if anything but {@code expected} (and the temporary file) is in the folder: nothing was set aside. */
    public static void assertOnly(Path folder, String... expected) throws IOException {
        try (var files = Files.list(folder)) {
            var names = files.map(p -> p.getFileName().toString()).filter(n -> !n.startsWith(".") || !n.endsWith(".tmp"))
                    .sorted().toList();
            var want = Arrays.stream(expected).sorted().toList();
            if (!names.equals(want)) {
                fail("the folder holds " + names + ", expected " + want + " (was something set aside as damaged?)");
            }
        }
    }

    private static boolean hasBytes(Path f) {
        try {
            return Files.size(f) > 0;
        } catch (IOException e) {
            return false;
        }
    }
}
