package org.xistudy.ui.services;

import java.io.IOException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiConsumer;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.xistudy.content.PackIndex;
import org.xistudy.content.model.Lesson;
import org.xistudy.content.model.LessonStep;
import org.xistudy.study.lessons.LessonEntry;
import org.xistudy.study.lessons.LessonLibrary;
import org.xistudy.study.lessons.LessonStore;
import org.xistudy.ui.AppContext;

/**
 * The lessons of the open pack, shared by the lesson editor, "Add to lesson" in every view and
 * the presentation mode. Get it with {@link #of(AppContext)}.
 *
 * <ul>
 * <li>{@link #library()} is the open pack's {@link LessonLibrary}; it is opened again when a pack
 *     with another id opens. {@link #revisionProperty()} changes after every change.</li>
 * <li>{@link #currentLessonProperty()} is the lesson F5 presents and "Add to lesson" adds to;
 *     {@link #currentStepProperty()} the step Shift+F5 presents from (the editor's selection).</li>
 * <li>{@link #present(int)} asks the shell to present the current lesson; the shell sets how with
 *     {@link #setPresenter}, so that this shared package knows no view.</li>
 * </ul>
 * Write failures are told to the user through the dialog service and change nothing.
 */
public final class LessonService {
    private final AppContext context;
    private final ReadOnlyIntegerWrapper revision = new ReadOnlyIntegerWrapper(this, "revision");
    private final ObjectProperty<String> currentLesson = new SimpleObjectProperty<>(this, "currentLesson");
    private final IntegerProperty currentStep = new SimpleIntegerProperty(this, "currentStep", 0);
    private BiConsumer<Lesson, Integer> presenter = (lesson, from) -> { };
    private LessonStore store;
    private LessonLibrary library;
    private String libraryPack;

    LessonService(AppContext context) {
        this.context = context;
        context.packs().indexProperty().addListener((obs, old, now) -> packChanged(now));
        packChanged(context.packs().getIndex());
    }

    /** The service of this app, made on first use. */
    public static LessonService of(AppContext context) {
        return context.service(LessonService.class, () -> new LessonService(context));
    }

    private void packChanged(PackIndex index) {
        String id = index == null ? null : packId(index);
        if (index == null) {
            library = null;
            store = null;
            libraryPack = null;
        } else if (!Objects.equals(id, libraryPack) || library == null) {
            store = LessonStore.open(context.dataDir(), id);
            library = new LessonLibrary(index, store);
            libraryPack = id;
            store.problem().ifPresent(this::report);
            currentLesson.set(null);
            currentStep.set(0);
        } else {
            // The same pack reloaded: keep the teacher's place and their lessons (the same store,
            // not read again); only the pack's own lessons come from the new version.
            library = new LessonLibrary(index, store);
            if (currentLesson.get() != null && library.find(currentLesson.get()).isEmpty()) {
                currentLesson.set(null);
            }
        }
        if (currentLesson.get() == null && library != null && !library.lessons().isEmpty()) {
            currentLesson.set(library.lessons().get(0).id());
        }
        changed();
    }

    private static String packId(PackIndex index) {
        String id = index.pack().id();
        return id == null || id.isBlank() ? index.pack().title() : id;
    }

    private void report(LessonStore.Problem p) {
        String key = switch (p.kind()) {
            case DAMAGED -> "lessons.storage.damaged";
            case NEWER -> "lessons.storage.newer";
            default -> "lessons.storage.unreadable";
        };
        context.dialogs().showError(context.text("lessons.storage.title"),
                context.text(key, p.movedTo() == null ? "" : p.movedTo(), p.detail() == null ? "" : p.detail()));
    }

    private void changed() {
        revision.set(revision.get() + 1);
    }

    /** The open pack's lessons; empty when no pack is open. */
    public Optional<LessonLibrary> library() {
        return Optional.ofNullable(library);
    }

    /** Every lesson of the open pack, the pack's first. */
    public List<LessonEntry> lessons() {
        return library == null ? List.of() : library.lessons();
    }

    /** Changes after every change to the lessons, and when another pack opens. */
    public ReadOnlyIntegerProperty revisionProperty() {
        return revision.getReadOnlyProperty();
    }

    /** The id of the lesson F5 presents and "Add to lesson" adds to; null for none. */
    public ObjectProperty<String> currentLessonProperty() {
        return currentLesson;
    }

    /** The step of the current lesson Shift+F5 presents from, 0-based. */
    public IntegerProperty currentStepProperty() {
        return currentStep;
    }

    /** The current lesson, if it still exists. */
    public Optional<LessonEntry> current() {
        return library == null || currentLesson.get() == null ? Optional.empty() : library.find(currentLesson.get());
    }

    /**
     * Runs a change to the lessons: on success the revision changes; on a failed write the user is
     * told and nothing changed. Returns the result, or empty when it failed.
     */
    public <T> Optional<T> change(Change<T> change) {
        if (library == null) {
            return Optional.empty();
        }
        try {
            T result = change.apply(library);
            changed();
            return Optional.ofNullable(result);
        } catch (IOException | RuntimeException e) {
            context.dialogs().showError(context.text("lessons.saveFailed.title"),
                    context.text("lessons.saveFailed", e.getMessage() == null ? e.toString() : e.getMessage()));
            return Optional.empty();
        }
    }

    /** A change to the library that may fail to write. */
    @FunctionalInterface
    public interface Change<T> {
        T apply(LessonLibrary library) throws IOException;
    }

    /**
     * "Add to lesson": adds a step at the end of the current lesson when the teacher may edit it;
     * otherwise makes a new lesson of the teacher's (titled {@code newTitle}) with the step and
     * makes it current. Returns the lesson the step went to.
     */
    public Optional<LessonEntry> add(LessonStep step, String newTitle) {
        Objects.requireNonNull(step);
        return change(lib -> {
            String id = currentLesson.get();
            LessonEntry to = id != null && lib.canEdit(id) ? lib.addStep(id, step) : lib.create(newTitle, List.of(step));
            currentLesson.set(to.id());
            return to;
        });
    }

    /** The shell sets how a lesson is presented (the lesson, the 0-based step to start from). */
    public void setPresenter(BiConsumer<Lesson, Integer> presenter) {
        this.presenter = Objects.requireNonNull(presenter);
    }

    /**
     * Presents the current lesson from a step (0 for the start); returns false when there is no
     * lesson to present or it has no steps.
     */
    public boolean present(int fromStep) {
        Optional<LessonEntry> entry = current();
        if (entry.isEmpty() || entry.get().lesson().steps().isEmpty()) {
            return false;
        }
        Lesson lesson = entry.get().lesson();
        presenter.accept(lesson, Math.max(0, Math.min(fromStep, lesson.size() - 1)));
        return true;
    }
}
