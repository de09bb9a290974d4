package org.xistudy.study.argument;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.xistudy.content.model.Claim;

/**
 * Lays out an argument (a tree of claims) in layers: the thesis on top, its children in the layer
 * below in their {@code order}, their children below them, and so on. The caller measures each
 * claim's box; the layout places the boxes and routes an edge from each parent down to each child.
 *
 * <p>Guarantees: no two boxes overlap (boxes of one layer are at least the horizontal gap apart,
 * layers are the vertical gap apart); siblings stand left to right in their order (ties keep the
 * order of the input); each child's layer is below its parent's; a parent is centred over its
 * children (over the first and last child's centres), and a lone child under its parent. Subtrees
 * are packed as closely as their contours allow, level by level (as in Reingold and Tilford's
 * tidy trees, with boxes of any width). The same input gives the same result.
 *
 * <p>Pure: no toolkit, coordinates in pixels with y growing downwards, the whole drawing starting
 * at (0, 0). A node whose parent is not among the nodes is a root; several roots stand side by
 * side in their order, as the children of an invisible root would.
 */
public final class ArgumentLayout {

    /** A claim to lay out: its id, the id of the claim it supports (null for a root) and its order among siblings. */
    public record Node(String id, String parent, int order) {
        public Node {
            if (id == null) {
                throw new IllegalArgumentException("a node needs an id");
            }
        }

        public static Node of(Claim claim) {
            return new Node(claim.id(), claim.parent(), claim.order());
        }
    }

    /** A box's size in pixels, measured by the caller. */
    public record Size(double width, double height) {
        public Size {
            if (!(width > 0) || !(height > 0) || Double.isInfinite(width) || Double.isInfinite(height)) {
                throw new IllegalArgumentException("a box size must be positive and finite: " + width + "x" + height);
            }
        }
    }

    /** The space between two boxes side by side ({@code horizontal}) and between two layers ({@code vertical}). */
    public record Gaps(double horizontal, double vertical) {
        public Gaps {
            if (!(horizontal >= 0) || !(vertical >= 0) || Double.isInfinite(horizontal) || Double.isInfinite(vertical)) {
                throw new IllegalArgumentException("gaps must be zero or more and finite: " + horizontal + ", " + vertical);
            }
        }
    }

    /** A point of the drawing. */
    public record Point(double x, double y) {
    }

    /** A placed box. */
    public record Box(double x, double y, double width, double height) {
        public double right() {
            return x + width;
        }

        public double bottom() {
            return y + height;
        }

        public double centreX() {
            return x + width / 2;
        }

        /** Whether the two boxes share any area (touching edges do not count). */
        public boolean overlaps(Box o) {
            return x < o.right() && o.x < right() && y < o.bottom() && o.y < bottom();
        }
    }

    /**
     * The line from a parent down to a child: from the middle of the parent's bottom edge, down
     * into the gap below the parent's layer, across, and down to the middle of the child's top
     * edge. Two points when the child stands right under the parent, four otherwise.
     */
    public record Edge(String parent, String child, List<Point> points) {
        public Edge {
            points = List.copyOf(points);
        }
    }

    /**
     * The layout: each id's box (in layer order, left to right within a layer), the edges (in the
     * same order, by child), the ids of each layer from the top, and the size of the whole drawing.
     */
    public record Result(Map<String, Box> boxes, List<Edge> edges, List<List<String>> layers, double width,
            double height) {
        public Result {
            boxes = Collections.unmodifiableMap(new LinkedHashMap<>(boxes));
            edges = List.copyOf(edges);
            layers = layers.stream().map(List::copyOf).toList();
        }

        public Box box(String id) {
            Box b = boxes.get(id);
            if (b == null) {
                throw new IllegalArgumentException("no box for " + id);
            }
            return b;
        }

        /**
         * The same tree turned on its side, the root on the left and each layer a column: every
         * box and point with x and y swapped. Lay out with each box's width and height swapped
         * (and the gaps), then transpose, to get boxes of their real size.
         */
        public Result transposed() {
            Map<String, Box> out = new LinkedHashMap<>();
            boxes.forEach((id, b) -> out.put(id, new Box(b.y(), b.x(), b.height(), b.width())));
            List<Edge> turned = edges.stream().map(e -> new Edge(e.parent(), e.child(),
                    e.points().stream().map(p -> new Point(p.y(), p.x())).toList())).toList();
            return new Result(out, turned, layers, height, width);
        }
    }

    /**
     * A subtree laid out on its own, relative to its root's centre: for each level below the
     * root (0 is the root's own), the leftmost and rightmost extent of its boxes, and for each
     * child, the child's centre.
     */
    private static final class Shape {
        final List<Double> left = new ArrayList<>();
        final List<Double> right = new ArrayList<>();
        final Map<String, Double> childOffset = new LinkedHashMap<>();
    }

    private final Map<String, Size> sizes;
    private final Gaps gaps;
    private final Map<String, List<Node>> children = new HashMap<>();
    private final Map<String, String> parents = new HashMap<>();
    private final Map<String, Shape> shapes = new HashMap<>();

    private ArgumentLayout(Map<String, Size> sizes, Gaps gaps) {
        this.sizes = sizes;
        this.gaps = gaps;
    }

    /** The layout of the claims of a pack, each with its measured size. */
    public static Result ofClaims(List<Claim> claims, Map<String, Size> sizes, Gaps gaps) {
        return layout(claims.stream().map(Node::of).toList(), sizes, gaps);
    }

    /**
     * Lays out a forest of nodes.
     *
     * @throws IllegalArgumentException when an id repeats, a node has no size, or a node is its own ancestor
     */
    public static Result layout(List<Node> nodes, Map<String, Size> sizes, Gaps gaps) {
        return new ArgumentLayout(Map.copyOf(sizes), gaps).run(nodes);
    }

    private Result run(List<Node> nodes) {
        Map<String, Node> byId = new LinkedHashMap<>();
        for (Node n : nodes) {
            if (byId.putIfAbsent(n.id(), n) != null) {
                throw new IllegalArgumentException("the id " + n.id() + " is given twice");
            }
            if (!sizes.containsKey(n.id())) {
                throw new IllegalArgumentException("no size for " + n.id());
            }
        }
        List<Node> roots = new ArrayList<>();
        for (Node n : nodes) {
            if (n.parent() == null || !byId.containsKey(n.parent())) {
                roots.add(n);
            } else {
                children.computeIfAbsent(n.parent(), k -> new ArrayList<>()).add(n);
                parents.put(n.id(), n.parent());
            }
        }
        // a stable sort: equal orders keep the input's order
        Comparator<Node> byOrder = Comparator.comparingInt(Node::order);
        roots.sort(byOrder);
        children.values().forEach(list -> list.sort(byOrder));
        checkAcyclic(nodes, byId, roots);

        // The roots stand side by side like the children of one invisible root of no width.
        List<Double> rootOffsets = new ArrayList<>();
        List<Double> accLeft = new ArrayList<>();
        List<Double> accRight = new ArrayList<>();
        for (Node r : roots) {
            rootOffsets.add(place(shape(r), accLeft, accRight, rootOffsets.isEmpty()));
        }

        Map<String, Double> centre = new HashMap<>();
        Map<String, Integer> depth = new HashMap<>();
        List<List<String>> layers = new ArrayList<>();
        for (int i = 0; i < roots.size(); i++) {
            assign(roots.get(i), rootOffsets.get(i), 0, centre, depth, layers);
        }
        return build(layers, centre, depth);
    }

    private void checkAcyclic(List<Node> nodes, Map<String, Node> byId, List<Node> roots) {
        Set<String> reached = new HashSet<>();
        List<Node> todo = new ArrayList<>(roots);
        while (!todo.isEmpty()) {
            Node n = todo.remove(todo.size() - 1);
            reached.add(n.id());
            todo.addAll(children.getOrDefault(n.id(), List.of()));
        }
        for (Node n : nodes) {
            if (!reached.contains(n.id())) {
                throw new IllegalArgumentException(n.id() + " is its own ancestor, or below one that is");
            }
        }
    }

    /** Lays out the subtree of {@code node} relative to its centre (children first). */
    private Shape shape(Node node) {
        Shape cached = shapes.get(node.id());
        if (cached != null) {
            return cached;
        }
        Shape s = new Shape();
        double half = sizes.get(node.id()).width() / 2;
        s.left.add(-half);
        s.right.add(half);
        List<Node> kids = children.getOrDefault(node.id(), List.of());
        if (!kids.isEmpty()) {
            List<Double> accLeft = new ArrayList<>();
            List<Double> accRight = new ArrayList<>();
            List<Double> offsets = new ArrayList<>();
            for (Node k : kids) {
                offsets.add(place(shape(k), accLeft, accRight, offsets.isEmpty()));
            }
            double mid = (offsets.get(0) + offsets.get(offsets.size() - 1)) / 2;
            for (int i = 0; i < kids.size(); i++) {
                s.childOffset.put(kids.get(i).id(), offsets.get(i) - mid);
            }
            for (int level = 0; level < accLeft.size(); level++) {
                s.left.add(accLeft.get(level) - mid);
                s.right.add(accRight.get(level) - mid);
            }
        }
        shapes.put(node.id(), s);
        return s;
    }

    /**
     * Places a sibling's subtree to the right of those placed before it (whose outline is
     * {@code accLeft}/{@code accRight}, level by level), as close as the gap allows at every level
     * they share; adds it to the outline and returns its centre.
     */
    private double place(Shape s, List<Double> accLeft, List<Double> accRight, boolean first) {
        double offset = 0;
        if (!first) {
            offset = Double.NEGATIVE_INFINITY;
            for (int level = 0; level < Math.min(accRight.size(), s.left.size()); level++) {
                offset = Math.max(offset, accRight.get(level) + gaps.horizontal() - s.left.get(level));
            }
        }
        for (int level = 0; level < s.left.size(); level++) {
            double l = offset + s.left.get(level);
            double r = offset + s.right.get(level);
            if (level < accLeft.size()) {
                accLeft.set(level, Math.min(accLeft.get(level), l));
                accRight.set(level, Math.max(accRight.get(level), r));
            } else {
                accLeft.add(l);
                accRight.add(r);
            }
        }
        return offset;
    }

    /** Gives every node of the subtree its absolute centre and its layer, parents before children. */
    private void assign(Node node, double x, int level, Map<String, Double> centre, Map<String, Integer> depth,
            List<List<String>> layers) {
        centre.put(node.id(), x);
        depth.put(node.id(), level);
        while (layers.size() <= level) {
            layers.add(new ArrayList<>());
        }
        layers.get(level).add(node.id());
        Shape s = shapes.get(node.id());
        for (Node k : children.getOrDefault(node.id(), List.of())) {
            assign(k, x + s.childOffset.get(k.id()), level + 1, centre, depth, layers);
        }
    }

    private Result build(List<List<String>> layers, Map<String, Double> centre, Map<String, Integer> depth) {
        double minX = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        for (Map.Entry<String, Double> e : centre.entrySet()) {
            double half = sizes.get(e.getKey()).width() / 2;
            minX = Math.min(minX, e.getValue() - half);
            maxX = Math.max(maxX, e.getValue() + half);
        }
        double[] top = new double[layers.size()];
        double[] bottom = new double[layers.size()];
        double y = 0;
        for (int level = 0; level < layers.size(); level++) {
            double tallest = 0;
            for (String id : layers.get(level)) {
                tallest = Math.max(tallest, sizes.get(id).height());
            }
            top[level] = y;
            bottom[level] = y + tallest;
            y = bottom[level] + gaps.vertical();
        }
        Map<String, Box> boxes = new LinkedHashMap<>();
        List<List<String>> ordered = new ArrayList<>();
        for (List<String> layer : layers) {
            List<String> row = new ArrayList<>(layer);
            row.sort(Comparator.comparingDouble(centre::get));
            ordered.add(row);
            for (String id : row) {
                Size size = sizes.get(id);
                boxes.put(id, new Box(centre.get(id) - size.width() / 2 - minX, top[depth.get(id)], size.width(),
                        size.height()));
            }
        }
        List<Edge> edges = new ArrayList<>();
        for (List<String> row : ordered) {
            for (String id : row) {
                String parent = parents.get(id);
                if (parent != null) {
                    edges.add(edge(parent, id, boxes.get(parent), boxes.get(id), bottom[depth.get(id) - 1]));
                }
            }
        }
        double height = layers.isEmpty() ? 0 : bottom[layers.size() - 1];
        return new Result(boxes, edges, ordered, layers.isEmpty() ? 0 : maxX - minX, height);
    }

    private Edge edge(String parent, String child, Box from, Box to, double parentLayerBottom) {
        Point start = new Point(from.centreX(), from.bottom());
        Point end = new Point(to.centreX(), to.y());
        if (start.x() == end.x()) {
            return new Edge(parent, child, List.of(start, end));
        }
        double across = parentLayerBottom + gaps.vertical() / 2;
        return new Edge(parent, child, List.of(start, new Point(start.x(), across), new Point(end.x(), across), end));
    }
}
