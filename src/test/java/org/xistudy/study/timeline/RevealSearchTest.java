package org.xistudy.study.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.xistudy.study.timeline.Fixtures.lane;
import static org.xistudy.study.timeline.Fixtures.point;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RevealSearchTest {
    private static final ItemGeometry.Metrics M = new ItemGeometry.Metrics(14, 6, 7, 16, 4);
    private static final double WIDTH = 1000;
    private static final double LABEL = 120;
    private static final TimelineData DATA = new TimelineData(List.of(lane("a")), List.of(
            point("early", "a", "1950-03-01"),
            point("target", "a", "1990-06-15"),
            point("late", "a", "2020-09-30")), List.of(), LocalDate.of(2024, 1, 1));
    private static final TimelineData.Item TARGET = DATA.item(DATA.indexOf("target"));
    private static final double DAY = TARGET.start();

    private static TimeWindow search(TimeWindow from, boolean centre, List<TimeWindow> tried, double placedBelow) {
        return RevealSearch.search(TARGET, LABEL, M, WIDTH, centre, from, DATA.limits(), 1.5, w -> {
            tried.add(w);
            return w.span() <= placedBelow;
        });
    }

    @Test
    void anEventWithARowIsCentredWithoutZooming() {
        TimeWindow from = new TimeWindow(DAY - 4000, DAY + 1000);
        List<TimeWindow> tried = new ArrayList<>();
        TimeWindow to = search(from, true, tried, Double.MAX_VALUE);
        assertEquals(List.of(from), tried, "one look");
        assertEquals(from.span(), to.span(), 1e-6, "the same zoom");
        assertEquals(TARGET.centre(), to.centre(), 1e-6, "centred on the event");
    }

    @Test
    void anEventInViewStaysWhereItIsUnlessCentred() {
        TimeWindow from = new TimeWindow(DAY - 2000, DAY + 3000);
        assertEquals(from, search(from, false, new ArrayList<>(), Double.MAX_VALUE));
    }

    @Test
    void anEventOffTheEdgeMovesInTheLeastWithItsLabel() {
        // the event is 100 days left of the window; at a pixel a day its marker reaches 6.5 days before it
        TimeWindow from = new TimeWindow(DAY + 100, DAY + 1100);
        TimeWindow to = search(from, false, new ArrayList<>(), Double.MAX_VALUE);
        assertEquals(from.span(), to.span(), 1e-6);
        double pad = 0.05 * from.span();
        assertTrue(to.start() <= DAY - pad + 1e-6, "the marker inside the margin: " + (to.start() - DAY));
        assertTrue(to.start() > DAY - pad - 10, "moved the least, not centred: " + (to.start() - DAY));
    }

    @Test
    void anEventWithoutARowIsZoomedToUntilItHasOne() {
        TimeWindow from = new TimeWindow(DAY - 6000, DAY + 4000);
        List<TimeWindow> tried = new ArrayList<>();
        TimeWindow to = search(from, true, tried, 300);
        assertTrue(to.span() <= 300, "zoomed in far enough: " + to.span());
        assertTrue(to.span() > 300 / 1.5, "and no further than the first step that has a row: " + to.span());
        assertEquals(TARGET.centre(), to.centre(), 1e-6, "still centred");
        for (int k = 1; k < tried.size(); k++) {
            assertEquals(tried.get(k - 1).span() / 1.5, tried.get(k).span(), 1e-6, "one zoom step at a time");
            assertTrue(tried.get(k).contains(TARGET.start(), TARGET.end()), "the event stays in view");
        }
    }

    @Test
    void theSearchStopsAtTheSmallestSpan() {
        TimeWindow from = new TimeWindow(DAY - 6000, DAY + 4000);
        List<TimeWindow> tried = new ArrayList<>();
        TimeWindow to = search(from, false, tried, -1);
        double min = DATA.limits().minSpan();
        assertEquals(min, to.span(), min * 1e-3, "as far in as the view may zoom");
        assertTrue(to.contains(TARGET.start(), TARGET.end()), "with the event in view");
        assertTrue(tried.size() < RevealSearch.MAX_STEPS, "it stopped there: " + tried.size());
    }

    @Test
    void theSearchGivesUpAfterItsStepsWhenTheViewCanZoomForever() {
        TimeWindow.Limits deep = new TimeWindow.Limits(DATA.extent().start(), DATA.extent().end(), 1e-30, 1e6);
        List<TimeWindow> tried = new ArrayList<>();
        TimeWindow to = RevealSearch.search(TARGET, LABEL, M, WIDTH, true, new TimeWindow(DAY - 5000, DAY + 5000),
                deep, 1.5, w -> {
                    tried.add(w);
                    return false;
                });
        assertEquals(RevealSearch.MAX_STEPS, tried.size());
        assertEquals(10000 / Math.pow(1.5, RevealSearch.MAX_STEPS), to.span(), to.span() * 1e-3);
    }
}
