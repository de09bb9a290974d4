package org.xistudy.study.chart;

import java.util.Optional;

/**
 * Where the chart is on screen: a view of {@code width} by {@code height} showing the chart's
 * world at {@code zoom}, its origin at ({@code panX}, {@code panY}) in the view. A screen point
 * {@code s} shows the world point {@code (s - pan) / zoom}. Zooming keeps the point under the
 * pointer (or the middle of the view) in place; fitting shows given bounds whole, centred, and
 * when a floor makes them larger than the view, the top of them; revealing centres a node that
 * is not in view. The zoom stays within {@link #MIN_ZOOM} and {@link #MAX_ZOOM}.
 */
public record ChartViewport(double zoom, double panX, double panY, double width, double height) {

    /** How the view is placed: fitted with a floor for larger text, fitted, or as the user left it. */
    public enum Mode { AUTO, FIT, MANUAL }

    public static final double MIN_ZOOM = 0.15;
    public static final double MAX_ZOOM = 4;
    /** The most a fit enlarges a small chart. */
    public static final double MAX_FIT = 1.6;
    /** How near the edge of the view a revealed node may come, in pixels of the screen. */
    public static final double REVEAL_MARGIN = 16;

    /** Nothing measured yet: zoom 1, no pan, no size. */
    public static final ChartViewport INITIAL = new ChartViewport(1, 0, 0, 0, 0);

    public ChartViewport {
        zoom = clampZoom(zoom);
    }

    private static double clampZoom(double z) {
        return Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, z));
    }

    /** The same view placement in a view of another size. */
    public ChartViewport resized(double w, double h) {
        return new ChartViewport(zoom, panX, panY, w, h);
    }

    /** The same zoom with the world's origin at ({@code x}, {@code y}) in the view. */
    public ChartViewport pannedTo(double x, double y) {
        return new ChartViewport(zoom, x, y, width, height);
    }

    /** Moved by ({@code dx}, {@code dy}) pixels of the screen. */
    public ChartViewport pannedBy(double dx, double dy) {
        return pannedTo(panX + dx, panY + dy);
    }

    /** Zoomed by {@code factor} around the middle of the view. */
    public ChartViewport zoomedBy(double factor) {
        return zoomedBy(factor, width / 2, height / 2);
    }

    /** Zoomed by {@code factor} around the view point ({@code cx}, {@code cy}), which stays where it is. */
    public ChartViewport zoomedBy(double factor, double cx, double cy) {
        double nz = clampZoom(zoom * factor);
        double wx = (cx - panX) / zoom;
        double wy = (cy - panY) / zoom;
        return new ChartViewport(nz, cx - wx * nz, cy - wy * nz, width, height);
    }

    /**
     * Shows {@code b} whole and centred, enlarged at most {@link #MAX_FIT} times; not smaller
     * than {@code floor} (0 for none), and then with the top of {@code b} at the top of the view,
     * centred across. Unchanged while the view or the bounds have no size.
     */
    public ChartViewport fitted(Bounds b, double floor) {
        if (width <= 0 || height <= 0 || b.width() <= 0) {
            return this;
        }
        double margin = Math.min(width, height) * 0.02 + 6;
        double fit = Math.min(MAX_FIT, Math.min((width - 2 * margin) / b.width(), (height - 2 * margin) / b.height()));
        double z = Math.max(Math.max(MIN_ZOOM, fit), floor);
        double px = (width - b.width() * z) / 2 - b.minX() * z;
        double py = Math.max(margin, (height - b.height() * z) / 2) - b.minY() * z;
        if (z > fit + 1e-9) {
            // Larger than the view: show the top of the hierarchy, centred.
            py = margin - b.minY() * z;
        }
        return new ChartViewport(z, px, py, width, height);
    }

    /**
     * A view with the box in its middle, at the same zoom; empty when the box is already in view,
     * at least {@link #REVEAL_MARGIN} from every edge, or the view has no size.
     */
    public Optional<ChartViewport> revealing(NodeBox b) {
        if (b == null || width <= 0) {
            return Optional.empty();
        }
        double left = screenX(b.x());
        double top = screenY(b.y());
        double right = left + b.width() * zoom;
        double bottom = top + b.height() * zoom;
        double m = REVEAL_MARGIN;
        if (left >= m && top >= m && right <= width - m && bottom <= height - m) {
            return Optional.empty();
        }
        return Optional.of(pannedTo(width / 2 - b.centerX() * zoom, height / 2 - b.centerY() * zoom));
    }

    /** Where the world's x shows in the view. */
    public double screenX(double worldX) {
        return panX + zoom * worldX;
    }

    /** Where the world's y shows in the view. */
    public double screenY(double worldY) {
        return panY + zoom * worldY;
    }
}
