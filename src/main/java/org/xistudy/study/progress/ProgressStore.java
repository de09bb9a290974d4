package org.xistudy.study.progress;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.UnaryOperator;
import org.xistudy.study.fsrs.CardState;
import org.xistudy.study.fsrs.Rating;
import org.xistudy.study.fsrs.Scheduler;
import org.xistudy.study.storage.InstanceLock;
import org.xistudy.study.storage.JsonStore;

/**
 * The user's study progress and settings, kept in the data folder, keyed by pack id and study
 * item key (card id), so editing a pack keeps the progress of the cards it still has.
 *
 * <p>Every change is written to disk (atomically, see {@link JsonStore}) before the method
 * returns; if the write fails, the change is undone in memory too and the {@link IOException}
 * reaches the caller, so nothing is ever shown as done that is not on disk.
 *
 * <p>{@link #open} takes the data folder's {@link InstanceLock}. When another running copy of the
 * app holds it, the progress is read but never written ({@link #access()} says why); the same
 * happens when the file is from a newer version of the app. Not thread-safe: use it from one
 * thread (the UI thread).
 */
public final class ProgressStore implements AutoCloseable {
    public static final String PROGRESS_FILE = "progress.json";
    public static final String SETTINGS_FILE = "study-settings.json";
    public static final String PROGRESS_KIND = "xi-policy-study/progress";
    public static final String SETTINGS_KIND = "xi-policy-study/study-settings";
    public static final int VERSION = 1;

    /** Whether progress can be saved, and if not why. */
    public enum Access {
        /** Changes are saved. */
        WRITABLE,
        /** Another running copy of the app holds the data folder. */
        OTHER_INSTANCE,
        /** The progress file is from a newer version of the app; it was left unchanged. */
        NEWER_VERSION,
        /** The progress file could not be read nor moved aside; it was left unchanged. */
        UNREADABLE
    }

    /** What opening found, for telling the user. */
    public record Opened(ProgressStore store, JsonStore.Result<ProgressData> progress,
            JsonStore.Result<StudySettings> settings, InstanceLock.HeldException held) {
    }

    private final JsonStore<ProgressData> progressStore;
    private final JsonStore<StudySettings> settingsStore;
    private final InstanceLock lock;
    private final Access access;
    private ProgressData data;
    private StudySettings settings;
    private final Deque<Undo> undos = new ArrayDeque<>();

    /** How many changes can be taken back, newest first. */
    public static final int UNDO_LEVELS = 200;

    /** A change to take back: the items as they were (null for never studied) and the log's length then. */
    private record Undo(String packId, String key, Map<String, ItemProgress> before, int logSize) {
    }

    private ProgressStore(JsonStore<ProgressData> progressStore, JsonStore<StudySettings> settingsStore,
            InstanceLock lock, Access access, ProgressData data, StudySettings settings) {
        this.progressStore = progressStore;
        this.settingsStore = settingsStore;
        this.lock = lock;
        this.access = access;
        this.data = data;
        this.settings = settings;
    }

    /**
     * Opens the progress in {@code dataDir}. Never fails on bad files: a corrupt file is moved
     * aside (see {@link Opened#progress()}), a newer one is left alone and progress becomes read-only.
     *
     * @throws IOException only when the data folder itself cannot be created or locked at all
     */
    public static Opened open(Path dataDir) throws IOException {
        JsonStore<ProgressData> progress = JsonStore.builder(dataDir.resolve(PROGRESS_FILE), ProgressData.class)
                .kind(PROGRESS_KIND).version(VERSION).fresh(ProgressData::empty).build();
        JsonStore<StudySettings> settings = JsonStore.builder(dataDir.resolve(SETTINGS_FILE), StudySettings.class)
                .kind(SETTINGS_KIND).version(VERSION).fresh(StudySettings::defaults).build();
        InstanceLock lock = null;
        InstanceLock.HeldException held = null;
        try {
            lock = InstanceLock.acquire(dataDir);
        } catch (InstanceLock.HeldException e) {
            held = e;
        }
        JsonStore.Result<ProgressData> p = lock == null ? progress.peek() : progress.load();
        JsonStore.Result<StudySettings> s = lock == null ? settings.peek() : settings.load();
        Access access;
        if (lock == null) {
            access = Access.OTHER_INSTANCE;
        } else if (p.isNewerVersion()) {
            access = Access.NEWER_VERSION;
        } else if (!p.canSave()) {
            access = Access.UNREADABLE;
        } else {
            access = Access.WRITABLE;
        }
        ProgressStore store = new ProgressStore(progress, settings, lock, access, p.value(), s.value());
        return new Opened(store, p, s, held);
    }

    public Access access() {
        return access;
    }

    public boolean canSave() {
        return access == Access.WRITABLE;
    }

    public Path file() {
        return progressStore.file();
    }

    public StudySettings settings() {
        return settings;
    }

    /** Changes the settings; saved when progress can be saved, else kept for this session only. */
    public void setSettings(StudySettings s) throws IOException {
        StudySettings before = settings;
        settings = Objects.requireNonNull(s);
        if (canSave() && settingsStore.canSave()) {
            try {
                settingsStore.save(s);
            } catch (IOException e) {
                settings = before;
                throw e;
            }
        }
    }

    /** A pack's progress (empty for a pack never studied). The returned object changes as the store does. */
    public PackProgress pack(String packId) {
        return data.packs().computeIfAbsent(packId, k -> new PackProgress());
    }

    /**
     * Grades an item at {@code at} and saves. Returns the item's new state.
     *
     * @throws IOException when it cannot be saved; nothing changed then
     * @throws IllegalStateException when progress is read-only
     */
    public ItemProgress review(String packId, String key, Rating rating, Instant at, Scheduler scheduler, long fuzzSeed)
            throws IOException {
        requireWritable();
        PackProgress pack = pack(packId);
        ItemProgress before = pack.items().get(key);
        ItemProgress current = before == null ? ItemProgress.fresh() : before;
        CardState next = scheduler.review(current.card(), rating, at, fuzzSeed);
        ItemProgress after = current.withCard(next);
        int logSize = pack.log().size();
        pack.put(key, after);
        pack.append(new ReviewEntry(key, at, rating.grade(), current.card().state(),
                Scheduler.elapsedDays(at, next.due())));
        try {
            save();
        } catch (IOException | RuntimeException e) {
            pack.put(key, before);
            pack.removeLastEntry();
            throw e;
        }
        Map<String, ItemProgress> was = new LinkedHashMap<>();
        was.put(key, before);
        remember(new Undo(packId, key, was, logSize));
        return after;
    }

    private void remember(Undo u) {
        undos.push(u);
        while (undos.size() > UNDO_LEVELS) {
            undos.removeLast();
        }
    }

    /** Whether there is a change to undo. */
    public boolean canUndo() {
        return !undos.isEmpty() && canSave();
    }

    /** The key of the item the last change was about, or null. */
    public String undoableKey() {
        return undos.isEmpty() ? null : undos.peek().key();
    }

    /**
     * Takes back the last change (a review, or a change such as bury, suspend or flag), and
     * before it the ones before, one at each call. Returns the item's key, or null when there was
     * nothing to undo.
     */
    public String undo() throws IOException {
        if (!canUndo()) {
            return null;
        }
        Undo u = undos.peek();
        PackProgress pack = pack(u.packId());
        Map<String, ItemProgress> after = new LinkedHashMap<>();
        u.before().keySet().forEach(k -> after.put(k, pack.items().get(k)));
        List<ReviewEntry> dropped = new ArrayList<>(pack.log().subList(Math.min(u.logSize(), pack.log().size()),
                pack.log().size()));
        u.before().forEach(pack::put);
        dropped.forEach(e -> pack.removeLastEntry());
        try {
            save();
        } catch (IOException | RuntimeException e) {
            after.forEach(pack::put);
            dropped.forEach(pack::append);
            throw e;
        }
        undos.pop();
        return u.key();
    }

    /**
     * Changes some items with {@code change} and saves; all or nothing.
     *
     * @throws IOException when it cannot be saved; nothing changed then
     */
    public void update(String packId, Collection<String> keys, UnaryOperator<ItemProgress> change) throws IOException {
        requireWritable();
        PackProgress pack = pack(packId);
        Map<String, ItemProgress> before = new LinkedHashMap<>();
        for (String k : keys) {
            before.put(k, pack.items().get(k));
        }
        before.forEach((k, old) -> pack.put(k, change.apply(old == null ? ItemProgress.fresh() : old)));
        try {
            save();
        } catch (IOException | RuntimeException e) {
            before.forEach(pack::put);
            throw e;
        }
        if (!keys.isEmpty()) {
            remember(new Undo(packId, keys.iterator().next(), before, pack.log().size()));
        }
    }

    private void requireWritable() {
        if (!canSave()) {
            throw new IllegalStateException("progress is read-only here: " + access);
        }
    }

    private void save() throws IOException {
        progressStore.save(data);
    }

    /** Releases the data folder for another copy of the app. */
    @Override
    public void close() throws IOException {
        if (lock != null) {
            lock.close();
        }
    }
}
