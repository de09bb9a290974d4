package org.xistudy.study.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.xistudy.study.quiz.ClassroomGame.Phase;

class ClassroomGameTest {
    private final MutableClock clock = new MutableClock(Instant.EPOCH);

    private ClassroomGame game(Duration countdown, String... teams) {
        return new ClassroomGame(List.of(ScoringTest.choice("q1", 0), ScoringTest.choice("q2", 1)), List.of(teams),
                countdown, clock);
    }

    @Test
    void stepsThroughQuestionCountdownRevealAndPodium() {
        ClassroomGame g = game(Duration.ofSeconds(30), "Red", "Blue");
        assertEquals(Phase.QUESTION, g.phase());
        g.next();
        assertEquals(Phase.COUNTDOWN, g.phase());
        clock.advance(Duration.ofSeconds(10));
        assertFalse(g.togglePause());
        clock.advance(Duration.ofMinutes(3));
        assertEquals(Duration.ofSeconds(20), g.countdown().remaining());
        assertTrue(g.togglePause());
        clock.advance(Duration.ofSeconds(20));
        assertTrue(g.timeIsUp());
        g.next();
        assertEquals(Phase.REVEAL, g.phase());
        g.next();
        assertEquals(Phase.QUESTION, g.phase());
        assertEquals(1, g.index());
        g.next();
        g.previous();
        assertEquals(Phase.QUESTION, g.phase());
        g.next();
        assertEquals(Duration.ofSeconds(30), g.countdown().remaining(), "the countdown starts again in full");
        g.next();
        g.next();
        assertEquals(Phase.PODIUM, g.phase());
        g.next();
        assertEquals(Phase.PODIUM, g.phase());
        g.previous();
        assertEquals(Phase.REVEAL, g.phase());
        assertEquals(1, g.index());
    }

    @Test
    void withoutCountdownTheAnswerFollowsTheQuestion() {
        ClassroomGame g = game(Duration.ZERO, "A", "B");
        g.next();
        assertEquals(Phase.REVEAL, g.phase());
        g.previous();
        g.previous();
        assertEquals(Phase.QUESTION, g.phase());
        assertEquals(0, g.index(), "nothing before the first question");
    }

    @Test
    void pointsAreGivenAndTakenBackPerTeam() {
        ClassroomGame g = game(Duration.ZERO, "Red", "Blue", "Green");
        g.next();
        assertTrue(g.award(0));
        g.award(0);
        g.award(2);
        g.next();
        g.award(0);
        assertTrue(g.undo(2));
        assertFalse(g.undo(2), "nothing left to take back");
        assertFalse(g.award(5), "no sixth team");
        assertEquals(3, g.total(0));
        assertEquals(0, g.total(2));
        assertTrue(g.undo(0));
        assertEquals(2, g.points(0, 0));
        assertEquals(0, g.points(0, 1), "undo takes back the last point given");
        assertEquals(List.of(0), g.teamForDigit(1).stream().toList());
        assertTrue(g.teamForDigit(4).isEmpty());
    }

    @Test
    void standingsShareRanksOnEqualPoints() {
        ClassroomGame g = game(Duration.ZERO, "A", "B", "C", "D");
        g.award(1);
        g.award(1);
        g.award(2);
        g.award(3);
        List<ClassroomGame.Standing> s = g.standings();
        assertEquals(List.of("B", "C", "D", "A"), s.stream().map(ClassroomGame.Standing::name).toList());
        assertEquals(List.of(1, 2, 2, 4), s.stream().map(ClassroomGame.Standing::rank).toList());
    }

    @Test
    void teamsAreTwoToSix() {
        assertThrows(IllegalArgumentException.class, () -> game(Duration.ZERO, "Solo"));
        assertThrows(IllegalArgumentException.class, () -> game(Duration.ZERO, "1", "2", "3", "4", "5", "6", "7"));
    }

    @Test
    void resultsExportAsCsv() throws Exception {
        ClassroomGame g = game(Duration.ZERO, "Red, the first", "Blue \"B\"");
        g.award(0);
        g.next();
        g.next();
        g.award(1);
        g.award(1);
        StringWriter out = new StringWriter();
        ClassroomCsv.write(g, List.of("#", "Question", "Answer"), "Total", "Rank", q -> "Q " + q.id(),
                q -> "=SUM(A1)", out);
        assertEquals(String.join("\r\n",
                "#,Question,Answer,\"Red, the first\",\"Blue \"\"B\"\"\"",
                "1,Q q1,'=SUM(A1),1,0",
                "2,Q q2,'=SUM(A1),0,2",
                "Total,,,1,2",
                "Rank,,,2,1", ""), out.toString());
    }
}
