package org.xistudy.study.quiz;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QuizHistoryFileTest {
    @TempDir
    Path dir;

    static Attempt attempt(String id, long at) {
        return new Attempt(id, at, 61_000, 42, null, List.of(
                new Attempt.Result("card:c1", QuestionFormat.CHOICE, "a-xi-in-command-model", true, false),
                new Attempt.Result("order:e1,e2,e3", QuestionFormat.ORDER, null, false, false),
                new Attempt.Result("when:e4", QuestionFormat.WHEN, "opening", false, true)));
    }

    @Test
    void anEndedEarlyMarkIsKeptAndOldFilesReadWithout() throws IOException {
        QuizHistoryFile h = QuizHistoryFile.open(dir, "pack-e");
        Attempt early = new Attempt("e1", 5000, 1000, 1, null, List.of(
                new Attempt.Result("card:c1", QuestionFormat.CHOICE, null, true, false)), true);
        h.add(early);
        h.add(attempt("a1", 6000));
        List<Attempt> read = QuizHistoryFile.open(dir, "pack-e").attempts();
        assertTrue(read.get(0).endedEarly());
        assertEquals(false, read.get(1).endedEarly());
        // a file written before the mark existed has no such field: it reads as a quiz to its end
        Path file = QuizHistoryFile.file(dir, "pack-e");
        String json = Files.readString(file, StandardCharsets.UTF_8).replaceAll(",?\\s*\"endedEarly\":\\s*(true|false)", "");
        assertTrue(!json.contains("endedEarly"));
        Files.writeString(file, json, StandardCharsets.UTF_8);
        List<Attempt> old = QuizHistoryFile.open(dir, "pack-e").attempts();
        assertEquals(2, old.size());
        assertTrue(old.stream().noneMatch(Attempt::endedEarly));
    }

    @Test
    void aSessionEndedEarlyKeepsOnlyWhatWasAnswered() {
        Question q1 = new Question("q1", QuestionFormat.CHOICE, Phrase.literal("?"), new Question.Choice(
                List.of(Phrase.literal("a"), Phrase.literal("b")), 0, null), List.of(), null, null, List.of(), List.of(),
                List.of(), null);
        Question q2 = new Question("q2", QuestionFormat.CHOICE, Phrase.literal("?"), q1.body(), List.of(), null, null,
                List.of(), List.of(), List.of(), null);
        QuizSession s = new QuizSession(new Quiz(1, QuizSettings.defaults(), List.of(q1, q2), null),
                Clock.systemUTC());
        s.submit(new Answer.Choice(0));
        s.next();
        s.endEarly();
        Attempt a = s.toAttempt("x");
        assertTrue(a.endedEarly());
        assertEquals(1, a.total());
        assertEquals(1, a.correct());
    }

    @Test
    void attemptsSurviveAReopen() throws IOException {
        QuizHistoryFile h = QuizHistoryFile.open(dir, "pack-a");
        assertEquals(List.of(), h.attempts());
        assertTrue(h.problem().isEmpty());
        h.add(attempt("a2", 2000));
        h.add(attempt("a1", 1000));
        QuizHistoryFile again = QuizHistoryFile.open(dir, "pack-a");
        assertEquals(List.of(attempt("a1", 1000), attempt("a2", 2000)), again.attempts(), "oldest first, all fields");
        assertTrue(Files.isRegularFile(dir.resolve("quiz").resolve("pack-a.history.json")));
    }

    @Test
    void eachPackHasItsOwnHistory() throws IOException {
        QuizHistoryFile.open(dir, "pack-a").add(attempt("a", 1));
        assertEquals(List.of(), QuizHistoryFile.open(dir, "pack-b").attempts());
        assertNotEquals(QuizHistoryFile.file(dir, "a:b"), QuizHistoryFile.file(dir, "a_b"));
        assertEquals(dir.resolve("quiz"), QuizHistoryFile.file(dir, "../../etc").getParent(), "an id never leaves the folder");
    }

    @Test
    void aDamagedFileIsMovedAsideAndANewHistoryStarts() throws IOException {
        Path file = QuizHistoryFile.file(dir, "p");
        Files.createDirectories(file.getParent());
        Files.writeString(file, "{\"kind\": \"xi-policy-study/quiz-history\", \"version\": 1, \"data\": {\"attempts\": [tru",
                StandardCharsets.UTF_8);
        QuizHistoryFile h = QuizHistoryFile.open(dir, "p");
        assertEquals(QuizHistory.Problem.Kind.DAMAGED, h.problem().orElseThrow().kind());
        Path aside = h.problem().orElseThrow().movedTo();
        assertTrue(Files.isRegularFile(aside), "the damaged file is kept");
        assertTrue(Files.readString(aside).endsWith("[tru"));
        h.add(attempt("new", 5));
        assertEquals(1, QuizHistoryFile.open(dir, "p").attempts().size());
    }

    @Test
    void aFileFromANewerVersionIsLeftAlone() throws IOException {
        Path file = QuizHistoryFile.file(dir, "p");
        Files.createDirectories(file.getParent());
        byte[] newer = "{\"kind\": \"xi-policy-study/quiz-history\", \"version\": 9, \"data\": {\"future\": true}}"
                .getBytes(StandardCharsets.UTF_8);
        Files.write(file, newer);
        QuizHistoryFile h = QuizHistoryFile.open(dir, "p");
        assertEquals(QuizHistory.Problem.Kind.NEWER, h.problem().orElseThrow().kind());
        assertThrows(IOException.class, () -> h.add(attempt("x", 1)));
        assertEquals(List.of(), h.attempts(), "an attempt that was not saved is not shown as kept");
        assertArrayEquals(newer, Files.readAllBytes(file));
        try (Stream<Path> files = Files.list(file.getParent())) {
            assertEquals(1, files.count(), "nothing else written beside it");
        }
    }

    @Test
    void twoCopiesOfTheAppKeepEachOthersAttempts() throws IOException {
        QuizHistoryFile first = QuizHistoryFile.open(dir, "p");
        QuizHistoryFile second = QuizHistoryFile.open(dir, "p");
        first.add(attempt("one", 1));
        second.add(attempt("two", 2));
        first.add(attempt("three", 3));
        assertEquals(List.of("one", "two", "three"),
                QuizHistoryFile.open(dir, "p").attempts().stream().map(Attempt::id).toList());
        assertEquals(3, first.attempts().size(), "a copy sees the other's attempts after it writes");
    }
}
