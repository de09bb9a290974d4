package org.xistudy.study.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xistudy.study.fsrs.Rating;
import org.xistudy.study.fsrs.Scheduler;
import org.xistudy.study.fsrs.Settings;

/** Burying hides a card until the next study day; flags have colours and old files keep theirs; undo goes back several steps. */
class BuryFlagUndoTest {
    private static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");
    private static final Scheduler SCHEDULER = new Scheduler(Settings.defaults());

    @TempDir
    Path dir;

    @Test
    void aBuriedCardWaitsForTheNextStudyDay() throws IOException {
        List<StudyItem> items = StudyItem.of(List.of(TestCards.basic("a"), TestCards.basic("b")));
        try (ProgressStore s = ProgressStore.open(dir).store()) {
            Instant tomorrow = StudyDay.end(NOW, ZoneOffset.UTC);
            s.update("p", List.of("a"), p -> p.withBuriedUntil(tomorrow));
            StudyQueue today = StudyQueue.build(items, s.pack("p"), NOW, ZoneOffset.UTC, 20);
            assertEquals(List.of("b"), today.order().stream().map(e -> e.item().key()).toList());
            StudyQueue next = StudyQueue.build(items, s.pack("p"), tomorrow.plusSeconds(1), ZoneOffset.UTC, 20);
            assertEquals(List.of("a", "b"), next.order().stream().map(e -> e.item().key()).toList());
            assertEquals("a", s.undo(), "burying can be taken back");
            assertFalse(s.pack("p").item("a").isBuried(NOW));
        }
    }

    @Test
    void flagsHaveColoursAndOldFilesKeepTheirFlag() throws IOException {
        try (ProgressStore s = ProgressStore.open(dir).store()) {
            s.update("p", List.of("a"), p -> p.withFlag(3));
            s.update("p", List.of("b"), p -> p.withFlagged(true));
        }
        Path file = dir.resolve(ProgressStore.PROGRESS_FILE);
        String json = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(json.contains("\"flagged\": true") || json.contains("\"flagged\":true"), "still written for older versions");
        // a file from before colours: only "flagged"
        Files.writeString(file, json.replaceAll(",?\\s*\"flag\":\\s*\\d", ""), StandardCharsets.UTF_8);
        try (ProgressStore s = ProgressStore.open(dir).store()) {
            assertEquals(1, s.pack("p").item("a").flag(), "an old flag reads as the first colour");
            assertEquals(1, s.pack("p").item("b").flag());
            assertTrue(s.pack("p").item("a").flagged());
            assertEquals(0, s.pack("p").item("c").flag());
        }
        assertEquals(0, ItemProgress.fresh().withFlag(9).flag(), "no such colour");
        assertFalse(ItemProgress.fresh().withFlag(2).withFlagged(false).flagged());
    }

    @Test
    void undoGoesBackThroughSeveralGrades() throws IOException {
        try (ProgressStore s = ProgressStore.open(dir).store()) {
            s.review("p", "a", Rating.GOOD, NOW, SCHEDULER, 0);
            s.review("p", "b", Rating.AGAIN, NOW.plusSeconds(10), SCHEDULER, 0);
            s.update("p", List.of("c"), p -> p.withSuspended(true));
            s.review("p", "a", Rating.EASY, NOW.plusSeconds(20), SCHEDULER, 0);
            assertEquals("a", s.undo());
            assertEquals("c", s.undo());
            assertFalse(s.pack("p").item("c").suspended());
            assertEquals("b", s.undo());
            assertEquals("a", s.undo());
            assertEquals(0, s.pack("p").log().size());
            assertEquals(ItemProgress.fresh(), s.pack("p").item("a"));
            assertNull(s.undo());
        }
        try (ProgressStore s = ProgressStore.open(dir).store()) {
            assertEquals(0, s.pack("p").log().size(), "every undo was saved");
        }
    }
}
