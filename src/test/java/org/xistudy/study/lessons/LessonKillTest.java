package org.xistudy.study.lessons;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xistudy.content.model.Lesson;
import org.xistudy.content.model.LessonStep;
import org.xistudy.content.model.LessonStep.TitleStep;
import org.xistudy.content.model.LessonStep.YearStep;
import org.xistudy.study.storage.AtomicFiles;
import org.xistudy.study.storage.ChildJvm;
import org.xistudy.study.storage.KillHarness;

/**
 * Kills a separate JVM while it edits and saves a teacher's lessons in a loop, and checks after
 * each kill that the lessons file loads cleanly and holds every edit the child acknowledged. The
 * child prints "ack N" only after {@link LessonStore#save} returned for a lesson of N steps.
 *
 * <p>{@code mvn verify} runs {@value #DEFAULT_KILLS} kills. The long run, 100 kills:
 * {@code mvn -B -o test -Dtest=LessonKillTest -Dxistudy.lessonKills=100}, or with every other
 * store's kill test, {@code mvn -B -o test -Dtest='*KillTest' -Dxistudy.kills=100}.
 */
class LessonKillTest {
    static final int DEFAULT_KILLS = 8;
    static final String PACK = "kill-pack";

    /** When a child is killed. */
    enum Moment { AFTER_ACK, TEMP_APPEARS, TEMP_HAS_BYTES, BEFORE_FIRST_ACK }

    @TempDir
    Path dir;

    static int kills() {
        return KillHarness.kills(DEFAULT_KILLS, "xistudy.lessonKills");
    }

    @Test
    void everyAcknowledgedEditSurvivesAKill() throws Exception {
        Path file = LessonStore.file(dir, PACK);
        Path temp = AtomicFiles.tempFor(file);
        Random random = new Random(20260201);
        int kills = kills();
        int highestAck = 0;
        int tempsLeft = 0;
        for (int kill = 0; kill < kills; kill++) {
            Moment moment = Moment.values()[kill % Moment.values().length];
            int acksBeforeKill = moment == Moment.BEFORE_FIRST_ACK ? 0 : 1 + random.nextInt(15);
            Process child = new ProcessBuilder(ChildJvm.command(Editor.class, dir.toString()))
                    .redirectError(ProcessBuilder.Redirect.INHERIT).start();
            int lastAck = -1;
            try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(),
                    StandardCharsets.UTF_8))) {
                String first = out.readLine();
                assertNotNull(first, "the child ended before loading");
                assertTrue(first.startsWith("loaded "), first);
                assertTrue(Integer.parseInt(first.substring(7)) >= highestAck, first);
                for (int i = 0; i < acksBeforeKill; i++) {
                    String line = out.readLine();
                    if (line == null) {
                        fail("the child stopped without being killed");
                    }
                    lastAck = Integer.parseInt(line.substring(4));
                }
                long deadline = System.nanoTime() + 30_000_000_000L;
                if (moment == Moment.TEMP_APPEARS || moment == Moment.TEMP_HAS_BYTES) {
                    while (!(moment == Moment.TEMP_APPEARS ? Files.exists(temp) : hasBytes(temp))) {
                        Thread.onSpinWait();
                        if (!child.isAlive() || System.nanoTime() > deadline) {
                            fail("the child saved without a temporary file, or stopped");
                        }
                    }
                }
                child.destroyForcibly();
            } finally {
                child.destroyForcibly();
                child.waitFor();
            }
            highestAck = Math.max(highestAck, lastAck);
            if (Files.exists(temp)) {
                tempsLeft++;
            }
            LessonStore store = LessonStore.open(dir, PACK);
            assertEquals(Optional.empty(), store.problem(), "after kill " + kill);
            List<Lesson> lessons = store.lessons();
            if (highestAck > 0) {
                assertEquals(2, lessons.size(), "after kill " + kill);
                Lesson growing = lessons.get(1);
                assertTrue(growing.size() >= highestAck, "after kill " + kill + " the lesson has " + growing.size()
                        + " steps but " + highestAck + " were acknowledged");
                for (int i = 0; i < growing.size(); i++) {
                    assertEquals(Editor.step(i + 1), growing.step(i), "steps are whole and in order");
                }
                assertEquals(Editor.FIXED, lessons.get(0), "the other lesson is untouched");
            }
        }
        try (Stream<Path> files = Files.list(file.getParent())) {
            List<String> names = new ArrayList<>(files.map(p -> p.getFileName().toString()).sorted().toList());
            names.remove(temp.getFileName().toString());
            assertEquals(List.of(file.getFileName().toString()), names, "nothing was ever set aside as damaged");
        }
        assertTrue(highestAck >= kills / 2, "the children made progress: " + highestAck);
        System.out.printf("LessonKillTest: %d kills, highest ack %d, %d kills left a temporary file%n", kills,
                highestAck, tempsLeft);
    }

    private static boolean hasBytes(Path f) {
        try {
            return Files.size(f) > 0;
        } catch (IOException e) {
            return false;
        }
    }

    /** The child: loads the lessons, then adds one step after another to the second, saving and acking each. */
    public static final class Editor {
        static final Lesson FIXED = new Lesson("fixed", "A lesson that is never edited", "Its summary.",
                List.of(new TitleStep("Fixed", "never changes", "notes ".repeat(40)), new YearStep(2013, null)));

        static LessonStep step(int n) {
            return n % 2 == 0 ? new YearStep(2000 + n % 24, "year " + n)
                    : new TitleStep("Step " + n, "line " + n, ("teacher notes for step " + n + ". ").repeat(6));
        }

        public static void main(String[] args) throws IOException {
            LessonStore store = LessonStore.open(Path.of(args[0]), PACK);
            if (store.problem().isPresent()) {
                System.err.println("child: " + store.problem().get());
                System.exit(3);
            }
            Lesson growing = store.lessons().size() == 2 ? store.lessons().get(1)
                    : new Lesson("growing", "A lesson being written", null, List.of());
            System.out.println("loaded " + growing.size());
            System.out.flush();
            while (true) {
                growing = LessonEdits.add(growing, step(growing.size() + 1));
                store.save(List.of(FIXED, growing));
                System.out.println("ack " + growing.size());
                System.out.flush();
            }
        }
    }
}
