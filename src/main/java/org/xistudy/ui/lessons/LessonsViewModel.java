package org.xistudy.ui.lessons;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.InvalidationListener;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.xistudy.content.PackIndex;
import org.xistudy.content.model.Lesson;
import org.xistudy.content.model.LessonStep.TitleStep;
import org.xistudy.content.model.LessonStep;
import org.xistudy.study.lessons.LessonEdits;
import org.xistudy.study.lessons.LessonEntry;
import org.xistudy.study.lessons.LessonFiles;
import org.xistudy.ui.AppContext;
import org.xistudy.ui.common.StepText;
import org.xistudy.ui.services.LessonService;

/**
 * The lesson editor's state: the open pack's lessons (the pack's, read-only, then the teacher's),
 * the one chosen and its steps, the step chosen, and whether it may be changed. Every change goes
 * through {@link LessonService}, which writes it to disk before it shows (or tells the user why it
 * could not). The chosen lesson and step are the ones F5 and Shift+F5 present.
 */
public final class LessonsViewModel {
    private final AppContext context;
    private final LessonService service;
    private final ObservableList<LessonEntry> lessons = FXCollections.observableArrayList();
    private final ObservableList<LessonStep> steps = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<LessonEntry> selected = new ReadOnlyObjectWrapper<>(this, "selected");
    private final ReadOnlyIntegerWrapper selectedStep = new ReadOnlyIntegerWrapper(this, "selectedStep", -1);
    private final ReadOnlyBooleanWrapper editable = new ReadOnlyBooleanWrapper(this, "editable");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final InvalidationListener refresh = o -> refresh();

    public LessonsViewModel(AppContext context) {
        this.context = context;
        this.service = LessonService.of(context);
        service.revisionProperty().addListener(refresh);
        refresh();
    }

    /** Every lesson of the open pack. */
    public ObservableList<LessonEntry> lessons() {
        return FXCollections.unmodifiableObservableList(lessons);
    }

    /** The chosen lesson's steps. */
    public ObservableList<LessonStep> steps() {
        return FXCollections.unmodifiableObservableList(steps);
    }

    public ReadOnlyObjectProperty<LessonEntry> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    /** The chosen step, or -1. */
    public ReadOnlyIntegerProperty selectedStepProperty() {
        return selectedStep.getReadOnlyProperty();
    }

    /** Whether the chosen lesson may be changed: it is the teacher's and the data folder can be written. */
    public ReadOnlyBooleanProperty editableProperty() {
        return editable.getReadOnlyProperty();
    }

    /** "12 steps · the pack's lesson" for the chosen lesson. */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** One line for a step, as the outline and the editor show it. */
    public String line(LessonStep step) {
        PackIndex index = context.packs().getIndex();
        return index == null ? "" : new StepText(context.uiText(), index).line(step);
    }

    private void refresh() {
        List<LessonEntry> all = service.lessons();
        if (!all.equals(lessons)) {
            lessons.setAll(all);
        }
        LessonEntry now = service.current().orElse(null);
        selected.set(now);
        List<LessonStep> s = now == null ? List.of() : now.lesson().steps();
        if (!s.equals(steps)) {
            steps.setAll(s);
        }
        int step = Math.min(service.currentStepProperty().get(), steps.size() - 1);
        selectedStep.set(steps.isEmpty() ? -1 : Math.max(0, step));
        editable.set(now != null && service.library().map(l -> l.canEdit(now.id())).orElse(false));
        summary.set(now == null ? "" : context.text(now.isReadOnly() ? "lessons.summary.pack" : "lessons.summary.mine",
                now.lesson().size()));
    }

    /** Chooses a lesson (the one F5 presents). */
    public void select(LessonEntry entry) {
        if (entry == null || (selected.get() != null && selected.get().id().equals(entry.id()))) {
            return;
        }
        service.currentLessonProperty().set(entry.id());
        service.currentStepProperty().set(0);
        refresh();
    }

    /** Chooses a step (the one Shift+F5 presents from). */
    public void selectStep(int index) {
        if (index >= 0 && index < steps.size() && index != selectedStep.get()) {
            service.currentStepProperty().set(index);
            selectedStep.set(index);
        }
    }

    /** A new, empty lesson of the teacher's, chosen. */
    public void create() {
        service.change(lib -> lib.create(uniqueTitle(context.text("lessons.newTitle")), List.of()))
                .ifPresent(e -> select(e));
    }

    /** An editable copy of the chosen lesson, chosen. */
    public void duplicate() {
        LessonEntry e = selected.get();
        if (e != null) {
            service.change(lib -> lib.duplicate(e.id(), uniqueTitle(context.text("lessons.copyTitle", e.lesson().title()))))
                    .ifPresent(this::select);
        }
    }

    private String uniqueTitle(String title) {
        String t = title;
        for (int n = 2; titleTaken(t); n++) {
            t = title + " " + n;
        }
        return t;
    }

    private boolean titleTaken(String title) {
        return lessons.stream().anyMatch(l -> l.lesson().title().equals(title));
    }

    /** Renames the chosen lesson; a blank title changes nothing. */
    public void rename(String title) {
        LessonEntry e = selected.get();
        if (e != null && editable.get() && title != null && !title.isBlank() && !title.strip().equals(e.lesson().title())) {
            service.change(lib -> lib.edit(e.id(), l -> LessonEdits.rename(l, title.strip())));
        }
    }

    /** Deletes the chosen lesson (the caller has asked). */
    public void delete() {
        LessonEntry e = selected.get();
        if (e != null && editable.get()) {
            service.change(lib -> {
                lib.delete(e.id());
                return Boolean.TRUE;
            });
            List<LessonEntry> left = service.lessons();
            service.currentLessonProperty().set(left.isEmpty() ? null : left.get(0).id());
            refresh();
        }
    }

    /** Moves a step; the moved step stays chosen. */
    public void moveStep(int from, int to) {
        LessonEntry e = selected.get();
        if (e == null || !editable.get() || from == to || from < 0 || to < 0 || from >= steps.size()
                || to >= steps.size()) {
            return;
        }
        service.currentStepProperty().set(to);
        service.change(lib -> lib.edit(e.id(), l -> LessonEdits.move(l, from, to)));
    }

    /** Removes a step. */
    public void removeStep(int index) {
        LessonEntry e = selected.get();
        if (e != null && editable.get() && index >= 0 && index < steps.size()) {
            service.currentStepProperty().set(Math.max(0, Math.min(index, steps.size() - 2)));
            service.change(lib -> lib.edit(e.id(), l -> LessonEdits.remove(l, index)));
        }
    }

    /** The chosen step's teacher notes ("" for none). */
    public String notes() {
        int i = selectedStep.get();
        if (i < 0 || i >= steps.size()) {
            return "";
        }
        String n = steps.get(i).teacherNotes();
        return n == null ? "" : n;
    }

    /** Saves the chosen step's teacher notes when they changed. */
    public void setNotes(String notes) {
        LessonEntry e = selected.get();
        int i = selectedStep.get();
        String now = notes == null ? "" : notes.strip();
        if (e != null && editable.get() && i >= 0 && i < steps.size() && !now.equals(notes())) {
            service.change(lib -> lib.edit(e.id(), l -> LessonEdits.setTeacherNotes(l, i, now)));
        }
    }

    /** Adds a title step after the chosen one (or at the end), chosen. */
    public void addTitle() {
        LessonEntry e = selected.get();
        if (e != null && editable.get()) {
            int at = selectedStep.get() < 0 ? steps.size() : selectedStep.get() + 1;
            service.currentStepProperty().set(at);
            service.change(lib -> lib.edit(e.id(), l -> LessonEdits.insert(l, at,
                    new TitleStep(context.text("lessons.newSection"), null, null))));
        }
    }

    /** Changes the chosen title step's heading and line. */
    public void retitle(String title, String line) {
        LessonEntry e = selected.get();
        int i = selectedStep.get();
        if (e == null || !editable.get() || i < 0 || i >= steps.size() || !(steps.get(i) instanceof TitleStep t)
                || title == null || title.isBlank()) {
            return;
        }
        String l = line == null || line.isBlank() ? null : line.strip();
        if (!title.strip().equals(t.title()) || !Objects.equals(l, t.text())) {
            service.change(lib -> lib.edit(e.id(), x -> LessonEdits.retitleStep(x, i, title.strip(), l)));
        }
    }

    /** Writes the chosen lesson to a file to share; returns false (the user told) when it failed. */
    public boolean exportTo(Path file) {
        LessonEntry e = selected.get();
        PackIndex index = context.packs().getIndex();
        if (e == null || index == null) {
            return false;
        }
        try {
            LessonFiles.write(file, index.pack().id(), List.of(e.lesson()));
            return true;
        } catch (IOException | RuntimeException ex) {
            context.dialogs().showError(context.text("lessons.export.failedTitle"),
                    context.text("lessons.export.failed", file, String.valueOf(ex.getMessage())));
            return false;
        }
    }

    /** The name a shared file of the chosen lesson gets. */
    public String suggestedFileName() {
        return selected.get() == null ? "lesson" + LessonFiles.EXTENSION : LessonFiles.suggestedName(selected.get().lesson());
    }

    /**
     * Reads a lesson file and adds its lessons as the teacher's; problems are shown with the file,
     * JSON path and line. Returns the lessons added.
     */
    public List<LessonEntry> importFrom(Path file) {
        PackIndex index = context.packs().getIndex();
        if (index == null) {
            return List.of();
        }
        LessonFiles.ImportResult r = LessonFiles.read(file, index);
        if (!r.problems().isEmpty()) {
            context.dialogs().showProblems(r.file(), r.problems());
        }
        if (!r.isValid() || r.lessons().isEmpty()) {
            return List.of();
        }
        List<Lesson> in = r.lessons();
        Optional<List<LessonEntry>> added = service.change(lib -> lib.importLessons(in));
        added.filter(a -> !a.isEmpty()).ifPresent(a -> select(a.get(0)));
        return added.orElse(List.of());
    }

    /** Presents the chosen lesson, from its start or from the chosen step. */
    public boolean present(boolean fromHere) {
        return service.present(fromHere ? Math.max(0, selectedStep.get()) : 0);
    }

    public void dispose() {
        service.revisionProperty().removeListener(refresh);
    }
}
