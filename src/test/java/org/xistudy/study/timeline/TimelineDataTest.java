package org.xistudy.study.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.xistudy.study.timeline.Fixtures.TODAY;
import static org.xistudy.study.timeline.Fixtures.era;
import static org.xistudy.study.timeline.Fixtures.event;
import static org.xistudy.study.timeline.Fixtures.lane;
import static org.xistudy.study.timeline.Fixtures.point;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;
import org.junit.jupiter.api.Test;
import org.xistudy.content.model.Event;

class TimelineDataTest {
    private static final List<Event> EVENTS = List.of(
            point("c", "b", "2013-03-14"),
            point("a", "a", "2012"),
            event("r", "b", "1998", "2003", false, "Tang Jiaxuan as foreign minister"),
            point("b", "a", "2012-11-15"),
            point("d", "c", "2018-03"),
            event("x", "c", "1971", null, true, "Work conference under Mao"));
    private static final TimelineData DATA = new TimelineData(List.of(lane("a"), lane("b"), lane("c")), EVENTS,
            List.of(era("mao", "1949", "1976"), era("xi", "2012", null)), TODAY);

    @Test
    void eventsAreInTimeOrderWithTheirFullSpans() {
        assertEquals(List.of("x", "r", "a", "b", "c", "d"), DATA.items().stream().map(TimelineData.Item::id).toList());
        TimelineData.Item a = DATA.item(DATA.indexOf("a"));
        assertEquals(TimeScale.day(LocalDate.of(2012, 1, 1)), a.start());
        assertEquals(TimeScale.day(LocalDate.of(2013, 1, 1)), a.end());
        assertEquals(TimeScale.day(LocalDate.of(2012, 7, 2)), a.centre(), 0.5, "a year-only date sits mid-year");
        TimelineData.Item r = DATA.item(DATA.indexOf("r"));
        assertTrue(r.range());
        assertEquals(TimeScale.day(LocalDate.of(2004, 1, 1)), r.end(), "a range runs to the end of its last year");
        assertTrue(DATA.item(DATA.indexOf("x")).approx());
        assertEquals(-1, DATA.indexOf("nope"));
    }

    @Test
    void nextAndPreviousStepThroughTimeOverTheShownLanes() {
        IntPredicate all = l -> true;
        List<String> forward = new ArrayList<>();
        for (int i = DATA.next(-1, all); i >= 0; i = DATA.next(i, all)) {
            forward.add(DATA.item(i).id());
        }
        assertEquals(List.of("x", "r", "a", "b", "c", "d"), forward);
        List<String> back = new ArrayList<>();
        for (int i = DATA.previous(-1, all); i >= 0; i = DATA.previous(i, all)) {
            back.add(DATA.item(i).id());
        }
        assertEquals(List.of("d", "c", "b", "a", "r", "x"), back);

        IntPredicate noB = l -> l != 1;
        assertEquals(DATA.indexOf("a"), DATA.next(DATA.indexOf("x"), noB), "skips lane b's range");
        assertEquals(DATA.indexOf("d"), DATA.next(DATA.indexOf("b"), noB), "skips lane b's point");
        assertEquals(-1, DATA.next(DATA.indexOf("d"), all));
        assertEquals(-1, DATA.next(-1, l -> false));
    }

    @Test
    void nearestInALaneIsTheClosestSpan() {
        double d2000 = TimeScale.day(LocalDate.of(2000, 6, 1));
        assertEquals(DATA.indexOf("r"), DATA.nearestInLane(1, d2000), "inside the range");
        assertEquals(DATA.indexOf("c"), DATA.nearestInLane(1, TimeScale.day(LocalDate.of(2012, 1, 1))));
        assertEquals(DATA.indexOf("x"), DATA.nearestInLane(2, TimeScale.day(LocalDate.of(1990, 1, 1))));
        assertEquals(DATA.indexOf("d"), DATA.nearestInLane(2, TimeScale.day(LocalDate.of(2000, 1, 1))));
    }

    @Test
    void nearestInALaneMatchesABruteForceSearch() {
        TimelineData data = new TimelineData(Fixtures.lanes(3), Fixtures.randomEvents(600, 3, 5), List.of(), TODAY);
        for (double day = TimeScale.day(LocalDate.of(1945, 1, 1)); day < TimeScale.day(LocalDate.of(2026, 1, 1));
                day += 41.7) {
            for (int lane = 0; lane < 3; lane++) {
                int found = data.nearestInLane(lane, day);
                double best = Double.POSITIVE_INFINITY;
                for (int i : data.laneItems(lane)) {
                    TimelineData.Item it = data.item(i);
                    best = Math.min(best, Math.max(0, Math.max(it.start() - day, day - it.end())));
                }
                TimelineData.Item it = data.item(found);
                double gap = Math.max(0, Math.max(it.start() - day, day - it.end()));
                assertEquals(best, gap, 1e-9, "lane " + lane + " day " + day);
            }
        }
    }

    @Test
    void startCountsSplitALaneIntoBuckets() {
        TimelineData data = new TimelineData(Fixtures.lanes(2), Fixtures.randomEvents(3000, 2, 9), List.of(), TODAY);
        double from = TimeScale.day(LocalDate.of(1960, 1, 1));
        double to = TimeScale.day(LocalDate.of(2000, 1, 1));
        int[] counts = data.startCounts(1, from, to, 37);
        double step = (to - from) / 37;
        int total = 0;
        for (int b = 0; b < 37; b++) {
            int expected = 0;
            for (int i : data.laneItems(1)) {
                double s = data.item(i).start();
                if (s >= from + b * step && (b == 36 ? s < to : s < from + (b + 1) * step)) {
                    expected++;
                }
            }
            assertEquals(expected, counts[b], "bucket " + b);
            total += counts[b];
        }
        assertEquals(data.countStartingIn(1, from, to), total);
        assertTrue(total > 0);
    }

    @Test
    void itOpensOnTheLatestEraUpToTheLatestEvent() {
        TimeWindow w = DATA.latestEra();
        double xi = TimeScale.day(LocalDate.of(2012, 1, 1));
        double lastEnd = TimeScale.day(LocalDate.of(2018, 4, 1));
        assertTrue(w.start() < xi && w.start() > xi - 0.1 * (lastEnd - xi), "starts just before 2012: " + w);
        assertTrue(w.end() > lastEnd && w.end() < lastEnd + 0.1 * (lastEnd - xi), "ends just after the last event");
        TimeWindow all = DATA.fitAll();
        assertTrue(all.start() < TimeScale.day(LocalDate.of(1949, 1, 1)), "fit all includes the Mao era");
        assertTrue(all.end() > TimeScale.day(TODAY), "and the open era up to today");
    }

    @Test
    void anEventInAnUnlistedLaneStillShows() {
        TimelineData d = new TimelineData(List.of(lane("a")), List.of(point("p", "zzz", "2001")), List.of(), TODAY);
        assertEquals(2, d.lanes().size());
        assertEquals("zzz", d.lanes().get(1).id());
        assertEquals(1, d.item(0).lane());
    }

    @Test
    void anEmptyTimelineStillHasAWindow() {
        TimelineData d = new TimelineData(List.of(lane("a")), List.of(), List.of(), TODAY);
        assertTrue(d.fitAll().span() > 0);
        assertEquals(-1, d.next(-1, l -> true));
        assertEquals(-1, d.nearestInLane(0, 0));
        assertFalse(d.lanes().isEmpty());
    }
}
