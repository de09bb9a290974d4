package org.xistudy.study.print;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TextLayoutTest {
    private static final TextStyle TEN = new TextStyle(Face.REGULAR, 10);
    private PDDocument doc;
    private HandoutFonts fonts;
    private TextLayout layout;

    @BeforeEach
    void fonts() throws IOException {
        doc = new PDDocument();
        fonts = new HandoutFonts(doc);
        layout = new TextLayout(fonts);
    }

    @AfterEach
    void close() throws IOException {
        fonts.close();
        doc.close();
    }

    private List<String> lines(String text, float width) {
        return layout.layout(Span.of(text, TEN), width).lines().stream().map(TextLayout.Line::text).toList();
    }

    @Test
    void linesBreakBetweenWordsAndNeverOverflow() {
        String text = "Chinese foreign policy is clearly in Xi Jinping\u2019s grip. Xi\u2019s power concentration has given him "
                + "a strong personal and institutional capacity.";
        List<TextLayout.Line> lines = layout.layout(Span.of(text, TEN), 150).lines();
        assertTrue(lines.size() > 2);
        for (TextLayout.Line l : lines) {
            assertTrue(l.width() <= 150.01, l.text());
            assertTrue(!l.text().startsWith(" ") && !l.text().endsWith(" "), "no space at a line's end: " + l.text());
        }
        assertEquals(text, String.join(" ", lines.stream().map(TextLayout.Line::text).toList()));
    }

    @Test
    void chineseBreaksBetweenCharactersButNotBeforeClosingPunctuation() {
        String zh = "\u4E2D\u56FD\u5171\u4EA7\u515A\u4E2D\u592E\u59D4\u5458\u4F1A\u5BF9\u5916\u8054\u7EDC\u90E8\u3002";
        List<String> lines = lines(zh, 42);
        assertTrue(lines.size() > 2, lines.toString());
        assertEquals(zh, String.join("", lines));
        for (String l : lines) {
            assertTrue(!l.startsWith("\u3002"), "a full stop never starts a line");
        }
    }

    @Test
    void aWordLongerThanTheLineIsCutAndExplicitBreaksAreKept() {
        List<String> url = lines("https://www.example.org/a-very-long-path-without-any-spaces-in-it", 60);
        assertTrue(url.size() > 2, url.toString());
        assertEquals("https://www.example.org/a-very-long-path-without-any-spaces-in-it", String.join("", url));
        assertEquals(List.of("one", "two"), lines("one\ntwo", 300));
    }

    @Test
    void aWordSplitOverTwoStylesStaysTogether() {
        List<TextLayout.Line> lines = layout.layout(List.of(new Span("aaaa aaaa Wang", TEN),
                new Span("Yi", TEN.withFace(Face.BOLD))), fonts.width("aaaa aaaa Wan", Face.REGULAR, 10)).lines();
        assertEquals("WangYi", lines.get(lines.size() - 1).text());
    }
}
