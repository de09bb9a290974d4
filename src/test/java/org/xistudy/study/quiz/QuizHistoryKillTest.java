package org.xistudy.study.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xistudy.study.storage.KillHarness;

/** Kills a JVM adding quiz attempts in a loop: the history always loads, holding every acknowledged attempt. */
class QuizHistoryKillTest {
    static final String PACK = "kill-pack";

    @TempDir
    Path dir;

    @Test
    void everyAcknowledgedAttemptSurvivesAKill() throws Exception {
        Path file = QuizHistoryFile.file(dir, PACK);
        KillHarness.run("QuizHistoryKillTest", Quizzer.class, file, 20261204L, KillHarness.kills(8, null),
                (kill, acked) -> {
                    QuizHistoryFile h = QuizHistoryFile.open(dir, PACK);
                    assertEquals(Optional.empty(), h.problem(), "after kill " + kill);
                    List<Attempt> attempts = h.attempts();
                    for (int i = 0; i < attempts.size(); i++) {
                        assertEquals(Quizzer.attempt(i + 1), attempts.get(i), "attempts are whole and in order");
                    }
                    return attempts.size();
                }, dir.toString());
        KillHarness.assertOnly(file.getParent(), file.getFileName().toString());
    }

    /** The child: adds attempt 1, 2, 3... each with a few results. */
    public static final class Quizzer {
        static Attempt attempt(int n) {
            List<Attempt.Result> results = List.of(
                    new Attempt.Result("q" + n, QuestionFormat.values()[n % QuestionFormat.values().length], "s1",
                            n % 2 == 0, false),
                    new Attempt.Result("r" + n, QuestionFormat.values()[0], null, true, n % 3 == 0));
            return new Attempt("attempt-" + n, 1_700_000_000_000L + n * 1000L, 1234L + n, n, null, results, false);
        }

        public static void main(String[] args) throws IOException {
            QuizHistoryFile h = QuizHistoryFile.open(Path.of(args[0]), PACK);
            if (h.problem().isPresent()) {
                System.err.println("child: " + h.problem().get());
                System.exit(3);
            }
            int n = h.attempts().size();
            System.out.println("loaded " + n);
            System.out.flush();
            while (true) {
                h.add(attempt(++n));
                System.out.println("ack " + n);
                System.out.flush();
            }
        }
    }
}
