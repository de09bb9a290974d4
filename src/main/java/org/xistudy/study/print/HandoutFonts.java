package org.xistudy.study.print;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The fonts bundled for the handouts, embedded (as subsets) in one document: Noto Serif for Latin
 * text and pinyin, Droid Sans Fallback for Chinese. The handouts never depend on the fonts of the
 * machine. Text is split into runs by which font has each character; a character neither has is
 * shown as a question mark rather than failing the export.
 */
final class HandoutFonts implements AutoCloseable {
    static final String FOLDER = "/fonts/handout/";
    static final String CJK_RESOURCE = FOLDER + "DroidSansFallback.subset.ttf";
    /** What stands for a character no bundled font has. */
    static final char MISSING = '?';

    private static final Map<String, byte[]> BYTES = new ConcurrentHashMap<>();

    /** A piece of text that one font can show. */
    record Run(PDFont font, String text) {
    }

    private record Loaded(TrueTypeFont ttf, CmapLookup cmap, PDFont font) {
    }

    private final Map<Face, Loaded> faces = new EnumMap<>(Face.class);
    private final Loaded cjk;
    private final List<TrueTypeFont> open = new ArrayList<>();

    HandoutFonts(PDDocument doc) throws IOException {
        for (Face f : Face.values()) {
            faces.put(f, load(doc, f.resource()));
        }
        cjk = load(doc, CJK_RESOURCE);
    }

    private Loaded load(PDDocument doc, String resource) throws IOException {
        TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(bytes(resource)));
        open.add(ttf);
        PDFont font = PDType0Font.load(doc, ttf, true);
        return new Loaded(ttf, ttf.getUnicodeCmapLookup(), font);
    }

    /** The bytes of a bundled font, read once. */
    static byte[] bytes(String resource) {
        return BYTES.computeIfAbsent(resource, r -> {
            try (InputStream in = HandoutFonts.class.getResourceAsStream(r)) {
                if (in == null) {
                    throw new IllegalStateException("the font " + r + " is not bundled");
                }
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    PDFont font(Face face) {
        return faces.get(face).font();
    }

    /** Whether some bundled font shows the character, or a stand-in for it. */
    boolean covers(int codePoint) {
        return has(faces.get(Face.REGULAR), codePoint) || has(cjk, codePoint)
                || has(faces.get(Face.REGULAR), substitute(codePoint));
    }

    /** A character the fonts have for one they lack: the minus sign as a hyphen-minus, say. */
    static int substitute(int cp) {
        switch (cp) {
            case 0x2212: // minus sign
            case 0x2010: // hyphen
            case 0x2011: // non-breaking hyphen
                return '-';
            case 0x2192: // rightwards arrow
                return '>';
            case 0x2190: // leftwards arrow
                return '<';
            default:
                return cp;
        }
    }

    private static boolean has(Loaded l, int codePoint) {
        return l.cmap().getGlyphId(codePoint) > 0;
    }

    /** Splits text into runs by font; characters no font has become {@link #MISSING}. */
    List<Run> runs(String text, Face face) {
        Loaded latin = faces.get(face);
        List<Run> out = new ArrayList<>();
        StringBuilder sb = new StringBuilder();
        Loaded current = null;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isISOControl(cp) || Character.getType(cp) == Character.FORMAT) {
                cp = ' ';
            }
            Loaded use;
            if (!has(latin, cp) && !has(cjk, cp)) {
                cp = substitute(cp);
            }
            if (has(latin, cp)) {
                use = latin;
            } else if (has(cjk, cp)) {
                use = cjk;
            } else {
                use = latin;
                cp = MISSING;
            }
            if (use != current && sb.length() > 0) {
                out.add(new Run(current.font(), sb.toString()));
                sb.setLength(0);
            }
            current = use;
            sb.appendCodePoint(cp);
        }
        if (sb.length() > 0) {
            out.add(new Run(current.font(), sb.toString()));
        }
        return out;
    }

    /** The width of text in points at a size. */
    float width(String text, Face face, float size) {
        float w = 0;
        for (Run r : runs(text, face)) {
            w += width(r, size);
        }
        return w;
    }

    static float width(Run r, float size) {
        try {
            return r.font().getStringWidth(r.text()) / 1000f * size;
        } catch (IOException | IllegalArgumentException e) {
            return r.text().length() * size * 0.5f;
        }
    }

    /** Closes the parsed fonts; call after the document is saved (subsetting reads them). */
    @Override
    public void close() throws IOException {
        for (TrueTypeFont t : open) {
            t.close();
        }
    }
}
