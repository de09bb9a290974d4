package org.xistudy.ui.cards;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.Supplier;
import javafx.beans.InvalidationListener;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.xistudy.content.PackIndex;
import org.xistudy.study.fsrs.CardState;
import org.xistudy.study.fsrs.Rating;
import org.xistudy.study.progress.IntervalLabel;
import org.xistudy.study.progress.StudyDay;
import org.xistudy.study.progress.StudyQueue;
import org.xistudy.study.progress.StudySettings;
import org.xistudy.ui.common.UiText;
import org.xistudy.ui.services.StudyService;

/**
 * The study session: which item is up, whether it has been turned over, the counts, and what
 * each answer button would do. Reads the queue from {@link StudyService} and grades through it.
 */
public final class SessionViewModel {
    private final StudyService service;
    private final Supplier<PackIndex> index;
    private final ReadOnlyObjectWrapper<CardPresentation> current = new ReadOnlyObjectWrapper<>(this, "current");
    private final ReadOnlyObjectWrapper<StudyQueue.Kind> currentKind = new ReadOnlyObjectWrapper<>(this, "currentKind");
    private final ReadOnlyBooleanWrapper flipped = new ReadOnlyBooleanWrapper(this, "flipped");
    private final ReadOnlyObjectWrapper<StudyQueue.Counts> counts =
            new ReadOnlyObjectWrapper<>(this, "counts", new StudyQueue.Counts(0, 0, 0));
    private final ReadOnlyObjectWrapper<Map<Rating, IntervalLabel>> intervals =
            new ReadOnlyObjectWrapper<>(this, "intervals", Map.of());
    private final ReadOnlyObjectWrapper<Instant> nextLearningDue = new ReadOnlyObjectWrapper<>(this, "nextLearningDue");
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo");
    private final ReadOnlyBooleanWrapper canGrade = new ReadOnlyBooleanWrapper(this, "canGrade");
    private final ReadOnlyObjectWrapper<Integer> reviewedThisSession = new ReadOnlyObjectWrapper<>(this, "reviewed", 0);
    private final ReadOnlyObjectWrapper<Integer> reviewsToday = new ReadOnlyObjectWrapper<>(this, "reviewsToday", 0);
    private final ReadOnlyObjectWrapper<Integer> newToday = new ReadOnlyObjectWrapper<>(this, "newToday", 0);
    private final ReadOnlyObjectWrapper<Integer> itemCount = new ReadOnlyObjectWrapper<>(this, "itemCount", 0);
    private final ReadOnlyStringWrapper doneTitle = new ReadOnlyStringWrapper(this, "doneTitle", "");
    private final ReadOnlyStringWrapper doneBody = new ReadOnlyStringWrapper(this, "doneBody", "");
    private final UiText text;
    private final ReadOnlyIntegerWrapper flag = new ReadOnlyIntegerWrapper(this, "flag");
    private String focusKey;
    private boolean grading;

    public SessionViewModel(StudyService service, Supplier<PackIndex> index, UiText text) {
        this.service = service;
        this.index = index;
        this.text = text;
        InvalidationListener done = o -> updateDone();
        current.addListener(done);
        itemCount.addListener(done);
        nextLearningDue.addListener(done);
        reviewedThisSession.addListener(done);
        service.settingsProperty().addListener(done);
        service.revisionProperty().addListener((obs, old, now) -> {
            if (!grading) {
                refresh();
            }
        });
        service.accessProperty().addListener((obs, old, now) -> updateCanGrade());
        refresh();
        updateDone();
    }

    /** The item up now, or null when there is nothing to study now. */
    public ReadOnlyObjectProperty<CardPresentation> currentProperty() {
        return current.getReadOnlyProperty();
    }

    public CardPresentation getCurrent() {
        return current.get();
    }

    /** Which count the current item belongs to. */
    public ReadOnlyObjectProperty<StudyQueue.Kind> currentKindProperty() {
        return currentKind.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty flippedProperty() {
        return flipped.getReadOnlyProperty();
    }

    public boolean isFlipped() {
        return flipped.get();
    }

    /** New, learning and review cards left today. */
    public ReadOnlyObjectProperty<StudyQueue.Counts> countsProperty() {
        return counts.getReadOnlyProperty();
    }

    /** What each answer button would give, as "10m", "2d"...; empty before the flip. */
    public ReadOnlyObjectProperty<Map<Rating, IntervalLabel>> intervalsProperty() {
        return intervals.getReadOnlyProperty();
    }

    /** When nothing is left now: when the next learning card falls due today, or null. */
    public ReadOnlyObjectProperty<Instant> nextLearningDueProperty() {
        return nextLearningDue.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    /** Whether grades are saved (false when progress is read-only). */
    public ReadOnlyBooleanProperty canGradeProperty() {
        return canGrade.getReadOnlyProperty();
    }

    /** How many cards were graded since the view opened. */
    public ReadOnlyObjectProperty<Integer> reviewedProperty() {
        return reviewedThisSession.getReadOnlyProperty();
    }

    /** Reviews graded today (study days start at 4 a.m.). */
    public ReadOnlyObjectProperty<Integer> reviewsTodayProperty() {
        return reviewsToday.getReadOnlyProperty();
    }

    /** New cards introduced today. */
    public ReadOnlyObjectProperty<Integer> newTodayProperty() {
        return newToday.getReadOnlyProperty();
    }

    /** How many study items the pack has. */
    public ReadOnlyObjectProperty<Integer> itemCountProperty() {
        return itemCount.getReadOnlyProperty();
    }

    /** The heading of the page shown when nothing is left to study now; empty while a card shows. */
    public ReadOnlyStringProperty doneTitleProperty() {
        return doneTitle.getReadOnlyProperty();
    }

    /** What that page says: when the next card is due, and how many were studied. */
    public ReadOnlyStringProperty doneBodyProperty() {
        return doneBody.getReadOnlyProperty();
    }

    private void updateDone() {
        if (current.get() != null) {
            doneTitle.set("");
            doneBody.set("");
            return;
        }
        if (itemCount.get() == 0) {
            doneTitle.set(text.get("cards.done.noCards"));
            doneBody.set("");
            return;
        }
        Instant next = nextLearningDue.get();
        doneTitle.set(text.get(next != null ? "cards.done.later" : "cards.done.title"));
        String studied = text.format("cards.done.studied", reviewedThisSession.get());
        if (next != null) {
            long minutes = Math.max(1, Duration.between(service.now(), next).toMinutes());
            String at = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(text.locale())
                    .format(next.atZone(service.zone()));
            doneBody.set(text.format("cards.done.nextAt", at, minutes) + "\n" + studied);
        } else {
            StudySettings st = service.settingsProperty().get();
            doneBody.set(text.format("cards.done.tomorrow", st == null ? 0 : st.dailyNewLimit()) + "\n" + studied);
        }
    }

    /** The settings the side panel starts from. */
    public StudySettings settings() {
        StudySettings st = service.settingsProperty().get();
        return st == null ? StudySettings.defaults() : st;
    }

    /** The settings as saved; the side panel follows them. */
    public ReadOnlyObjectProperty<StudySettings> settingsProperty() {
        return service.settingsProperty();
    }

    /** Changes the new cards per day and the desired retention (rounded to whole percent), if they changed. */
    public void changeSettings(Integer newPerDay, Double retention) {
        if (newPerDay == null || retention == null) {
            return;
        }
        StudySettings wanted = new StudySettings(newPerDay, Math.round(retention * 100) / 100.0);
        if (!wanted.equals(service.settingsProperty().get())) {
            service.setSettings(wanted);
        }
    }

    private void updateCanGrade() {
        canGrade.set(service.canSave());
        canUndo.set(service.canUndo());
    }

    /** Rebuilds the queue. The item on screen stays if it is still to be studied. */
    public void refresh() {
        StudyQueue q = service.queue();
        counts.set(q.counts());
        newToday.set(q.newStudiedToday());
        LocalDate today = StudyDay.of(service.now(), service.zone());
        reviewsToday.set((int) service.progress().log().stream()
                .filter(e -> StudyDay.of(e.at(), service.zone()).equals(today)).count());
        itemCount.set(service.items().size());
        nextLearningDue.set(q.nextLearningDue());
        updateCanGrade();
        CardPresentation shown = current.get();
        Optional<StudyQueue.Entry> next = Optional.empty();
        if (focusKey != null) {
            next = q.find(focusKey);
            if (next.isEmpty()) {
                focusKey = null;
            }
        }
        if (shown != null && shown.index() != index.get()) {
            shown = null; // another pack opened: a card shown always belongs to the open pack
            current.set(null);
        }
        if (next.isEmpty() && shown != null) {
            Optional<StudyQueue.Entry> same = q.find(shown.item().key());
            if (same.isPresent() && same.get().item().card().equals(shown.card())) {
                currentKind.set(same.get().kind());
                return;
            }
        }
        if (next.isEmpty()) {
            next = q.next();
        }
        show(next.orElse(null));
    }

    private void show(StudyQueue.Entry entry) {
        flipped.set(false);
        intervals.set(Map.of());
        if (entry == null) {
            flag.set(0);
            current.set(null);
            currentKind.set(null);
            return;
        }
        String key = entry.item().key();
        current.set(new CardPresentation(entry.item(), index.get(), service.seedOf(key)));
        flag.set(service.item(key).flag());
        currentKind.set(entry.kind());
    }

    /** Puts an item first (for "study this card now"), if it is in today's queue. */
    public void studyFirst(String key) {
        focusKey = key;
        CardPresentation shown = current.get();
        if (shown != null && !shown.item().key().equals(key)) {
            current.set(null);
        }
        refresh();
    }

    /** Turns the card over and works out what each grade would do. */
    public void flip() {
        CardPresentation c = current.get();
        if (c == null || flipped.get()) {
            return;
        }
        c.evaluate();
        Instant now = service.now();
        String key = c.item().key();
        CardState state = service.item(key).card();
        Map<Rating, IntervalLabel> labels = new EnumMap<>(Rating.class);
        service.scheduler().preview(state, now, service.seedOf(key))
                .forEach((r, next) -> labels.put(r, IntervalLabel.of(Duration.between(now, next.due()))));
        intervals.set(Map.copyOf(labels));
        flipped.set(true);
    }

    /** Grades the card on screen (turned over first if need be) and moves on. Returns whether it was saved. */
    public boolean grade(Rating rating) {
        CardPresentation c = current.get();
        if (c == null || !service.canSave()) {
            return false;
        }
        if (!flipped.get()) {
            flip();
        }
        String key = c.item().key();
        boolean saved;
        grading = true;
        try {
            saved = service.review(key, rating);
        } finally {
            grading = false;
        }
        if (saved) {
            if (key.equals(focusKey)) {
                focusKey = null;
            }
            reviewedThisSession.set(reviewedThisSession.get() + 1);
            current.set(null);
            refresh();
        }
        return saved;
    }

    /** Grades with what Space or Enter means after the flip. */
    public boolean gradeSuggested() {
        CardPresentation c = current.get();
        return c != null && grade(c.suggestedRating());
    }

    /** Hides the card on screen until tomorrow and moves on. Returns whether it was saved. */
    public boolean buryCurrent() {
        return changeCurrent(key -> service.bury(List.of(key)));
    }

    /** Takes the card on screen out of study and moves on. Returns whether it was saved. */
    public boolean suspendCurrent() {
        return changeCurrent(key -> service.setSuspended(List.of(key), true));
    }

    /** Flags the card on screen with a colour (1 to 4); the same colour again takes the flag off. */
    public boolean flagCurrent(int colour) {
        CardPresentation c = current.get();
        if (c == null || !service.canSave()) {
            return false;
        }
        String key = c.item().key();
        int now = service.item(key).flag();
        grading = true;
        boolean saved;
        try {
            saved = service.setFlag(List.of(key), now == colour ? 0 : colour);
        } finally {
            grading = false;
        }
        flag.set(service.item(key).flag());
        updateCanGrade();
        return saved;
    }

    /** The flag colour of the card on screen, 0 for none. */
    public ReadOnlyIntegerProperty flagProperty() {
        return flag.getReadOnlyProperty();
    }

    private boolean changeCurrent(Predicate<String> change) {
        CardPresentation c = current.get();
        if (c == null || !service.canSave()) {
            return false;
        }
        String key = c.item().key();
        boolean saved;
        grading = true;
        try {
            saved = change.test(key);
        } finally {
            grading = false;
        }
        if (saved) {
            if (key.equals(focusKey)) {
                focusKey = null;
            }
            current.set(null);
            refresh();
        }
        return saved;
    }

    /** Takes back the last change (a grade, bury, suspend...), and at the next call the one before; shows that card again. */
    public boolean undo() {
        String key = service.undo();
        if (key == null) {
            return false;
        }
        reviewedThisSession.set(Math.max(0, reviewedThisSession.get() - 1));
        focusKey = key;
        current.set(null);
        refresh();
        return true;
    }
}
