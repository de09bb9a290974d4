package org.xistudy.study.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Test;

class AxisTicksTest {
    private static final double WIDTH = 1000;
    /** Label widths with room around them, as a 14 px font gives them: "1990", "Sep", "16". */
    private static final ToDoubleFunction<TickUnit> LABEL = u -> u.field() == TickUnit.Field.DAY ? 40 : 75;

    private static AxisTicks axis(String from, String to) {
        TimeWindow w = new TimeWindow(TimeScale.day(LocalDate.parse(from)), TimeScale.day(LocalDate.parse(to)));
        return AxisTicks.generate(TimeScale.of(w, WIDTH), WIDTH, LABEL, 6);
    }

    @Test
    void theWholePeriodIsLabelledInDecades() {
        AxisTicks a = axis("1947-01-01", "2025-01-01");
        assertEquals(TickUnit.DECADE, a.labelUnit());
        assertEquals(List.of(1950, 1960, 1970, 1980, 1990, 2000, 2010, 2020),
                a.labels().stream().map(t -> t.date().getYear()).toList());
        assertEquals(TickUnit.YEAR, a.minorUnit());
        assertNull(a.contextUnit());
    }

    @Test
    void anEraIsLabelledInYearsWithMonthsBetween() {
        AxisTicks a = axis("2011-10-01", "2024-03-01");
        assertEquals(TickUnit.YEAR, a.labelUnit());
        assertEquals(LocalDate.of(2012, 1, 1), a.labels().get(0).date());
        assertEquals(LocalDate.of(2024, 1, 1), a.labels().get(a.labels().size() - 1).date());
        assertEquals(TickUnit.MONTH, a.minorUnit());
        assertFalse(a.minor().stream().anyMatch(t -> t.date().getMonthValue() == 1), "no minor tick under a label");
    }

    @Test
    void aYearIsLabelledInMonthsWithTheYearAbove() {
        AxisTicks a = axis("2012-03-10", "2013-03-10");
        assertEquals(TickUnit.MONTH, a.labelUnit());
        assertEquals(LocalDate.of(2012, 4, 1), a.labels().get(0).date());
        assertEquals(TickUnit.YEAR, a.contextUnit());
        // The year that contains the left edge comes first, so the edge is never unlabelled.
        assertEquals(List.of(2012, 2013), a.context().stream().map(t -> t.date().getYear()).toList());
        assertTrue(a.context().get(0).x() < 0);
    }

    @Test
    void aFewWeeksAreLabelledInDaysWithTheMonthAbove() {
        AxisTicks a = axis("2013-11-01", "2013-11-25");
        assertEquals(TickUnit.DAY, a.labelUnit());
        assertEquals(TickUnit.MONTH, a.contextUnit());
        assertEquals(LocalDate.of(2013, 11, 1), a.labels().get(0).date());
        assertEquals(LocalDate.of(2013, 11, 25), a.labels().get(a.labels().size() - 1).date());
        assertEquals(25, a.labels().size());
    }

    @Test
    void atEveryZoomLabelsNeverCrowdAndTicksStayOnScreen() {
        double origin = TimeScale.day(LocalDate.of(1949, 1, 1));
        TickUnit previous = null;
        for (int level = ZoomLevels.level(WIDTH / (90 * 366.0)); level <= ZoomLevels.level(WIDTH / 20); level++) {
            TimeScale s = new TimeScale(origin, ZoomLevels.pixelsPerDay(level));
            AxisTicks a = AxisTicks.generate(s, WIDTH, LABEL, 6);
            assertTrue(previous == null || a.labelUnit().ordinal() >= previous.ordinal(), "finer units as the zoom grows");
            previous = a.labelUnit();
            assertFalse(a.labels().isEmpty(), "level " + level);
            for (int i = 1; i < a.labels().size(); i++) {
                double gap = a.labels().get(i).x() - a.labels().get(i - 1).x();
                assertTrue(gap >= LABEL.applyAsDouble(a.labelUnit()) - 1e-9, "level " + level + " gap " + gap);
            }
            for (AxisTicks.Tick t : a.labels()) {
                assertTrue(t.x() >= 0 && t.x() <= WIDTH, "label on screen");
                assertEquals(t.date(), a.labelUnit().floor(t.date()), "aligned to its unit");
            }
            if (a.minorUnit() != null) {
                for (int i = 1; i < a.minor().size(); i++) {
                    assertTrue(a.minor().get(i).x() - a.minor().get(i - 1).x() >= 6 - 1e-9);
                }
            }
            assertTrue(a.labels().size() + a.minor().size() <= WIDTH / 6 + 4, "bounded by the width");
        }
    }

    @Test
    void unitsStepThroughTheCalendar() {
        assertEquals(LocalDate.of(1990, 1, 1), TickUnit.DECADE.floor(LocalDate.of(1999, 12, 31)));
        assertEquals(LocalDate.of(2012, 10, 1), TickUnit.QUARTER.floor(LocalDate.of(2012, 11, 15)));
        assertEquals(LocalDate.of(2012, 11, 11), TickUnit.DAYS_5.floor(LocalDate.of(2012, 11, 15)));
        assertEquals(LocalDate.of(2012, 3, 1), TickUnit.DAYS_5.next(LocalDate.of(2012, 2, 26)));
        assertEquals(LocalDate.of(2012, 2, 16), TickUnit.HALF_MONTH.next(LocalDate.of(2012, 2, 1)));
    }

    @Test
    void minorTicksSubdivideTheLabelledOnes() {
        for (TickUnit label : TickUnit.values()) {
            for (TickUnit minor : AxisTicks.minorChoices(label)) {
                assertTrue(minor.ordinal() > label.ordinal(), minor + " is finer than " + label);
                for (LocalDate t = label.floor(LocalDate.of(1948, 3, 3)); t.getYear() < 2030; t = label.next(t)) {
                    assertEquals(t, minor.floor(t), label + " tick " + t + " is on the " + minor + " grid");
                }
            }
        }
    }
}
