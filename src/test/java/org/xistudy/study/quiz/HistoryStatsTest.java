package org.xistudy.study.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class HistoryStatsTest {
    static Attempt.Result r(String section, QuestionFormat f, boolean ok) {
        return new Attempt.Result("q", f, section, ok, false);
    }

    static Attempt attempt(String id, long at, Attempt.Result... results) {
        return new Attempt(id, at, 1000, 1, null, List.of(results));
    }

    @Test
    void scoresComeInTimeOrderAsPercentages() {
        Attempt later = attempt("b", 2000, r("s1", QuestionFormat.WHEN, true), r("s1", QuestionFormat.WHEN, true));
        Attempt first = attempt("a", 1000, r("s1", QuestionFormat.WHEN, true), r("s2", QuestionFormat.ORDER, false),
                r(null, QuestionFormat.ORDER, false), r("s2", QuestionFormat.CHOICE, true));
        List<HistoryStats.Point> points = HistoryStats.scores(List.of(later, first));
        assertEquals(2, points.size());
        assertEquals(1, points.get(0).number());
        assertEquals(50.0, points.get(0).percent(), 1e-9);
        assertEquals(100.0, points.get(1).percent(), 1e-9);
        assertEquals(2000, points.get(1).startedAt());
    }

    @Test
    void sectionsAreCountedInEssayOrderWithTheUnsectionedLast() {
        Attempt a = attempt("a", 1, r("s2", QuestionFormat.WHEN, true), r("s1", QuestionFormat.WHEN, false),
                r(null, QuestionFormat.ORDER, true), r("s9", QuestionFormat.ORDER, false));
        Attempt b = attempt("b", 2, r("s1", QuestionFormat.WHEN, true), r("s2", QuestionFormat.WHEN, true));
        List<HistoryStats.Share> shares = HistoryStats.bySection(List.of(a, b), List.of("s1", "s2", "s3"));
        assertEquals(List.of(new HistoryStats.Share("s1", 1, 2), new HistoryStats.Share("s2", 2, 2),
                new HistoryStats.Share("s9", 0, 1), new HistoryStats.Share(null, 1, 1)), shares);
        assertEquals(50.0, shares.get(0).percent(), 1e-9);
        assertEquals("s9", HistoryStats.weakest(shares, 1).orElseThrow().key());
        assertEquals("s1", HistoryStats.weakest(shares, 2).orElseThrow().key());
        assertTrue(HistoryStats.weakest(shares, 3).isEmpty());
    }

    @Test
    void formatsAreCounted() {
        Attempt a = attempt("a", 1, r("s", QuestionFormat.ORDER, false), r("s", QuestionFormat.WHEN, true),
                r("s", QuestionFormat.ORDER, true));
        assertEquals(List.of(new HistoryStats.Share("ORDER", 1, 2), new HistoryStats.Share("WHEN", 1, 1)),
                HistoryStats.byFormat(List.of(a)));
    }

    @Test
    void latestKeepsTheLastAttempts() {
        Attempt a = attempt("a", 1);
        Attempt b = attempt("b", 2);
        Attempt c = attempt("c", 3);
        assertEquals(List.of(b, c), HistoryStats.latest(List.of(c, a, b), 2));
        assertEquals(List.of(a, b, c), HistoryStats.latest(List.of(c, a, b), 10));
    }
}
