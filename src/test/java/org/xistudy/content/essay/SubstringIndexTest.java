package org.xistudy.content.essay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.xistudy.content.SeedFiles;

class SubstringIndexTest {

    @Test
    void answersAsStringContainsDoesOnRandomTexts() {
        Random random = new Random(11);
        String alphabet = "ab c习";
        for (int round = 0; round < 300; round++) {
            String text = randomText(random, alphabet, random.nextInt(300));
            SubstringIndex index = SubstringIndex.of(text);
            for (int q = 0; q < 200; q++) {
                String s;
                if (random.nextBoolean() && !text.isEmpty()) {
                    int from = random.nextInt(text.length());
                    s = text.substring(from, Math.min(text.length(), from + random.nextInt(20)));
                } else {
                    s = randomText(random, alphabet, random.nextInt(14));
                }
                assertEquals(text.contains(s), index.contains(s), () -> "\"" + s + "\" in \"" + text + "\"");
            }
        }
    }

    @Test
    void theEssayFindsEveryStretchOfItsOwnParagraphsAndNotAnAlteredOne() {
        Essay essay = SeedFiles.bundled().find("seeds/zhao-2023-xi-power-concentration.txt", "Suisheng Zhao").orElseThrow();
        int asked = 0;
        for (Essay.Block b : essay.blocks()) {
            String t = Essay.normalize(b.text());
            for (int from = 0; from + 30 < t.length(); from += 17) {
                String stretch = t.substring(from, from + 30);
                assertTrue(essay.contains(stretch), stretch);
                assertEquals(false, essay.contains(stretch + "\u2042"), stretch);
                asked += 2;
            }
        }
        assertTrue(asked > 1_000, "enough lookups to have built the index: " + asked);
    }

    @Test
    void aTextTooLongToIndexHasNoIndex() {
        assertNull(SubstringIndex.of("x".repeat(1 << 20)));
    }

    private static String randomText(Random random, String alphabet, int length) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < length; i++) {
            sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return sb.toString();
    }
}
