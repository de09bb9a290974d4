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
import org.xistudy.content.model.Claim;
import org.xistudy.content.model.ClaimKind;
import org.xistudy.study.argument.ArgumentLayout;
import org.xistudy.study.argument.ClaimStrength;

/**
 * The essay's argument drawn for the study guide as the app's Argument view draws it: the tree
 * on its side, the thesis on the left, a box per claim with its kind, its few words and what backs
 * it, joined by lines; scaled to the page's width and to the room a page has.
 */
final class ArgumentDrawing {
    private static final TextStyle KIND = new TextStyle(Face.BOLD, 6.5f, Rgb.GREY);
    private static final TextStyle TITLE = new TextStyle(Face.BOLD, 8.5f);
    private static final TextStyle CAPTION = new TextStyle(Face.ITALIC, 6.5f, Rgb.GREY);
    private static final float BOX = 96;
    private static final float PAD = 4;
    private static final float STRIPE = 2.5f;
    private static final Map<ClaimKind, Rgb> STRIPES = new EnumMap<>(ClaimKind.class);

    static {
        STRIPES.put(ClaimKind.THESIS, Rgb.hex(0xA3332B));
        STRIPES.put(ClaimKind.MODEL, Rgb.hex(0x8E2F4F));
        STRIPES.put(ClaimKind.TRIGGER, Rgb.hex(0x8A6D1F));
        STRIPES.put(ClaimKind.MECHANISM, Rgb.hex(0x2F5C99));
        STRIPES.put(ClaimKind.IMPLICATION, Rgb.hex(0x3A7A3A));
        STRIPES.put(ClaimKind.QUALIFICATION, Rgb.hex(0x6B6B6B));
    }

    private final PackIndex index;
    private final HandoutOptions options;
    private final PageWriter pages;

    private ArgumentDrawing(PackIndex index, HandoutOptions options, PageWriter pages) {
        this.index = index;
        this.options = options;
        this.pages = pages;
    }

    /** Draws the pack's argument where the page stands, on a new page if this one has too little room. */
    static void write(PackIndex index, HandoutOptions options, PageWriter pages) throws IOException {
        new ArgumentDrawing(index, options, pages).write();
    }

    private void write() throws IOException {
        List<Claim> claims = index.claims();
        Map<String, List<TextLayout.Line>> texts = new HashMap<>();
        Map<String, ArgumentLayout.Size> sizes = new HashMap<>();
        for (Claim c : claims) {
            List<TextLayout.Line> lines = new ArrayList<>();
            lines.addAll(pages.layout(Span.of(options.text("print.argument.kind." + c.kind().jsonName()), KIND),
                    BOX - 2 * PAD).lines());
            lines.addAll(pages.layout(Span.of(c.title(), TITLE), BOX - 2 * PAD).lines());
            ClaimStrength s = ClaimStrength.of(c, index);
            lines.addAll(pages.layout(Span.of(options.text("print.argument.caption", s.support(), s.criticalCount()),
                    CAPTION), BOX - 2 * PAD).lines());
            float h = 2 * PAD + STRIPE;
            for (TextLayout.Line l : lines) {
                h += l.leading();
            }
            texts.put(c.id(), lines);
            // laid out on its side, so each size goes in turned
            sizes.put(c.id(), new ArgumentLayout.Size(h, BOX));
        }
        ArgumentLayout.Result r = ArgumentLayout.ofClaims(claims, sizes, new ArgumentLayout.Gaps(6, 20)).transposed();
        float room = pages.y() - pages.bottom();
        float fullRoom = pages.top() - pages.bottom();
        double scale = Math.min(1, pages.width() / r.width());
        if (r.height() * scale > room && room < fullRoom) {
            pages.newPage();
            room = pages.y() - pages.bottom();
        }
        scale = Math.min(scale, room / r.height());
        float ox = (float) (pages.left() + (pages.width() - r.width() * scale) / 2);
        float top = pages.y();
        PDPageContentStream cs = pages.content();
        cs.saveGraphicsState();
        cs.transform(new Matrix((float) scale, 0, 0, (float) scale, ox, top));
        // local coordinates: x from the drawing's left, y down from its top as negative numbers
        cs.setStrokingColor(0.55f, 0.55f, 0.58f);
        cs.setLineWidth(0.7f);
        for (ArgumentLayout.Edge e : r.edges()) {
            List<ArgumentLayout.Point> pts = e.points();
            cs.moveTo((float) pts.get(0).x(), (float) -pts.get(0).y());
            for (int i = 1; i < pts.size(); i++) {
                cs.lineTo((float) pts.get(i).x(), (float) -pts.get(i).y());
            }
            cs.stroke();
        }
        for (Claim c : claims) {
            box(cs, c, r.box(c.id()), texts.get(c.id()));
        }
        cs.restoreGraphicsState();
        pages.space((float) (r.height() * scale) + 6);
    }

    private void box(PDPageContentStream cs, Claim c, ArgumentLayout.Box b, List<TextLayout.Line> lines)
            throws IOException {
        float x = (float) b.x();
        float y = (float) -b.y();
        float w = (float) b.width();
        float h = (float) b.height();
        cs.setNonStrokingColor(1f, 1f, 1f);
        cs.addRect(x, y - h, w, h);
        cs.fill();
        Rgb stripe = STRIPES.get(c.kind());
        cs.setNonStrokingColor(stripe.r(), stripe.g(), stripe.b());
        cs.addRect(x, y - STRIPE, w, STRIPE);
        cs.fill();
        cs.setStrokingColor(0.72f, 0.72f, 0.75f);
        cs.setLineWidth(c.kind() == ClaimKind.THESIS ? 1.2f : 0.6f);
        if (c.kind() == ClaimKind.QUALIFICATION) {
            cs.setLineDashPattern(new float[] {2.5f, 1.8f}, 0);
        }
        cs.addRect(x, y - h, w, h);
        cs.stroke();
        cs.setLineDashPattern(new float[0], 0);
        float ty = y - STRIPE - PAD;
        for (TextLayout.Line l : lines) {
            pages.drawLine(cs, l, x + PAD, ty);
            ty -= l.leading();
        }
    }
}
