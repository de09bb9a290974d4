package org.xistudy.study.argument;

import java.util.EnumMap;
import java.util.Map;
import org.xistudy.content.PackIndex;
import org.xistudy.content.model.Cite;
import org.xistudy.content.model.Cited;
import org.xistudy.content.model.Claim;
import org.xistudy.content.model.Note;
import org.xistudy.content.model.NoteKind;

/**
 * "How strong is this claim?", shown and not judged: how many items the pack ties to it and how
 * many of those rest on the essay's own words rather than only on outside sources, and how many
 * reading notes question it (imprecise, simplified, overstated, contested) or add to it (context,
 * update), with the cards that study it.
 *
 * @param support the events, bodies, people and relations the claim names
 * @param supportQuotingEssay those among them that quote the essay
 * @param supportOutsideOnly those that cite only outside sources
 * @param critical notes that question or correct the claim, by kind
 * @param other notes that give context or an update
 * @param cards cards tagged with the claim
 */
public record ClaimStrength(int support, int supportQuotingEssay, int supportOutsideOnly,
        Map<NoteKind, Integer> critical, int other, int cards) {

    public ClaimStrength {
        critical = Map.copyOf(critical);
    }

    /** How many notes question the claim. */
    public int criticalCount() {
        return critical.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** Whether a kind of note questions what it is about, rather than adding to it. */
    public static boolean questions(NoteKind kind) {
        return kind == NoteKind.IMPRECISE || kind == NoteKind.SIMPLIFIED || kind == NoteKind.OVERSTATED
                || kind == NoteKind.CONTESTED;
    }

    public static ClaimStrength of(Claim claim, PackIndex index) {
        int quoting = 0;
        int outside = 0;
        int known = 0;
        for (String id : claim.support()) {
            Object item = index.item(id).orElse(null);
            if (!(item instanceof Cited c)) {
                continue;
            }
            known++;
            boolean quotes = c.cite().stream().anyMatch(Cite::isQuote);
            if (quotes) {
                quoting++;
            } else if (!c.cite().isEmpty()) {
                outside++;
            }
        }
        Map<NoteKind, Integer> critical = new EnumMap<>(NoteKind.class);
        int other = 0;
        for (Note n : index.notesAboutClaim(claim.id())) {
            if (questions(n.kind())) {
                critical.merge(n.kind(), 1, Integer::sum);
            } else {
                other++;
            }
        }
        return new ClaimStrength(known, quoting, outside, critical, other, index.cardsOfClaim(claim.id()).size());
    }
}
