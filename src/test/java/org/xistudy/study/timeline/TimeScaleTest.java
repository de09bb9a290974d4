package org.xistudy.study.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.xistudy.content.PartialDate;

class TimeScaleTest {
    /** From the whole period on a small screen to three weeks on a wide one. */
    private static final int MIN_LEVEL = ZoomLevels.level(600.0 / (80 * 366));
    private static final int MAX_LEVEL = ZoomLevels.level(3840.0 / TimelineData.MIN_SPAN_DAYS);

    @Test
    void everyDayMapsToAPixelAndBackAtEveryZoomLevel() {
        assertTrue(MAX_LEVEL - MIN_LEVEL > 40, "the test covers a wide range of levels");
        double origin = TimeScale.day(LocalDate.of(1949, 10, 1));
        for (int level = MIN_LEVEL; level <= MAX_LEVEL; level++) {
            TimeScale s = new TimeScale(origin, ZoomLevels.pixelsPerDay(level));
            for (LocalDate d = LocalDate.of(1949, 10, 1); d.getYear() < 2025; d = d.plusDays(97)) {
                double x = s.x(d);
                assertEquals(TimeScale.day(d), s.day(x), 1e-6, "level " + level + " " + d);
                // The pixel a hair inside the day maps back to that calendar day.
                assertEquals(d, s.date(s.x(TimeScale.day(d) + 0.5)), "level " + level + " " + d);
            }
        }
    }

    @Test
    void pixelsGrowWithTimeInProportionToTheZoom() {
        TimeScale s = new TimeScale(TimeScale.day(LocalDate.of(2012, 1, 1)), 2.5);
        assertEquals(0, s.x(LocalDate.of(2012, 1, 1)), 1e-9);
        assertEquals(366 * 2.5, s.x(LocalDate.of(2013, 1, 1)), 1e-9);
        assertEquals(-365 * 2.5, s.x(LocalDate.of(2011, 1, 1)), 1e-9);
        assertEquals(40, s.days(100), 1e-9);
    }

    @Test
    void aYearDateSpansTheWholeYearAndAMonthDateTheMonth() {
        TimeScale s = new TimeScale(0, 3);
        assertEquals(366 * 3, s.endX(PartialDate.parse("2012")) - s.startX(PartialDate.parse("2012")), 1e-9);
        assertEquals(365 * 3, s.endX(PartialDate.parse("2013")) - s.startX(PartialDate.parse("2013")), 1e-9);
        assertEquals(29 * 3, s.endX(PartialDate.parse("2012-02")) - s.startX(PartialDate.parse("2012-02")), 1e-9);
        assertEquals(30 * 3, s.endX(PartialDate.parse("2012-11")) - s.startX(PartialDate.parse("2012-11")), 1e-9);
        assertEquals(3, s.endX(PartialDate.parse("2012-11-15")) - s.startX(PartialDate.parse("2012-11-15")), 1e-9);
        // The year begins where its first month and first day begin, and ends where December does.
        assertEquals(s.startX(PartialDate.parse("2012-01-01")), s.startX(PartialDate.parse("2012")), 1e-9);
        assertEquals(s.endX(PartialDate.parse("2012-12")), s.endX(PartialDate.parse("2012")), 1e-9);
        assertEquals(s.startX(PartialDate.parse("2013")), s.endX(PartialDate.parse("2012")), 1e-9);
    }

    @Test
    void aScaleFitsAWindowToAWidth() {
        TimeWindow w = new TimeWindow(1000, 1400);
        TimeScale s = TimeScale.of(w, 800);
        assertEquals(0, s.x(1000), 1e-9);
        assertEquals(800, s.x(1400), 1e-9);
        assertEquals(w, s.window(800));
    }

    @Test
    void zoomLevelsContainTheirZooms() {
        for (double p = 1e-3; p < 1e3; p *= 1.0371) {
            int k = ZoomLevels.level(p);
            assertTrue(ZoomLevels.pixelsPerDay(k) <= p, "level floor for " + p);
            assertTrue(ZoomLevels.pixelsPerDay(k + 1) > p, "level ceiling for " + p);
        }
        for (int k = -40; k < 40; k++) {
            assertEquals(k, ZoomLevels.level(ZoomLevels.pixelsPerDay(k)), "exact boundary " + k);
        }
    }

    @Test
    void aScaleMustZoomForwards() {
        assertThrows(IllegalArgumentException.class, () -> new TimeScale(0, 0));
        assertThrows(IllegalArgumentException.class, () -> new TimeScale(0, -1));
        assertThrows(IllegalArgumentException.class, () -> new TimeScale(0, Double.NaN));
    }
}
