package org.xistudy.study.print;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A table that flows over pages: the heading row is repeated on each page, a row is never split
 * unless it is taller than a page, and a thin rule separates the rows.
 */
final class Table {
    private static final float PAD = 3;
    private static final float GAP = 8;

    private final PageWriter pages;
    private final float[] widths;
    private final List<List<Span>> heading;

    /** {@code shares} divide the content width between the columns. */
    Table(PageWriter pages, float[] shares, List<List<Span>> heading) {
        this.pages = pages;
        this.heading = heading;
        float total = 0;
        for (float s : shares) {
            total += s;
        }
        widths = new float[shares.length];
        float usable = pages.width() - GAP * (shares.length - 1);
        for (int i = 0; i < shares.length; i++) {
            widths[i] = usable * shares[i] / total;
        }
    }

    private List<TextLayout.Block> layout(List<List<Span>> cells) {
        List<TextLayout.Block> out = new ArrayList<>();
        for (int i = 0; i < widths.length; i++) {
            out.add(pages.layout(i < cells.size() ? cells.get(i) : List.of(), widths[i]));
        }
        return out;
    }

    private static float height(List<TextLayout.Block> blocks) {
        float h = 0;
        for (TextLayout.Block b : blocks) {
            h = Math.max(h, b.height());
        }
        return h + 2 * PAD;
    }

    private void drawHeading() throws IOException {
        List<TextLayout.Block> blocks = layout(heading);
        float h = height(blocks);
        pages.shade(pages.left(), pages.width(), h, Rgb.SHADE);
        draw(blocks);
    }

    private void draw(List<TextLayout.Block> blocks) throws IOException {
        pages.space(PAD);
        List<PageWriter.Column> cols = new ArrayList<>();
        float x = pages.left();
        for (int i = 0; i < widths.length; i++) {
            cols.add(new PageWriter.Column(x, blocks.get(i).lines()));
            x += widths[i] + GAP;
        }
        pages.columns(cols);
        pages.space(PAD);
    }

    /** Writes the heading and the rows. */
    void write(List<List<List<Span>>> rows) throws IOException {
        List<TextLayout.Block> first = rows.isEmpty() ? List.of() : layout(rows.get(0));
        pages.ensure(height(layout(heading)) + (rows.isEmpty() ? 0 : height(first)));
        drawHeading();
        for (List<List<Span>> row : rows) {
            List<TextLayout.Block> blocks = layout(row);
            float h = height(blocks);
            if (pages.y() - h < pages.bottom() && h < pages.top() - pages.bottom()) {
                pages.newPage();
                drawHeading();
            }
            draw(blocks);
            pages.rule(pages.left(), pages.right(), 0.4f, Rgb.RULE);
        }
    }
}
