package org.xistudy.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.xistudy.content.ItemLink.Kind;
import org.xistudy.content.essay.Essay;

class ItemLinkTest {
    private static PackIndex index;

    @BeforeAll
    static void load() {
        index = PackLoader.loadDefault().index().orElseThrow();
    }

    static Stream<Arguments> good() {
        return Stream.of(
                Arguments.of("event:ev-1", Kind.EVENT, "ev-1", "event:ev-1"),
                Arguments.of("institution:cfac", Kind.INSTITUTION, "cfac", "institution:cfac"),
                Arguments.of("person:xi-jinping", Kind.PERSON, "xi-jinping", "person:xi-jinping"),
                Arguments.of("card:c.1_a", Kind.CARD, "c.1_a", "card:c.1_a"),
                Arguments.of("note:n:with:colons", Kind.NOTE, "n:with:colons", "note:n:with:colons"),
                Arguments.of("claim:implication-5", Kind.CLAIM, "implication-5", "claim:implication-5"),
                Arguments.of("year:2018", Kind.YEAR, "2018", "year:2018"),
                Arguments.of("paragraph:7", Kind.PARAGRAPH, "7", "paragraph:7"),
                Arguments.of("xistudy:event:ev-1", Kind.EVENT, "ev-1", "event:ev-1"),
                Arguments.of("  event:ev-1 \n", Kind.EVENT, "ev-1", "event:ev-1"),
                Arguments.of("xistudy:year:2023", Kind.YEAR, "2023", "year:2023"));
    }

    @ParameterizedTest
    @MethodSource("good")
    void parsesAndFormats(String text, Kind kind, String value, String formatted) {
        ItemLink link = ItemLink.parse(text);
        assertEquals(kind, link.kind());
        assertEquals(value, link.value());
        assertEquals(formatted, link.format());
        assertEquals(link, ItemLink.parse(link.format()), "format then parse gives the same link");
        assertEquals(link, ItemLink.parse(link.formatFull()), "the full form too");
    }

    static Stream<Arguments> bad() {
        return Stream.of(
                Arguments.of(null, "empty"),
                Arguments.of("", "empty"),
                Arguments.of("   ", "empty"),
                Arguments.of("event:", "needs the id"),
                Arguments.of("event", "is not a link"),
                Arguments.of("xistudy:", "is not a link"),
                Arguments.of("xistudy:xistudy:event:a", "Unknown kind"),
                Arguments.of("evnt:ev-1", "Unknown kind of link \"evnt\""),
                Arguments.of("Event:ev-1", "Unknown kind"),
                Arguments.of(":ev-1", "Unknown kind"),
                Arguments.of("lane:l-1", "Unknown kind"),
                Arguments.of("event:ev 1", "space"),
                Arguments.of("event: ev-1", "space"),
                Arguments.of("event:ev\u00A01", "space"),
                Arguments.of("event:ev-1\u0000", "control character (U+0000)"),
                Arguments.of("event:\u001b[31mred", "control character (U+001B)"),
                Arguments.of("event:ev\u202Eevil", "control character (U+202E)"),
                Arguments.of("event:-ev", "is not an id"),
                Arguments.of("event:ev/1", "is not an id"),
                Arguments.of("event:<script>", "is not an id"),
                Arguments.of("event:é", "is not an id"),
                Arguments.of("year:", "needs a year"),
                Arguments.of("year:18", "is not a year"),
                Arguments.of("year:20180", "is not a year"),
                Arguments.of("year:-2018", "is not a year"),
                Arguments.of("year:２０１８", "is not a year"),
                Arguments.of("year:abcd", "is not a year"),
                Arguments.of("paragraph:", "needs a paragraph number"),
                Arguments.of("paragraph:0", "from 1"),
                Arguments.of("paragraph:-3", "from 1"),
                Arguments.of("paragraph:1.5", "from 1"),
                Arguments.of("paragraph:99999999999999999999", "from 1"),
                Arguments.of("event:" + "a".repeat(ItemLink.MAX_LENGTH), "too long"),
                Arguments.of("x".repeat(1_000_000), "too long"));
    }

    @ParameterizedTest
    @MethodSource("bad")
    void refusesWithAClearMessage(String text, String expected) {
        ItemLink.BadLink e = assertThrows(ItemLink.BadLink.class, () -> ItemLink.parse(text));
        assertTrue(e.getMessage().contains(expected), () -> "message for " + text + ": " + e.getMessage());
        assertTrue(ItemLink.tryParse(text).isEmpty());
    }

    @Test
    void buildersCheckTheirValues() {
        assertEquals("year:0988", ItemLink.year(988).format());
        assertThrows(ItemLink.BadLink.class, () -> ItemLink.event(""));
        assertThrows(ItemLink.BadLink.class, () -> ItemLink.paragraph(0));
        assertThrows(ItemLink.BadLink.class, () -> ItemLink.year(12345));
        assertThrows(IllegalStateException.class, () -> ItemLink.event("a").number());
        assertThrows(IllegalStateException.class, () -> ItemLink.year(2018).anchor());
        assertEquals("p12", ItemLink.paragraph(12).anchor());
    }

    @Test
    void resolvesEveryItemOfTheBundledPack() {
        var pack = index.pack();
        pack.events().forEach(e -> assertTrue(ItemLink.event(e.id()).resolves(index), e.id()));
        pack.institutions().forEach(i -> assertTrue(ItemLink.institution(i.id()).resolves(index), i.id()));
        pack.people().forEach(p -> assertTrue(ItemLink.person(p.id()).resolves(index), p.id()));
        pack.cards().forEach(c -> assertTrue(ItemLink.card(c.id()).resolves(index), c.id()));
        pack.notes().forEach(n -> assertTrue(ItemLink.note(n.id()).resolves(index), n.id()));
    }

    @Test
    void itemsOfTheWrongKindOrMissingDoNotResolve() {
        String event = index.pack().events().get(0).id();
        String card = index.pack().cards().get(0).id();
        assertEquals("The pack has no card with the id \"" + event + "\".",
                ItemLink.card(event).check(index).orElseThrow());
        assertFalse(ItemLink.event(card).resolves(index));
        assertFalse(ItemLink.event("no-such-event").resolves(index));
        assertFalse(ItemLink.institution(event).resolves(index));
        assertFalse(ItemLink.person("nobody").resolves(index));
        assertFalse(ItemLink.note(event).resolves(index));
    }

    @Test
    void yearsResolveWithinTheDataYears() {
        YearRange years = index.dataYears();
        assertTrue(ItemLink.year(years.first()).resolves(index));
        assertTrue(ItemLink.year(years.last()).resolves(index));
        assertTrue(ItemLink.year(years.first() - 1).check(index).orElseThrow().contains("no data for"));
        assertFalse(ItemLink.year(years.last() + 1).resolves(index));
    }

    @Test
    void paragraphsResolveWithinTheEssay() {
        long paragraphs = index.essay().blocks().stream().filter(b -> b.kind() == Essay.Kind.PARAGRAPH).count();
        assertTrue(paragraphs > 10);
        assertTrue(ItemLink.paragraph(1).resolves(index));
        assertTrue(ItemLink.paragraph((int) paragraphs).resolves(index));
        assertEquals("The essay has no paragraph " + (paragraphs + 1) + ": it has " + paragraphs + " paragraphs.",
                ItemLink.paragraph((int) paragraphs + 1).check(index).orElseThrow());
        PackIndex noEssay = new PackIndex(index.pack(), null);
        assertTrue(ItemLink.paragraph(1).check(noEssay).orElseThrow().contains("no essay"));
    }
}
