import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.xistudy.content.model.RelationType.Rank;
import org.xistudy.study.chart.ChartLayout;
import org.xistudy.study.chart.LayeredLayout;
import org.xistudy.study.chart.LayoutSettings;
import org.xistudy.study.chart.NodeBox;
import org.xistudy.study.chart.Size;

/**
 * Side-by-side measurements of the institution chart layout on generated graphs of growing size:
 * the stable approach (one backbone for all years, then each year from it) against laying out
 * each year afresh. It reports time and how far nodes jump between consecutive years.
 *
 * <p>Run after {@code mvn -q compile}: {@code java -cp target/classes bench/ChartLayoutBench.java}
 */
public final class ChartLayoutBench {
    private static final int FIRST = 2000;
    private static final int LAST = 2026;

    record Graph(List<LayeredLayout.Node> nodes, List<LayeredLayout.Edge> edges, Map<String, int[]> nodeYears,
            Map<String, int[]> edgeYears) {
    }

    public static void main(String[] args) {
        System.out.printf("%6s %6s | %10s %10s %7s | %12s %12s %7s%n", "nodes", "edges", "stable ms", "fresh ms",
                "ratio", "stable move", "fresh move", "ratio");
        for (int n : new int[] {25, 50, 100, 200}) {
            Graph g = generate(n, new Random(n));
            // warm up, then the median of five runs of each, alternating
            run(g, true);
            run(g, false);
            double[] t1s = new double[5];
            double[] t2s = new double[5];
            double[] stable = null;
            double[] fresh = null;
            for (int k = 0; k < 5; k++) {
                long t0 = System.nanoTime();
                stable = run(g, true);
                long t1 = System.nanoTime();
                fresh = run(g, false);
                long t2 = System.nanoTime();
                t1s[k] = (t1 - t0) / 1e6;
                t2s[k] = (t2 - t1) / 1e6;
            }
            Arrays.sort(t1s);
            Arrays.sort(t2s);
            double ms1 = t1s[2];
            double ms2 = t2s[2];
            System.out.printf("%6d %6d | %10.1f %10.1f %7.2f | %12.1f %12.1f %7.2f%n", g.nodes().size(),
                    g.edges().size(), ms1, ms2, ms1 / ms2, stable[0], fresh[0], stable[0] / Math.max(1e-9, fresh[0]));
        }
        System.out.println("ms: all 27 years (2000-2026), median of 5. move: mean distance (px) a node present in"
                + " two consecutive years moves between them.");
    }

    /** Lays out every year; returns the mean move between consecutive years. */
    static double[] run(Graph g, boolean stable) {
        LayeredLayout backbone = stable ? LayeredLayout.of(withYears(g), g.edges(), LayoutSettings.DEFAULT) : null;
        ChartLayout previous = null;
        double sum = 0;
        int count = 0;
        for (int y = FIRST; y <= LAST; y++) {
            Set<String> ns = present(g.nodeYears(), y);
            Set<String> es = present(g.edgeYears(), y);
            ChartLayout l;
            if (stable) {
                l = backbone.layout(y, ns, es);
            } else {
                List<LayeredLayout.Node> nodes = g.nodes().stream().filter(x -> ns.contains(x.id())).toList();
                List<LayeredLayout.Edge> edges = g.edges().stream().filter(x -> es.contains(x.id())).toList();
                l = LayeredLayout.of(nodes, edges, LayoutSettings.DEFAULT).layout(y, ns, es);
            }
            if (previous != null) {
                for (NodeBox b : l.nodes().values()) {
                    NodeBox a = previous.nodes().get(b.id());
                    if (a != null) {
                        sum += Math.hypot(a.centerX() - b.centerX(), a.centerY() - b.centerY());
                        count++;
                    }
                }
            }
            previous = l;
        }
        return new double[] {count == 0 ? 0 : sum / count};
    }

    static List<LayeredLayout.Node> withYears(Graph g) {
        List<LayeredLayout.Node> out = new ArrayList<>();
        for (LayeredLayout.Node n : g.nodes()) {
            Set<Integer> ys = new HashSet<>();
            int[] span = g.nodeYears().get(n.id());
            for (int y = Math.max(FIRST, span[0]); y <= Math.min(LAST, span[1]); y++) {
                ys.add(y);
            }
            out.add(new LayeredLayout.Node(n.id(), n.size(), ys));
        }
        return out;
    }

    static Set<String> present(Map<String, int[]> years, int y) {
        Set<String> out = new HashSet<>();
        years.forEach((id, span) -> {
            if (span[0] <= y && y <= span[1]) {
                out.add(id);
            }
        });
        return out;
    }

    /** A hierarchy of bodies with dated lifetimes, dated directing edges, a few soft edges and office holders. */
    static Graph generate(int n, Random r) {
        List<LayeredLayout.Node> nodes = new ArrayList<>();
        List<LayeredLayout.Edge> edges = new ArrayList<>();
        Map<String, int[]> nodeYears = new HashMap<>();
        Map<String, int[]> edgeYears = new HashMap<>();
        int bodies = n * 3 / 4;
        for (int i = 0; i < bodies; i++) {
            String id = "b" + i;
            nodes.add(new LayeredLayout.Node(id, new Size(120 + r.nextInt(80), 50 + r.nextInt(30))));
            int start = r.nextInt(4) == 0 ? FIRST + r.nextInt(20) : 1950;
            int end = r.nextInt(6) == 0 ? start + 3 + r.nextInt(15) : 9999;
            nodeYears.put(id, new int[] {start, end});
            if (i > 0) {
                int parent = r.nextInt(Math.max(1, i / 2 + 1));
                String eid = "d" + i;
                edges.add(new LayeredLayout.Edge(eid, "b" + parent, id, Rank.FROM_ABOVE));
                edgeYears.put(eid, overlap(nodeYears.get("b" + parent), nodeYears.get(id)));
            }
            if (i > 3 && r.nextInt(5) == 0) {
                String other = "b" + r.nextInt(i);
                String eid = "s" + i;
                edges.add(new LayeredLayout.Edge(eid, id, other, Rank.NONE));
                edgeYears.put(eid, overlap(nodeYears.get(other), nodeYears.get(id)));
            }
        }
        for (int i = 0; i < n - bodies; i++) {
            String id = "p" + i;
            String body = "b" + r.nextInt(Math.max(1, bodies / 3));
            nodes.add(new LayeredLayout.Node(id, new Size(100, 40)));
            int start = FIRST + r.nextInt(LAST - FIRST);
            int[] span = {start, start + 2 + r.nextInt(8)};
            nodeYears.put(id, span);
            String eid = "h" + i;
            edges.add(new LayeredLayout.Edge(eid, id, body, Rank.FROM_ABOVE));
            edgeYears.put(eid, overlap(span, nodeYears.get(body)));
        }
        return new Graph(nodes, edges, nodeYears, edgeYears);
    }

    static int[] overlap(int[] a, int[] b) {
        return new int[] {Math.max(a[0], b[0]), Math.min(a[1], b[1])};
    }
}
