package org.xistudy.study.print;

import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.util.Matrix;
import org.xistudy.content.PackIndex;
import org.xistudy.content.model.Pack;
import org.xistudy.content.model.RelationType;
import org.xistudy.study.chart.Bounds;
import org.xistudy.study.chart.ChartEdge;
import org.xistudy.study.chart.ChartLayout;
import org.xistudy.study.chart.ChartNode;
import org.xistudy.study.chart.DataYears;
import org.xistudy.study.chart.EdgeRoute;
import org.xistudy.study.chart.InstitutionGraph;
import org.xistudy.study.chart.LabelPlacement;
import org.xistudy.study.chart.LayeredLayout;
import org.xistudy.study.chart.LayoutSettings;
import org.xistudy.study.chart.NodeBox;
import org.xistudy.study.chart.NodeKind;
import org.xistudy.study.chart.Point;
import org.xistudy.study.chart.Routes;
import org.xistudy.study.chart.Size;
import org.xistudy.study.chart.YearGraph;

/**
 * The institution chart of one year on one landscape page: the boxes and lines of the chart's
 * own layered layout, scaled to fit, with a key of the kinds of body and of line below.
 */
final class ChartPage {
    private static final TextStyle NAME = new TextStyle(Face.BOLD, 8);
    private static final TextStyle ZH = new TextStyle(Face.REGULAR, 7.5f);
    private static final TextStyle META = new TextStyle(Face.ITALIC, 6.5f, Rgb.GREY);
    private static final TextStyle EDGE = new TextStyle(Face.ITALIC, 5.8f, Rgb.GREY);
    private static final TextStyle LEGEND = new TextStyle(Face.REGULAR, 7.5f);
    private static final float PAD = 4;
    private static final float MIN_WIDTH = 64;
    private static final float MAX_WIDTH = 118;
    private static final float LEGEND_HEIGHT = 40;
    /** Text sizes above are about 0.6 of the app's; so is the spacing. */
    private static final double SPACING = 0.62;

    private static final Map<NodeKind, Rgb[]> COLORS = new EnumMap<>(NodeKind.class);

    static {
        COLORS.put(NodeKind.PARTY, new Rgb[] {Rgb.hex(0xF7E0DE), Rgb.hex(0xA3332B)});
        COLORS.put(NodeKind.STATE, new Rgb[] {Rgb.hex(0xDDE7F5), Rgb.hex(0x2F5C99)});
        COLORS.put(NodeKind.MILITARY, new Rgb[] {Rgb.hex(0xDDEEDC), Rgb.hex(0x3A7A3A)});
        COLORS.put(NodeKind.MEETING, new Rgb[] {Rgb.hex(0xF4EBD3), Rgb.hex(0x8A6D1F)});
        COLORS.put(NodeKind.OTHER, new Rgb[] {Rgb.hex(0xECECEC), Rgb.hex(0x6B6B6B)});
        COLORS.put(NodeKind.PERSON, new Rgb[] {Rgb.hex(0xFFFFFF), Rgb.hex(0x4A4A4A)});
    }

    private final PackIndex index;
    private final int year;
    private final HandoutOptions options;
    private final PageWriter pages;

    private ChartPage(PackIndex index, int year, HandoutOptions options, PageWriter pages) {
        this.index = index;
        this.year = year;
        this.options = options;
        this.pages = pages;
    }

    static byte[] write(PackIndex index, int year, HandoutOptions options) throws IOException {
        try (HandoutDocument doc = new HandoutDocument(options, options.paper().landscape())) {
            new ChartPage(index, year, options, doc.pages()).write();
            Pack p = index.pack();
            return doc.finish(p.title(), options.text("print.chart.name"), null);
        }
    }

    private String t(String key, Object... args) {
        return options.text(key, args);
    }

    /** A node's text, laid out at chart size. */
    private record NodeText(List<TextLayout.Line> lines, float width, float height) {
    }

    private void write() throws IOException {
        InstitutionGraph graph = InstitutionGraph.of(index.pack());
        YearGraph yg = graph.inYear(year);
        long people = yg.nodes().stream().filter(ChartNode::isPerson).count();
        pages.content();
        pages.paragraph(Span.of(t("print.chart.title", Integer.toString(year)), StudyGuide.H1), pages.left(),
                pages.width());
        pages.paragraph(Span.of(t("print.chart.subtitle", yg.nodes().size() - people, people), META.withFace(
                Face.ITALIC)), pages.left(), pages.width());
        int latest = DataYears.latest(index.pack());
        if (year > latest) {
            pages.paragraph(Span.of(t("print.chart.beyond", Integer.toString(latest)), META), pages.left(),
                    pages.width());
        }
        if (yg.nodes().isEmpty()) {
            pages.space(20);
            pages.paragraph(Span.of(t("print.chart.empty", Integer.toString(year)), StudyGuide.BODY), pages.left(),
                    pages.width());
            return;
        }
        Map<String, NodeText> texts = new HashMap<>();
        Map<String, Size> sizes = new HashMap<>();
        for (ChartNode n : yg.nodes()) {
            NodeText nt = nodeText(n);
            texts.put(n.id(), nt);
            sizes.put(n.id(), new Size(nt.width(), nt.height()));
        }
        LayeredLayout backbone = graph.backbone(sizes, new Size(MAX_WIDTH, 40), LayoutSettings.DEFAULT.scaled(SPACING),
                year, year);
        ChartLayout layout = backbone.layout(year, yg.nodeIds(), yg.edgeIds());
        Bounds b = layout.bounds();
        pages.space(8);
        float areaTop = pages.y();
        float areaBottom = pages.bottom() + LEGEND_HEIGHT;
        float areaWidth = pages.width();
        float areaHeight = areaTop - areaBottom;
        double scale = Math.min(1.6, Math.min(areaWidth / Math.max(1, b.width()), areaHeight / Math.max(1, b.height())));
        float ox = (float) (pages.left() + (areaWidth - b.width() * scale) / 2);
        PDPageContentStream cs = pages.content();
        cs.saveGraphicsState();
        cs.transform(new Matrix((float) scale, 0, 0, (float) scale, ox, areaTop));
        // local coordinates: x from the layout's left edge, y up from the area's top (negative)
        Map<String, Point> labelAt = labels(yg, layout);
        for (ChartEdge e : yg.edges()) {
            EdgeRoute r = layout.edges().get(e.id());
            if (r != null) {
                edge(cs, e, r, b);
            }
        }
        for (ChartEdge e : yg.edges()) {
            Point p = labelAt.get(e.id());
            if (p != null) {
                String text = t("print.relation." + e.type().jsonName());
                float w = pages.fonts().width(text, EDGE.face(), EDGE.size());
                float x = (float) (p.x() - b.minX());
                float top = (float) -(p.y() - b.minY());
                cs.setNonStrokingColor(1f, 1f, 1f);
                cs.addRect(x - 1, top - EDGE.leading(), w + 2, EDGE.leading());
                cs.fill();
                pages.textAt(text, EDGE, x, top - EDGE.size());
            }
        }
        for (ChartNode n : yg.nodes()) {
            NodeBox box = layout.nodes().get(n.id());
            if (box != null) {
                node(cs, n, box, texts.get(n.id()), b);
            }
        }
        cs.restoreGraphicsState();
        legend(cs, yg);
    }

    private NodeText nodeText(ChartNode n) {
        float inner = MAX_WIDTH - 2 * PAD;
        List<TextLayout.Line> lines = new ArrayList<>(pages.layout(Span.of(n.name(), NAME), inner).lines());
        if (n.zh() != null && !n.zh().isBlank()) {
            lines.addAll(pages.layout(Span.of(n.zh(), ZH), inner).lines());
        }
        String meta = meta(n);
        if (!meta.isEmpty()) {
            lines.addAll(pages.layout(Span.of(meta, META), inner).lines());
        }
        float w = 0;
        float h = 0;
        for (TextLayout.Line l : lines) {
            w = Math.max(w, l.width());
            h += l.leading();
        }
        return new NodeText(lines, Math.max(MIN_WIDTH, w + 2 * PAD), h + 2 * PAD);
    }

    private String meta(ChartNode n) {
        String years = "";
        if (n.start() != null) {
            years = n.end() == null ? t("print.years.open", Integer.toString(n.start().year()))
                    : t("print.years.range", Integer.toString(n.start().year()), Integer.toString(n.end().year()));
        }
        String abbrev = n.abbrev() == null ? "" : n.abbrev().strip();
        if (abbrev.isEmpty()) {
            return years;
        }
        return years.isEmpty() ? abbrev : abbrev + " \u00B7 " + years;
    }

    private Map<String, Point> labels(YearGraph yg, ChartLayout layout) {
        List<LabelPlacement.Request> requests = new ArrayList<>();
        for (ChartEdge e : yg.edges()) {
            EdgeRoute r = layout.edges().get(e.id());
            if (r == null) {
                continue;
            }
            String text = t("print.relation." + e.type().jsonName());
            float w = pages.fonts().width(text, EDGE.face(), EDGE.size()) + 2;
            requests.add(new LabelPlacement.Request(e.id(), w, EDGE.leading(),
                    List.of(r.labelMiddle(), r.labelNearTo(), r.labelNearFrom())));
        }
        List<Bounds> obstacles = new ArrayList<>();
        for (NodeBox n : layout.nodes().values()) {
            obstacles.add(new Bounds(n.x(), n.y(), n.maxX(), n.maxY()));
        }
        return LabelPlacement.place(requests, obstacles);
    }

    private static void stroke(PDPageContentStream cs, Rgb c) throws IOException {
        cs.setStrokingColor(c.r(), c.g(), c.b());
    }

    private void edge(PDPageContentStream cs, ChartEdge e, EdgeRoute r, Bounds b) throws IOException {
        List<Point> poly = Routes.flatten(r, 14);
        if (poly.size() < 2) {
            return;
        }
        Rgb color = e.type() == RelationType.CHAIRS || e.type() == RelationType.HEADS ? Rgb.hex(0x2F5C99)
                : Rgb.hex(0x666666);
        stroke(cs, color);
        cs.setLineWidth(0.7f);
        cs.setLineDashPattern(e.type().isHierarchical() ? new float[0] : new float[] {2.5f, 1.8f}, 0);
        cs.moveTo(lx(poly.get(0), b), ly(poly.get(0), b));
        for (int i = 1; i < poly.size(); i++) {
            cs.lineTo(lx(poly.get(i), b), ly(poly.get(i), b));
        }
        cs.stroke();
        cs.setLineDashPattern(new float[0], 0);
        // the arrowhead at the relation's second end
        Point end = poly.get(poly.size() - 1);
        Point before = poly.get(poly.size() - 2);
        for (int i = poly.size() - 2; i >= 0 && before.distance(end) < 3; i--) {
            before = poly.get(i);
        }
        double angle = Math.atan2(ly(end, b) - ly(before, b), lx(end, b) - lx(before, b));
        float len = 4.2f;
        float ex = lx(end, b);
        float ey = ly(end, b);
        cs.setNonStrokingColor(color.r(), color.g(), color.b());
        cs.moveTo(ex, ey);
        cs.lineTo((float) (ex - len * Math.cos(angle - 0.42)), (float) (ey - len * Math.sin(angle - 0.42)));
        cs.lineTo((float) (ex - len * Math.cos(angle + 0.42)), (float) (ey - len * Math.sin(angle + 0.42)));
        cs.closePath();
        cs.fill();
    }

    private static float lx(Point p, Bounds b) {
        return (float) (p.x() - b.minX());
    }

    private static float ly(Point p, Bounds b) {
        return (float) -(p.y() - b.minY());
    }

    private void node(PDPageContentStream cs, ChartNode n, NodeBox box, NodeText text, Bounds b) throws IOException {
        Rgb[] c = COLORS.get(n.kind());
        float x = (float) (box.x() - b.minX());
        float top = (float) -(box.y() - b.minY());
        float w = (float) box.width();
        float h = (float) box.height();
        float radius = n.isPerson() ? Math.min(h / 2, 9) : 2.5f;
        roundedRect(cs, x, top - h, w, h, radius);
        cs.setNonStrokingColor(c[0].r(), c[0].g(), c[0].b());
        cs.fill();
        roundedRect(cs, x, top - h, w, h, radius);
        stroke(cs, c[1]);
        cs.setLineWidth(n.isPerson() ? 0.6f : 0.9f);
        cs.stroke();
        float y = top - PAD - (h - text.height()) / 2;
        for (TextLayout.Line l : text.lines()) {
            pages.drawLine(l, x + (w - l.width()) / 2, y);
            y -= l.leading();
        }
    }

    private static void roundedRect(PDPageContentStream cs, float x, float y, float w, float h, float r)
            throws IOException {
        float k = 0.5523f * r;
        cs.moveTo(x + r, y);
        cs.lineTo(x + w - r, y);
        cs.curveTo(x + w - r + k, y, x + w, y + r - k, x + w, y + r);
        cs.lineTo(x + w, y + h - r);
        cs.curveTo(x + w, y + h - r + k, x + w - r + k, y + h, x + w - r, y + h);
        cs.lineTo(x + r, y + h);
        cs.curveTo(x + r - k, y + h, x, y + h - r + k, x, y + h - r);
        cs.lineTo(x, y + r);
        cs.curveTo(x, y + r - k, x + r - k, y, x + r, y);
        cs.closePath();
    }

    /** The key: a swatch per kind of node on the chart, and the two kinds of line. */
    private void legend(PDPageContentStream cs, YearGraph yg) throws IOException {
        float y = pages.bottom() + LEGEND_HEIGHT - 14;
        float x = pages.left();
        for (NodeKind k : NodeKind.values()) {
            if (yg.nodes().stream().noneMatch(n -> n.kind() == k)) {
                continue;
            }
            Rgb[] c = COLORS.get(k);
            roundedRect(cs, x, y - 2, 16, 9, k == NodeKind.PERSON ? 4.5f : 1.5f);
            cs.setNonStrokingColor(c[0].r(), c[0].g(), c[0].b());
            cs.fill();
            roundedRect(cs, x, y - 2, 16, 9, k == NodeKind.PERSON ? 4.5f : 1.5f);
            stroke(cs, c[1]);
            cs.setLineWidth(0.8f);
            cs.stroke();
            String label = t("print.kind." + k.key());
            pages.textAt(label, LEGEND, x + 21, y);
            x += 21 + pages.fonts().width(label, LEGEND.face(), LEGEND.size()) + 16;
        }
        y -= 16;
        x = pages.left();
        List<String> solid = new ArrayList<>();
        List<String> dashed = new ArrayList<>();
        for (RelationType type : RelationType.values()) {
            if (yg.edges().stream().anyMatch(e -> e.type() == type)) {
                (type.isHierarchical() ? solid : dashed).add(t("print.relation." + type.jsonName()));
            }
        }
        x = legendLine(cs, x, y, false, String.join(", ", solid));
        if (!dashed.isEmpty()) {
            legendLine(cs, x + 16, y, true, String.join(", ", dashed));
        }
    }

    private float legendLine(PDPageContentStream cs, float x, float y, boolean dashed, String label) throws IOException {
        stroke(cs, Rgb.hex(0x666666));
        cs.setLineWidth(0.8f);
        cs.setLineDashPattern(dashed ? new float[] {2.5f, 1.8f} : new float[0], 0);
        cs.moveTo(x, y + 2.5f);
        cs.lineTo(x + 22, y + 2.5f);
        cs.stroke();
        cs.setLineDashPattern(new float[0], 0);
        pages.textAt(label, LEGEND, x + 27, y);
        return x + 27 + pages.fonts().width(label, LEGEND.face(), LEGEND.size());
    }
}
