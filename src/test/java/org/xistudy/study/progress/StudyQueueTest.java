package org.xistudy.study.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xistudy.content.model.Card;
import org.xistudy.study.fsrs.Rating;
import org.xistudy.study.fsrs.Scheduler;
import org.xistudy.study.fsrs.Settings;

class StudyQueueTest {
    private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    /** 10:00 in Berlin. */
    private static final Instant MORNING = Instant.parse("2024-06-03T08:00:00Z");
    private static final Scheduler SCHEDULER = new Scheduler(Settings.defaults().withFuzz(false));

    @TempDir
    Path dir;
    private ProgressStore store;

    @BeforeEach
    void open() throws IOException {
        store = ProgressStore.open(dir).store();
    }

    @AfterEach
    void close() throws IOException {
        store.close();
    }

    private static List<StudyItem> items(int n) {
        List<Card> cards = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            cards.add(TestCards.basic("c" + i));
        }
        return StudyItem.of(cards);
    }

    private StudyQueue queue(List<StudyItem> items, Instant now, int limit) {
        return StudyQueue.build(items, store.pack("p"), now, ZONE, limit);
    }

    private void grade(String key, Rating r, Instant at) throws IOException {
        store.review("p", key, r, at, SCHEDULER, 0);
    }

    private static List<String> keys(StudyQueue q) {
        return q.order().stream().map(e -> e.item().key()).toList();
    }

    @Test
    void newCardsComeInPackOrderUpToTheDailyLimit() {
        StudyQueue q = queue(items(30), MORNING, 20);
        assertEquals(new StudyQueue.Counts(20, 0, 0), q.counts());
        assertEquals("c1", q.next().orElseThrow().item().key());
        assertEquals(StudyQueue.Kind.NEW, q.next().orElseThrow().kind());
        assertEquals(20, q.order().size());
        assertEquals("c20", keys(q).get(19));
    }

    @Test
    void newCardsStudiedTodayUseUpTheLimitUntilTheNextStudyDay() throws IOException {
        List<StudyItem> items = items(10);
        for (int i = 1; i <= 3; i++) {
            grade("c" + i, Rating.EASY, MORNING.plusSeconds(i));
        }
        StudyQueue q = queue(items, MORNING.plusSeconds(60), 5);
        assertEquals(3, q.newStudiedToday());
        assertEquals(2, q.counts().newCount());
        assertEquals(List.of("c4", "c5"), keys(q));

        // 03:30 the next night is still the same study day; 04:30 is a new one.
        Instant lateNight = Instant.parse("2024-06-04T01:30:00Z");
        assertEquals(2, queue(items, lateNight, 5).counts().newCount());
        Instant nextDay = Instant.parse("2024-06-04T02:30:00Z");
        assertEquals(5, queue(items, nextDay, 5).counts().newCount());
    }

    @Test
    void dueCardsComeBeforeNewOnes() throws IOException {
        List<StudyItem> items = items(5);
        grade("c3", Rating.EASY, MORNING.minus(Duration.ofDays(20)));   // review, due about 12 days later: overdue
        grade("c5", Rating.GOOD, MORNING.minusSeconds(3600));            // learning, step over
        StudyQueue q = queue(items, MORNING, 20);
        assertEquals(List.of("c5", "c3", "c1", "c2", "c4"), keys(q));
        assertEquals(StudyQueue.Kind.LEARNING, q.order().get(0).kind());
        assertEquals(StudyQueue.Kind.REVIEW, q.order().get(1).kind());
        assertEquals(new StudyQueue.Counts(3, 1, 1), q.counts());
    }

    @Test
    void reviewsDueLaterTodayCountButTomorrowsDoNot() throws IOException {
        List<StudyItem> items = items(2);
        // Easy on a new card gives 8 days; reviewed 8 days ago in the evening, it is due tonight.
        grade("c1", Rating.EASY, Instant.parse("2024-05-26T18:00:00Z"));
        grade("c2", Rating.EASY, Instant.parse("2024-05-27T18:00:00Z"));
        StudyQueue q = queue(items, MORNING, 0);
        assertEquals(new StudyQueue.Counts(0, 0, 1), q.counts());
        assertEquals(List.of("c1"), keys(q));
    }

    @Test
    void learningCardsWaitTheirStepUnlessNothingElseIsLeft() throws IOException {
        List<StudyItem> items = items(2);
        grade("c1", Rating.GOOD, MORNING);                 // next step in 10 minutes
        StudyQueue q = queue(items, MORNING.plusSeconds(5), 20);
        assertEquals(List.of("c2", "c1"), keys(q), "the learning card comes after the new one, early");
        assertEquals(1, q.counts().learning());

        grade("c2", Rating.AGAIN, MORNING.plusSeconds(10)); // 1 minute
        q = queue(items, MORNING.plusSeconds(80), 20);
        assertEquals(List.of("c2", "c1"), keys(q), "a learning card whose step is over comes first");
    }

    @Test
    void aLearningCardFarAheadIsNotShownButItsTimeIsKnown() throws IOException {
        Scheduler longSteps = new Scheduler(Settings.defaults().withFuzz(false)
                .withSteps(List.of(Duration.ofHours(1), Duration.ofHours(3)), List.of(Duration.ofHours(1))));
        store.review("p", "c1", Rating.GOOD, MORNING, longSteps, 0);
        StudyQueue q = queue(items(1), MORNING.plusSeconds(60), 20);
        assertTrue(q.order().isEmpty());
        assertEquals(MORNING.plus(Duration.ofHours(3)), q.nextLearningDue());
        assertEquals(1, q.counts().learning(), "it is still due today");
    }

    @Test
    void suspendedItemsAreLeftOut() throws IOException {
        List<StudyItem> items = items(3);
        store.update("p", List.of("c2"), p -> p.withSuspended(true));
        assertEquals(List.of("c1", "c3"), keys(queue(items, MORNING, 20)));
    }

    @Test
    void theOtherSideOfAReversedCardWaitsForTheNextDay() throws IOException {
        List<StudyItem> items = StudyItem.of(List.of(TestCards.reversed("r"), TestCards.basic("b")));
        assertEquals(List.of("r", "b"), keys(queue(items, MORNING, 20)), "only one side is new on the same day");
        grade("r", Rating.EASY, MORNING);
        assertEquals(List.of("b"), keys(queue(items, MORNING.plusSeconds(30), 20)));
        Instant tomorrow = MORNING.plus(Duration.ofDays(1));
        assertTrue(keys(queue(items, tomorrow, 20)).contains("r#reverse"));
    }

    @Test
    void requestedNewCardsComeEvenPastTheLimit() throws IOException {
        List<StudyItem> items = items(5);
        store.update("p", List.of("c5"), p -> p.withRequested(true));
        StudyQueue q = queue(items, MORNING, 1);
        assertEquals(List.of("c5", "c1"), keys(q));
        assertEquals(2, q.counts().newCount());
    }

    @Test
    void nothingLeftMeansAnEmptyQueue() throws IOException {
        List<StudyItem> items = items(1);
        grade("c1", Rating.EASY, MORNING);
        StudyQueue q = queue(items, MORNING.plusSeconds(30), 20);
        assertTrue(q.next().isEmpty());
        assertNull(q.nextLearningDue());
        assertEquals(0, q.counts().total());
    }
}
