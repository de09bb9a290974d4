package org.xistudy.study.print;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * Writes flowing content onto pages: a cursor moves down the content area and a new page starts
 * when the next thing does not fit. Every page gets the header (the pack's title and the
 * handout's name) and the footer ("Page 2 of 7") once all pages exist.
 */
final class PageWriter implements AutoCloseable {
    static final float MARGIN = 54; // three quarters of an inch
    static final float HEADER_GAP = 26;

    private final PDDocument doc;
    private final HandoutFonts fonts;
    private final TextLayout layout;
    private final PDRectangle size;
    private final List<PDPage> pages = new ArrayList<>();
    private final Map<Integer, PDPageContentStream> earlier = new HashMap<>();
    private PDPageContentStream cs;
    private float y;

    /** A column of lines for {@link #columns}: where it starts and its lines. */
    record Column(float x, List<TextLayout.Line> lines) {
    }

    PageWriter(PDDocument doc, HandoutFonts fonts, PDRectangle size) {
        this.doc = doc;
        this.fonts = fonts;
        this.layout = new TextLayout(fonts);
        this.size = size;
    }

    HandoutFonts fonts() {
        return fonts;
    }

    float left() {
        return MARGIN;
    }

    float right() {
        return size.getWidth() - MARGIN;
    }

    float width() {
        return right() - left();
    }

    float top() {
        return size.getHeight() - MARGIN - HEADER_GAP;
    }

    float bottom() {
        return MARGIN + HEADER_GAP;
    }

    /** The cursor: the top of what comes next. */
    float y() {
        return y;
    }

    int pageCount() {
        return pages.size();
    }

    PDPageContentStream content() throws IOException {
        if (cs == null) {
            newPage();
        }
        return cs;
    }

    void newPage() throws IOException {
        closeEarlier();
        if (cs != null) {
            cs.close();
        }
        PDPage page = new PDPage(size);
        doc.addPage(page);
        pages.add(page);
        cs = new PDPageContentStream(doc, page);
        y = top();
    }

    boolean atTop() {
        return cs != null && y >= top() - 0.01f;
    }

    /**
     * What draws on page {@code page} (0-based): the current page's stream, or one added to an
     * earlier page for content that runs beside what was written there (margin notes).
     */
    PDPageContentStream contentOf(int page) throws IOException {
        if (page == pages.size() - 1) {
            return content();
        }
        PDPageContentStream s = earlier.get(page);
        if (s == null) {
            s = new PDPageContentStream(doc, pages.get(page), PDPageContentStream.AppendMode.APPEND, true, true);
            earlier.put(page, s);
        }
        return s;
    }

    /** Moves the cursor to {@code y} on the current page. */
    void moveTo(float newY) {
        y = newY;
    }

    private void closeEarlier() throws IOException {
        for (PDPageContentStream s : earlier.values()) {
            s.close();
        }
        earlier.clear();
    }

    /** Starts a new page unless {@code height} fits below the cursor (or the page is still empty). */
    void ensure(float height) throws IOException {
        if (cs == null) {
            newPage();
        } else if (y - height < bottom() && !atTop()) {
            newPage();
        }
    }

    /** Moves the cursor down; at the bottom it simply stops at a new page's top. */
    void space(float height) throws IOException {
        content();
        y -= height;
        if (y < bottom()) {
            newPage();
        }
    }

    TextLayout.Block layout(List<Span> spans, float width) {
        return layout.layout(spans, width);
    }

    /** Lays out and writes text at {@code x}, flowing over pages. */
    void paragraph(List<Span> spans, float x, float width) throws IOException {
        lines(layout(spans, width).lines(), x);
    }

    /** Writes lines at {@code x}, flowing over pages. */
    void lines(List<TextLayout.Line> lines, float x) throws IOException {
        columns(List.of(new Column(x, lines)));
    }

    /**
     * Writes columns side by side from the cursor, each flowing onto the next page when it
     * reaches the bottom; the cursor ends below the longest.
     */
    void columns(List<Column> columns) throws IOException {
        content();
        int[] next = new int[columns.size()];
        while (true) {
            float lowest = y;
            boolean more = false;
            for (int c = 0; c < columns.size(); c++) {
                Column col = columns.get(c);
                float cy = y;
                while (next[c] < col.lines().size()) {
                    TextLayout.Line l = col.lines().get(next[c]);
                    if (cy - l.leading() < bottom() && cy < top() - 0.01f) {
                        break;
                    }
                    drawLine(l, col.x(), cy);
                    cy -= l.leading();
                    next[c]++;
                }
                lowest = Math.min(lowest, cy);
                more |= next[c] < col.lines().size();
            }
            y = lowest;
            if (!more) {
                return;
            }
            newPage();
        }
    }

    /** Draws one line with its top at {@code top}. */
    void drawLine(TextLayout.Line line, float x, float top) throws IOException {
        drawLine(content(), line, x, top);
    }

    /** Draws one line on the page of {@code s}. */
    void drawLine(PDPageContentStream s, TextLayout.Line line, float x, float top) throws IOException {
        float baseline = top - (line.leading() - line.size()) / 2 - line.size() * 0.8f;
        for (TextLayout.Piece p : line.pieces()) {
            Rgb c = p.style().color();
            s.beginText();
            s.setNonStrokingColor(c.r(), c.g(), c.b());
            s.setFont(p.run().font(), p.style().size());
            s.newLineAtOffset(x + p.x(), baseline);
            s.showText(p.run().text());
            s.endText();
        }
    }

    /** A horizontal rule at the cursor. */
    void rule(float x1, float x2, float lineWidth, Rgb color) throws IOException {
        line(x1, y, x2, y, lineWidth, color);
    }

    void line(float x1, float y1, float x2, float y2, float lineWidth, Rgb color) throws IOException {
        PDPageContentStream s = content();
        s.setStrokingColor(color.r(), color.g(), color.b());
        s.setLineWidth(lineWidth);
        s.moveTo(x1, y1);
        s.lineTo(x2, y2);
        s.stroke();
    }

    /** An empty square to tick, its top-left corner at (x, top). */
    void box(float x, float top, float side) throws IOException {
        PDPageContentStream s = content();
        s.setStrokingColor(Rgb.INK.r(), Rgb.INK.g(), Rgb.INK.b());
        s.setLineWidth(0.8f);
        s.addRect(x, top - side, side, side);
        s.stroke();
    }

    /** A filled circle. */
    void dot(float cx, float cy, float r) throws IOException {
        PDPageContentStream s = content();
        s.setNonStrokingColor(Rgb.INK.r(), Rgb.INK.g(), Rgb.INK.b());
        float k = 0.5523f * r;
        s.moveTo(cx + r, cy);
        s.curveTo(cx + r, cy + k, cx + k, cy + r, cx, cy + r);
        s.curveTo(cx - k, cy + r, cx - r, cy + k, cx - r, cy);
        s.curveTo(cx - r, cy - k, cx - k, cy - r, cx, cy - r);
        s.curveTo(cx + k, cy - r, cx + r, cy - k, cx + r, cy);
        s.fill();
    }

    /** A shaded band behind what follows, from the cursor down {@code height}. */
    void shade(float x, float width, float height, Rgb color) throws IOException {
        PDPageContentStream s = content();
        s.setNonStrokingColor(color.r(), color.g(), color.b());
        s.addRect(x, y - height, width, height);
        s.fill();
    }

    /**
     * Closes the last page and writes every page's header and footer: {@code title} left,
     * {@code handout} right, and the page number as {@code pageText} makes it.
     */
    void finish(String title, String handout, PageText pageText) throws IOException {
        if (cs == null) {
            newPage();
        }
        closeEarlier();
        cs.close();
        cs = null;
        TextStyle head = new TextStyle(Face.ITALIC, 8.5f, Rgb.GREY);
        TextStyle foot = new TextStyle(Face.REGULAR, 8.5f, Rgb.GREY);
        float w = width();
        String right = fit(handout, head, w * 0.4f);
        float rightWidth = fonts.width(right, head.face(), head.size());
        String left = fit(title, head, w - rightWidth - 24);
        for (int i = 0; i < pages.size(); i++) {
            try (PDPageContentStream s = new PDPageContentStream(doc, pages.get(i), PDPageContentStream.AppendMode.APPEND,
                    true, true)) {
                float headY = size.getHeight() - MARGIN + 4;
                text(s, left, head, left(), headY);
                text(s, right, head, right() - rightWidth, headY);
                s.setStrokingColor(Rgb.RULE.r(), Rgb.RULE.g(), Rgb.RULE.b());
                s.setLineWidth(0.5f);
                s.moveTo(left(), headY - 5);
                s.lineTo(right(), headY - 5);
                s.stroke();
                String number = pageText.page(i + 1, pages.size());
                float nw = fonts.width(number, foot.face(), foot.size());
                text(s, number, foot, (size.getWidth() - nw) / 2, MARGIN - 12);
            }
        }
    }

    /** Makes the footer's page number. */
    @FunctionalInterface
    interface PageText {
        String page(int page, int of);
    }

    private void text(PDPageContentStream s, String text, TextStyle style, float x, float baseline) throws IOException {
        float dx = 0;
        for (HandoutFonts.Run r : fonts.runs(text, style.face())) {
            s.beginText();
            s.setNonStrokingColor(style.color().r(), style.color().g(), style.color().b());
            s.setFont(r.font(), style.size());
            s.newLineAtOffset(x + dx, baseline);
            s.showText(r.text());
            s.endText();
            dx += HandoutFonts.width(r, style.size());
        }
    }

    /** Writes one line of text with its baseline at {@code baseline}, on the current page. */
    void textAt(String text, TextStyle style, float x, float baseline) throws IOException {
        text(content(), text, style, x, baseline);
    }

    /** The text, cut with an ellipsis to fit a width. */
    String fit(String text, TextStyle style, float maxWidth) {
        String t = text == null ? "" : text.strip();
        if (fonts.width(t, style.face(), style.size()) <= maxWidth) {
            return t;
        }
        while (!t.isEmpty() && fonts.width(t + "\u2026", style.face(), style.size()) > maxWidth) {
            t = t.substring(0, t.offsetByCodePoints(t.length(), -1)).stripTrailing();
        }
        return t + "\u2026";
    }

    @Override
    public void close() throws IOException {
        closeEarlier();
        if (cs != null) {
            cs.close();
            cs = null;
        }
    }
}
