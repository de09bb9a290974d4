package org.xistudy.study.timeline;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.xistudy.content.PackIndex;
import org.xistudy.content.model.Card;
import org.xistudy.content.model.Event;

/**
 * The topics of the timeline's events. Events carry no tags of their own in the format; an event
 * has the tags of the cards linked to it (from either side of the link), so that the topics a
 * student studies in Cards and Quiz are the ones the timeline filters by.
 */
public final class EventTags {
    private final Map<String, Set<String>> byEvent = new HashMap<>();
    private final Map<String, Integer> counts = new TreeMap<>();

    private EventTags() {
    }

    /** The tags of every event of a pack. */
    public static EventTags of(PackIndex index) {
        EventTags t = new EventTags();
        for (Event e : index.eventsInTime()) {
            Set<String> tags = new TreeSet<>();
            for (Card c : index.cardsOfEvent(e.id())) {
                tags.addAll(c.tags());
            }
            t.byEvent.put(e.id(), Set.copyOf(tags));
            tags.forEach(tag -> t.counts.merge(tag, 1, Integer::sum));
        }
        return t;
    }

    /** Every tag some event has, in alphabetical order. */
    public List<String> tags() {
        return List.copyOf(counts.keySet());
    }

    /** How many events have a tag. */
    public int count(String tag) {
        return counts.getOrDefault(tag, 0);
    }

    /** An event's tags (none for an event this does not know). */
    public Set<String> of(String eventId) {
        return byEvent.getOrDefault(eventId, Set.of());
    }

    /**
     * Whether an event passes a filter: it has at least one of the chosen tags; when none is
     * chosen, every event passes.
     */
    public boolean passes(String eventId, Collection<String> chosen) {
        if (chosen.isEmpty()) {
            return true;
        }
        for (String tag : of(eventId)) {
            if (chosen.contains(tag)) {
                return true;
            }
        }
        return false;
    }
}
