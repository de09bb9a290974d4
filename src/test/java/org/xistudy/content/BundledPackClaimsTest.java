package org.xistudy.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.xistudy.content.essay.Essay;
import org.xistudy.content.essay.Essay.Passage;
import org.xistudy.content.model.Card;
import org.xistudy.content.model.Claim;
import org.xistudy.content.model.ClaimKind;
import org.xistudy.content.model.Cite;
import org.xistudy.content.model.Note;
import org.xistudy.content.model.Pack;

/**
 * The bundled pack's argument (its {@code claims}), read from the real data: the thesis, the
 * Xi-in-command model, the three triggers and the five implications the essay names, each claim
 * quoting the essay and resting on the pack's record, in the essay's order, with the cards already
 * tagged with their ids. {@link BundledPackTest} checks the claims' quotes and links with every
 * other item's.
 */
class BundledPackClaimsTest {
    /** The claims the essay names, whose ids the cards were tagged with before claims existed. */
    private static final List<String> TAGGED = List.of("thesis", "xi-in-command", "trigger-1", "trigger-2", "trigger-3",
            "implication-1", "implication-2", "implication-3", "implication-4", "implication-5");
    /** A card tag that names a part of the argument. */
    private static final Pattern ARGUMENT_TAG = Pattern.compile(
            "thesis|xi-in-command|(trigger|implication|mechanism|qualification)-.+");
    private static final Set<ClaimKind> MAY_STAND_ALONE = EnumSet.of(ClaimKind.THESIS, ClaimKind.MODEL,
            ClaimKind.QUALIFICATION);

    private static PackIndex index;
    private static Pack pack;
    private static Essay essay;

    @BeforeAll
    static void load() {
        LoadResult result = PackLoader.loadDefault();
        assertTrue(result.isValid(), () -> "the bundled pack does not load: " + result.problems());
        index = result.index().orElseThrow();
        pack = index.pack();
        essay = index.essay();
    }

    private static Claim claim(String id) {
        return index.claim(id).orElseThrow(() -> new AssertionError("no claim " + id));
    }

    private static List<String> ids(List<Claim> claims) {
        return claims.stream().map(Claim::id).toList();
    }

    @Test
    void theArgumentHasOneThesisTheModelThreeTriggersAndFiveImplications() {
        List<Claim> theses = pack.claims().stream().filter(c -> c.kind() == ClaimKind.THESIS).toList();
        assertEquals(List.of("thesis"), ids(theses));
        assertEquals("thesis", index.thesis().orElseThrow().id());
        assertEquals(ClaimKind.MODEL, claim("xi-in-command").kind());
        for (int i = 1; i <= 3; i++) {
            Claim t = claim("trigger-" + i);
            assertEquals(ClaimKind.TRIGGER, t.kind(), t.id());
            assertEquals("xi-in-command", t.parent(), t.id());
        }
        assertEquals(List.of("xi-in-command", "implication-1", "implication-2", "implication-3", "implication-4",
                "implication-5"), ids(index.childrenOf("thesis")), "the model, then the five implications in turn");
        index.childrenOf("thesis").stream().skip(1)
                .forEach(c -> assertEquals(ClaimKind.IMPLICATION, c.kind(), c.id()));
        assertEquals(List.of("trigger-1", "trigger-2", "trigger-3"),
                ids(index.childrenOf("xi-in-command")).subList(0, 3), "the triggers come first under the model");
        assertTrue(pack.claims().stream().filter(c -> c.kind() == ClaimKind.MECHANISM).count() >= 5,
                "the institutional mechanisms: the commissions, the conferences, the diplomats, party diplomacy");
    }

    @Test
    void everyClaimQuotesTheEssayVerbatim() {
        List<String> bad = new ArrayList<>();
        for (Claim c : pack.claims()) {
            List<Cite> quotes = c.cite().stream().filter(Cite::isQuote).toList();
            if (quotes.isEmpty()) {
                bad.add(c.id() + " quotes nothing");
            }
            quotes.stream().filter(q -> !essay.contains(q.quote()) || index.passage(q).isEmpty())
                    .forEach(q -> bad.add(c.id() + ": " + q.quote()));
        }
        assertEquals(List.of(), bad);
    }

    @Test
    void theClaimsTheCardsWereTaggedWithExistAndHaveTheirCards() {
        List<String> bad = new ArrayList<>();
        for (String id : TAGGED) {
            if (index.claim(id).isEmpty()) {
                bad.add(id + " is a tag but no claim");
            } else if (index.cardsOfClaim(id).isEmpty()) {
                bad.add(id + " has no card");
            }
        }
        Set<String> argumentTags = new TreeSet<>();
        pack.cards().forEach(c -> c.tags().stream().filter(t -> ARGUMENT_TAG.matcher(t).matches()).forEach(argumentTags::add));
        argumentTags.stream().filter(t -> index.claim(t).isEmpty()).forEach(t -> bad.add("tag " + t + " names no claim"));
        assertEquals(List.of(), bad);
        assertTrue(index.cardsOfClaim("trigger-2").stream().map(Card::id).toList().contains("card-trigger-two"));
    }

    @Test
    void everyClaimHasCardsTaggedWithItsId() {
        // the Argument view's "Study these N cards" button is disabled for a claim without cards
        List<String> bare = pack.claims().stream().filter(c -> index.cardsOfClaim(c.id()).isEmpty())
                .map(c -> c.id() + " (" + c.kind().jsonName() + ")").toList();
        assertEquals(List.of(), bare, "claims that no card is tagged with");
        assertTrue(index.cardsOfClaim("qualification-covert").stream().map(Card::id).toList()
                .contains("card-covert-to-overt"), "the card that tests the covert past of party diplomacy");
    }

    @Test
    void onlyTheThesisTheModelAndQualificationsMayRestOnNothing() {
        List<String> bare = pack.claims().stream().filter(c -> c.support().isEmpty())
                .filter(c -> !MAY_STAND_ALONE.contains(c.kind())).map(c -> c.id() + " (" + c.kind().jsonName() + ")")
                .toList();
        assertEquals(List.of(), bare);
        assertTrue(index.claimsSupportedBy("ev-bo-xilai-fall").stream().map(Claim::id).toList().contains("trigger-2"));
        assertTrue(index.claimsSupportedBy("cfac").stream().map(Claim::id).toList().contains("mechanism-cfac"));
    }

    @Test
    void everyClaimHangsFromTheThesis() {
        Set<String> reached = new LinkedHashSet<>();
        Deque<Claim> todo = new ArrayDeque<>(List.of(index.thesis().orElseThrow()));
        while (!todo.isEmpty()) {
            Claim c = todo.pop();
            assertTrue(reached.add(c.id()), c.id() + " reached twice");
            todo.addAll(index.childrenOf(c.id()));
        }
        assertEquals(new TreeSet<>(ids(pack.claims())), new TreeSet<>(reached));
    }

    @Test
    void siblingsAreNumberedInTheEssaysOrder() {
        List<String> bad = new ArrayList<>();
        for (Claim parent : pack.claims()) {
            List<Claim> children = index.childrenOf(parent.id());
            List<Integer> orders = children.stream().map(Claim::order).toList();
            if (!orders.equals(IntStream.rangeClosed(1, children.size()).boxed().toList())) {
                bad.add(parent.id() + ": orders " + orders);
            }
            List<Claim> byText = new ArrayList<>(children);
            byText.sort(Comparator.comparingLong(BundledPackClaimsTest::wherePlaced));
            if (!byText.equals(children)) {
                bad.add(parent.id() + ": the essay has " + ids(byText) + " but the orders give " + ids(children));
            }
        }
        assertEquals(List.of(), bad);
    }

    /** Where a claim's first quote stands in the essay, as one number that grows through the text. */
    private static long wherePlaced(Claim c) {
        Passage p = index.passage(index.firstQuote(c).orElseThrow()).orElseThrow();
        return (long) essay.blocks().indexOf(p.block()) * 100_000 + p.start();
    }

    @Test
    void titlesAreShortAndSummariesOurOwnWords() {
        List<String> bad = new ArrayList<>();
        for (Claim c : pack.claims()) {
            int words = c.title().split("\\s+").length;
            if (words > 6) {
                bad.add(c.id() + ": a title of " + words + " words");
            }
            if (c.summary() == null || c.summary().isBlank()) {
                bad.add(c.id() + ": no summary");
                continue;
            }
            if (c.summary().matches(".*[\"\u201C\u201D].*")) {
                bad.add(c.id() + ": the summary quotes");
            }
            long sentences = Pattern.compile("[.!?](\\s|$)").matcher(c.summary()).results().count();
            if (sentences > 2) {
                bad.add(c.id() + ": a summary of " + sentences + " sentences");
            }
        }
        assertEquals(List.of(), bad);
    }

    @Test
    void readingNotesNameTheClaimsTheyQuestion() {
        assertEquals(List.of("note-rivals"), noteIds("trigger-2"));
        assertTrue(noteIds("implication-4").containsAll(List.of("note-isolated", "note-raimondo")), noteIds("implication-4").toString());
        assertEquals(List.of("note-coercion-claims"), noteIds("implication-1"));
        assertTrue(noteIds("mechanism-diplomats").containsAll(List.of("note-chen-yi", "note-qian-qichen", "note-tang-jiaxuan")));
        assertTrue(noteIds("mechanism-conferences").contains("note-2013-conference"));
        for (Note n : pack.notes()) {
            // a note opens at the first item it is about; keep that an item a view can show
            assertFalse(index.claim(n.about().get(0)).isPresent(), n.id() + " is first about a claim");
        }
    }

    private static List<String> noteIds(String claimId) {
        return index.notesAboutClaim(claimId).stream().map(Note::id).toList();
    }
}
