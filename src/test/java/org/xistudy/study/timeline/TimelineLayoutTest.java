package org.xistudy.study.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.xistudy.study.timeline.Fixtures.TODAY;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TimelineLayoutTest {
    private static final ItemGeometry.Metrics METRICS = new ItemGeometry.Metrics(13, 5, 6, 11, 4);
    private static final TimelineData DATA = new TimelineData(Fixtures.lanes(4), Fixtures.randomEvents(2000, 4, 42),
            List.of(Fixtures.era("a", "1949", "1976"), Fixtures.era("b", "1970", "1990"), Fixtures.era("c", "2012", null)),
            TODAY);
    private static final double[] LABELS = labels(DATA.items().size(), 99);
    private static final double[] ERA_LABELS = labels(DATA.eras().size(), 5);
    private static final boolean[] ALL = {true, true, true, true};

    private static double[] labels(int n, long seed) {
        Random r = new Random(seed);
        double[] w = new double[n];
        for (int i = 0; i < n; i++) {
            w[i] = 40 + r.nextDouble() * 260;
        }
        return w;
    }

    @Test
    void labelsNeverOverlapAtAnyZoomInsideTheLevel() {
        for (int level = ZoomLevels.level(0.02); level <= ZoomLevels.level(60); level += 3) {
            TimelineLayout layout = TimelineLayout.compute(DATA, LABELS, ERA_LABELS, level, METRICS, ALL);
            // The level's own zoom and one just below the next level: both must be overlap-free.
            for (double ppd : new double[] {ZoomLevels.pixelsPerDay(level), ZoomLevels.pixelsPerDay(level + 1) * 0.999}) {
                TimeScale s = new TimeScale(TimeScale.day(LocalDate.of(1949, 1, 1)), ppd);
                for (int lane = 0; lane < 4; lane++) {
                    List<ItemGeometry> placed = new ArrayList<>();
                    List<Integer> rows = new ArrayList<>();
                    for (int i : DATA.laneItems(lane)) {
                        if (layout.row(i) >= 0) {
                            placed.add(ItemGeometry.of(DATA.item(i), LABELS[i], s, METRICS, Double.NEGATIVE_INFINITY));
                            rows.add(layout.row(i));
                        }
                    }
                    for (int i = 0; i < placed.size(); i++) {
                        for (int j = i + 1; j < placed.size() && placed.get(j).left() < placed.get(i).right() + 50; j++) {
                            if (rows.get(i).equals(rows.get(j))) {
                                boolean apart = placed.get(i).right() <= placed.get(j).left()
                                        || placed.get(j).right() <= placed.get(i).left();
                                assertTrue(apart, "level " + level + " lane " + lane + " items overlap");
                            }
                        }
                    }
                }
            }
        }
    }

    @Test
    void theVisibleQueryFindsWhatIsOnScreenAndNothingMore() {
        int level = ZoomLevels.level(0.9);
        TimelineLayout layout = TimelineLayout.compute(DATA, LABELS, ERA_LABELS, level, METRICS, ALL);
        Random r = new Random(1);
        for (int q = 0; q < 60; q++) {
            double ppd = ZoomLevels.pixelsPerDay(level) * (1 + r.nextDouble() * 0.18);
            double from = TimeScale.day(LocalDate.of(1950 + r.nextInt(70), 1, 1));
            double width = 1200;
            TimeScale s = new TimeScale(from, ppd);
            double to = s.day(width);
            int rowLimit = 1 + r.nextInt(6);
            for (int lane = 0; lane < 4; lane++) {
                Set<Integer> expected = new HashSet<>();
                for (int i : DATA.laneItems(lane)) {
                    ItemGeometry g = ItemGeometry.of(DATA.item(i), LABELS[i], s, METRICS, 0);
                    if (layout.row(i) >= 0 && layout.row(i) < rowLimit && g.left() < width && g.right() > 0) {
                        expected.add(i);
                    }
                }
                Set<Integer> found = new HashSet<>();
                layout.visible(lane, from, to, rowLimit, found::add);
                assertTrue(found.containsAll(expected), "every item on screen is found");
                TimeScale levelScale = new TimeScale(0, ZoomLevels.pixelsPerDay(level));
                for (int i : found) {
                    assertTrue(layout.row(i) < rowLimit && layout.row(i) >= 0);
                    // Found items reach the window at the level's zoom, the smallest in the level.
                    ItemGeometry g = ItemGeometry.of(DATA.item(i), LABELS[i], levelScale, METRICS,
                            Double.NEGATIVE_INFINITY);
                    assertTrue(levelScale.day(g.left()) < to && levelScale.day(g.right()) > from, "item " + i);
                }
                // Beyond those on screen, at most one item per row at each edge.
                assertTrue(found.size() <= expected.size() + 2 * rowLimit, found.size() + " vs " + expected.size());
            }
        }
    }

    @Test
    void theQueryCostFollowsTheScreenNotThePack() {
        TimelineData big = new TimelineData(Fixtures.lanes(4), Fixtures.randomEvents(20_000, 4, 8), List.of(), TODAY);
        double[] w = labels(big.items().size(), 3);
        int level = ZoomLevels.level(1500.0 / (12 * 365));
        TimelineLayout layout = TimelineLayout.compute(big, w, new double[0], level, METRICS, ALL);
        double from = TimeScale.day(LocalDate.of(2012, 1, 1));
        double to = from + 12 * 365;
        int[] found = new int[1];
        int examined = 0;
        for (int lane = 0; lane < 4; lane++) {
            examined += layout.visible(lane, from, to, 4, i -> found[0]++);
        }
        // Four rows of a 1500 px screen hold a few dozen labels per lane; the index touches those only.
        assertTrue(found[0] < 4 * 4 * 1500 / 40, "found " + found[0]);
        assertTrue(examined <= found[0] + 4 * 4, "examined " + examined + " for " + found[0]);
    }

    @Test
    void hiddenLanesGetNoRowsAndOthersKeepTheirPacking() {
        int level = ZoomLevels.level(0.5);
        TimelineLayout all = TimelineLayout.compute(DATA, LABELS, ERA_LABELS, level, METRICS, ALL);
        TimelineLayout some = TimelineLayout.compute(DATA, LABELS, ERA_LABELS, level, METRICS,
                new boolean[] {true, false, true, false});
        for (TimelineData.Item it : DATA.items()) {
            if (it.lane() == 1 || it.lane() == 3) {
                assertEquals(-1, some.row(it.index()));
            } else {
                assertEquals(all.row(it.index()), some.row(it.index()), "lanes are packed independently");
            }
        }
        assertEquals(0, some.rowsNeeded(1));
        assertTrue(Arrays.stream(all.rowsNeeded()).allMatch(n -> n >= 1));
    }

    @Test
    void overlappingErasGetTheirOwnRows() {
        TimelineLayout layout = TimelineLayout.compute(DATA, LABELS, ERA_LABELS, ZoomLevels.level(0.05), METRICS, ALL);
        assertEquals(0, layout.eraRow(0));
        assertEquals(1, layout.eraRow(1), "1970-1990 overlaps 1949-1976");
        assertEquals(0, layout.eraRow(2));
        assertEquals(2, layout.eraRowCount());
    }

    @Test
    void zoomingInShowsMoreEventsWithLabels() {
        int placedOut = 0;
        int placedIn = 0;
        TimelineLayout out = TimelineLayout.compute(DATA, LABELS, ERA_LABELS, ZoomLevels.level(0.05), METRICS, ALL);
        TimelineLayout in = TimelineLayout.compute(DATA, LABELS, ERA_LABELS, ZoomLevels.level(5), METRICS, ALL);
        for (TimelineData.Item it : DATA.items()) {
            placedOut += out.row(it.index()) >= 0 ? 1 : 0;
            placedIn += in.row(it.index()) >= 0 ? 1 : 0;
        }
        assertTrue(placedIn > placedOut, placedIn + " > " + placedOut);
        assertEquals(DATA.items().size(), placedIn, "at 5 px a day every event fits in 24 rows");
    }
}
