package org.xistudy.study.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ItemGeometryTest {
    private static final ItemGeometry.Metrics M = new ItemGeometry.Metrics(10, 4, 6, 12, 3);
    private static final TimelineData DATA = new TimelineData(List.of(Fixtures.lane("a")), List.of(
            Fixtures.point("day", "a", "2013-11-12"),
            Fixtures.point("year", "a", "2012"),
            Fixtures.event("span", "a", "1998", "2003", false, "Tenure")), List.of(), Fixtures.TODAY);
    private static final TimeScale SCALE = new TimeScale(TimeScale.day(LocalDate.of(2010, 1, 1)), 2);

    private static TimelineData.Item item(String id) {
        return DATA.item(DATA.indexOf(id));
    }

    @Test
    void aPointHasItsMarkerMidSpanAndItsLabelAfterIt() {
        ItemGeometry g = ItemGeometry.of(item("year"), 100, SCALE, M, Double.NEGATIVE_INFINITY);
        double start = SCALE.x(LocalDate.of(2012, 1, 1));
        double end = SCALE.x(LocalDate.of(2013, 1, 1));
        assertEquals((start + end) / 2, g.markerX(), 1e-9, "mid-year");
        assertEquals(start, g.barStart(), 1e-9);
        assertEquals(end, g.barEnd(), 1e-9);
        assertEquals(g.markerX() + 5 + 4, g.labelX(), 1e-9);
        assertEquals(start, g.left(), 1e-9, "the year's span is wider than the marker");
        assertEquals(end, g.right(), 1e-9, "the year reaches past the short label");
        assertEquals(100, g.labelRoom(), 1e-9);
        ItemGeometry day = ItemGeometry.of(item("day"), 100, SCALE, M, Double.NEGATIVE_INFINITY);
        assertEquals(day.markerX() - 5, day.left(), 1e-9, "a day is narrower than its marker");
        assertEquals(day.labelX() + 100, day.right(), 1e-9, "and ends with its label");
    }

    @Test
    void aRangeIsABarWithTheLabelInside() {
        ItemGeometry g = ItemGeometry.of(item("span"), 50, SCALE, M, Double.NEGATIVE_INFINITY);
        assertEquals(SCALE.x(LocalDate.of(1998, 1, 1)), g.barStart(), 1e-9);
        assertEquals(SCALE.x(LocalDate.of(2004, 1, 1)), g.barEnd(), 1e-9, "to the end of the last year");
        assertEquals(g.barStart() + 6, g.labelX(), 1e-9);
        assertEquals(g.barEnd(), g.right(), 1e-9, "the label fits inside the bar");
        ItemGeometry wide = ItemGeometry.of(item("span"), 5000, SCALE, M, Double.NEGATIVE_INFINITY);
        assertEquals(wide.barStart() + 6 + 5000 + 6, wide.right(), 1e-9, "a long label runs past the bar");
    }

    @Test
    void labelsSlideToStayOnScreenWithoutLeavingTheirItem() {
        double viewLeft = SCALE.x(LocalDate.of(2000, 6, 1));
        ItemGeometry bar = ItemGeometry.of(item("span"), 50, SCALE, M, viewLeft);
        assertEquals(viewLeft + 6, bar.labelX(), 1e-9, "a bar's label follows the screen's edge");
        assertTrue(bar.labelX() + 50 <= bar.right());

        ItemGeometry point = ItemGeometry.of(item("day"), 200, SCALE, M, Double.NEGATIVE_INFINITY);
        double edge = point.markerX() + 60;
        ItemGeometry slid = ItemGeometry.of(item("day"), 200, SCALE, M, edge);
        assertEquals(edge + 6, slid.labelX(), 1e-9, "a point's label starts at the edge");
        assertEquals(point.right(), slid.labelX() + slid.labelRoom(), 1e-9, "and is shortened to end where it did");
        assertEquals(point.left(), slid.left(), 1e-9, "the extent does not change");
        assertEquals(point.right(), slid.right(), 1e-9);
    }
}
