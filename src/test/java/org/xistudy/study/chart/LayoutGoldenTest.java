package org.xistudy.study.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.xistudy.content.LoadResult;
import org.xistudy.content.PackLoader;
import org.xistudy.content.model.Pack;

/**
 * Pins the exact output of {@link LayeredLayout} for the bundled pack and the chart test pack:
 * every node box, band, bound and edge route (points, shape, label anchors) of every year, with
 * every double written exactly, and the backbone's layers, shared places and flipped edges. The
 * expected digests in {@code layout-golden.txt} were produced by the layout before it was split
 * into its phases, so any change in the layout's output fails here and says which year.
 *
 * <p>To regenerate them after an intended change of the layout, run this test with
 * {@code -Dlayout.golden.write=src/test/resources/org/xistudy/study/chart/layout-golden.txt}.
 */
class LayoutGoldenTest {
    private static final String GOLDEN = "layout-golden.txt";
    private static final int FIRST_YEAR = 2000;

    @Test
    void theLayoutOfEveryYearIsExactlyAsBefore() throws IOException {
        Map<String, String> actual = digests();
        String write = System.getProperty("layout.golden.write");
        if (write != null) {
            StringBuilder out = new StringBuilder();
            actual.forEach((k, v) -> out.append(k).append(' ').append(v).append('\n'));
            Files.writeString(Path.of(write), out.toString(), StandardCharsets.UTF_8);
        }
        Map<String, String> expected = expected();
        assertTrue(expected.size() > 50, "the golden file lists " + expected.size() + " layouts");
        List<String> differ = new ArrayList<>();
        for (Map.Entry<String, String> e : expected.entrySet()) {
            if (!e.getValue().equals(actual.get(e.getKey()))) {
                differ.add(e.getKey());
            }
        }
        assertEquals(List.of(), differ, "these layouts changed");
        assertEquals(expected.keySet(), actual.keySet());
    }

    @Test
    void theDigestSeesAChangeOfOneCoordinate() {
        NodeBox a = new NodeBox("a", 10, 20, 30, 40, 1);
        NodeBox moved = new NodeBox("a", Math.nextUp(10.0), 20, 30, 40, 1);
        ChartLayout one = new ChartLayout(2000, Map.of("a", a), Map.of(), List.of(), Bounds.EMPTY);
        ChartLayout two = new ChartLayout(2000, Map.of("a", moved), Map.of(), List.of(), Bounds.EMPTY);
        assertTrue(!describe(one).equals(describe(two)));
    }

    /** One digest per layout: the backbone's facts and then each year's chart, for each pack and spacing. */
    private static Map<String, String> digests() {
        Map<String, String> out = new LinkedHashMap<>();
        LoadResult result = PackLoader.loadDefault();
        Pack bundled = result.index().orElseThrow().pack();
        Pack test = ChartTestPack.foreignPolicy().pack();
        add(out, "bundled", bundled, LayoutSettings.DEFAULT, 1);
        add(out, "bundled-scaled", bundled, LayoutSettings.DEFAULT.scaled(1.35), 2);
        add(out, "test", test, LayoutSettings.DEFAULT, 1);
        return out;
    }

    private static void add(Map<String, String> out, String name, Pack pack, LayoutSettings settings, int sizing) {
        InstitutionGraph graph = InstitutionGraph.of(pack);
        int last = Math.max(DataYears.latest(pack), 2026);
        Map<String, Size> sizes = sizes(graph, sizing);
        Size fallback = new Size(150, 60);
        LayeredLayout backbone = graph.backbone(sizes, fallback, settings, FIRST_YEAR, last);
        out.put(name + ".backbone", digest(backbone(graph, backbone)));
        for (int year = FIRST_YEAR; year <= last; year++) {
            YearGraph y = graph.inYear(year);
            out.put(name + "." + year, digest(describe(backbone.layout(year, y.nodeIds(), y.edgeIds()))));
            // The printed chart lays out each year on its own backbone.
            LayeredLayout single = graph.backbone(sizes, fallback, settings, year, year);
            out.put(name + ".single." + year, digest(describe(single.layout(year, y.nodeIds(), y.edgeIds()))));
        }
        // Everything at once: nodes that take turns in one place are asked for together.
        out.put(name + ".all", digest(describe(backbone.layoutAll(last))));
    }

    private static Map<String, Size> sizes(InstitutionGraph g, int sizing) {
        Map<String, Size> m = new HashMap<>();
        for (ChartNode n : g.nodes()) {
            int len = n.name().length();
            m.put(n.id(), sizing == 1 ? new Size(90 + Math.min(150, len * 4), n.isPerson() ? 48 : 64)
                    : new Size(70.5 + (len * 37 % 113), 30 + (len % 5) * 7.25));
        }
        return m;
    }

    private static String backbone(InstitutionGraph g, LayeredLayout l) {
        StringBuilder sb = new StringBuilder("layers " + l.layerCount() + "\n");
        List<ChartNode> nodes = new ArrayList<>(g.nodes());
        for (ChartNode n : nodes) {
            sb.append(n.id()).append(' ').append(l.layerOf(n.id()));
            for (ChartNode o : nodes) {
                if (l.sharePlace(n.id(), o.id())) {
                    sb.append(" =").append(o.id());
                }
            }
            sb.append('\n');
        }
        for (ChartEdge e : g.edges()) {
            sb.append(e.id()).append(l.isFlipped(e.id()) ? " flipped\n" : "\n");
        }
        return sb.toString();
    }

    /** Every number of a year's layout, written exactly, in the layout's own order. */
    static String describe(ChartLayout c) {
        StringBuilder sb = new StringBuilder("year " + c.year() + "\n");
        for (NodeBox b : c.nodes().values()) {
            sb.append("node ").append(b.id()).append(' ').append(b.x()).append(' ').append(b.y()).append(' ')
                    .append(b.width()).append(' ').append(b.height()).append(' ').append(b.layer()).append('\n');
        }
        for (EdgeRoute r : c.edges().values()) {
            sb.append("edge ").append(r.id()).append(' ').append(r.shape()).append(' ').append(r.againstHierarchy());
            points(sb.append(" |"), r.points());
            points(sb.append(" |"), r.labels());
            sb.append('\n');
        }
        for (ChartLayout.Band band : c.bands()) {
            sb.append("band ").append(band.layer()).append(' ').append(band.y()).append(' ').append(band.height())
                    .append('\n');
        }
        Bounds b = c.bounds();
        sb.append("bounds ").append(b.minX()).append(' ').append(b.minY()).append(' ').append(b.maxX()).append(' ')
                .append(b.maxY()).append('\n');
        return sb.toString();
    }

    private static void points(StringBuilder sb, List<Point> points) {
        for (Point p : points) {
            sb.append(' ').append(p.x()).append(',').append(p.y());
        }
    }

    private static String digest(String text) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(md.digest(text.getBytes(StandardCharsets.UTF_8))).substring(0, 32);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, String> expected() throws IOException {
        Map<String, String> m = new LinkedHashMap<>();
        try (InputStream in = LayoutGoldenTest.class.getResourceAsStream(GOLDEN)) {
            assertNotNull(in, "missing " + GOLDEN);
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank()) {
                    String[] kv = line.split(" ");
                    m.put(kv[0], kv[1]);
                }
            }
        }
        return m;
    }
}
