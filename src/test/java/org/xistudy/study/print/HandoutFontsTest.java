package org.xistudy.study.print;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.TreeSet;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.xistudy.content.PackLoader;

/**
 * The bundled handout fonts: TrueType outlines (which PDFBox embeds), every character of the
 * bundled pack covered, every pinyin tone mark covered, and the licences beside them. When the
 * pack starts using a Chinese character the fonts lack, remake them (tools/fonts/subset-fonts.sh).
 */
class HandoutFontsTest {
    private static final String TONES = "\u0101\u00E1\u01CE\u00E0\u0113\u00E9\u011B\u00E8\u012B\u00ED\u01D0\u00EC"
            + "\u014D\u00F3\u01D2\u00F2\u016B\u00FA\u01D4\u00F9\u01D6\u01D8\u01DA\u01DC\u00FC\u00EA\u0100\u00C1\u01CD"
            + "\u00C0\u0112\u00C9\u011A\u00C8\u014C\u00D3\u01D1\u00D2";

    @Test
    void everyCharacterOfTheBundledPackIsCovered() throws IOException {
        String pack;
        try (InputStream in = PackLoader.class.getResourceAsStream(PackLoader.DEFAULT_PACK)) {
            pack = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        TreeSet<String> missing = new TreeSet<>();
        int cjk = 0;
        try (PDDocument doc = new PDDocument(); HandoutFonts fonts = new HandoutFonts(doc)) {
            for (int cp : pack.codePoints().toArray()) {
                if (cp >= 0x20 && !fonts.covers(cp)) {
                    missing.add(new String(Character.toChars(cp)) + " U+" + Integer.toHexString(cp));
                }
                if (TextLayout.isIdeographic(cp)) {
                    cjk++;
                }
            }
            for (int cp : TONES.codePoints().toArray()) {
                if (!fonts.covers(cp)) {
                    missing.add("tone mark U+" + Integer.toHexString(cp));
                }
            }
        }
        assertTrue(cjk > 100, "the pack uses Chinese characters");
        assertEquals(new TreeSet<>(), missing, "characters no bundled font has; run tools/fonts/subset-fonts.sh");
    }

    @Test
    void pinyinComesFromTheLatinFaceInEveryStyle() throws IOException {
        try (PDDocument doc = new PDDocument(); HandoutFonts fonts = new HandoutFonts(doc)) {
            for (Face f : Face.values()) {
                List<HandoutFonts.Run> runs = fonts.runs("Zh\u014Dngy\u0101ng W\u00E0ish\u00EC L\u01D0ngd\u01CEo"
                        + " \u01D6\u01D8\u01DA\u01DC", f);
                assertEquals(1, runs.size(), f + ": " + runs);
                assertEquals(fonts.font(f), runs.get(0).font());
            }
            List<HandoutFonts.Run> mixed = fonts.runs("the office (\u4E2D\u592E\u5916\u529E) runs", Face.REGULAR);
            assertEquals(3, mixed.size());
            assertEquals("\u4E2D\u592E\u5916\u529E", mixed.get(1).text());
            assertEquals(String.valueOf(HandoutFonts.MISSING), fonts.runs("\uD83D\uDE00", Face.REGULAR).get(0).text(),
                    "a character no font has becomes a question mark instead of failing");
        }
    }

    @Test
    void theFontsAreTrueTypeWithTheirLicences() throws IOException {
        for (String r : List.of(Face.REGULAR.resource(), Face.BOLD.resource(), Face.ITALIC.resource(),
                HandoutFonts.CJK_RESOURCE)) {
            try (TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(HandoutFonts.bytes(r)))) {
                assertNotNull(ttf.getGlyph(), r + " has TrueType (glyf) outlines, which PDFBox embeds");
                assertTrue(ttf.getNumberOfGlyphs() > 200, r);
            }
        }
        for (String licence : List.of("OFL-NotoSerif.txt", "LICENSE-Apache-2.0.txt")) {
            try (InputStream in = HandoutFonts.class.getResourceAsStream(HandoutFonts.FOLDER + licence)) {
                assertNotNull(in, licence + " is bundled beside the fonts");
            }
        }
    }
}
