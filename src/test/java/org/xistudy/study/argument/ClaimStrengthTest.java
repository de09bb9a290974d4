package org.xistudy.study.argument;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.xistudy.content.PackIndex;
import org.xistudy.content.PackLoader;
import org.xistudy.content.model.Claim;
import org.xistudy.content.model.Cite;
import org.xistudy.content.model.Cited;
import org.xistudy.content.model.NoteKind;
import org.xistudy.study.evidence.Evidence;

class ClaimStrengthTest {
    private static PackIndex index;

    @BeforeAll
    static void load() {
        index = PackLoader.loadDefault().index().orElseThrow();
    }

    @Test
    void itCountsWhatBacksAClaimAndTheNotesThatQuestionIt() {
        Claim c = index.claim("implication-4").orElseThrow();
        ClaimStrength s = ClaimStrength.of(c, index);
        assertEquals(c.support().size(), s.support());
        int quoting = 0;
        int outside = 0;
        for (String id : c.support()) {
            Cited item = (Cited) index.item(id).orElseThrow();
            if (item.cite().stream().anyMatch(Cite::isQuote)) {
                quoting++;
            } else {
                outside++;
            }
        }
        assertEquals(quoting, s.supportQuotingEssay());
        assertEquals(outside, s.supportOutsideOnly());
        assertEquals(s.support(), s.supportQuotingEssay() + s.supportOutsideOnly(), "every item cites something");
        assertEquals(Map.of(NoteKind.IMPRECISE, 1, NoteKind.CONTESTED, 1), s.critical());
        assertEquals(2, s.criticalCount());
        assertEquals(index.cardsOfClaim("implication-4").size(), s.cards());
        assertTrue(s.cards() > 0);
    }

    @Test
    void onlyNotesThatQuestionCountAsCritique() {
        assertTrue(ClaimStrength.questions(NoteKind.OVERSTATED));
        assertTrue(ClaimStrength.questions(NoteKind.CONTESTED));
        assertFalse(ClaimStrength.questions(NoteKind.CONTEXT));
        assertFalse(ClaimStrength.questions(NoteKind.UPDATE));
        for (Claim c : index.claims()) {
            ClaimStrength s = ClaimStrength.of(c, index);
            long critical = index.notesAboutClaim(c.id()).stream().filter(n -> ClaimStrength.questions(n.kind())).count();
            assertEquals(critical, s.criticalCount(), c.id());
            assertEquals(index.notesAboutClaim(c.id()).size() - critical, s.other(), c.id());
        }
    }

    @Test
    void aClaimsEvidenceIsItsQuotesItsSupportAndItsNotes() {
        Claim c = index.claim("implication-4").orElseThrow();
        Evidence e = Evidence.ofClaim(c, index);
        assertEquals(c.cite().size(), e.sources().size());
        assertTrue(e.sources().stream().anyMatch(Evidence.Source::isQuote), "the essay's own words");
        assertEquals(c.support(), e.links().stream().map(Evidence.Link::id).toList());
        assertEquals(index.notesAboutClaim(c.id()).stream().map(n -> n.id()).sorted().toList(),
                e.notes().stream().map(Evidence.NoteEntry::id).sorted().toList());
    }
}
