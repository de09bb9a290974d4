package org.xistudy.study.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.xistudy.content.PackIndex;
import org.xistudy.content.PackLoader;
import org.xistudy.study.fsrs.State;
import org.xistudy.study.print.BundleTexts;
import org.xistudy.study.progress.ReviewEntry;
import org.xistudy.study.quiz.Attempt;
import org.xistudy.study.quiz.Question;
import org.xistudy.study.quiz.QuizGenerator;

/** The CSV exports, parsed back as a spreadsheet reads them. */
class CsvExportTest {
    private static final ZoneId UTC = ZoneOffset.UTC;
    private static PackIndex index;
    private static BundleTexts texts;

    @BeforeAll
    static void pack() {
        index = PackLoader.loadDefault().index().orElseThrow();
        texts = BundleTexts.handouts(Locale.ENGLISH);
    }

    @Test
    void fieldsWithCommasQuotesLineBreaksAndChineseComeBackUnchanged() {
        List<List<String>> rows = List.of(List.of("a", "b, c", "say \"hi\""), List.of("\u4E2D\u592E\u5916\u529E",
                "two\nlines", ""), List.of("=SUM(A1)", "-12", "+3.5"));
        byte[] bytes = Csv.bytes(rows);
        assertEquals(0xEF, bytes[0] & 0xFF, "UTF-8 byte-order mark");
        assertEquals(0xBB, bytes[1] & 0xFF);
        assertEquals(0xBF, bytes[2] & 0xFF);
        List<List<String>> back = CsvReader.parse(bytes);
        assertEquals(rows.subList(0, 2), back.subList(0, 2));
        assertEquals(List.of("'=SUM(A1)", "-12", "+3.5"), back.get(2), "a formula is defused, numbers are not");
    }

    @Test
    void quizHistoryHasOneRowPerAttemptAndQuestionWithTheQuestionsWords() {
        QuizGenerator g = new QuizGenerator(index);
        List<Question> candidates = g.candidates(99);
        Question chinese = candidates.stream().filter(q -> "card-depts-zh".equals(q.cardId())).findFirst().orElseThrow();
        Question other = candidates.stream().filter(q -> q.cardId() == null).findFirst().orElseThrow();
        long start = Instant.parse("2024-03-01T09:30:00Z").toEpochMilli();
        Attempt first = new Attempt("a1", start, 125_400, 99, null, List.of(
                new Attempt.Result(chinese.id(), chinese.format(), chinese.section(), true, false),
                new Attempt.Result(other.id(), other.format(), other.section(), false, true)));
        Attempt retry = new Attempt("a2", start + 86_400_000L, 30_000, 0, "a1", List.of(
                new Attempt.Result(other.id(), other.format(), other.section(), true, false),
                new Attempt.Result("gone:question", null, null, false, false)));
        List<List<String>> rows = CsvReader.parse(Csv.bytes(QuizHistoryCsv.rows(index, List.of(first, retry), texts,
                Locale.ENGLISH, UTC)));
        assertEquals(5, rows.size(), "a header and one row per question of each attempt");
        List<String> head = rows.get(0);
        assertEquals(List.of("Attempt", "Started", "Duration (s)", "Seed", "Retry of", "Attempt score",
                "Question number", "Question id", "Format", "Section", "Question", "Right answer", "Correct",
                "Unanswered"), head);
        List<String> r1 = rows.get(1);
        assertEquals(List.of("a1", "2024-03-01 09:30:00", "125", "99", "", "0.50", "1", chinese.id()), r1.subList(0, 8));
        assertEquals(chinese.prompt().render(texts, Locale.ENGLISH), r1.get(10));
        assertTrue(r1.get(11).codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN),
                "the right answer in Chinese: " + r1.get(11));
        assertEquals(List.of("yes", "no"), r1.subList(12, 14));
        assertEquals(List.of("no", "yes"), rows.get(2).subList(12, 14));
        List<String> r3 = rows.get(3);
        assertEquals(List.of("a2", "2024-03-02 09:30:00", "30", "0", "a1", "0.50", "1"), r3.subList(0, 7));
        assertEquals(other.prompt().render(texts, Locale.ENGLISH), r3.get(10),
                "a retry's question is found through the attempt it retried");
        assertEquals(List.of("gone:question", "", "", "", ""), rows.get(4).subList(7, 12),
                "a question the pack no longer makes keeps its id");
        for (List<String> r : rows) {
            assertEquals(head.size(), r.size());
        }
    }

    private static ReviewEntry review(String at, int rating, State before) {
        return new ReviewEntry("card-x", Instant.parse(at), rating, before, 1);
    }

    @Test
    void statisticsHaveADayPerRowFromTheFirstReviewWithRetention() {
        List<ReviewEntry> log = new ArrayList<>();
        log.add(review("2024-03-01T10:00:00Z", 3, State.NEW));
        log.add(review("2024-03-01T10:10:00Z", 3, State.LEARNING));
        log.add(review("2024-03-03T10:00:00Z", 1, State.REVIEW));
        log.add(review("2024-03-03T11:00:00Z", 4, State.REVIEW));
        log.add(review("2024-03-04T11:00:00Z", 2, State.REVIEW));
        List<List<String>> rows = CsvReader.parse(Csv.bytes(StatisticsCsv.rows(log, LocalDate.of(2024, 3, 5), UTC,
                texts)));
        assertEquals(6, rows.size(), "a header and five days, 1 to 5 March");
        assertEquals(List.of("2024-03-01", "2", "0", "0", "2", "0", "0", "0", "", "", ""), rows.get(1));
        assertEquals(List.of("2024-03-02", "0", "0", "0", "0", "0", "0", "0", "", "", ""), rows.get(2));
        assertEquals(List.of("2024-03-03", "2", "1", "0", "0", "1", "1", "1", "0.500", "0.500", "0.500"), rows.get(3));
        assertEquals(List.of("2024-03-04", "1", "0", "1", "0", "0", "1", "0", "1.000", "0.667", "0.667"), rows.get(4));
        assertEquals("2024-03-05", rows.get(5).get(0));
        assertEquals(1, CsvReader.parse(Csv.bytes(StatisticsCsv.rows(List.of(), LocalDate.of(2024, 3, 5), UTC, texts)))
                .size(), "no reviews: the header only");
        assertTrue(new String(Csv.bytes(List.of(List.of("x"))), StandardCharsets.UTF_8).endsWith("x\r\n"));
    }
}
