package org.xistudy.ui.cards;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.xistudy.content.PackIndex;
import org.xistudy.content.model.CardType;
import org.xistudy.study.progress.PackProgress;
import org.xistudy.study.progress.Statistics;
import org.xistudy.study.progress.StudyDay;
import org.xistudy.study.progress.StudyItem;
import org.xistudy.ui.services.StudyService;

/**
 * The card browser: every study item of the pack with its progress, filtered by a search text,
 * a tag, a card type and a state.
 */
public final class BrowserViewModel {

    /** The state filter's choices. */
    public enum StateFilter { ALL, NEW, LEARNING, REVIEW, SUSPENDED, FLAGGED, DUE }

    private final StudyService service;
    private final Supplier<PackIndex> index;
    private final ObservableList<ItemRow> rows = FXCollections.observableArrayList();
    private final FilteredList<ItemRow> filtered = new FilteredList<>(rows);
    private final ObservableList<String> tags = FXCollections.observableArrayList();
    private final StringProperty search = new SimpleStringProperty(this, "search", "");
    private final ObjectProperty<String> tag = new SimpleObjectProperty<>(this, "tag");
    private final ObjectProperty<CardType> type = new SimpleObjectProperty<>(this, "type");
    private final ObjectProperty<StateFilter> state = new SimpleObjectProperty<>(this, "state", StateFilter.ALL);
    private Instant builtAt = Instant.EPOCH;

    public BrowserViewModel(StudyService service, Supplier<PackIndex> index) {
        this.service = service;
        this.index = index;
        filtered.predicateProperty().bind(Bindings.createObjectBinding(this::predicate, search, tag, type, state));
        service.revisionProperty().addListener((obs, old, now) -> refresh());
        refresh();
    }

    /** All rows, in pack order. */
    public ObservableList<ItemRow> rows() {
        return rows;
    }

    /** The rows that pass the filters. */
    public ObservableList<ItemRow> filtered() {
        return filtered;
    }

    /** Every tag in the pack, sorted. */
    public ObservableList<String> tags() {
        return tags;
    }

    public StringProperty searchProperty() {
        return search;
    }

    /** The tag to show, or null for all. */
    public ObjectProperty<String> tagProperty() {
        return tag;
    }

    /** The card type to show, or null for all. */
    public ObjectProperty<CardType> typeProperty() {
        return type;
    }

    public ObjectProperty<StateFilter> stateProperty() {
        return state;
    }

    /** Rebuilds the rows from the pack and the progress. */
    public void refresh() {
        Instant now = service.now();
        builtAt = now;
        PackProgress progress = service.progress();
        List<ItemRow> out = new ArrayList<>();
        TreeSet<String> allTags = new TreeSet<>();
        for (StudyItem item : service.items()) {
            out.add(ItemRow.of(item, progress.item(item.key()), service.scheduler(), now));
            allTags.addAll(item.card().tags());
        }
        rows.setAll(out);
        if (!tags.equals(new ArrayList<>(allTags))) {
            tags.setAll(allTags);
        }
        if (tag.get() != null && !allTags.contains(tag.get())) {
            tag.set(null);
        }
    }

    private Predicate<ItemRow> predicate() {
        String q = search.get() == null ? "" : search.get().strip().toLowerCase(Locale.ROOT);
        String t = tag.get();
        CardType ty = type.get();
        StateFilter s = state.get() == null ? StateFilter.ALL : state.get();
        Instant endOfDay = StudyDay.end(service.now(), service.zone());
        return row -> (q.isEmpty() || matches(row, q)) && (t == null || row.tags().contains(t))
                && (ty == null || row.type() == ty) && stateMatches(row, s, endOfDay);
    }

    private static boolean matches(ItemRow row, String q) {
        return contains(row.prompt(), q) || contains(row.answer(), q) || contains(row.cardId(), q)
                || row.tags().stream().anyMatch(x -> contains(x, q))
                || contains(row.item().card().explanation(), q);
    }

    private static boolean contains(String s, String q) {
        return s != null && s.toLowerCase(Locale.ROOT).contains(q);
    }

    private static boolean stateMatches(ItemRow row, StateFilter s, Instant endOfDay) {
        switch (s) {
            case NEW:
                return row.bucket() == Statistics.Bucket.NEW;
            case LEARNING:
                return row.bucket() == Statistics.Bucket.LEARNING;
            case REVIEW:
                return row.bucket() == Statistics.Bucket.REVIEW;
            case SUSPENDED:
                return row.suspended();
            case FLAGGED:
                return row.flagged();
            case DUE:
                return !row.suspended() && row.due() != null && row.due().isBefore(endOfDay);
            default:
                return true;
        }
    }

    /** The keys of rows. */
    static List<String> keys(Collection<ItemRow> rows) {
        return rows.stream().map(ItemRow::key).toList();
    }

    /** When the rows were last built (their retrievability is as of then). */
    public Instant builtAt() {
        return builtAt;
    }

    public StudyService service() {
        return service;
    }

    public PackIndex index() {
        return index.get();
    }
}
