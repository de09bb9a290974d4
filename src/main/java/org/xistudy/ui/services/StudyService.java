package org.xistudy.ui.services;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.stage.WindowEvent;
import org.xistudy.content.PackIndex;
import org.xistudy.study.fsrs.CardState;
import org.xistudy.study.fsrs.Rating;
import org.xistudy.study.fsrs.Scheduler;
import org.xistudy.study.fsrs.Settings;
import org.xistudy.study.progress.ItemProgress;
import org.xistudy.study.progress.PackProgress;
import org.xistudy.study.progress.ProgressStore;
import org.xistudy.study.progress.StudyDay;
import org.xistudy.study.progress.StudyItem;
import org.xistudy.study.progress.StudyQueue;
import org.xistudy.study.progress.StudySettings;
import org.xistudy.study.storage.JsonStore;
import org.xistudy.ui.AppContext;

/**
 * The user's flashcard progress for the open pack, shared by every view. Get it with
 * {@link #of(AppContext)}; it opens the progress in the data folder the first time.
 *
 * <p>For other views: {@link #makeDueNow(Collection)} puts cards (by card id) at the front of
 * the study queue, for example the questions missed in a quiz. {@link #revisionProperty()}
 * changes after every change to progress, so views can refresh.
 *
 * <p>Every change is on disk before the method returns. When a write fails, the user is told and
 * nothing changes. When progress is read-only (another copy of the app is open, or the file is
 * from a newer version), changing methods do nothing and return false; {@link #accessProperty()}
 * says why.
 */
public final class StudyService {
    private final AppContext context;
    private final Clock clock;
    private final ZoneId zone;
    private final ReadOnlyIntegerWrapper revision = new ReadOnlyIntegerWrapper(this, "revision");
    private final ReadOnlyObjectWrapper<ProgressStore.Access> access = new ReadOnlyObjectWrapper<>(this, "access");
    private final ReadOnlyObjectWrapper<StudySettings> settings = new ReadOnlyObjectWrapper<>(this, "settings");
    private ProgressStore store;
    private Scheduler scheduler;

    StudyService(AppContext context, Clock clock, ZoneId zone) {
        this.context = context;
        this.clock = clock;
        this.zone = zone;
        open();
        context.packs().indexProperty().addListener((obs, old, now) -> changed());
        if (context.window() != null) {
            // The data folder is released when the window closes (the app quits, or a test ends).
            context.window().addEventHandler(WindowEvent.WINDOW_HIDDEN, e -> close());
        }
    }

    /** The service of this app, created (and the progress opened) on first use. */
    public static StudyService of(AppContext context) {
        return context.service(StudyService.class, () -> new StudyService(context, Clock.systemUTC(), ZoneId.systemDefault()));
    }

    private void open() {
        ProgressStore.Opened opened;
        try {
            opened = ProgressStore.open(context.dataDir());
        } catch (IOException e) {
            context.dialogs().showError(context.text("cards.storage.title"),
                    context.text("cards.storage.folder", context.dataDir(), e.getMessage()));
            return;
        }
        store = opened.store();
        access.set(store.access());
        settings.set(store.settings());
        scheduler = schedulerFor(store.settings());
        report(opened);
    }

    private void report(ProgressStore.Opened o) {
        JsonStore.Result<?> p = o.progress();
        String title = context.text("cards.storage.title");
        if (o.held() != null) {
            context.dialogs().showError(title, context.text("cards.storage.otherInstance", context.dataDir()));
        } else if (p.status() == JsonStore.Status.QUARANTINED) {
            context.dialogs().showError(title, context.text("cards.storage.quarantined", p.movedTo(), p.problem()));
        } else if (p.isNewerVersion()) {
            context.dialogs().showError(title, context.text("cards.storage.newer", p.file(), p.foundVersion(),
                    p.supportedVersion()));
        } else if (p.status() == JsonStore.Status.REFUSED) {
            context.dialogs().showError(title, context.text("cards.storage.unreadable", p.file(), p.problem()));
        }
        JsonStore.Result<?> s = o.settings();
        if (o.held() == null && s.status() == JsonStore.Status.QUARANTINED) {
            context.dialogs().showError(title, context.text("cards.storage.quarantined", s.movedTo(), s.problem()));
        }
    }

    private static Scheduler schedulerFor(StudySettings s) {
        return new Scheduler(Settings.defaults().withDesiredRetention(s.desiredRetention()));
    }

    /** Releases the data folder. Progress stays readable; nothing more is saved. */
    public void close() {
        if (store != null) {
            try {
                store.close();
            } catch (IOException e) {
                // The lock ends with the process anyway.
            }
            access.set(ProgressStore.Access.OTHER_INSTANCE);
        }
    }

    /** Changes after every change to progress or settings, and when another pack opens. */
    public ReadOnlyIntegerProperty revisionProperty() {
        return revision.getReadOnlyProperty();
    }

    /** Whether progress is saved, and if not why (null when the data folder could not be used at all). */
    public ReadOnlyObjectProperty<ProgressStore.Access> accessProperty() {
        return access.getReadOnlyProperty();
    }

    public boolean canSave() {
        return store != null && access.get() == ProgressStore.Access.WRITABLE;
    }

    public ReadOnlyObjectProperty<StudySettings> settingsProperty() {
        return settings.getReadOnlyProperty();
    }

    public Scheduler scheduler() {
        return scheduler == null ? schedulerFor(StudySettings.defaults()) : scheduler;
    }

    public Instant now() {
        return clock.instant();
    }

    public ZoneId zone() {
        return zone;
    }

    /** The open pack's id, or null. */
    public String packId() {
        PackIndex index = context.packs().getIndex();
        if (index == null) {
            return null;
        }
        String id = index.pack().id();
        return id == null || id.isBlank() ? index.pack().title() : id;
    }

    /** The open pack's study items, in pack order. */
    public List<StudyItem> items() {
        PackIndex index = context.packs().getIndex();
        return index == null ? List.of() : StudyItem.of(index.pack().cards());
    }

    /** The open pack's progress (empty when there is none or no pack). */
    public PackProgress progress() {
        String id = packId();
        return store == null || id == null ? new PackProgress() : store.pack(id);
    }

    public ItemProgress item(String key) {
        return progress().item(key);
    }

    /** What to study now. */
    public StudyQueue queue() {
        return StudyQueue.build(items(), progress(), now(), zone, settings.get() == null
                ? StudySettings.defaults().dailyNewLimit() : settings.get().dailyNewLimit());
    }

    /** The seed for an item's fuzz and shuffles at its current review. */
    public long seedOf(String key) {
        CardState c = item(key).card();
        return ((long) key.hashCode() << 20) ^ c.reps() * 7919L ^ (c.lastReview() == null ? 0 : c.lastReview().getEpochSecond());
    }

    /**
     * Grades an item now and saves it. Returns false (and tells the user) when it could not be
     * saved; the item is then unchanged.
     */
    public boolean review(String key, Rating rating) {
        if (!canSave() || packId() == null) {
            return false;
        }
        try {
            store.review(packId(), key, rating, now(), scheduler(), seedOf(key));
        } catch (IOException e) {
            saveFailed(e);
            return false;
        }
        changed();
        return true;
    }

    /** Whether the last change (a grade, bury, suspend, flag...) can be taken back; earlier ones follow. */
    public boolean canUndo() {
        return canSave() && store.canUndo();
    }

    /** Takes back the last change, one step further back at each call; returns its item key, or null. */
    public String undo() {
        if (!canUndo()) {
            return null;
        }
        try {
            String key = store.undo();
            changed();
            return key;
        } catch (IOException e) {
            saveFailed(e);
            return null;
        }
    }

    /**
     * Makes cards due now, so they come first in the study session: new ones are introduced
     * even past the daily limit, suspended ones are taken back into study. Both directions of a
     * reversed card count. Card ids the pack does not have are ignored.
     *
     * @return whether the change was saved
     */
    public boolean makeDueNow(Collection<String> cardIds) {
        Set<String> ids = new HashSet<>(cardIds);
        List<String> keys = new ArrayList<>();
        for (StudyItem i : items()) {
            if (ids.contains(i.card().id())) {
                keys.add(i.key());
            }
        }
        Instant now = now();
        return update(keys, p -> {
            ItemProgress out = p.withSuspended(false);
            return out.card().isNew() ? out.withRequested(true) : out.withCard(out.card().withDue(now));
        });
    }

    /** Suspends or unsuspends items (by key). */
    public boolean setSuspended(Collection<String> keys, boolean suspended) {
        return update(keys, p -> p.withSuspended(suspended));
    }

    /** Flags or unflags items (by key). */
    public boolean setFlagged(Collection<String> keys, boolean flagged) {
        return update(keys, p -> p.withFlagged(flagged));
    }

    /** Sets the flag colour of items (1 to 4, 0 takes the flag off). */
    public boolean setFlag(Collection<String> keys, int colour) {
        return update(keys, p -> p.withFlag(colour));
    }

    /** Hides items from study until the next study day starts (4 a.m.). */
    public boolean bury(Collection<String> keys) {
        Instant until = StudyDay.end(now(), zone);
        return update(keys, p -> p.withBuriedUntil(until));
    }

    /** Makes items new again, keeping their flags and the review log. */
    public boolean reset(Collection<String> keys) {
        return update(keys, p -> ItemProgress.fresh().withFlagged(p.flagged()).withSuspended(p.suspended()));
    }

    private boolean update(Collection<String> keys, UnaryOperator<ItemProgress> change) {
        if (!canSave() || packId() == null || keys.isEmpty()) {
            return false;
        }
        try {
            store.update(packId(), keys, change);
        } catch (IOException e) {
            saveFailed(e);
            return false;
        }
        changed();
        return true;
    }

    /** Changes the settings; returns false when they could be used but not saved. */
    public boolean setSettings(StudySettings s) {
        boolean saved = true;
        if (store != null) {
            try {
                store.setSettings(s);
                saved = canSave();
            } catch (IOException e) {
                saveFailed(e);
                return false;
            }
        }
        settings.set(s);
        scheduler = schedulerFor(s);
        changed();
        return saved;
    }

    private void saveFailed(IOException e) {
        context.dialogs().showError(context.text("cards.storage.title"),
                context.text("cards.storage.saveFailed", store.file(), e.getMessage()));
    }

    private void changed() {
        revision.set(revision.get() + 1);
    }
}
