package org.xistudy.study.cards;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AnswerCheckTest {
    @Test
    void caseAndPunctuationDoNotMatter() {
        List<String> none = List.of();
        assertTrue(AnswerCheck.matches("central liaison department", "The Central Liaison Department.", List.of(
                "Central Liaison Department")));
        assertTrue(AnswerCheck.matches("  US ", "U.S.", none));
        assertTrue(AnswerCheck.matches("xi's", "Xis", none));
        assertTrue(AnswerCheck.matches("reports to", "reports-to", none));
        assertTrue(AnswerCheck.matches("2013", "2013", none));
        assertTrue(AnswerCheck.matches("\uFF12\uFF10\uFF11\uFF13", "2013", none), "full-width digits");
        assertTrue(AnswerCheck.matches("“China Dream”", "china dream", none));
        assertTrue(AnswerCheck.matches("中央外事工作委员会", "中央外事工作委员会。", none));
    }

    @Test
    void wrongOrEmptyAnswersDoNotMatch() {
        assertFalse(AnswerCheck.matches("2014", "2013", List.of("two thousand thirteen")));
        assertFalse(AnswerCheck.matches("", "", List.of()));
        assertFalse(AnswerCheck.matches("...", "!!!", List.of()));
        assertFalse(AnswerCheck.matches("central", "Central Liaison Department", List.of()));
        assertTrue(AnswerCheck.matches("two thousand thirteen", "2013", List.of("Two thousand thirteen")));
        assertEquals("the us china relationship", AnswerCheck.normalize("The U.S.–China  relationship!"));
    }

    @Test
    void shufflesFollowTheSeedAndAvoidTheSolvedOrder() {
        assertEquals(Shuffle.permutation(6, 7, false), Shuffle.permutation(6, 7, false));
        Set<List<Integer>> seen = new HashSet<>();
        for (long seed = 0; seed < 200; seed++) {
            List<Integer> p = Shuffle.permutation(3, seed, true);
            assertNotEquals(List.of(0, 1, 2), p);
            assertEquals(Set.of(0, 1, 2), new HashSet<>(p));
            seen.add(p);
        }
        assertEquals(5, seen.size(), "every other order of three occurs");
        assertEquals(List.of("c", "a", "b"), Shuffle.apply(List.of("a", "b", "c"), List.of(2, 0, 1)));
    }
}
