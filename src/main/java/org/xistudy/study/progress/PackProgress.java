package org.xistudy.study.progress;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The progress on one pack: each study item's state by key, and the review log. Items the pack
 * no longer has are kept, so a card that comes back keeps its history. Mutable; only
 * {@link ProgressStore} changes it.
 */
public final class PackProgress {
    private final Map<String, ItemProgress> items;
    private final List<ReviewEntry> log;

    public PackProgress() {
        this(new LinkedHashMap<>(), new ArrayList<>());
    }

    PackProgress(Map<String, ItemProgress> items, List<ReviewEntry> log) {
        this.items = items == null ? new LinkedHashMap<>() : new LinkedHashMap<>(items);
        this.log = log == null ? new ArrayList<>() : new ArrayList<>(log);
        this.items.values().removeIf(v -> v == null);
        this.log.removeIf(e -> e == null || e.item() == null || e.at() == null || e.rating() < 1 || e.rating() > 4);
    }

    /** The item's progress; a fresh one when it was never studied. */
    public ItemProgress item(String key) {
        ItemProgress p = items.get(key);
        return p == null ? ItemProgress.fresh() : p;
    }

    public Map<String, ItemProgress> items() {
        return Collections.unmodifiableMap(items);
    }

    public List<ReviewEntry> log() {
        return Collections.unmodifiableList(log);
    }

    void put(String key, ItemProgress p) {
        if (p == null) {
            items.remove(key);
        } else {
            items.put(key, p);
        }
    }

    void append(ReviewEntry e) {
        log.add(e);
    }

    void removeLastEntry() {
        log.remove(log.size() - 1);
    }

    PackProgress copy() {
        return new PackProgress(items, log);
    }
}
