package org.xistudy.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class TagsTest {
    private static final PackIndex BUNDLED = PackLoader.loadDefault().index().orElseThrow();

    @Test
    void aPlainTagReadsAsWords() {
        assertEquals("party diplomacy", Tags.label("party-diplomacy"));
        assertEquals("US", Tags.label("US"));
        assertEquals("party diplomacy", Tags.label("party-diplomacy", BUNDLED));
    }

    @Test
    void aTagThatNamesAClaimReadsAsTheClaimsTitle() {
        assertEquals(BUNDLED.claim("mechanism-cnsc").orElseThrow().title(), Tags.label("mechanism-cnsc", BUNDLED));
        assertEquals("mechanism cnsc", Tags.label("mechanism-cnsc", null));
    }

    @Test
    void topicsComeByLabelThenClaimsInTheOrderOfTheArgument() {
        List<String> claimsInOrder = BUNDLED.pack().claims().stream().map(c -> c.id()).toList();
        String later = claimsInOrder.get(claimsInOrder.size() - 1);
        String earlier = claimsInOrder.get(1);
        assertEquals(List.of("China-dream", "deng", "zebra", earlier, later),
                Tags.ordered(List.of(later, "zebra", earlier, "deng", "China-dream"), BUNDLED));
        // without the pack nothing is known to be a claim: all are topics, by label
        assertEquals(List.of("a", "b", later), Tags.ordered(List.of("b", later, "a"), null));
    }
}
