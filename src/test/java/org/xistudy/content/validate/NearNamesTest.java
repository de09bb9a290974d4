package org.xistudy.content.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class NearNamesTest {

    @Test
    void aTypoFindsTheNameItWasMeantToBe() {
        assertEquals(Optional.of("institutions"), NearNames.closest("institutoins", List.of("events", "institutions")));
        assertEquals(Optional.of("Event"), NearNames.closest("evnet", List.of("Event", "era")));
    }

    @Test
    void aNameTooFarFromEveryCandidateFindsNone() {
        assertEquals(Optional.empty(), NearNames.closest("relations", List.of("cards", "notes")));
        assertEquals(Optional.empty(), NearNames.closest("x", List.of()));
    }

    @Test
    void onATieTheFirstInAlphabeticalOrderWins() {
        assertEquals(Optional.of("bat"), NearNames.closest("cat", List.of("rat", "bat")));
    }

    @Test
    void aSwapOfNeighbouringLettersIsOneEdit() {
        assertEquals(1, NearNames.distance("form", "from"));
        assertEquals(2, NearNames.distance("abc", "bca"));
        assertEquals(3, NearNames.distance("", "abc"));
    }
}
