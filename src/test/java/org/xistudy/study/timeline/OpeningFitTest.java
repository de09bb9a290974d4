package org.xistudy.study.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.xistudy.study.timeline.Fixtures.era;
import static org.xistudy.study.timeline.Fixtures.lane;
import static org.xistudy.study.timeline.Fixtures.point;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.IntPredicate;
import org.junit.jupiter.api.Test;
import org.xistudy.content.model.Event;

class OpeningFitTest {
    private static final ItemGeometry.Metrics M = new ItemGeometry.Metrics(14, 6, 7, 16, 4);
    private static final IntPredicate ALL = l -> true;
    private static final double WIDTH = 1000;
    private static final double MARGIN = 8;

    private static final List<Event> EVENTS = List.of(
            point("old", "a", "1990-05-01"),
            point("first", "a", "2012-11-15"),
            point("mid", "b", "2017-10-18"),
            point("late", "a", "2023-03-10"),
            point("last", "b", "2023-11-15"));
    private static final TimelineData DATA = new TimelineData(List.of(lane("a"), lane("b")), EVENTS,
            List.of(era("before", "1978", "2012"), era("xi", "2012-11-15", null)), LocalDate.of(2030, 1, 1));

    private static double[] widths(double each) {
        double[] w = new double[DATA.items().size()];
        Arrays.fill(w, each);
        return w;
    }

    private static double right(TimeWindow w, double[] widths, IntPredicate shown) {
        return OpeningFit.overflowRight(DATA, widths, M, WIDTH, MARGIN, shown, DATA.latestEraSpan().start(),
                w.start(), w.end());
    }

    private static double left(TimeWindow w, double[] widths, IntPredicate shown) {
        return OpeningFit.overflowLeft(DATA, widths, M, WIDTH, MARGIN, shown, DATA.latestEraSpan().start(),
                w.start(), w.end());
    }

    @Test
    void thePlainOpeningCutsTheLatestLabelsAndTheFittedOneShowsThemWhole() {
        double[] w = widths(220);
        TimeWindow plain = DATA.latestEra();
        assertTrue(right(plain, w, ALL) > 100, "the plain window cuts the last label: " + right(plain, w, ALL));
        TimeWindow fit = OpeningFit.fit(DATA, w, M, WIDTH, MARGIN, ALL);
        assertTrue(right(fit, w, ALL) <= 0.01, "every label inside the right edge: " + right(fit, w, ALL));
        assertTrue(left(fit, w, ALL) <= 0.01, "every marker inside the left edge: " + left(fit, w, ALL));
        assertTrue(fit.start() <= plain.start() && fit.end() > plain.end(), "only ever widened: " + fit);
    }

    @Test
    void theFittedEndIsTheTightestThatShowsTheLabels() {
        double[] w = widths(220);
        TimeWindow fit = OpeningFit.fit(DATA, w, M, WIDTH, MARGIN, ALL);
        TimeWindow less = new TimeWindow(fit.start(), fit.end() - 0.01 * fit.span());
        assertTrue(right(less, w, ALL) > 0, "one per cent less would cut a label again");
    }

    @Test
    void theEarliestMarkerKeepsClearOfTheLeftEdge() {
        // The era begins on the day of its first event: a window starting there puts the marker's
        // left half off screen.
        double[] w = widths(40);
        TimeWindow atEra = new TimeWindow(DATA.latestEraSpan().start(), DATA.latestEra().end());
        assertTrue(left(atEra, w, ALL) > 0, "the first marker crosses the edge of a window starting at the era");
        TimeWindow fit = OpeningFit.fit(DATA, w, M, WIDTH, MARGIN, ALL);
        assertTrue(left(fit, w, ALL) <= 0.01, "and not in the fitted one: " + left(fit, w, ALL));
    }

    @Test
    void eventsBeforeTheEraAndInHiddenLanesDoNotWidenIt() {
        double[] w = widths(40);
        w[DATA.indexOf("old")] = 5000;
        TimeWindow a = OpeningFit.fit(DATA, w, M, WIDTH, MARGIN, ALL);
        TimeWindow b = OpeningFit.fit(DATA, widths(40), M, WIDTH, MARGIN, ALL);
        assertEquals(b, a, "an event of an earlier era plays no part");

        double[] longB = widths(40);
        longB[DATA.indexOf("last")] = 400;
        IntPredicate onlyA = l -> l == 0;
        TimeWindow withB = OpeningFit.fit(DATA, longB, M, WIDTH, MARGIN, ALL);
        TimeWindow withoutB = OpeningFit.fit(DATA, longB, M, WIDTH, MARGIN, onlyA);
        assertTrue(withB.end() > withoutB.end(), "a hidden lane's long label does not widen the view");
    }

    @Test
    void aLabelWiderThanTheScreenStopsTheGrowthAtItsCap() {
        double[] w = widths(40);
        w[DATA.indexOf("last")] = 3 * WIDTH;
        TimeWindow fit = OpeningFit.fit(DATA, w, M, WIDTH, MARGIN, ALL);
        TimelineData.EraSpan era = DATA.latestEraSpan();
        double period = DATA.item(DATA.indexOf("last")).end() - era.start();
        assertTrue(fit.end() <= DATA.item(DATA.indexOf("last")).end() + OpeningFit.MAX_GROWTH * period + 1,
                "grows at most to its cap: " + fit);
        assertTrue(fit.span() < 4 * period, "the view stays readable: " + fit.span() / period);
    }

    @Test
    void itNeverReachesPastWhatTheViewMayShow() {
        // The era is open up to a "today" just after the last event: no room to widen to the right.
        TimelineData tight = new TimelineData(List.of(lane("a"), lane("b")), EVENTS,
                List.of(era("before", "1978", "2012"), era("xi", "2012-11-15", null)), LocalDate.of(2024, 1, 1));
        double[] w = new double[tight.items().size()];
        Arrays.fill(w, 300);
        TimeWindow fit = OpeningFit.fit(tight, w, M, WIDTH, MARGIN, ALL);
        assertEquals(fit, fit.clampedTo(tight.limits()), "inside the limits, so clamping does not move it");
        assertEquals(tight.extent().end(), fit.end(), 1e-6, "as far right as the view may go");
        assertTrue(fit.start() <= tight.latestEra().start(), "and it keeps the era's start: " + fit);
    }

    @Test
    void randomLabelsAlwaysFitWhenTheyCan() {
        Random r = new Random(7);
        for (int n = 0; n < 200; n++) {
            double[] w = new double[DATA.items().size()];
            for (int i = 0; i < w.length; i++) {
                w[i] = 10 + r.nextDouble() * 260;
            }
            TimeWindow fit = OpeningFit.fit(DATA, w, M, WIDTH, MARGIN, ALL);
            assertTrue(right(fit, w, ALL) <= 0.01 && left(fit, w, ALL) <= 0.01, "case " + n + ": " + fit);
        }
    }
}
