package org.xistudy.study.chart;

import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the chart shows at one moment of a year change: where each node is and how opaque, the
 * points of each edge and its opacity, and the bands of the layers. {@link #of} is a year's
 * layout at rest; {@link #between} is the moment {@code t} of the change from one frame to the
 * next: what stays moves there, what comes fades in late (after the moves have begun), what goes
 * fades out early. Nodes and edges faded out altogether are left out of a frame.
 */
public record ChartFrame(Map<String, NodePlace> nodes, Map<String, EdgePlace> edges, Map<Integer, BandPlace> bands) {

    /** Points per edge, so that any two routes of an edge blend point by point. */
    public static final int SAMPLES = 40;
    /** Below this opacity a node or edge counts as gone. */
    public static final double INVISIBLE = 0.001;

    /** A node's top-left corner and opacity. */
    public record NodePlace(double x, double y, double opacity) {
    }

    /** An edge's points ({@link #SAMPLES} of them) and opacity. */
    public record EdgePlace(List<Point> points, double opacity) {
        public EdgePlace {
            points = List.copyOf(points);
        }
    }

    /** A layer's band: its top, its height and its opacity. */
    public record BandPlace(double y, double height, double opacity) {
    }

    public static final ChartFrame EMPTY = new ChartFrame(Map.of(), Map.of(), Map.of());

    public ChartFrame {
        nodes = Collections.unmodifiableMap(new HashMap<>(nodes));
        edges = Collections.unmodifiableMap(new HashMap<>(edges));
        bands = Collections.unmodifiableMap(new HashMap<>(bands));
    }

    /** A year's layout at rest: everything in place and opaque; bands of no height left out. */
    public static ChartFrame of(ChartLayout l) {
        Map<String, NodePlace> nodes = new HashMap<>();
        Map<String, EdgePlace> edges = new HashMap<>();
        Map<Integer, BandPlace> bands = new HashMap<>();
        for (NodeBox b : l.nodes().values()) {
            nodes.put(b.id(), new NodePlace(b.x(), b.y(), 1));
        }
        for (EdgeRoute r : l.edges().values()) {
            edges.put(r.id(), new EdgePlace(Routes.resample(Routes.flatten(r, 12), SAMPLES), 1));
        }
        for (ChartLayout.Band b : l.bands()) {
            if (b.height() > 0) {
                bands.put(b.layer(), new BandPlace(b.y(), b.height(), 1));
            }
        }
        return new ChartFrame(nodes, edges, bands);
    }

    /** The moment {@code t} (0: {@code from}, 1: {@code to}) of the change between two frames. */
    public static ChartFrame between(ChartFrame from, ChartFrame to, double t) {
        Map<String, NodePlace> nodes = new HashMap<>();
        for (String id : union(from.nodes.keySet(), to.nodes.keySet())) {
            NodePlace a = from.nodes.get(id);
            NodePlace b = to.nodes.get(id);
            NodePlace f;
            if (a != null && b != null) {
                f = new NodePlace(lerp(a.x(), b.x(), t), lerp(a.y(), b.y(), t), lerp(a.opacity(), 1, t));
            } else if (b != null) {
                f = new NodePlace(b.x(), b.y(), clamp((t - 0.35) / 0.65));
            } else {
                f = new NodePlace(a.x(), a.y(), a.opacity() * (1 - clamp(t / 0.5)));
            }
            if (f.opacity() > INVISIBLE) {
                nodes.put(id, f);
            }
        }
        Map<String, EdgePlace> edges = new HashMap<>();
        for (String id : union(from.edges.keySet(), to.edges.keySet())) {
            EdgePlace a = from.edges.get(id);
            EdgePlace b = to.edges.get(id);
            EdgePlace f;
            if (a != null && b != null) {
                f = new EdgePlace(Routes.blend(a.points(), b.points(), t), lerp(a.opacity(), 1, t));
            } else if (b != null) {
                f = new EdgePlace(b.points(), clamp((t - 0.45) / 0.55));
            } else {
                f = new EdgePlace(a.points(), a.opacity() * (1 - clamp(t / 0.4)));
            }
            if (f.opacity() > INVISIBLE) {
                edges.put(id, f);
            }
        }
        Map<Integer, BandPlace> bands = new HashMap<>();
        for (int l : union(from.bands.keySet(), to.bands.keySet())) {
            BandPlace a = from.bands.get(l);
            BandPlace b = to.bands.get(l);
            if (a != null && b != null) {
                bands.put(l, new BandPlace(lerp(a.y(), b.y(), t), lerp(a.height(), b.height(), t), 1));
            } else if (b != null) {
                bands.put(l, new BandPlace(b.y(), b.height(), clamp(t)));
            } else {
                bands.put(l, new BandPlace(a.y(), a.height(), 1 - clamp(t)));
            }
        }
        return new ChartFrame(nodes, edges, bands);
    }

    private static <T> Set<T> union(Set<T> a, Set<T> b) {
        Set<T> out = new HashSet<>(a);
        out.addAll(b);
        return out;
    }

    private static double lerp(double a, double b, double t) {
        return a + (b - a) * t;
    }

    private static double clamp(double v) {
        return Math.max(0, Math.min(1, v));
    }
}
