package org.xistudy.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.xistudy.content.TestPacks;
import org.xistudy.content.model.Cited;
import org.xistudy.ui.reader.Highlight;
import org.xistudy.ui.reader.ReaderViewModel;

class ReaderViewModelTest {
    private final ReaderViewModel model = new ReaderViewModel();

    {
        model.indexProperty().set(TestPacks.load(TestPacks.minimal()).index().orElseThrow());
    }

    @Test
    void revealHighlightsTheQuoteInItsParagraph() {
        assertTrue(model.reveal("Xi established the Central National Security Commission", null));
        assertEquals("p10", model.selectedAnchorProperty().get());
        List<Highlight> hs = model.highlightsFor("p10");
        assertEquals(1, hs.size());
        assertEquals(Highlight.QUOTE, hs.get(0).styleClass());
        String text = model.getEssay().block("p10").orElseThrow().text();
        assertEquals("Xi established the Central National Security Commission",
                text.substring(hs.get(0).start(), hs.get(0).end()));
        assertEquals(List.of(), model.highlightsFor("p9"));
    }

    @Test
    void revealOfSomethingNotInTheEssayChangesNothing() {
        assertTrue(model.reveal(null, "p3"));
        assertFalse(model.reveal("words that are not in the essay", null));
        assertEquals("p3", model.selectedAnchorProperty().get());
        assertFalse(model.reveal(null, "p999"));
        assertNull(model.quotedProperty().get());
    }

    @Test
    void searchStepsThroughMatchesAndWraps() {
        model.queryProperty().set("xi");
        int n = model.matchesProperty().getValue().size();
        assertTrue(n > 20, "Xi is named often: " + n);
        assertEquals(0, model.matchIndexProperty().get());
        model.previousMatch();
        assertEquals(n - 1, model.matchIndexProperty().get());
        model.nextMatch();
        assertEquals(0, model.matchIndexProperty().get());
        String anchor = model.currentMatch().block().anchor();
        assertTrue(model.highlightsFor(anchor).stream().anyMatch(h -> h.styleClass().equals(Highlight.CURRENT)));
        model.queryProperty().set("no such words anywhere");
        assertEquals(-1, model.matchIndexProperty().get());
        assertNull(model.currentMatch());
    }

    @Test
    void selectingAParagraphListsWhatQuotesIt() {
        model.select("p10");
        List<String> ids = model.citedHereProperty().getValue().stream().map(Cited::id).toList();
        assertTrue(ids.containsAll(List.of("ev-a", "rel-a", "card-a")), ids.toString());
        model.select("p2");
        assertEquals(List.of(), model.citedHereProperty().getValue());
    }

    @Test
    void aNewVersionOfThePackKeepsTheSelectedParagraphAnotherPackDoesNot() {
        model.select("p10");
        JsonObject edited = TestPacks.minimal();
        edited.addProperty("title", "The same pack, edited");
        model.indexProperty().set(TestPacks.load(edited).index().orElseThrow());
        assertEquals("p10", model.selectedAnchorProperty().get(), "a reload keeps the place");

        JsonObject other = TestPacks.minimal();
        other.addProperty("id", "another-pack");
        model.indexProperty().set(TestPacks.load(other).index().orElseThrow());
        assertNull(model.selectedAnchorProperty().get(), "another pack starts afresh");
    }
}
