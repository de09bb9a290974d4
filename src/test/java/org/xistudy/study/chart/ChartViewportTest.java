package org.xistudy.study.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class ChartViewportTest {
    private static final double EPS = 1e-9;
    private final ChartViewport view = new ChartViewport(1, 10, 20, 800, 600);

    @Test
    void zoomingKeepsThePointUnderThePointerInPlace() {
        double worldX = (100 - view.panX()) / view.zoom();
        double worldY = (150 - view.panY()) / view.zoom();
        ChartViewport z = view.zoomedBy(2, 100, 150);
        assertEquals(2, z.zoom(), EPS);
        assertEquals(100, z.screenX(worldX), EPS);
        assertEquals(150, z.screenY(worldY), EPS);
        assertEquals(800, z.width(), EPS);
        assertEquals(600, z.height(), EPS);
    }

    @Test
    void zoomingWithoutAPointKeepsTheMiddleOfTheView() {
        double worldX = (400 - view.panX()) / view.zoom();
        double worldY = (300 - view.panY()) / view.zoom();
        ChartViewport z = view.zoomedBy(0.8);
        assertEquals(0.8, z.zoom(), EPS);
        assertEquals(400, z.screenX(worldX), EPS);
        assertEquals(300, z.screenY(worldY), EPS);
    }

    @Test
    void theZoomStaysWithinItsLimits() {
        assertEquals(ChartViewport.MAX_ZOOM, view.zoomedBy(1000, 5, 5).zoom(), EPS);
        assertEquals(ChartViewport.MIN_ZOOM, view.zoomedBy(0.0001).zoom(), EPS);
        assertEquals(ChartViewport.MAX_ZOOM, new ChartViewport(99, 0, 0, 1, 1).zoom(), EPS);
        // At the limit a further zoom moves nothing.
        ChartViewport max = view.zoomedBy(1000, 5, 5);
        assertEquals(max, max.zoomedBy(2, 300, 300));
    }

    @Test
    void panningKeepsTheZoomAndTheSize() {
        ChartViewport p = view.zoomedBy(2).pannedBy(30, -40);
        assertEquals(2, p.zoom(), EPS);
        assertEquals(view.zoomedBy(2).panX() + 30, p.panX(), EPS);
        assertEquals(view.zoomedBy(2).panY() - 40, p.panY(), EPS);
        assertEquals(new ChartViewport(1, 5, 6, 800, 600), view.pannedTo(5, 6));
        assertEquals(new ChartViewport(1, 10, 20, 300, 200), view.resized(300, 200));
    }

    @Test
    void fittingShowsTheBoundsWholeAndCentred() {
        Bounds b = new Bounds(-100, 50, 1100, 650);
        ChartViewport f = view.fitted(b, 0);
        assertTrue(f.zoom() < 1);
        assertTrue(f.screenX(b.minX()) > 0 && f.screenX(b.maxX()) < f.width());
        assertTrue(f.screenY(b.minY()) > 0 && f.screenY(b.maxY()) < f.height());
        assertEquals(f.width(), f.screenX(b.minX()) + f.screenX(b.maxX()), 1e-6, "centred across");
        // The wider side touches the margins: it is as large as it can be.
        double margin = Math.min(800, 600) * 0.02 + 6;
        assertEquals(margin, f.screenX(b.minX()), 1e-6);
    }

    @Test
    void fittingEnlargesASmallChartOnlySoFar() {
        ChartViewport f = view.fitted(new Bounds(0, 0, 40, 30), 0);
        assertEquals(ChartViewport.MAX_FIT, f.zoom(), EPS);
    }

    @Test
    void aFloorAboveTheFitShowsTheTopOfTheChartCentredAcross() {
        Bounds b = new Bounds(0, 0, 4000, 3000);
        ChartViewport f = view.fitted(b, 0.85);
        assertEquals(0.85, f.zoom(), EPS);
        double margin = Math.min(800, 600) * 0.02 + 6;
        assertEquals(margin, f.screenY(b.minY()), 1e-6);
        assertEquals(f.width(), f.screenX(b.minX()) + f.screenX(b.maxX()), 1e-6);
        // A floor below the fit changes nothing.
        Bounds small = new Bounds(0, 0, 400, 300);
        assertEquals(view.fitted(small, 0), view.fitted(small, 0.5));
    }

    @Test
    void withoutASizeOrBoundsFittingChangesNothing() {
        assertEquals(ChartViewport.INITIAL, ChartViewport.INITIAL.fitted(new Bounds(0, 0, 100, 100), 0));
        assertEquals(view, view.fitted(Bounds.EMPTY, 0));
    }

    @Test
    void revealingCentresANodeOutOfViewAndLeavesOneInView() {
        NodeBox inView = new NodeBox("a", 100, 100, 80, 40, 0);
        assertEquals(Optional.empty(), view.revealing(inView));
        NodeBox farRight = new NodeBox("b", 2000, 100, 80, 40, 0);
        ChartViewport r = view.revealing(farRight).orElseThrow();
        assertEquals(view.zoom(), r.zoom(), EPS);
        assertEquals(400, r.screenX(farRight.centerX()), EPS);
        assertEquals(300, r.screenY(farRight.centerY()), EPS);
        // Closer to an edge than the margin counts as out of view.
        NodeBox nearTop = new NodeBox("c", 100, -20 + ChartViewport.REVEAL_MARGIN - 1, 80, 40, 0);
        assertTrue(view.revealing(nearTop).isPresent());
        assertFalse(view.revealing(null).isPresent());
        assertFalse(ChartViewport.INITIAL.revealing(farRight).isPresent(), "no size, nothing to centre in");
    }
}
