package org.xistudy.study.quiz;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.xistudy.content.model.Cite;
import org.xistudy.study.answer.AnswerCheck;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ScoringTest {
    private static final Cite CITE = new Cite("a quote", null, null);

    static Question choice(String id, int correct) {
        return new Question(id, QuestionFormat.CHOICE, Phrase.literal("Pick"),
                new Question.Choice(List.of(Phrase.literal("A"), Phrase.literal("B"), Phrase.literal("C")), correct, null),
                List.of(), CITE, "s1", List.of(), List.of(), List.of("card-" + id), id);
    }

    static Question order(String id) {
        // shown: C, A, B; right order A, B, C = shown indices 1, 2, 0
        return new Question(id, QuestionFormat.ORDER, Phrase.literal("Order"),
                new Question.Order(List.of(Phrase.literal("C"), Phrase.literal("A"), Phrase.literal("B")), List.of(1, 2, 0),
                        null),
                List.of(), CITE, "s2", List.of(), List.of(), List.of(), null);
    }

    static Quiz quiz(QuizSettings.Timing timing, Duration limit, Question... qs) {
        QuizSettings s = new QuizSettings(List.of(), List.of(), Math.max(1, qs.length),
                EnumSet.allOf(QuestionFormat.class), timing, limit);
        return new Quiz(1, s, List.of(qs), null);
    }

    @Test
    void choiceIsRightOnlyForTheRightOption() {
        Question.Choice c = (Question.Choice) choice("q", 1).body();
        assertTrue(c.check(new Answer.Choice(1)).correct());
        assertFalse(c.check(new Answer.Choice(0)).correct());
        assertFalse(c.check(new Answer.Typed("B")).correct());
        assertTrue(c.check(Answer.NONE).unanswered());
    }

    @Test
    void orderCountsPlacesRightButScoresOnlyTheWholeOrder() {
        Question.Order o = (Question.Order) order("o").body();
        assertTrue(o.check(new Answer.Ordered(List.of(1, 2, 0))).correct());
        Verdict half = o.check(new Answer.Ordered(List.of(1, 0, 2)));
        assertFalse(half.correct());
        assertEquals(1, half.partsRight());
        assertEquals(3, half.parts());
        assertTrue(o.check(new Answer.Ordered(List.of(1, 1, 0))).unanswered(), "not a permutation");
        assertEquals(List.of("A", "B", "C"), o.inOrder().stream().map(Phrase::literalText).toList());
    }

    @Test
    void matchNeedsEveryPair() {
        Question.Match m = new Question.Match(List.of(Phrase.literal("x"), Phrase.literal("y")),
                List.of(Phrase.literal("2"), Phrase.literal("1")), List.of(1, 0), null, null);
        assertTrue(m.check(new Answer.Matched(List.of(1, 0))).correct());
        assertEquals(1, m.check(new Answer.Matched(List.of(1, -1))).partsRight());
        assertFalse(m.check(new Answer.Matched(List.of(1, -1))).correct());
        assertTrue(m.check(new Answer.Matched(List.of(-1, -1))).unanswered());
    }

    @Test
    void typedAnswersAreComparedLeniently() {
        Question.Typed t = new Question.Typed("Central National Security Commission", List.of("CNSC"), null);
        assertTrue(t.check(new Answer.Typed("  central national-security commission. ")).correct());
        assertTrue(t.check(new Answer.Typed("the CNSC")).correct());
        assertFalse(t.check(new Answer.Typed("Central Commission")).correct());
        assertTrue(t.check(new Answer.Typed("   ")).unanswered());
        assertTrue(AnswerCheck.matches("Wáng Yì", "Wang Yi", List.of()));
        assertTrue(AnswerCheck.matches("Xi’s", "xis", List.of()));
    }

    @Test
    void aSessionScoresAndFinishes() {
        MutableClock clock = new MutableClock(Instant.parse("2024-01-01T10:00:00Z"));
        QuizSession s = new QuizSession(quiz(QuizSettings.Timing.UNTIMED, null, choice("a", 0), order("b"), choice("c", 2)),
                clock);
        assertEquals(QuizSession.State.ANSWERING, s.state());
        assertTrue(s.submit(new Answer.Choice(0)).correct());
        assertEquals(QuizSession.State.FEEDBACK, s.state());
        assertThrows(IllegalStateException.class, () -> s.submit(new Answer.Choice(0)));
        clock.advance(Duration.ofSeconds(20));
        s.next();
        assertEquals("b", s.current().orElseThrow().id());
        assertTrue(s.submit(new Answer.Ordered(List.of(1, 2, 0))).correct());
        s.next();
        assertFalse(s.submit(new Answer.Choice(0)).correct());
        clock.advance(Duration.ofSeconds(10));
        s.next();
        assertEquals(QuizSession.State.FINISHED, s.state());
        assertEquals(2, s.correct());
        assertEquals(List.of("c"), s.misses().stream().map(Question::id).toList());
        assertEquals(Duration.ofSeconds(30), s.elapsed());
        assertFalse(s.tick(), "an untimed quiz has no timer");

        Attempt a = s.toAttempt("x");
        assertEquals(3, a.total());
        assertEquals(2, a.correct());
        assertEquals(30_000, a.durationMillis());
        assertEquals(List.of("s1", "s2", "s1"), a.results().stream().map(Attempt.Result::section).toList());
    }

    @Test
    void aQuestionTimerRunsOutIntoFeedbackAndStopsDuringIt() {
        MutableClock clock = new MutableClock(Instant.EPOCH);
        QuizSession s = new QuizSession(quiz(QuizSettings.Timing.PER_QUESTION, Duration.ofSeconds(30), choice("a", 0),
                choice("b", 1)), clock);
        clock.advance(Duration.ofSeconds(29));
        assertFalse(s.tick());
        assertEquals(Duration.ofSeconds(1), s.remaining().orElseThrow());
        clock.advance(Duration.ofSeconds(1));
        assertTrue(s.tick());
        assertEquals(QuizSession.State.FEEDBACK, s.state());
        assertTrue(s.lastOutcome().orElseThrow().timedOut());
        clock.advance(Duration.ofMinutes(5)); // reading feedback does not eat the next question's time
        s.next();
        assertEquals(Duration.ofSeconds(30), s.remaining().orElseThrow());
        clock.advance(Duration.ofSeconds(5));
        assertTrue(s.submit(new Answer.Choice(1)).correct());
        s.next();
        assertEquals(1, s.correct());
        assertTrue(s.toAttempt("t").results().get(0).unanswered());
    }

    @Test
    void aWholeQuizTimerEndsTheQuiz() {
        MutableClock clock = new MutableClock(Instant.EPOCH);
        QuizSession s = new QuizSession(quiz(QuizSettings.Timing.WHOLE_QUIZ, Duration.ofMinutes(2), choice("a", 0),
                choice("b", 1), choice("c", 2)), clock);
        clock.advance(Duration.ofSeconds(90));
        s.submit(new Answer.Choice(0));
        clock.advance(Duration.ofMinutes(10)); // feedback time is not counted
        s.next();
        assertEquals(Duration.ofSeconds(30), s.remaining().orElseThrow());
        clock.advance(Duration.ofSeconds(30));
        assertTrue(s.tick());
        assertEquals(QuizSession.State.FINISHED, s.state());
        assertTrue(s.timeRanOut());
        assertEquals(3, s.outcomes().size());
        assertEquals(1, s.correct());
        assertTrue(s.outcomes().get(2).verdict().unanswered());
    }

    @Test
    void finishingEarlyCountsTheRestAsUnanswered() {
        QuizSession s = new QuizSession(quiz(QuizSettings.Timing.UNTIMED, null, choice("a", 0), choice("b", 1)),
                new MutableClock(Instant.EPOCH));
        s.finish();
        assertEquals(2, s.outcomes().size());
        assertEquals(0, s.correct());
        assertEquals(2, s.misses().size());
    }

    @Test
    void missedCardsAreTheCardsOfTheMissedQuestionsOnce() {
        Question a = choice("a", 0);
        Question b = new Question("b", QuestionFormat.WHEN, Phrase.literal("When"), a.body(), List.of(), CITE, null,
                List.of(), List.of("ev"), List.of("card-a", "card-x"), null);
        assertEquals(List.of("card-a", "card-x"), MissedCards.of(List.of(a, b)));
        assertEquals(List.of(), MissedCards.of(List.of()));
    }

    @Test
    void countdownPausesAndResumes() {
        MutableClock clock = new MutableClock(Instant.EPOCH);
        Countdown c = new Countdown(clock, Duration.ofSeconds(60));
        assertEquals(Duration.ofSeconds(60), c.remaining(), "not started");
        c.start();
        clock.advance(Duration.ofSeconds(20));
        c.pause();
        clock.advance(Duration.ofSeconds(100));
        assertEquals(Duration.ofSeconds(40), c.remaining());
        c.start();
        clock.advance(Duration.ofSeconds(50));
        assertTrue(c.isExpired());
        assertEquals(Duration.ZERO, c.remaining());
    }
}
