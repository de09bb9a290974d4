package org.xistudy.study.argument;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.xistudy.content.PackIndex;
import org.xistudy.content.PackLoader;
import org.xistudy.content.model.Claim;
import org.xistudy.study.argument.ArgumentLayout.Box;
import org.xistudy.study.argument.ArgumentLayout.Edge;
import org.xistudy.study.argument.ArgumentLayout.Gaps;
import org.xistudy.study.argument.ArgumentLayout.Node;
import org.xistudy.study.argument.ArgumentLayout.Point;
import org.xistudy.study.argument.ArgumentLayout.Result;
import org.xistudy.study.argument.ArgumentLayout.Size;

class ArgumentLayoutTest {
    private static final double EPS = 1e-6;
    private static final Gaps GAPS = new Gaps(12, 40);
    private static final int TREES = 400;

    /** A random forest of up to 60 nodes: parents come before children, orders may repeat, sizes vary widely. */
    private record Tree(List<Node> nodes, Map<String, Size> sizes) {
    }

    private static Tree randomTree(long seed) {
        Random r = new Random(seed);
        int n = 1 + r.nextInt(60);
        int roots = r.nextInt(8) == 0 ? 2 + r.nextInt(2) : 1;
        List<Node> nodes = new ArrayList<>();
        Map<String, Size> sizes = new HashMap<>();
        for (int i = 0; i < n; i++) {
            String parent = i < roots ? null : "n" + (r.nextInt(3) == 0 ? r.nextInt(i) : Math.max(0, i - 1 - r.nextInt(4)));
            nodes.add(new Node("n" + i, parent, r.nextInt(6)));
            sizes.put("n" + i, new Size(8 + r.nextInt(300), 10 + r.nextInt(120)));
        }
        Collections.shuffle(nodes, r);
        return new Tree(nodes, sizes);
    }

    private static Result layout(Tree t) {
        return ArgumentLayout.layout(t.nodes(), t.sizes(), GAPS);
    }

    /** The children of each parent as the layout must order them: by order, ties in input order. */
    private static Map<String, List<Node>> childrenInOrder(List<Node> nodes) {
        Map<String, List<Node>> out = new LinkedHashMap<>();
        for (Node n : nodes) {
            if (n.parent() != null) {
                out.computeIfAbsent(n.parent(), k -> new ArrayList<>()).add(n);
            }
        }
        out.values().forEach(l -> l.sort((a, b) -> Integer.compare(a.order(), b.order())));
        return out;
    }

    @Test
    void onItsSideTheTreeKeepsItsBoxSizesAndEachChildStandsRightOfItsParent() {
        for (long seed = 1; seed <= 100; seed++) {
            Tree t = randomTree(seed);
            Map<String, Size> swapped = new HashMap<>();
            t.sizes().forEach((id, sz) -> swapped.put(id, new Size(sz.height(), sz.width())));
            Result side = ArgumentLayout.layout(t.nodes(), swapped, new Gaps(GAPS.horizontal(), GAPS.vertical()))
                    .transposed();
            List<Box> all = new ArrayList<>(side.boxes().values());
            for (int i = 0; i < all.size(); i++) {
                for (int j = i + 1; j < all.size(); j++) {
                    assertTrue(!all.get(i).overlaps(all.get(j)), "seed " + seed + ": boxes overlap");
                }
            }
            for (Node n : t.nodes()) {
                Box b = side.box(n.id());
                assertEquals(t.sizes().get(n.id()).width(), b.width(), EPS, "its own width");
                assertEquals(t.sizes().get(n.id()).height(), b.height(), EPS, "its own height");
                assertTrue(b.right() <= side.width() + EPS && b.bottom() <= side.height() + EPS, "inside the drawing");
                if (n.parent() != null) {
                    assertTrue(b.x() >= side.box(n.parent()).right() + GAPS.vertical() - EPS,
                            "seed " + seed + ": a child stands right of its parent");
                }
            }
            for (Edge e : side.edges()) {
                Point first = e.points().get(0);
                Point last = e.points().get(e.points().size() - 1);
                assertEquals(side.box(e.parent()).right(), first.x(), EPS, "the line leaves the parent's right edge");
                assertEquals(side.box(e.child()).x(), last.x(), EPS, "and reaches the child's left edge");
            }
        }
    }

    @Test
    void noTwoBoxesOverlapInManyRandomTrees() {
        for (long seed = 1; seed <= TREES; seed++) {
            Tree t = randomTree(seed);
            Result r = layout(t);
            assertEquals(t.nodes().size(), r.boxes().size(), "seed " + seed);
            List<Map.Entry<String, Box>> all = new ArrayList<>(r.boxes().entrySet());
            for (int i = 0; i < all.size(); i++) {
                Box a = all.get(i).getValue();
                assertEquals(t.sizes().get(all.get(i).getKey()).width(), a.width(), "seed " + seed);
                assertTrue(a.x() >= -EPS && a.y() >= -EPS && a.right() <= r.width() + EPS
                        && a.bottom() <= r.height() + EPS, "seed " + seed + ": " + a + " outside the drawing");
                for (int j = i + 1; j < all.size(); j++) {
                    Box b = all.get(j).getValue();
                    assertFalse(a.overlaps(b), "seed " + seed + ": " + all.get(i) + " overlaps " + all.get(j));
                    if (Math.abs(a.y() - b.y()) < EPS) {
                        double apart = Math.max(b.x() - a.right(), a.x() - b.right());
                        assertTrue(apart >= GAPS.horizontal() - EPS, "seed " + seed + ": " + all.get(i).getKey()
                                + " and " + all.get(j).getKey() + " are only " + apart + " apart");
                    }
                }
            }
        }
    }

    @Test
    void siblingsStandLeftToRightInTheirOrder() {
        for (long seed = 1; seed <= TREES; seed++) {
            Tree t = randomTree(seed);
            Result r = layout(t);
            for (Map.Entry<String, List<Node>> e : childrenInOrder(t.nodes()).entrySet()) {
                List<Node> kids = e.getValue();
                for (int i = 1; i < kids.size(); i++) {
                    Box before = r.box(kids.get(i - 1).id());
                    Box after = r.box(kids.get(i).id());
                    assertTrue(before.right() + GAPS.horizontal() <= after.x() + EPS, "seed " + seed + ": under "
                            + e.getKey() + ", " + kids.get(i - 1) + " is not left of " + kids.get(i));
                }
            }
        }
    }

    @Test
    void everyChildIsInTheLayerBelowItsParentAndParentsAreCentred() {
        for (long seed = 1; seed <= TREES; seed++) {
            Tree t = randomTree(seed);
            Result r = layout(t);
            Map<String, Integer> layerOf = new HashMap<>();
            for (int i = 0; i < r.layers().size(); i++) {
                for (String id : r.layers().get(i)) {
                    layerOf.put(id, i);
                }
            }
            for (Map.Entry<String, List<Node>> e : childrenInOrder(t.nodes()).entrySet()) {
                Box parent = r.box(e.getKey());
                List<Node> kids = e.getValue();
                for (Node k : kids) {
                    Box child = r.box(k.id());
                    assertEquals(layerOf.get(e.getKey()) + 1, layerOf.get(k.id()), "seed " + seed + ": " + k);
                    assertTrue(child.y() >= parent.bottom() + GAPS.vertical() - EPS, "seed " + seed + ": " + k
                            + " is not below its parent");
                }
                double mid = (r.box(kids.get(0).id()).centreX() + r.box(kids.get(kids.size() - 1).id()).centreX()) / 2;
                assertEquals(mid, parent.centreX(), EPS, "seed " + seed + ": " + e.getKey() + " is not centred");
            }
        }
    }

    @Test
    void edgesRunFromParentToChildThroughTheGapBetweenLayers() {
        for (long seed = 1; seed <= TREES / 4; seed++) {
            Tree t = randomTree(seed);
            Result r = layout(t);
            long withParent = t.nodes().stream().filter(n -> n.parent() != null).count();
            assertEquals(withParent, r.edges().size(), "seed " + seed);
            for (Edge e : r.edges()) {
                Box from = r.box(e.parent());
                Box to = r.box(e.child());
                List<Point> p = e.points();
                assertEquals(new Point(from.centreX(), from.bottom()), p.get(0));
                assertEquals(new Point(to.centreX(), to.y()), p.get(p.size() - 1));
                assertTrue(p.size() == 2 || p.size() == 4, e.toString());
                for (int i = 1; i < p.size(); i++) {
                    boolean straight = p.get(i).x() == p.get(i - 1).x() || p.get(i).y() == p.get(i - 1).y();
                    assertTrue(straight, "seed " + seed + ": a slanted segment in " + e);
                }
                if (p.size() == 4) {
                    double across = p.get(1).y();
                    assertTrue(across > from.bottom() && across < to.y(), "seed " + seed + ": " + e);
                    // nothing stands in the gap the edge crosses
                    for (Box b : r.boxes().values()) {
                        assertFalse(b.y() < across && across < b.bottom(), "seed " + seed + ": " + e + " crosses " + b);
                    }
                }
            }
        }
    }

    @Test
    void theSameInputGivesTheSameLayout() {
        for (long seed = 1; seed <= 50; seed++) {
            assertEquals(layout(randomTree(seed)), layout(randomTree(seed)), "seed " + seed);
        }
    }

    @Test
    void withDistinctOrdersTheInputOrderDoesNotMatter() {
        Random r = new Random(7);
        for (int round = 0; round < 50; round++) {
            Tree t = randomTree(1000 + round);
            List<Node> distinct = new ArrayList<>();
            for (int i = 0; i < t.nodes().size(); i++) {
                Node n = t.nodes().get(i);
                distinct.add(new Node(n.id(), n.parent(), i));
            }
            List<Node> shuffled = new ArrayList<>(distinct);
            Collections.shuffle(shuffled, r);
            Result a = ArgumentLayout.layout(distinct, t.sizes(), GAPS);
            Result b = ArgumentLayout.layout(shuffled, t.sizes(), GAPS);
            assertEquals(a.boxes(), b.boxes(), "round " + round);
            assertEquals(a.layers(), b.layers(), "round " + round);
        }
    }

    @Test
    void aSmallTreeByHand() {
        // root (80 wide) over a (100) and b (60), listed b first but ordered a, b; gap 10
        List<Node> nodes = List.of(new Node("b", "root", 2), new Node("root", null, 1), new Node("a", "root", 1));
        Map<String, Size> sizes = Map.of("root", new Size(80, 30), "a", new Size(100, 20), "b", new Size(60, 50));
        Result r = ArgumentLayout.layout(nodes, sizes, new Gaps(10, 40));
        assertEquals(new Box(0, 70, 100, 20), r.box("a"));
        assertEquals(new Box(110, 70, 60, 50), r.box("b"));
        // the children's centres are 50 and 140: the root's centre is 95
        assertEquals(new Box(55, 0, 80, 30), r.box("root"));
        assertEquals(List.of(List.of("root"), List.of("a", "b")), r.layers());
        assertEquals(170, r.width());
        assertEquals(120, r.height());
        assertEquals(List.of(new Point(95, 30), new Point(95, 50), new Point(50, 50), new Point(50, 70)),
                r.edges().get(0).points());
        assertEquals("a", r.edges().get(0).child());
    }

    @Test
    void aWideParentStandsOverANarrowChildAndALoneChildUnderItsParent() {
        List<Node> nodes = List.of(new Node("p", null, 1), new Node("c", "p", 1));
        Result r = ArgumentLayout.layout(nodes, Map.of("p", new Size(300, 40), "c", new Size(50, 40)), new Gaps(10, 20));
        assertEquals(new Box(0, 0, 300, 40), r.box("p"));
        assertEquals(new Box(125, 60, 50, 40), r.box("c"));
        assertEquals(List.of(new Point(150, 40), new Point(150, 60)), r.edges().get(0).points());
    }

    @Test
    void aSmallSubtreeTucksUnderItsNeighboursWhereTheyAreNarrow() {
        // r has children x and y; x has a wide child, y none: y may stand close to x, not to x's child
        List<Node> nodes = List.of(new Node("r", null, 1), new Node("x", "r", 1), new Node("y", "r", 2),
                new Node("xc", "x", 1));
        Map<String, Size> sizes = Map.of("r", new Size(20, 10), "x", new Size(20, 10), "y", new Size(20, 10),
                "xc", new Size(200, 10));
        Result r = ArgumentLayout.layout(nodes, sizes, new Gaps(10, 10));
        assertEquals(r.box("x").right() + 10, r.box("y").x(), EPS, "y is packed against x, above x's wide child");
    }

    @Test
    void rootsStandSideBySideInTheirOrder() {
        List<Node> nodes = List.of(new Node("second", null, 2), new Node("first", null, 1), new Node("kid", "second", 1),
                new Node("orphan", "missing", 3));
        Map<String, Size> sizes = Map.of("first", new Size(50, 10), "second", new Size(50, 10), "kid", new Size(50, 10),
                "orphan", new Size(50, 10));
        Result r = ArgumentLayout.layout(nodes, sizes, GAPS);
        assertEquals(List.of("first", "second", "orphan"), r.layers().get(0));
        assertEquals(List.of("kid"), r.layers().get(1));
        assertEquals(1, r.edges().size());
    }

    @Test
    void badInputIsRefused() {
        Map<String, Size> sizes = Map.of("a", new Size(10, 10), "b", new Size(10, 10));
        assertThrows(IllegalArgumentException.class, () -> ArgumentLayout.layout(
                List.of(new Node("a", null, 1), new Node("a", null, 2)), sizes, GAPS), "a repeated id");
        assertThrows(IllegalArgumentException.class, () -> ArgumentLayout.layout(
                List.of(new Node("a", null, 1), new Node("c", "a", 1)), sizes, GAPS), "a node without a size");
        assertThrows(IllegalArgumentException.class, () -> ArgumentLayout.layout(
                List.of(new Node("a", "b", 1), new Node("b", "a", 1)), sizes, GAPS), "a cycle");
        assertThrows(IllegalArgumentException.class, () -> new Size(0, 10));
        assertThrows(IllegalArgumentException.class, () -> new Size(10, Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> new Gaps(-1, 0));
        Result empty = ArgumentLayout.layout(List.of(), Map.of(), GAPS);
        assertEquals(0, empty.boxes().size());
        assertEquals(0, empty.width());
    }

    @Test
    void theResultCannotBeChanged() {
        Result r = layout(randomTree(3));
        assertThrows(UnsupportedOperationException.class, () -> r.boxes().clear());
        assertThrows(UnsupportedOperationException.class, () -> r.edges().clear());
        assertThrows(UnsupportedOperationException.class, () -> r.layers().get(0).clear());
    }

    @Test
    void theBundledArgumentLaysOutWithTheThesisOnTop() {
        PackIndex index = PackLoader.loadDefault().index().orElseThrow();
        List<Claim> claims = index.claims();
        Map<String, Size> sizes = new HashMap<>();
        claims.forEach(c -> sizes.put(c.id(), new Size(60 + 7 * c.title().length(), 48)));
        Result r = ArgumentLayout.ofClaims(claims, sizes, GAPS);
        assertEquals(List.of("thesis"), r.layers().get(0));
        assertEquals(List.of("xi-in-command", "implication-1", "implication-2", "implication-3", "implication-4",
                "implication-5"), r.layers().get(1));
        assertEquals(claims.size(), r.boxes().size());
        assertEquals(claims.size() - 1, r.edges().size());
        for (Claim c : claims) {
            List<String> kids = index.childrenOf(c.id()).stream().map(Claim::id).toList();
            for (int i = 1; i < kids.size(); i++) {
                assertTrue(r.box(kids.get(i - 1)).x() < r.box(kids.get(i)).x(), kids.toString());
            }
        }
    }
}
