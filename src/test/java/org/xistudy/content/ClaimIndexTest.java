package org.xistudy.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.xistudy.content.TestClaims.claim;

import com.google.gson.JsonObject;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.xistudy.content.PackIndex.ItemKind;
import org.xistudy.content.model.Card;
import org.xistudy.content.model.Claim;
import org.xistudy.content.model.Note;

/** The index's view of the argument: claims by id, the tree in both directions, and a claim's cards and notes. */
class ClaimIndexTest {
    private static PackIndex index;

    @BeforeAll
    static void load() {
        JsonObject pack = TestClaims.pack();
        // cards are a claim's when they carry its id as a tag; a note may be about a claim
        TestPacks.item(pack, "cards", 1).add("tags", TestPacks.array("claim-model", "other"));
        TestPacks.item(pack, "cards", 3).add("tags", TestPacks.array("claim-model"));
        TestPacks.item(pack, "cards", 4).add("tags", TestPacks.array("claim-impl"));
        TestPacks.item(pack, "notes", 0).getAsJsonArray("about").add("claim-cnsc");
        index = TestClaims.index(pack);
    }

    private static List<String> ids(List<Claim> claims) {
        return claims.stream().map(Claim::id).toList();
    }

    @Test
    void claimsAreItemsWithAKindALabelAndALink() {
        Claim cnsc = index.claim("claim-cnsc").orElseThrow();
        assertEquals("A security commission", cnsc.title());
        assertEquals(ItemKind.CLAIM, index.kindOf("claim-cnsc").orElseThrow());
        assertEquals("A security commission", index.label("claim-cnsc"));
        assertSame(cnsc, index.item("claim-cnsc").orElseThrow());
        assertEquals(ItemKind.CLAIM, index.itemKinds().get("claim-thesis"));
        assertTrue(ItemLink.claim("claim-cnsc").resolves(index));
        assertEquals(ItemLink.claim("claim-cnsc"), ItemLink.parse("xistudy:claim:claim-cnsc"));
        assertEquals("The pack has no claim with the id \"ev-a\".", ItemLink.claim("ev-a").check(index).orElseThrow());
        assertFalse(ItemLink.event("claim-cnsc").resolves(index), "a claim is not an event");
        assertTrue(index.claim("ev-a").isEmpty(), "an event is not a claim");
    }

    @Test
    void theThesisIsTheRoot() {
        assertEquals("claim-thesis", index.thesis().orElseThrow().id());
        assertEquals(5, index.claims().size());
    }

    @Test
    void childrenComeInTheirOrderNotThePacksOrder() {
        // the pack lists claim-cnsc (order 2) before claim-trigger (order 1)
        assertEquals(List.of("claim-trigger", "claim-cnsc"), ids(index.childrenOf("claim-model")));
        assertEquals(List.of("claim-model", "claim-impl"), ids(index.childrenOf("claim-thesis")));
        assertEquals(List.of(), index.childrenOf("claim-cnsc"), "a leaf");
        assertEquals(List.of(), index.childrenOf("no-such-claim"));
    }

    @Test
    void siblingsWithTheSameOrderKeepThePacksOrder() {
        JsonObject pack = TestClaims.pack();
        claim(pack, 2).addProperty("order", 1); // claim-cnsc now shares order 1 with claim-trigger, listed after it
        LoadResult r = TestPacks.load(pack);
        assertTrue(r.isValid(), r.problems()::toString);
        assertEquals(List.of("claim-cnsc", "claim-trigger"), ids(r.index().orElseThrow().childrenOf("claim-model")));
    }

    @Test
    void itemsLeadBackToTheClaimsThatRestOnThem() {
        assertEquals(List.of("claim-cnsc", "claim-impl"), ids(index.claimsSupportedBy("inst-a")));
        assertEquals(List.of("claim-model", "claim-trigger"), ids(index.claimsSupportedBy("person-a")));
        assertEquals(List.of("claim-cnsc"), ids(index.claimsSupportedBy("rel-a")));
        assertEquals(List.of(), index.claimsSupportedBy("ev-b"));
        assertEquals(List.of(), index.claimsSupportedBy("claim-model"), "a parent is not support");
    }

    @Test
    void theCardsOfAClaimAreTheCardsTaggedWithItsId() {
        assertEquals(List.of("card-b", "card-d"), index.cardsOfClaim("claim-model").stream().map(Card::id).toList());
        assertEquals(List.of("card-e"), index.cardsOfClaim("claim-impl").stream().map(Card::id).toList());
        assertEquals(List.of(), index.cardsOfClaim("claim-thesis"));
        assertEquals(List.of(), index.cardsOfClaim("other"), "a tag that is no claim's id names no claim");
    }

    @Test
    void notesAboutAClaim() {
        assertEquals(List.of("note-a"), index.notesAboutClaim("claim-cnsc").stream().map(Note::id).toList());
        assertEquals(List.of("note-a"), index.notesAbout("claim-cnsc").stream().map(Note::id).toList());
        assertEquals(List.of(), index.notesAboutClaim("claim-model"));
        assertEquals(List.of(), index.notesAboutClaim("inst-a"), "inst-a has a note, but it is no claim");
    }
}
