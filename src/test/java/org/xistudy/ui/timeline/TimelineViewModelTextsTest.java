package org.xistudy.ui.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.xistudy.content.PackIndex;
import org.xistudy.study.timeline.TimelineData;
import org.xistudy.ui.UiPart;
import org.xistudy.ui.common.CompositeBundle;
import org.xistudy.ui.common.UiText;

/** The words the timeline's toolbar shows, decided by its view model. */
class TimelineViewModelTextsTest {
    private static final UiText ENGLISH = new UiText(new CompositeBundle(UiPart.bundles(), Locale.ENGLISH));

    private static TimelineViewModel model(JsonObject pack) {
        TimelineViewModel m = new TimelineViewModel(() -> LocalDate.of(2024, 6, 1));
        m.textsProperty().set(ENGLISH);
        m.indexProperty().set(org.xistudy.content.TestPacks.load(pack).index().orElseThrow());
        return m;
    }

    @Test
    void theOpeningButtonNamesTheLatestEraOrFitsAllWithoutEras() {
        TimelineViewModel m = model(TestPacks.pack());
        TimelineData.EraSpan era = m.getData().latestEraSpan();
        assertEquals(ENGLISH.format("timeline.opening", era.title()), m.openingLabelProperty().get());
        assertTrue(m.openingTipProperty().get().contains(era.title()), m.openingTipProperty().get());
        assertTrue(m.hasOpeningEra());

        JsonObject noEras = TestPacks.pack();
        noEras.add("eras", new JsonArray());
        TimelineViewModel plain = model(noEras);
        assertEquals("Fit all", plain.openingLabelProperty().get());
        assertNull(plain.openingTipProperty().get());
        assertFalse(plain.hasOpeningEra());
    }

    @Test
    void theSearchSaysHowManyMatchAndWhichOneIsSelected() {
        TimelineViewModel m = model(TestPacks.pack());
        assertEquals("", m.searchStatusProperty().get(), "nothing searched for");
        m.queryProperty().set("zzzz-nothing");
        assertEquals("No matches", m.searchStatusProperty().get());
        m.queryProperty().set("Xi");
        List<String> matches = m.matchesProperty().getValue();
        assertTrue(matches.size() > 1, "the test pack has several events about Xi: " + matches);
        assertEquals(matches.size() + " matches", m.searchStatusProperty().get());
        m.selectedIdProperty().set(matches.get(1));
        assertEquals("2 of " + matches.size(), m.searchStatusProperty().get());
        PackIndex index = m.indexProperty().get();
        assertTrue(index.event(matches.get(1)).isPresent());
    }

    @Test
    void aSearchAfterTheyChangedWithoutOneLooksInTheEventsShownNow() {
        // The search index is built only when something is searched for: a pack and a topic filter
        // changed before the first search must still be the ones searched.
        TimelineViewModel m = model(TestPacks.pack());
        assertEquals(List.of(), m.matchesProperty().getValue());
        JsonObject renamed = TestPacks.pack();
        JsonObject event = renamed.getAsJsonArray("events").get(2).getAsJsonObject();
        event.addProperty("title", "A quokka at the " + event.get("title").getAsString());
        m.indexProperty().set(org.xistudy.content.TestPacks.load(renamed).index().orElseThrow());
        assertEquals(List.of(), m.matchesProperty().getValue());
        m.queryProperty().set("quokka");
        assertEquals(List.of(event.get("id").getAsString()), m.matchesProperty().getValue());

        m.queryProperty().set("");
        m.indexProperty().set(org.xistudy.content.TestPacks.load(TestPacks.pack()).index().orElseThrow());
        m.queryProperty().set("quokka");
        assertEquals(List.of(), m.matchesProperty().getValue(), "the pack without it is searched");
    }
}
