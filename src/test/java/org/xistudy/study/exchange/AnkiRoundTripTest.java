package org.xistudy.study.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xistudy.content.LoadResult;
import org.xistudy.content.PackIndex;
import org.xistudy.content.model.Card;
import org.xistudy.content.model.CardType;
import org.xistudy.content.model.Pack;

/** pack → Anki → pack keeps the number of cards, their types, their fields and their ids. */
class AnkiRoundTripTest {
    @TempDir
    Path dir;

    private Pack roundTrip(Format format, String name) throws IOException {
        PackIndex original = ExchangeFixtures.bundled();
        Path file = dir.resolve(name);
        Exchange.export(format, original, file, ExchangeFixtures.CLOCK, Progress.NONE);
        ImportResult r = Exchange.importFile(Format.ANKI, file, ExchangeFixtures.CLOCK, Progress.NONE);
        assertTrue(r.isImported(), r.problems().toString());
        assertEquals(List.of(), r.problems(), "nothing is left out of the app's own deck");
        Path pack = dir.resolve(name + ".json");
        r.write(pack);
        LoadResult loaded = ExchangeFixtures.validate(pack);
        assertTrue(loaded.isValid(), loaded.problems().toString());
        assertEquals(List.of(), loaded.warnings());
        return loaded.pack();
    }

    @Test
    void apkgKeepsEveryCardWithItsTypeFieldsAndId() throws IOException {
        Pack original = ExchangeFixtures.bundled().pack();
        Pack back = roundTrip(Format.ANKI, "deck.apkg");
        assertEquals(original.id(), back.id(), "the pack id comes back from the GUIDs, so progress carries over");
        assertEquals(original.title(), back.title());
        assertEquals(original.cards().size(), back.cards().size());
        Map<String, Card> byId = back.cards().stream().collect(Collectors.toMap(Card::id, Function.identity()));
        for (Card c : original.cards()) {
            Card b = byId.get(c.id());
            assertTrue(b != null, "card " + c.id() + " came back");
            assertEquals(c.type(), b.type(), c.id());
            assertEquals(c.front(), b.front(), c.id());
            assertEquals(c.back(), b.back(), c.id());
            assertEquals(c.text(), b.text(), c.id());
            assertEquals(c.question(), b.question(), c.id());
            assertEquals(c.statement(), b.statement(), c.id());
            assertEquals(c.options(), b.options(), c.id());
            assertEquals(c.type() == CardType.TRUEFALSE ? String.valueOf(c.isTrue()) : c.answer(),
                    c.type() == CardType.TRUEFALSE ? String.valueOf(b.isTrue()) : b.answer(), c.id());
            assertEquals(c.accept(), b.accept(), c.id());
            assertEquals(c.prompt(), b.prompt(), c.id());
            assertEquals(c.items(), b.items(), c.id());
            assertEquals(c.pairs(), b.pairs(), c.id());
            assertEquals(c.explanation(), b.explanation(), c.id());
            assertEquals(c.tags(), b.tags(), c.id());
            assertEquals(1, b.cite().size());
            assertTrue(back.source().seed() == null);
        }
        assertEquals(original.cards().stream().map(Card::id).toList(), back.cards().stream().map(Card::id).toList(),
                "in the same order");
    }

    @Test
    void textFileKeepsEveryCardAndItsIdAndMostFields() throws IOException {
        Pack original = ExchangeFixtures.bundled().pack();
        Pack back = roundTrip(Format.ANKI_TEXT, "deck.txt");
        assertEquals(original.id(), back.id());
        assertEquals(original.cards().size(), back.cards().size());
        Map<String, Card> byId = back.cards().stream().collect(Collectors.toMap(Card::id, Function.identity()));
        for (Card c : original.cards()) {
            Card b = byId.get(c.id());
            assertEquals(c.type(), b.type(), c.id());
            switch (c.type()) {
                case BASIC, REVERSED -> {
                    assertEquals(c.front(), b.front());
                    assertEquals(c.back(), b.back());
                }
                case TYPEIN -> {
                    assertEquals(c.question(), b.question());
                    assertEquals(c.answer(), b.answer());
                }
                case CLOZE -> assertEquals(c.text(), b.text());
                case CHOICE -> assertEquals(c.options(), b.options());
                case ORDER -> assertEquals(c.items(), b.items());
                case MATCH -> assertEquals(c.pairs(), b.pairs());
                default -> assertEquals(c.isTrue(), b.isTrue());
            }
            if (c.type() != CardType.REVERSED && c.type() != CardType.TYPEIN) {
                assertEquals(c.explanation(), b.explanation(), c.id());
            }
        }
    }

    @Test
    void theTextFileHasAnkisHeadersAndOneLinePerNote() throws IOException {
        PackIndex index = ExchangeFixtures.bundled();
        Path file = dir.resolve("deck.txt");
        ExportResult r = Exchange.export(Format.ANKI_TEXT, index, file, ExchangeFixtures.CLOCK, Progress.NONE);
        List<String> lines = Files.readAllLines(file);
        assertEquals(List.of("#separator:tab", "#html:true", "#guid column:1", "#notetype column:2", "#deck column:3",
                "#tags column:6"), lines.subList(0, 6));
        assertEquals(index.pack().cards().size(), lines.size() - 6);
        assertEquals(index.pack().cards().size(), r.notes());
        for (String line : lines.subList(6, lines.size())) {
            String[] cols = line.split("\t", -1);
            assertEquals(6, cols.length, line);
            assertTrue(List.of("Basic", "Basic (and reversed card)", "Cloze", "Basic (type in the answer)")
                    .contains(cols[1]), cols[1]);
            assertTrue(cols[2].startsWith(index.pack().title()), cols[2]);
            assertTrue(cols[0].startsWith(index.pack().id() + "/"), cols[0]);
        }
    }

    @Test
    void aChangedCardKeepsItsGuid(@TempDir Path other) throws IOException {
        PackIndex index = ExchangeFixtures.bundled();
        Card first = index.pack().cards().get(0);
        AnkiLayout.Note before = new AnkiLayout(index).note(first);
        Card edited = new Card(first.id(), first.type(), first.tags(), first.front() + " (edited)", first.back(),
                first.text(), first.question(), first.statement(), first.options(), first.answer(), first.accept(),
                first.prompt(), first.items(), first.pairs(), first.explanation(), first.events(),
                first.institutions(), first.people(), first.cite());
        AnkiLayout.Note after = new AnkiLayout(index).note(edited);
        assertEquals(before.guid(), after.guid());
        assertTrue(after.fields().get(0).endsWith("(edited)"));
    }
}
