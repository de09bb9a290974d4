package org.xistudy.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.xistudy.content.essay.Essay;
import org.xistudy.content.essay.EssayParser;

class EssayParserTest {

    @Test
    void normalizeCollapsesWhitespaceExactlyAsTheRegularExpressionDid() {
        char[] alphabet = {'a', 'b', ' ', ' ', '\t', '\n', '\r', '\u000B', '\f', '\u00A0', '\u2028', '\u001F', '\u3000', '习'};
        Random random = new Random(7);
        for (int round = 0; round < 20_000; round++) {
            char[] text = new char[random.nextInt(12)];
            for (int i = 0; i < text.length; i++) {
                text[i] = alphabet[random.nextInt(alphabet.length)];
            }
            String s = new String(text);
            assertEquals(s.replaceAll("\\s+", " ").strip(), Essay.normalize(s), () -> "for " + Arrays.toString(text));
        }
    }
    private static final Essay ESSAY = SeedFiles.bundled().find(TestPacks.SEED, "Suisheng Zhao").orElseThrow();

    @Test
    void findsTitleAndTheFourSections() {
        assertEquals("Implications of Xi’s Power Concentration for Chinese Foreign Policy", ESSAY.title());
        List<String> headings = ESSAY.sections().stream().map(Essay.Section::heading).toList();
        assertEquals(Arrays.asList(null, "A Xi-in-Command Model", "The China Dream of Great Rejuvenation",
                "Foreign Policy Implications"), headings);
        assertEquals(List.of(Essay.OPENING, "a-xi-in-command-model", "the-china-dream-of-great-rejuvenation",
                "foreign-policy-implications"), ESSAY.sections().stream().map(Essay.Section::id).toList());
    }

    @Test
    void numbersBodyParagraphsAndSetsCaptionsAndBackMatterApart() {
        List<Essay.Block> paragraphs = ESSAY.blocks().stream().filter(b -> b.kind() == Essay.Kind.PARAGRAPH).toList();
        assertEquals(17, paragraphs.size());
        for (int i = 0; i < paragraphs.size(); i++) {
            assertEquals(i + 1, paragraphs.get(i).number());
            assertEquals("p" + (i + 1), paragraphs.get(i).anchor());
        }
        Essay.Block caption = ESSAY.block("c1").orElseThrow();
        assertEquals(Essay.Kind.CAPTION, caption.kind());
        assertFalse(caption.text().contains("Times) Chinese"), "the repeated caption line is shown once");
        assertTrue(ESSAY.blocks().stream().anyMatch(b -> b.kind() == Essay.Kind.BACK_MATTER
                && b.text().startsWith("Suisheng Zhao is the director")));
        assertTrue(ESSAY.blocks().stream().filter(b -> b.text().startsWith("PUBLICATION TYPE"))
                .allMatch(b -> b.kind() == Essay.Kind.BACK_MATTER));
    }

    @Test
    void findsAQuoteInItsParagraph() {
        Essay.Passage p = ESSAY.find("In 2013, Xi established the Central National Security Commission").orElseThrow();
        assertEquals("the-china-dream-of-great-rejuvenation", p.block().sectionId());
        assertEquals("p10", p.block().anchor());
        assertEquals("In 2013, Xi established the Central National Security Commission",
                p.block().text().substring(p.start(), p.end()));
        assertTrue(ESSAY.find("a sentence that is not there").isEmpty());
    }

    @Test
    void searchIsCaseInsensitiveAndFindsEveryOccurrence() {
        List<Essay.Passage> hits = ESSAY.search("WOLF WARRIOR");
        assertEquals(2, hits.size());
        for (Essay.Passage h : hits) {
            assertEquals("wolf warrior", h.block().text().substring(h.start(), h.end()).toLowerCase());
        }
        assertTrue(ESSAY.search("  ").isEmpty());
    }

    @Test
    void headingRulesOnASmallText() {
        Essay e = EssayParser.parse("Title\n\nFirst paragraph.\n\nA Heading\n\nSecond: not a heading\n\nThird.\n\n"
                + "Jane Doe is a writer.\n\nFooter", "Jane Doe");
        assertEquals(2, e.sections().size());
        assertEquals("A Heading", e.sections().get(1).heading());
        assertEquals(3, e.blocks().stream().filter(b -> b.kind() == Essay.Kind.PARAGRAPH).count());
        assertEquals(2, e.blocks().stream().filter(b -> b.kind() == Essay.Kind.BACK_MATTER).count());
    }
}
