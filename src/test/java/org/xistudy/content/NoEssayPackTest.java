package org.xistudy.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A pack may have no essay (no source.seed): it cites references only, and may have no timeline. */
class NoEssayPackTest {
    private static JsonObject withoutEssay() {
        return JsonParser.parseString("""
            {
              "format": 1,
              "id": "imported",
              "title": "Imported deck",
              "language": "und",
              "source": {"title": "A deck"},
              "references": [
                {"id": "deck", "title": "A deck", "publisher": "Anki deck in deck.apkg", "date": "2026-03"}
              ],
              "cards": [
                {"id": "c1", "type": "basic", "front": "Front", "back": "Back", "cite": [ {"ref": "deck"} ]}
              ]
            }
            """).getAsJsonObject();
    }

    @Test
    void aPackWithoutSeedLanesOrEventsIsValid() {
        LoadResult r = TestPacks.load(withoutEssay());
        assertTrue(r.isValid(), r.problems().toString());
        assertEquals(List.of(), r.problems());
        assertNull(r.pack().source().seed());
        assertFalse(r.pack().source().hasEssay());
        assertNull(r.essay());
        assertTrue(r.pack().events().isEmpty() && r.pack().lanes().isEmpty());
        PackIndex index = r.index().orElseThrow();
        assertTrue(index.sectionOf(r.pack().cards().get(0)).isEmpty());
    }

    @Test
    void aPackWithoutAnEssayCannotQuoteIt() {
        JsonObject pack = withoutEssay();
        JsonArray cite = TestPacks.item(pack, "cards", 0).getAsJsonArray("cite");
        JsonObject quote = new JsonObject();
        quote.addProperty("quote", "In 2013, Xi established");
        cite.add(quote);
        LoadResult r = TestPacks.load(pack);
        assertFalse(r.isValid());
        Problem p = r.errors().get(0);
        assertEquals("$.cards[0].cite[1].quote", p.path());
        assertTrue(p.message().contains("no essay"), p.message());
    }

    @Test
    void aPackWithAnEssayStillNeedsItsAuthorPublisherAndDate() {
        JsonObject pack = TestPacks.minimal();
        pack.getAsJsonObject("source").remove("author");
        pack.getAsJsonObject("source").remove("date");
        LoadResult r = TestPacks.load(pack);
        assertFalse(r.isValid());
        assertEquals(2, r.errors().size(), r.problems().toString());
        assertTrue(r.errors().stream().allMatch(p -> p.path().equals("$.source")
                && p.message().startsWith("missing required field")), r.errors().toString());
        assertTrue(r.errors().stream().anyMatch(p -> p.message().contains("\"author\"")));
    }

    @Test
    void theSourceTitleIsStillRequired() {
        JsonObject pack = withoutEssay();
        pack.getAsJsonObject("source").remove("title");
        LoadResult r = TestPacks.load(pack);
        assertFalse(r.isValid());
        assertEquals("$.source", r.errors().get(0).path());
    }

    @Test
    void anEmptyTimelineIsValidButAnEventStillNeedsALane() {
        JsonObject pack = withoutEssay();
        pack.add("lanes", new JsonArray());
        pack.add("events", new JsonArray());
        assertTrue(TestPacks.load(pack).isValid());
        JsonObject event = JsonParser.parseString("""
            {"id": "e1", "date": "2013", "lane": "nowhere", "title": "T", "summary": "S", "cite": [ {"ref": "deck"} ]}
            """).getAsJsonObject();
        pack.getAsJsonArray("events").add(event);
        LoadResult r = TestPacks.load(pack);
        assertFalse(r.isValid());
        assertEquals("$.events[0].lane", r.errors().get(0).path());
    }
}
