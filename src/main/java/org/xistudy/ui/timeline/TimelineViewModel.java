package org.xistudy.ui.timeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.IntegerBinding;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import org.xistudy.content.PackIndex;
import org.xistudy.content.model.Event;
import org.xistudy.study.timeline.EventSearch;
import org.xistudy.study.timeline.EventTags;
import org.xistudy.study.timeline.TimelineData;
import org.xistudy.ui.common.UiText;

/**
 * The timeline's state: the pack's timeline, the selected event, the lanes shown and the search
 * with its matches. The view binds to it; the timeline control and the detail panel follow.
 */
public final class TimelineViewModel {
    private final ObjectProperty<PackIndex> index = new SimpleObjectProperty<>(this, "index");
    private final ObjectBinding<EventTags> tags;
    private final ReadOnlyObjectWrapper<Set<String>> chosenTags = new ReadOnlyObjectWrapper<>(this, "chosenTags",
            Set.of());
    private final ObjectBinding<TimelineData> data;
    private final ObjectBinding<EventSearch> search;
    private final StringProperty query = new SimpleStringProperty(this, "query", "");
    private final ReadOnlyObjectWrapper<Set<String>> hiddenLanes = new ReadOnlyObjectWrapper<>(this, "hiddenLanes",
            Set.of());
    private final StringProperty selectedId = new SimpleStringProperty(this, "selectedId");
    private final ObjectBinding<List<String>> matches;
    private final ObjectBinding<Set<String>> matchSet;
    private final ObjectBinding<TimelineData.Item> selectedItem;
    private final ObjectBinding<Event> selectedEvent;
    private final IntegerBinding matchPosition;
    private final ObjectProperty<UiText> texts = new SimpleObjectProperty<>(this, "texts");
    private final StringBinding openingLabel;
    private final StringBinding openingTip;
    private final StringBinding searchStatus;

    public TimelineViewModel() {
        this(LocalDate::now);
    }

    /** A model whose open eras run to {@code today}. */
    public TimelineViewModel(Supplier<LocalDate> today) {
        tags = Bindings.createObjectBinding(() -> index.get() == null ? null : EventTags.of(index.get()), index);
        data = Bindings.createObjectBinding(() -> {
            PackIndex ix = index.get();
            if (ix == null) {
                return null;
            }
            Set<String> chosen = chosenTags.get();
            List<Event> events = ix.pack().events().stream().filter(e -> tags.get().passes(e.id(), chosen)).toList();
            return new TimelineData(ix.pack().lanes(), events, ix.pack().eras(), today.get());
        }, index, tags, chosenTags);
        search = Bindings.createObjectBinding(() -> data.get() == null ? null : EventSearch.of(data.get(), index.get()),
                data);
        matches = Bindings.createObjectBinding(this::findMatches, search, query, hiddenLanes);
        matchSet = Bindings.createObjectBinding(() -> query.get() == null || query.get().isBlank() ? null
                : Set.copyOf(matches.get()), matches, query);
        selectedItem = Bindings.createObjectBinding(() -> {
            TimelineData d = data.get();
            int i = d == null ? -1 : d.indexOf(selectedId.get());
            return i < 0 ? null : d.item(i);
        }, data, selectedId);
        selectedEvent = Bindings.createObjectBinding(() -> index.get() == null || selectedId.get() == null ? null
                : index.get().event(selectedId.get()).orElse(null), index, selectedId);
        matchPosition = Bindings.createIntegerBinding(() -> selectedId.get() == null ? -1
                : matches.get().indexOf(selectedId.get()), matches, selectedId);
        openingLabel = Bindings.createStringBinding(() -> {
            TimelineData.EraSpan era = latestEra();
            UiText t = texts.get();
            return t == null ? "" : era == null ? t.get("timeline.fitAll") : t.format("timeline.opening", era.title());
        }, data, texts);
        openingTip = Bindings.createStringBinding(() -> {
            TimelineData.EraSpan era = latestEra();
            return era == null || texts.get() == null ? null : texts.get().format("timeline.opening.tip", era.title());
        }, data, texts);
        searchStatus = Bindings.createStringBinding(this::searchStatusText, query, matches, matchPosition, texts);
        index.addListener((obs, old, now) -> {
            selectedId.set(null);
            hiddenLanes.set(Set.of());
            chosenTags.set(Set.of());
        });
    }

    private TimelineData.EraSpan latestEra() {
        return data.get() == null ? null : data.get().latestEraSpan();
    }

    private String searchStatusText() {
        UiText t = texts.get();
        String q = query.get();
        if (t == null || q == null || q.isBlank()) {
            return "";
        }
        int n = matches.get().size();
        if (n == 0) {
            return t.get("timeline.search.none");
        }
        int pos = matchPosition.get();
        return pos >= 0 ? t.format("timeline.search.count", pos + 1, n) : t.format("timeline.search.matches", n);
    }

    /** Where the model's words come from; set by the view. */
    public ObjectProperty<UiText> textsProperty() {
        return texts;
    }

    /** The opening view's button: "Xi era" for the latest era, or "Whole period" when there are no eras. */
    public StringBinding openingLabelProperty() {
        return openingLabel;
    }

    /** The opening button's tooltip; null when there are no eras (then the button is hidden). */
    public StringBinding openingTipProperty() {
        return openingTip;
    }

    /** Whether there is an opening era to go to. */
    public boolean hasOpeningEra() {
        return latestEra() != null;
    }

    /** "3 of 12", "12 matches", "No match", or empty while nothing is searched for. */
    public StringBinding searchStatusProperty() {
        return searchStatus;
    }

    private List<String> findMatches() {
        // Without a query the search index is not asked for, so it is built when the user first
        // searches, not while the pack's first frame is being made.
        if (query.get() == null || query.get().isBlank()) {
            return List.of();
        }
        EventSearch s = search.get();
        TimelineData d = data.get();
        if (s == null || d == null) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (int i : s.find(query.get())) {
            TimelineData.Item it = d.item(i);
            if (!hiddenLanes.get().contains(d.lanes().get(it.lane()).id())) {
                out.add(it.id());
            }
        }
        return List.copyOf(out);
    }

    public ObjectProperty<PackIndex> indexProperty() {
        return index;
    }

    public ObservableValue<TimelineData> dataProperty() {
        return data;
    }

    public TimelineData getData() {
        return data.get();
    }

    /** The search text; blank for none. */
    public StringProperty queryProperty() {
        return query;
    }

    /** The ids of the lanes not shown. */
    public ReadOnlyObjectProperty<Set<String>> hiddenLanesProperty() {
        return hiddenLanes.getReadOnlyProperty();
    }

    /** The selected event's id, or null. */
    public StringProperty selectedIdProperty() {
        return selectedId;
    }

    public ObservableValue<TimelineData.Item> selectedItemProperty() {
        return selectedItem;
    }

    public ObservableValue<Event> selectedEventProperty() {
        return selectedEvent;
    }

    /** The ids of the events that match the search, in time order, in shown lanes only. */
    public ObservableValue<List<String>> matchesProperty() {
        return matches;
    }

    /** The matches as a set, or null when there is no search (so nothing is dimmed). */
    public ObservableValue<Set<String>> matchSetProperty() {
        return matchSet;
    }

    /** Where the selected event stands among the matches, or -1. */
    public IntegerBinding matchPositionProperty() {
        return matchPosition;
    }

    /** Shows or hides a lane. The selection goes when its lane is hidden. */
    public void setLaneShown(String laneId, boolean shown) {
        Set<String> h = new HashSet<>(hiddenLanes.get());
        boolean changed = shown ? h.remove(laneId) : h.add(laneId);
        if (changed) {
            hiddenLanes.set(Set.copyOf(h));
            TimelineData.Item sel = selectedItem.get();
            if (!shown && sel != null && data.get().lanes().get(sel.lane()).id().equals(laneId)) {
                selectedId.set(null);
            }
        }
    }

    /** Shows exactly the given lanes. */
    public void setShownLanes(Set<String> shownIds) {
        TimelineData d = data.get();
        if (d == null) {
            return;
        }
        for (TimelineData.LaneInfo l : d.lanes()) {
            setLaneShown(l.id(), shownIds.contains(l.id()));
        }
    }

    public boolean isLaneShown(String laneId) {
        return !hiddenLanes.get().contains(laneId);
    }

    /** The pack's event topics, or null with no pack. */
    public ObservableValue<EventTags> tagsProperty() {
        return tags;
    }

    /** The topics the timeline is narrowed to; empty for every event. */
    public ReadOnlyObjectProperty<Set<String>> chosenTagsProperty() {
        return chosenTags.getReadOnlyProperty();
    }

    /**
     * Narrows the timeline to the events with at least one of these topics (none: every event).
     * The selection goes when its event is no longer shown.
     */
    public void setChosenTags(Set<String> chosen) {
        Set<String> now = Set.copyOf(chosen);
        if (now.equals(chosenTags.get())) {
            return;
        }
        chosenTags.set(now);
        TimelineData d = data.get();
        if (selectedId.get() != null && (d == null || d.indexOf(selectedId.get()) < 0)) {
            selectedId.set(null);
        }
    }

    /** How many of the pack's events the topic filter leaves out. */
    public int eventsFilteredOut() {
        PackIndex ix = index.get();
        TimelineData d = data.get();
        return ix == null || d == null ? 0 : ix.pack().events().size() - d.items().size();
    }

    /**
     * Selects an event for a "go to" link, showing its lane if it was hidden and every topic if the
     * topic filter left it out. Returns false for an unknown id.
     */
    public boolean reveal(String eventId) {
        if (index.get() != null && index.get().event(eventId).isPresent() && data.get().indexOf(eventId) < 0) {
            setChosenTags(Set.of());
        }
        TimelineData d = data.get();
        int i = d == null ? -1 : d.indexOf(eventId);
        if (i < 0) {
            return false;
        }
        setLaneShown(d.lanes().get(d.item(i).lane()).id(), true);
        selectedId.set(eventId);
        return true;
    }

    /** Selects the next match after the selection in time (the first when none follows); wraps round. */
    public void nextMatch() {
        step(1);
    }

    public void previousMatch() {
        step(-1);
    }

    private void step(int direction) {
        List<String> m = matches.get();
        TimelineData d = data.get();
        if (m.isEmpty() || d == null) {
            return;
        }
        int pos = selectedId.get() == null ? -1 : m.indexOf(selectedId.get());
        if (pos >= 0) {
            selectedId.set(m.get(Math.floorMod(pos + direction, m.size())));
            return;
        }
        int sel = d.indexOf(selectedId.get());
        String pick = direction > 0 ? m.get(0) : m.get(m.size() - 1);
        if (sel >= 0) {
            if (direction > 0) {
                for (String id : m) {
                    if (d.indexOf(id) > sel) {
                        pick = id;
                        break;
                    }
                }
            } else {
                for (int k = m.size() - 1; k >= 0; k--) {
                    if (d.indexOf(m.get(k)) < sel) {
                        pick = m.get(k);
                        break;
                    }
                }
            }
        }
        selectedId.set(pick);
    }
}
