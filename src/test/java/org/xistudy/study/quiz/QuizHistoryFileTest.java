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
