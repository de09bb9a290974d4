package org.xistudy.study.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a separate JVM while it saves in a loop, many times, and checks after each kill that the
 * file parses and holds every save the child acknowledged. The child prints "ack N" only after
 * {@link JsonStore#save} returned for a log holding entries 1..N.
 */
class KillTest {
    static final int KILLS = 32;

    /** When a child is killed. */
    enum Moment {
        /** Right after an ack: usually while it serializes the next save. */
        AFTER_ACK,
        /** As soon as the next save's temporary file appears: while it writes or fsyncs. */
        TEMP_APPEARS,
        /** Once the temporary file has some bytes: mid-write or before the rename. */
        TEMP_HAS_BYTES,
        /** Before its first ack: while the JVM starts, loads the file or saves the first time. */
        BEFORE_FIRST_ACK
    }

    /** What the child saves: a growing log, padded so each save takes a while. */
    record Log(List<Entry> entries) {
    }

    record Entry(int n, String pad) {
    }

    static JsonStore<Log> store(Path file) {
        return JsonStore.builder(file, Log.class).kind("test/kill-log").fresh(() -> new Log(List.of())).build();
    }

    @TempDir
    Path dir;

    @Test
    void everyAcknowledgedSaveSurvivesAKill() throws Exception {
        Path file = dir.resolve("log.json");
        Random random = new Random(20260115);
        int highestAck = 0;
        int killsWithTempLeft = 0;
        int totalAcks = 0;
        int[] byMoment = new int[Moment.values().length];
        Path temp = AtomicFiles.tempFor(file);
        for (int kill = 0; kill < KILLS; kill++) {
            Moment moment = Moment.values()[kill % Moment.values().length];
            int acksBeforeKill = moment == Moment.BEFORE_FIRST_ACK ? 0 : 1 + random.nextInt(20);
            Process child = new ProcessBuilder(ChildJvm.command(Saver.class, file.toString()))
                    .redirectError(ProcessBuilder.Redirect.INHERIT).start();
            int lastAck = -1;
            try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(),
                    StandardCharsets.UTF_8))) {
                String first = out.readLine();
                assertNotNull(first, "the child ended before loading");
                assertTrue(first.startsWith("loaded "), first);
                int loaded = Integer.parseInt(first.substring(7));
                assertTrue(loaded >= highestAck, "the child loaded " + loaded + " entries, but " + highestAck
                        + " had been acknowledged");
                for (int i = 0; i < acksBeforeKill; i++) {
                    String line = out.readLine();
                    if (line == null) {
                        fail("the child stopped without being killed");
                    }
                    lastAck = Integer.parseInt(line.substring(4));
                    totalAcks++;
                }
                // After an ack the last save has renamed its temporary file away, so one that
                // appears now belongs to the next save.
                // (The deadline only stops a broken save that never writes one from hanging the build.)
                long deadline = System.nanoTime() + 30_000_000_000L;
                if (moment == Moment.TEMP_APPEARS || moment == Moment.TEMP_HAS_BYTES) {
                    while (!(moment == Moment.TEMP_APPEARS ? Files.exists(temp) : hasBytes(temp))) {
                        Thread.onSpinWait();
                        if (!child.isAlive() || System.nanoTime() > deadline) {
                            fail("the child saved without a temporary file, or stopped");
                        }
                    }
                }
                // Kill at once: the child is by now in the middle of its next save, or about to be.
                // (Killing closes our end of its output, so acks it wrote since are not counted.)
                child.destroyForcibly();
            } finally {
                child.destroyForcibly();
                child.waitFor();
            }
            highestAck = Math.max(highestAck, lastAck);
            if (Files.exists(temp)) {
                killsWithTempLeft++;
                byMoment[moment.ordinal()]++;
            }

            JsonStore.Result<Log> r = store(file).load();
            if (highestAck > 0) {
                assertEquals(JsonStore.Status.LOADED, r.status(), "after kill " + kill + ": " + r.problem());
            } else {
                assertNotEquals(JsonStore.Status.QUARANTINED, r.status(), r.problem());
            }
            List<Entry> entries = r.value().entries();
            assertTrue(entries.size() >= highestAck, "after kill " + kill + " the file holds " + entries.size()
                    + " entries but " + highestAck + " were acknowledged");
            for (int i = 0; i < entries.size(); i++) {
                assertEquals(i + 1, entries.get(i).n(), "entries are whole and in order");
            }
        }
        try (Stream<Path> files = Files.list(dir)) {
            List<String> names = new ArrayList<>(files.map(p -> p.getFileName().toString()).sorted().toList());
            names.remove(AtomicFiles.tempFor(file).getFileName().toString());
            assertEquals(List.of("log.json"), names, "nothing was ever quarantined");
        }
        assertTrue(highestAck > KILLS, "the children made progress: " + highestAck);
        System.out.printf("KillTest: %d kills, %d acks read, highest ack %d, %d entries in the file at the end; "
                + "%d kills left a temporary file behind (by moment %s: %s)%n", KILLS, totalAcks, highestAck,
                store(file).load().value().entries().size(), killsWithTempLeft, List.of(Moment.values()),
                Arrays.toString(byMoment));
    }

    private static boolean hasBytes(Path f) {
        try {
            return Files.size(f) > 0;
        } catch (IOException e) {
            return false;
        }
    }

    /** The child: loads the log, then appends and saves one entry after another, acking each. */
    public static final class Saver {
        public static void main(String[] args) throws IOException {
            JsonStore<Log> store = store(Path.of(args[0]));
            JsonStore.Result<Log> r = store.load();
            if (r.status() != JsonStore.Status.LOADED && r.status() != JsonStore.Status.FRESH) {
                System.err.println("child: " + r.status() + " " + r.problem());
                System.exit(3);
            }
            List<Entry> entries = new ArrayList<>(r.value().entries());
            System.out.println("loaded " + entries.size());
            System.out.flush();
            String pad = "x".repeat(400);
            while (true) {
                entries.add(new Entry(entries.size() + 1, pad));
                store.save(new Log(entries));
                System.out.println("ack " + entries.size());
                System.out.flush();
            }
        }
    }
}
