package org.xistudy.study.chart;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The last layout phase: routes the edges of one year once its nodes are placed, with the places
 * where their labels can sit. Layered edges leave their upper node's bottom and enter their lower
 * node's top at ports spread along that side, and pass through the layers they cross at their
 * dummies; same-layer edges run straight between neighbours or arc below the layer; loops, and
 * edges within one slot, curl out of the node's right side.
 */
final class EdgeRouter {
    private final Backbone backbone;
    private final List<Slot> slots;
    private final List<LayeredLayout.Node> nodes;
    private final List<LayeredLayout.Edge> edges;
    private final List<LayeredEdge> infos;
    private final LayoutSettings settings;

    EdgeRouter(Backbone backbone) {
        this.backbone = backbone;
        this.slots = backbone.slots();
        this.nodes = backbone.nodes();
        this.edges = backbone.edges();
        this.infos = backbone.layered();
        this.settings = backbone.settings();
    }

    /**
     * The routes of the {@code shown} edges (by edge index, in that order), for slots at {@code x}
     * in the order {@code ord}, layers from {@code top} and {@code height} high, and the placed
     * node {@code boxes}.
     */
    Map<String, EdgeRoute> route(Set<Integer> shown, List<List<Integer>> ord, double[] x, double[] top,
            double[] height, Map<String, NodeBox> boxes) {
        // Ports: the edges leaving a node's bottom (or entering its top) are spread along that
        // side in the order of where they go, so parallel and fanning edges do not overlap.
        Map<Integer, List<long[]>> bottom = new HashMap<>();
        Map<Integer, List<long[]>> topSide = new HashMap<>();
        for (int e : shown) {
            LayeredEdge info = infos.get(e);
            if (info.loop() || info.sameLayer() || info.internal()) {
                continue;
            }
            int[] c = info.chain();
            bottom.computeIfAbsent(info.upper(), k -> new ArrayList<>()).add(new long[] {e, Double.doubleToLongBits(x[c[1]])});
            topSide.computeIfAbsent(info.lower(), k -> new ArrayList<>())
                    .add(new long[] {e, Double.doubleToLongBits(x[c[c.length - 2]])});
        }
        Map<Integer, Double> bottomPort = ports(bottom, x, boxes);
        Map<Integer, Double> topPort = ports(topSide, x, boxes);

        int[] pos = new int[slots.size()];
        for (List<Integer> layer : ord) {
            for (int i = 0; i < layer.size(); i++) {
                pos[layer.get(i)] = i;
            }
        }
        Map<String, EdgeRoute> out = new LinkedHashMap<>();
        Map<Integer, Integer> arcsPerLayer = new HashMap<>();
        for (int e : shown) {
            LayeredEdge info = infos.get(e);
            LayeredLayout.Edge edge = edges.get(e);
            NodeBox from = boxes.get(edge.from());
            NodeBox to = boxes.get(edge.to());
            if (info.loop() || info.internal()) {
                double r = Math.min(from.height() / 2, 24);
                out.put(edge.id(), new EdgeRoute(edge.id(), EdgeRoute.Shape.LOOP, List.of(
                        new Point(from.maxX(), from.centerY() - r / 2), new Point(from.maxX() + 2.2 * r, from.centerY() - 1.6 * r),
                        new Point(from.maxX() + 2.2 * r, from.centerY() + 1.6 * r), new Point(from.maxX(), from.centerY() + r / 2)),
                        false));
                continue;
            }
            if (info.sameLayer()) {
                NodeBox a = from.x() <= to.x() ? from : to;
                NodeBox b = a == from ? to : from;
                int pa = pos[backbone.slotOf(backbone.nodeIndex().get(a.id()))];
                int pb = pos[backbone.slotOf(backbone.nodeIndex().get(b.id()))];
                List<Point> pts;
                EdgeRoute.Shape shape;
                if (Math.abs(pa - pb) == 1) {
                    shape = EdgeRoute.Shape.SIDE;
                    pts = List.of(new Point(a.maxX(), a.centerY()), new Point(b.x(), b.centerY()));
                } else {
                    shape = EdgeRoute.Shape.ARC;
                    int l = a.layer();
                    int k = arcsPerLayer.merge(l, 1, Integer::sum) - 1;
                    double depth = top[l] + height[l] + settings.layerGap() * (0.45 + 0.18 * (k % 3));
                    double ax = a.centerX() + a.width() * 0.2;
                    double bx = b.centerX() - b.width() * 0.2;
                    pts = List.of(new Point(ax, a.maxY()), new Point(ax, depth), new Point(bx, depth),
                            new Point(bx, b.maxY()));
                }
                if (a != from) {
                    pts = reversed(pts);
                }
                List<Point> labels = null;
                if (shape == EdgeRoute.Shape.SIDE) {
                    Point above = new Point((a.maxX() + b.x()) / 2, Math.min(a.y(), b.y()) - settings.layerGap() * 0.3);
                    labels = List.of(above, above, above);
                }
                out.put(edge.id(), new EdgeRoute(edge.id(), shape, pts, false, labels));
                continue;
            }
            NodeBox upper = info.fromIsUpper() ? from : to;
            NodeBox lower = info.fromIsUpper() ? to : from;
            List<Point> pts = new ArrayList<>();
            pts.add(new Point(bottomPort.get(e), upper.maxY()));
            List<Integer> exits = new ArrayList<>();
            exits.add(0);
            for (int d : info.dummies()) {
                int l = slots.get(d).layer();
                pts.add(new Point(x[d], top[l]));
                if (height[l] > 0) {
                    pts.add(new Point(x[d], top[l] + height[l]));
                }
                exits.add(pts.size() - 1);
            }
            pts.add(new Point(topPort.get(e), lower.y()));
            // Labels go halfway across a gap between layers, where no node is: the first gap, the
            // middle one and the last one.
            List<Point> gaps = new ArrayList<>();
            for (int at : exits) {
                gaps.add(pts.get(at).towards(pts.get(at + 1), 0.5));
            }
            List<Point> labels = List.of(gaps.get(0), gaps.get(gaps.size() / 2), gaps.get(gaps.size() - 1));
            if (!info.fromIsUpper()) {
                pts = reversed(pts);
                labels = List.of(labels.get(2), labels.get(1), labels.get(0));
            }
            out.put(edge.id(), new EdgeRoute(edge.id(), EdgeRoute.Shape.LAYERED, pts, info.flipped(), labels));
        }
        return out;
    }

    private Map<Integer, Double> ports(Map<Integer, List<long[]>> sides, double[] x, Map<String, NodeBox> boxes) {
        Map<Integer, Double> port = new HashMap<>();
        for (Map.Entry<Integer, List<long[]>> side : sides.entrySet()) {
            NodeBox s = null;
            for (int m : slots.get(side.getKey()).members()) {
                s = s == null ? boxes.get(nodes.get(m).id()) : s;
            }
            List<long[]> list = side.getValue();
            list.sort(Comparator.comparingDouble((long[] a) -> Double.longBitsToDouble(a[1])).thenComparingLong(a -> a[0]));
            int k = list.size();
            double spacing = k <= 1 ? 0 : Math.min(settings.portSpacing(), s.width() * 0.7 / (k - 1));
            double cx = x[side.getKey()];
            for (int i = 0; i < k; i++) {
                port.put((int) list.get(i)[0], cx + (i - (k - 1) / 2.0) * spacing);
            }
        }
        return port;
    }

    private static List<Point> reversed(List<Point> pts) {
        List<Point> r = new ArrayList<>(pts);
        Collections.reverse(r);
        return r;
    }
}
