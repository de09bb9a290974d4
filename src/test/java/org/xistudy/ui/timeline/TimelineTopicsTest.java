package org.xistudy.ui.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.xistudy.content.PackIndex;
import org.xistudy.content.PackLoader;
import org.xistudy.content.model.Card;
import org.xistudy.content.model.Event;
import org.xistudy.study.timeline.EventTags;
import org.xistudy.study.timeline.TimelineData;

/** The timeline's topic filter: events take their cards' tags; the model narrows, keeps and resets. */
class TimelineTopicsTest {
    private static PackIndex testPack() {
        return org.xistudy.content.TestPacks.load(TestPacks.pack()).index().orElseThrow();
    }

    private static List<String> ids(TimelineData d) {
        return d.items().stream().map(TimelineData.Item::id).toList();
    }

    @Test
    void anEventHasTheTagsOfItsCardsFromEitherSideOfTheLink() {
        PackIndex index = PackLoader.loadDefault().index().orElseThrow();
        EventTags tags = EventTags.of(index);
        int tagged = 0;
        for (Event e : index.eventsInTime()) {
            Set<String> expected = new HashSet<>();
            for (Card c : index.pack().cards()) {
                if (e.cards().contains(c.id()) || c.events().contains(e.id())) {
                    expected.addAll(c.tags());
                }
            }
            assertEquals(expected, tags.of(e.id()), e.id());
            tagged += expected.isEmpty() ? 0 : 1;
        }
        assertTrue(tagged > index.eventsInTime().size() / 2, "most of the bundled events have topics: " + tagged);
        for (String tag : tags.tags()) {
            long n = index.eventsInTime().stream().filter(e -> tags.of(e.id()).contains(tag)).count();
            assertEquals(n, tags.count(tag), tag);
        }
        assertEquals(tags.tags().stream().sorted().toList(), tags.tags(), "in alphabetical order");
    }

    @Test
    void anEventPassesWithAnyChosenTagAndEveryEventPassesWithNone() {
        EventTags tags = EventTags.of(testPack());
        assertEquals(Set.of("triggers", "leadership"), tags.of("ev-xi-gs"));
        assertEquals(Set.of(), tags.of("ev-bri"));
        assertTrue(tags.passes("ev-bri", Set.of()), "no topic chosen: every event");
        assertFalse(tags.passes("ev-bri", Set.of("leadership")));
        assertTrue(tags.passes("ev-xi-gs", Set.of("institutions", "triggers")), "one of the chosen is enough");
        assertFalse(tags.passes("ev-xi-gs", Set.of("institutions")));
        assertEquals(2, tags.count("leadership"));
    }

    @Test
    void choosingATopicNarrowsTheTimelineAndDropsASelectionItLeavesOut() {
        TimelineViewModel model = new TimelineViewModel(() -> LocalDate.of(2024, 6, 1));
        model.indexProperty().set(testPack());
        int all = model.getData().items().size();
        model.selectedIdProperty().set("ev-bri");

        model.setChosenTags(Set.of("leadership"));
        assertEquals(List.of("ev-xi-gs", "ev-cnsc"), ids(model.getData()));
        assertEquals(all - 2, model.eventsFilteredOut());
        assertNull(model.selectedIdProperty().get(), "the selected event is no longer shown");
        assertEquals(model.getData().lanes().size(), testPack().pack().lanes().size(), "every lane stays");

        model.selectedIdProperty().set("ev-cnsc");
        model.setChosenTags(Set.of("institutions"));
        assertEquals(List.of("ev-cnsc"), ids(model.getData()));
        assertEquals("ev-cnsc", model.selectedIdProperty().get(), "a selection still shown stays");

        model.queryProperty().set("commission");
        assertEquals(List.of("ev-cnsc"), model.matchesProperty().getValue(),
                "the search finds only what the filter shows");

        model.setChosenTags(Set.of());
        assertEquals(all, model.getData().items().size(), "no topic: every event again");
    }

    @Test
    void goingToAnEventTheFilterLeavesOutClearsTheFilter() {
        TimelineViewModel model = new TimelineViewModel(() -> LocalDate.of(2024, 6, 1));
        model.indexProperty().set(testPack());
        model.setChosenTags(Set.of("triggers"));
        assertTrue(model.reveal("ev-bri"));
        assertEquals(Set.of(), model.chosenTagsProperty().get());
        assertEquals("ev-bri", model.selectedIdProperty().get());
        assertFalse(model.reveal("no-such-event"));
    }

    @Test
    void anotherPackStartsWithEveryTopic() {
        TimelineViewModel model = new TimelineViewModel(() -> LocalDate.of(2024, 6, 1));
        model.indexProperty().set(testPack());
        model.setChosenTags(Set.of("triggers"));
        model.indexProperty().set(PackLoader.loadDefault().index().orElseThrow());
        assertEquals(Set.of(), model.chosenTagsProperty().get());
        assertEquals(model.indexProperty().get().pack().events().size(), model.getData().items().size());
    }
}
