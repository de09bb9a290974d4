package org.xistudy.study.progress;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xistudy.study.fsrs.Rating;
import org.xistudy.study.fsrs.Scheduler;
import org.xistudy.study.fsrs.Settings;
import org.xistudy.study.fsrs.State;
import org.xistudy.study.storage.AtomicFiles;
import org.xistudy.study.storage.JsonStore;

class ProgressStoreTest {
    private static final Instant T = Instant.parse("2024-06-03T08:00:00Z");
    private static final Scheduler SCHEDULER = new Scheduler(Settings.defaults().withFuzz(false));

    @TempDir
    Path dir;

    @Test
    void aReviewIsOnDiskWhenReviewReturns() throws IOException {
        try (ProgressStore s = ProgressStore.open(dir).store()) {
            assertTrue(s.canSave());
            ItemProgress p = s.review("pack", "c1", Rating.GOOD, T, SCHEDULER, 0);
            assertEquals(State.LEARNING, p.card().state());
            // A second reader (as after a crash) sees it: the lock only keeps out writers.
            ProgressStore.Opened other = ProgressStore.open(dir);
            assertEquals(ProgressStore.Access.OTHER_INSTANCE, other.store().access());
            assertEquals(p, other.store().pack("pack").item("c1"));
            assertEquals(1, other.store().pack("pack").log().size());
        }
        try (ProgressStore again = ProgressStore.open(dir).store()) {
            ReviewEntry e = again.pack("pack").log().get(0);
            assertEquals(new ReviewEntry("c1", T, 3, State.NEW, 0), e);
            assertTrue(again.canSave(), "closing released the folder");
        }
    }

    @Test
    void progressIsKeyedByPackAndCardSoAnEditedPackKeepsIt() throws IOException {
        try (ProgressStore s = ProgressStore.open(dir).store()) {
            s.review("pack-a", "kept", Rating.EASY, T, SCHEDULER, 0);
            s.review("pack-a", "dropped", Rating.EASY, T, SCHEDULER, 0);
            s.review("pack-b", "kept", Rating.AGAIN, T, SCHEDULER, 0);
        }
        try (ProgressStore s = ProgressStore.open(dir).store()) {
            // The new edition of pack-a lost "dropped" and gained "added": "kept" is unchanged.
            List<StudyItem> edition2 = StudyItem.of(List.of(TestCards.basic("kept"), TestCards.basic("added")));
            PackProgress a = s.pack("pack-a");
            assertEquals(State.REVIEW, a.item(edition2.get(0).key()).card().state());
            assertEquals(State.NEW, a.item(edition2.get(1).key()).card().state());
            assertEquals(State.REVIEW, a.item("dropped").card().state(), "a card that comes back keeps its history");
            assertEquals(State.LEARNING, s.pack("pack-b").item("kept").card().state(), "packs are apart");
        }
    }

    @Test
    void bothDirectionsOfAReversedCardHaveTheirOwnProgress() throws IOException {
        List<StudyItem> items = StudyItem.of(List.of(TestCards.reversed("r")));
        assertEquals(List.of("r", "r#reverse"), items.stream().map(StudyItem::key).toList());
        assertEquals("r", StudyItem.cardIdOf("r#reverse"));
        try (ProgressStore s = ProgressStore.open(dir).store()) {
            s.review("p", items.get(1).key(), Rating.EASY, T, SCHEDULER, 0);
            assertEquals(State.NEW, s.pack("p").item("r").card().state());
            assertEquals(State.REVIEW, s.pack("p").item("r#reverse").card().state());
        }
    }

    @Test
    void aFailedSaveChangesNothing() throws IOException {
        try (ProgressStore s = ProgressStore.open(dir).store()) {
            s.review("p", "c1", Rating.GOOD, T, SCHEDULER, 0);
            byte[] before = Files.readAllBytes(dir.resolve(ProgressStore.PROGRESS_FILE));
            // A folder where the temporary file goes makes the next write fail.
            Files.createDirectories(AtomicFiles.tempFor(dir.resolve(ProgressStore.PROGRESS_FILE)).resolve("x"));
            assertThrows(IOException.class, () -> s.review("p", "c1", Rating.GOOD, T.plusSeconds(600), SCHEDULER, 0));
            assertEquals(1, s.pack("p").log().size(), "the log did not grow");
            assertEquals(State.LEARNING, s.pack("p").item("c1").card().state(), "the card did not move");
            assertThrows(IOException.class, () -> s.update("p", List.of("c1"), ip -> ip.withSuspended(true)));
            assertFalse(s.pack("p").item("c1").suspended());
            assertArrayEquals(before, Files.readAllBytes(dir.resolve(ProgressStore.PROGRESS_FILE)));
        }
    }

    @Test
    void aCorruptFileIsKeptAsideAndReported() throws IOException {
        Files.writeString(dir.resolve(ProgressStore.PROGRESS_FILE), "{\"kind\": \"xi-policy-study/progress\", \"vers");
        ProgressStore.Opened o = ProgressStore.open(dir);
        try (ProgressStore s = o.store()) {
            assertEquals(JsonStore.Status.QUARANTINED, o.progress().status());
            assertNotNull(o.progress().movedTo());
            assertTrue(Files.readString(o.progress().movedTo()).endsWith("\"vers"));
            assertTrue(s.canSave(), "study goes on with fresh progress");
            s.review("p", "c1", Rating.GOOD, T, SCHEDULER, 0);
            assertTrue(Files.readString(o.progress().movedTo()).endsWith("\"vers"), "the kept file is not touched");
        }
    }

    @Test
    void aNewerFileIsRefusedAndNeverWritten() throws IOException {
        Path file = dir.resolve(ProgressStore.PROGRESS_FILE);
        String newer = "{\"kind\": \"xi-policy-study/progress\", \"version\": 7, \"data\": {\"packs\": {}, \"future\": 1}}";
        Files.writeString(file, newer);
        ProgressStore.Opened o = ProgressStore.open(dir);
        try (ProgressStore s = o.store()) {
            assertEquals(ProgressStore.Access.NEWER_VERSION, s.access());
            assertEquals(7, o.progress().foundVersion());
            assertFalse(s.canSave());
            assertThrows(IllegalStateException.class, () -> s.review("p", "c1", Rating.GOOD, T, SCHEDULER, 0));
        }
        assertEquals(newer, Files.readString(file));
    }

    @Test
    void aSecondInstanceReadsButNeverWrites() throws IOException {
        try (ProgressStore first = ProgressStore.open(dir).store()) {
            first.review("p", "c1", Rating.EASY, T, SCHEDULER, 0);
            byte[] saved = Files.readAllBytes(dir.resolve(ProgressStore.PROGRESS_FILE));
            ProgressStore.Opened second = ProgressStore.open(dir);
            assertNotNull(second.held());
            assertTrue(second.held().getMessage().contains("another running copy"), second.held().getMessage());
            try (ProgressStore s = second.store()) {
                assertEquals(ProgressStore.Access.OTHER_INSTANCE, s.access());
                assertEquals(State.REVIEW, s.pack("p").item("c1").card().state(), "it shows the progress");
                assertThrows(IllegalStateException.class, () -> s.review("p", "c2", Rating.GOOD, T, SCHEDULER, 0));
                s.setSettings(new StudySettings(5, 0.85));
                assertEquals(5, s.settings().dailyNewLimit(), "settings apply for the session");
            }
            assertArrayEquals(saved, Files.readAllBytes(dir.resolve(ProgressStore.PROGRESS_FILE)));
            assertFalse(Files.exists(dir.resolve(ProgressStore.SETTINGS_FILE)), "the second copy wrote nothing");
        }
    }

    @Test
    void suspendFlagAndResetAreSaved() throws IOException {
        try (ProgressStore s = ProgressStore.open(dir).store()) {
            s.review("p", "c1", Rating.EASY, T, SCHEDULER, 0);
            s.update("p", List.of("c1", "c2"), ip -> ip.withSuspended(true).withFlagged(true));
            s.update("p", List.of("c1"), ip -> ItemProgress.fresh().withFlagged(ip.flagged()));
        }
        try (ProgressStore s = ProgressStore.open(dir).store()) {
            ItemProgress c1 = s.pack("p").item("c1");
            assertEquals(State.NEW, c1.card().state(), "reset");
            assertTrue(c1.flagged());
            assertFalse(c1.suspended());
            assertTrue(s.pack("p").item("c2").suspended());
            assertEquals(1, s.pack("p").log().size(), "resetting keeps the log for statistics");
        }
    }

    @Test
    void theLastReviewCanBeUndone() throws IOException {
        try (ProgressStore s = ProgressStore.open(dir).store()) {
            s.review("p", "c1", Rating.GOOD, T, SCHEDULER, 0);
            ItemProgress afterFirst = s.pack("p").item("c1");
            s.review("p", "c1", Rating.AGAIN, T.plusSeconds(600), SCHEDULER, 0);
            assertEquals("c1", s.undo());
            assertEquals(afterFirst, s.pack("p").item("c1"));
            assertEquals(1, s.pack("p").log().size());
            assertEquals("c1", s.undo(), "the review before can be taken back too");
            assertEquals(ItemProgress.fresh(), s.pack("p").item("c1"));
            assertEquals(0, s.pack("p").log().size());
            assertNull(s.undo(), "nothing is left to undo");
            s.review("p", "c1", Rating.GOOD, T, SCHEDULER, 0);
        }
        try (ProgressStore s = ProgressStore.open(dir).store()) {
            assertEquals(1, s.pack("p").log().size(), "the undo was saved");
        }
    }

    @Test
    void settingsArePersisted() throws IOException {
        try (ProgressStore s = ProgressStore.open(dir).store()) {
            assertEquals(StudySettings.defaults(), s.settings());
            s.setSettings(new StudySettings(7, 0.85));
        }
        try (ProgressStore s = ProgressStore.open(dir).store()) {
            assertEquals(new StudySettings(7, 0.85), s.settings());
        }
        assertEquals(new StudySettings(StudySettings.MAX_NEW, 0.99), new StudySettings(100000, 1.5), "clamped");
    }
}
