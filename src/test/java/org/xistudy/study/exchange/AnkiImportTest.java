package org.xistudy.study.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xistudy.content.LoadResult;
import org.xistudy.content.Problem;
import org.xistudy.content.model.Card;
import org.xistudy.content.model.CardType;
import org.xistudy.content.model.Pack;

/**
 * Decks nobody here wrote (see src/test/resources/exchange/README.md for where each comes from)
 * become packs with one card per note, and every result passes the validator.
 */
class AnkiImportTest {
    @TempDir
    Path dir;

    private ImportResult importing(String resource) {
        return Exchange.importFile(Format.ANKI, ExchangeFixtures.resource(resource), ExchangeFixtures.CLOCK,
                Progress.NONE);
    }

    /** Imports, saves, and loads the pack as --validate does. */
    private Pack valid(ImportResult r) throws IOException {
        assertTrue(r.isImported(), r.problems().toString());
        Path out = dir.resolve("imported.json");
        r.write(out);
        LoadResult loaded = ExchangeFixtures.validate(out);
        assertTrue(loaded.isValid(), loaded.problems().toString());
        assertEquals(List.of(), loaded.warnings());
        assertEquals(null, loaded.pack().source().seed(), "an imported pack has no essay");
        for (Card c : loaded.pack().cards()) {
            assertFalse(c.cite().isEmpty());
            assertTrue(c.cite().stream().noneMatch(x -> x.isQuote()));
        }
        return loaded.pack();
    }

    private static Map<String, Card> byFront(Pack p) {
        return p.cards().stream().collect(Collectors.toMap(c -> switch (c.type()) {
            case CLOZE -> c.text();
            case TYPEIN -> c.question();
            default -> c.front();
        }, Function.identity()));
    }

    @Test
    void aDeckMadeByAnkiApkgExport() throws IOException {
        ImportResult r = importing("anki/anki-apkg-export-output.apkg");
        Pack p = valid(r);
        assertEquals("deck-name", p.title());
        assertEquals(3, p.cards().size());
        Map<String, Card> cards = byFront(p);
        Card first = cards.get("card #1 front");
        assertEquals(CardType.BASIC, first.type());
        assertEquals("card #1 back", first.back());
        assertEquals(List.of("food", "fruit"), first.tags());
        assertTrue(cards.containsKey("card #3 with image"), cards.keySet().toString());
        assertEquals(1, r.counts().media(), "the one picture is left out and counted");
        assertTrue(r.problems().stream().anyMatch(x -> x.message().startsWith("media left out")), r.problems().toString());
        assertEquals(1, p.references().size());
        assertEquals("deck-name", p.references().get(0).title());
        assertTrue(p.cards().stream().allMatch(c -> c.cite().get(0).ref().equals(p.references().get(0).id())));
        assertEquals("2026-03", p.references().get(0).date().toString(), "the month the deck was consulted");
    }

    @Test
    void aDeckMadeByGenankiJs() throws IOException {
        ImportResult r = importing("anki/genanki-js-capitals.apkg");
        Pack p = valid(r);
        assertEquals("Capitals of Europe", p.title());
        assertEquals(8, r.counts().read());
        Map<String, Card> cards = byFront(p);
        assertEquals("Paris", cards.get("What is the capital of France?").back());
        assertEquals("Rome \u2014 on the Tiber", cards.get("Capital of Italy & its river?").back(), "entities decoded");
        assertEquals(CardType.REVERSED, cards.get("Spain").type());
        Card berlin = cards.get("{{Berlin}} is the capital of Germany.");
        assertEquals(CardType.CLOZE, berlin.type(), cards.keySet().toString());
        assertEquals("Since 1990 for a united Germany.", berlin.explanation());
        assertEquals("Lisbon", cards.get("The capital of Portugal is {{Lisbon::city}}.").clozeAnswer());
        assertEquals("city", cards.get("The capital of Portugal is {{Lisbon::city}}.").clozeHint());
        Card vocab = cards.get("Hauptstadt");
        assertEquals(CardType.BASIC, vocab.type(), "another note type: its first field is the front");
        assertEquals("capital city\nBerlin ist die Hauptstadt.", vocab.back());
        assertTrue(p.cards().stream().anyMatch(c -> "Oslo".equals(c.back())));
        assertEquals(2, p.references().size(), "one reference per deck: the deck and its subdeck");
        assertTrue(r.problems().stream().anyMatch(x -> x.message().contains("more than one span")));
    }

    @Test
    void aDeckInAnkisSchemaWithEveryStockNoteType() throws IOException {
        ImportResult r = importing("anki/anki-schema11-deck.apkg");
        Pack p = valid(r);
        assertEquals("World History", p.title());
        assertEquals(9, r.counts().read());
        assertEquals(1, r.counts().skipped(), "the note with an empty front");
        Problem skipped = r.problems().stream().filter(x -> x.message().contains("front is empty")).findFirst()
                .orElseThrow();
        assertTrue(skipped.path().contains("notes[id="), skipped.format());
        assertEquals(8, p.cards().size());
        Map<String, Card> cards = byFront(p);
        assertEquals("753 BCE", cards.get("When was Rome founded, by tradition?").back());
        assertEquals(List.of("rome", "ancient"), cards.get("When was Rome founded, by tradition?").tags());
        assertEquals(CardType.REVERSED, cards.get("Capital of the Old Kingdom of Egypt").type());
        assertEquals(CardType.REVERSED, cards.get("First man on the Moon").type(), "optional reverse, asked for");
        assertEquals(CardType.BASIC, cards.get("The Berlin Wall fell in").type(), "optional reverse, not asked for");
        Card typein = cards.get("Year the Second World War ended?");
        assertEquals(CardType.TYPEIN, typein.type());
        assertEquals("1945", typein.answer());
        Card magellan = p.cards().stream().filter(c -> c.type() == CardType.CLOZE && c.text().contains("Magellan"))
                .findFirst().orElseThrow();
        assertEquals("{{Magellan}}'s expedition first sailed round the world, returning in 1522.", magellan.text());
        Card code = p.cards().stream().filter(c -> c.type() == CardType.CLOZE && c.text().contains("Code of"))
                .findFirst().orElseThrow();
        assertEquals("The Code of {{Hammurabi::a Babylonian king}} is one of the oldest written laws.", code.text(),
                "the sound is left out");
        Card latin = cards.get("senatus");
        assertEquals("senate\nSenatus populusque Romanus", latin.back());
        assertTrue(r.counts().media() >= 2, "a sound and a picture");
        assertEquals(Map.of(CardType.BASIC, 3, CardType.REVERSED, 2, CardType.TYPEIN, 1, CardType.CLOZE, 2),
                r.counts().cardTypes());
        assertEquals(3, p.references().size(), "the decks World History, ::Ancient and ::Modern");
    }

    @Test
    void theNewerPackageFormatIsRefusedWithAWayOut() {
        ImportResult r = importing("anki/anki-newer-format.apkg");
        assertEquals(ImportResult.Status.INVALID, r.status());
        assertEquals(1, r.status().exitCode());
        assertTrue(r.problems().get(0).message().contains("Support older Anki versions"), r.problems().toString());
        assertTrue(r.problems().get(0).format().startsWith(r.file() + ":1:1: error: "), r.problems().get(0).format());
    }

    @Test
    void anAnkiTextFileWithHeaders() throws IOException {
        ImportResult r = importing("anki/notes-in-plain-text.txt");
        Pack p = valid(r);
        assertEquals("Spanish", p.title());
        assertEquals(5, p.cards().size());
        Map<String, Card> cards = byFront(p);
        assertEquals("bread", cards.get("el pan").back());
        assertEquals(List.of("food", "nouns"), cards.get("el pan").tags());
        assertEquals(CardType.REVERSED, cards.get("la manzana").type());
        assertEquals("I eat", cards.get("comer (to eat): \"yo como\"").back(), "quoted field with doubled quotes");
        Card cloze = p.cards().stream().filter(c -> c.type() == CardType.CLOZE).findFirst().orElseThrow();
        assertEquals("{{Hablo}} espa\u00F1ol y como pan.", cloze.text());
        assertEquals("I speak Spanish\nand eat bread.", cloze.explanation());
        assertEquals("el agua", cards.get("How do you say water?").answer());
        assertEquals(3, p.references().size(), "Spanish, Spanish::Food, Spanish::Verbs");
    }

    @Test
    void notAnAnkiFileIsInvalidWithALocatedMessage() throws IOException {
        Path zip = dir.resolve("photos.apkg");
        try (var z = new ZipOutputStream(Files.newOutputStream(zip))) {
            z.putNextEntry(new ZipEntry("photo.jpg"));
            z.write(new byte[] {1, 2, 3});
        }
        ImportResult r = Exchange.importFile(Format.ANKI, zip, ExchangeFixtures.CLOCK, Progress.NONE);
        assertEquals(ImportResult.Status.INVALID, r.status());
        assertTrue(r.problems().get(0).message().contains("not an Anki package"), r.problems().toString());

        Path broken = dir.resolve("broken.apkg");
        Files.write(broken, new byte[] {'P', 'K', 3, 4, 0, 0, 1});
        assertEquals(ImportResult.Status.INVALID, Exchange.importFile(Format.ANKI, broken, ExchangeFixtures.CLOCK,
                Progress.NONE).status());

        Path notSqlite = dir.resolve("fake.apkg");
        try (var z = new ZipOutputStream(Files.newOutputStream(notSqlite))) {
            z.putNextEntry(new ZipEntry("collection.anki2"));
            z.write("this is not a database".getBytes());
        }
        ImportResult fake = Exchange.importFile(Format.ANKI, notSqlite, ExchangeFixtures.CLOCK, Progress.NONE);
        assertEquals(ImportResult.Status.INVALID, fake.status());
        assertTrue(fake.problems().get(0).path().startsWith("collection.anki2"), fake.problems().toString());

        Path text = dir.resolve("open.txt");
        Files.writeString(text, "#separator:tab\nfront\t\"never closed\n");
        ImportResult open = Exchange.importFile(Format.ANKI, text, ExchangeFixtures.CLOCK, Progress.NONE);
        assertEquals(ImportResult.Status.INVALID, open.status());
        assertEquals(2, open.problems().get(0).position().line());

        Path missing = dir.resolve("missing.apkg");
        assertEquals(ImportResult.Status.UNREADABLE, Exchange.importFile(Format.ANKI, missing, ExchangeFixtures.CLOCK,
                Progress.NONE).status());
        assertEquals(2, ImportResult.Status.UNREADABLE.exitCode());
    }
}
