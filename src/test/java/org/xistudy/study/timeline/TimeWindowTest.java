package org.xistudy.study.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TimeWindowTest {
    private static final TimeWindow.Limits LIMITS = new TimeWindow.Limits(0, 10_000, 20, 12_000);

    @Test
    void zoomKeepsTheInstantUnderThePointerInPlace() {
        TimeWindow w = new TimeWindow(2000, 4000);
        for (double anchor : new double[] {0, 0.25, 0.5, 0.9, 1}) {
            double before = w.start() + anchor * w.span();
            TimeWindow in = w.zoom(2, anchor, LIMITS);
            assertEquals(1000, in.span(), 1e-9);
            assertEquals(before, in.start() + anchor * in.span(), 1e-9, "anchor " + anchor);
            TimeWindow out = w.zoom(0.8, anchor, LIMITS);
            assertEquals(2500, out.span(), 1e-9);
            assertEquals(before, out.start() + anchor * out.span(), 1e-9, "anchor " + anchor);
        }
    }

    @Test
    void zoomStopsAtTheSmallestAndLargestSpans() {
        TimeWindow w = new TimeWindow(5000, 5100);
        assertEquals(20, w.zoom(100, 0.5, LIMITS).span(), 1e-9);
        assertEquals(12_000, w.zoom(0.0001, 0.5, LIMITS).span(), 1e-9);
    }

    @Test
    void panMovesByDaysButNotFarPastTheContent() {
        TimeWindow w = new TimeWindow(2000, 3000);
        assertEquals(new TimeWindow(2500, 3500), w.pan(500, LIMITS));
        double slack = 10_000 * TimeWindow.MARGIN;
        assertEquals(-slack, w.pan(-50_000, LIMITS).start(), 1e-9);
        assertEquals(10_000 + slack, w.pan(50_000, LIMITS).end(), 1e-9);
    }

    @Test
    void revealLeavesAVisibleSpanAloneAndMovesTheLeastOtherwise() {
        TimeWindow w = new TimeWindow(2000, 3000);
        assertSame(w, w.reveal(2400, 2500, 0.05, LIMITS));
        TimeWindow right = w.reveal(3010, 3020, 0.05, LIMITS);
        assertEquals(3020 + 50, right.end(), 1e-9, "just enough to show it with the margin");
        assertEquals(1000, right.span(), 1e-9);
        TimeWindow left = w.reveal(1980, 1990, 0.05, LIMITS);
        assertEquals(1980 - 50, left.start(), 1e-9);
        TimeWindow far = w.reveal(8000, 8010, 0.05, LIMITS);
        assertEquals(8005, far.centre(), 1e-9, "a far event is centred");
    }

    @Test
    void centringIsClampedToTheContent() {
        TimeWindow w = new TimeWindow(2000, 3000);
        assertEquals(6000, w.centredOn(6000, LIMITS).centre(), 1e-9);
        TimeWindow edge = w.centredOn(0, LIMITS);
        assertTrue(edge.start() >= -10_000 * TimeWindow.MARGIN - 1e-9);
    }
}
