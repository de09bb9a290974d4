package org.xistudy.study.lessons;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.xistudy.content.PackIndex;
import org.xistudy.content.Problem;
import org.xistudy.content.model.Lesson;
import org.xistudy.content.model.LessonStep;
import org.xistudy.study.lessons.LessonEntry.Origin;

/**
 * All the lessons of the open pack: the pack's own (read-only) followed by the teacher's (from
 * the {@link LessonStore}, editable). Every change is written to disk before the method returns,
 * so a crash never loses an edit the editor showed; when the write fails, the method throws and
 * nothing changes, in memory or on disk.
 *
 * <pre>{@code
 * LessonLibrary library = new LessonLibrary(index, LessonStore.open(dataDir, index.pack().id()));
 * LessonEntry mine = library.duplicate("lesson-essay-45", "The essay in 45 minutes (my copy)");
 * library.edit(mine.id(), l -> LessonEdits.moveDown(l, 2));
 * library.addStep(mine.id(), LessonSteps.forItem(index, "ev-cnsc-2013").orElseThrow());
 * }</pre>
 */
public final class LessonLibrary {
    private final PackIndex index;
    private final LessonStore store;

    public LessonLibrary(PackIndex index, LessonStore store) {
        this.index = index;
        this.store = store;
    }

    public PackIndex index() {
        return index;
    }

    /** Every lesson: the pack's, in pack order, then the teacher's, in their order. */
    public synchronized List<LessonEntry> lessons() {
        List<LessonEntry> out = new ArrayList<>();
        index.lessons().forEach(l -> out.add(new LessonEntry(l, Origin.PACK)));
        userLessons().forEach(out::add);
        return out;
    }

    /** The teacher's lessons. */
    public synchronized List<LessonEntry> userLessons() {
        return store.lessons().stream().map(l -> new LessonEntry(l, Origin.USER)).toList();
    }

    public synchronized Optional<LessonEntry> find(String id) {
        return lessons().stream().filter(e -> e.id().equals(id)).findFirst();
    }

    /** Whether the lesson can be changed: it is the teacher's, and the data folder may be written. */
    public synchronized boolean canEdit(String id) {
        return store.isWritable() && store.lessons().stream().anyMatch(l -> l.id().equals(id));
    }

    /** Whether the teacher's lessons can be changed at all (see {@link #problem()} when not). */
    public boolean isWritable() {
        return store.isWritable();
    }

    /** What went wrong reading the teacher's lessons, to tell them; empty when all is well. */
    public Optional<LessonStore.Problem> problem() {
        return store.problem();
    }

    /**
     * Makes a new lesson of the teacher's, at the end of their list, with an id made from its
     * title.
     *
     * @throws IllegalArgumentException for a blank title
     */
    public synchronized LessonEntry create(String title, List<LessonStep> steps) throws IOException {
        String t = LessonEdits.requireText(title, "a lesson needs a title");
        Lesson lesson = new Lesson(LessonIds.unique(t, takenIds()), t, null, steps);
        return add(List.of(lesson)).get(0);
    }

    /**
     * Makes an editable copy of any lesson (the pack's or the teacher's) under a new id, at the
     * end of the teacher's list.
     *
     * @param newTitle the copy's title, such as "… (copy)" in the user's language
     * @throws NoSuchElementException when there is no such lesson
     */
    public synchronized LessonEntry duplicate(String id, String newTitle) throws IOException {
        Lesson original = require(id).lesson();
        String t = LessonEdits.requireText(newTitle, "a lesson needs a title");
        Lesson copy = new Lesson(LessonIds.unique(original.id() + "-copy", takenIds()), t, original.summary(),
                original.steps());
        return add(List.of(copy)).get(0);
    }

    /**
     * Changes one of the teacher's lessons, typically with a {@link LessonEdits} function, and
     * saves it.
     *
     * @throws NoSuchElementException when there is no such lesson
     * @throws IllegalStateException when the lesson is the pack's (read-only), or the teacher's
     *     lessons cannot be written (see {@link #problem()})
     * @throws IllegalArgumentException when the change alters the lesson's id
     * @throws IOException when the disk refuses the write; nothing changed
     */
    public synchronized LessonEntry edit(String id, UnaryOperator<Lesson> change) throws IOException {
        int at = userIndex(id);
        List<Lesson> all = new ArrayList<>(store.lessons());
        Lesson changed = change.apply(all.get(at));
        if (!changed.id().equals(id)) {
            throw new IllegalArgumentException("an edit may not change the lesson's id");
        }
        all.set(at, changed);
        store.save(all);
        return new LessonEntry(changed, Origin.USER);
    }

    /** Adds a step at the end of one of the teacher's lessons ("Add to lesson"). */
    public LessonEntry addStep(String id, LessonStep step) throws IOException {
        return edit(id, l -> LessonEdits.add(l, step));
    }

    /** Deletes one of the teacher's lessons. */
    public synchronized void delete(String id) throws IOException {
        int at = userIndex(id);
        List<Lesson> all = new ArrayList<>(store.lessons());
        all.remove(at);
        store.save(all);
    }

    /** Moves one of the teacher's lessons to another place in their list (0-based, among their lessons). */
    public synchronized void moveLesson(String id, int to) throws IOException {
        int at = userIndex(id);
        List<Lesson> all = new ArrayList<>(store.lessons());
        Lesson l = all.remove(at);
        all.add(Objects.checkIndex(to, all.size() + 1), l);
        store.save(all);
    }

    /**
     * Adds lessons read from a lesson file ({@link LessonFiles#read}) to the teacher's. A lesson
     * whose id is taken (imported before, or a pack lesson exported) gets a fresh id, so nothing
     * is overwritten.
     *
     * @return the lessons as added, with their ids
     */
    public synchronized List<LessonEntry> importLessons(List<Lesson> lessons) throws IOException {
        return add(lessons);
    }

    /** Problems of a lesson against the open pack (ids it no longer has, and so on), as an import reports them. */
    public synchronized List<Problem> check(String id) {
        return LessonFiles.check(List.of(require(id).lesson()), index);
    }

    private List<LessonEntry> add(List<Lesson> lessons) throws IOException {
        requireWritable();
        Set<String> taken = takenIds();
        List<Lesson> all = new ArrayList<>(store.lessons());
        List<LessonEntry> added = new ArrayList<>();
        for (Lesson l : lessons) {
            Lesson fresh = taken.contains(l.id()) || l.id() == null || l.id().isBlank()
                    ? LessonEdits.withId(l, LessonIds.unique(l.id() == null ? l.title() : l.id(), taken)) : l;
            taken.add(fresh.id());
            all.add(fresh);
            added.add(new LessonEntry(fresh, Origin.USER));
        }
        store.save(all);
        return added;
    }

    private Set<String> takenIds() {
        Set<String> taken = new HashSet<>();
        index.lessons().forEach(l -> taken.add(l.id()));
        store.lessons().forEach(l -> taken.add(l.id()));
        return taken;
    }

    private LessonEntry require(String id) {
        return find(id).orElseThrow(() -> new NoSuchElementException("no lesson has the id \"" + id + "\""));
    }

    private int userIndex(String id) {
        List<Lesson> all = store.lessons();
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).id().equals(id)) {
                requireWritable();
                return i;
            }
        }
        if (index.lesson(id).isPresent()) {
            throw new IllegalStateException("the lesson \"" + id + "\" comes with the pack and is read-only; "
                    + "duplicate it to edit a copy");
        }
        throw new NoSuchElementException("no lesson has the id \"" + id + "\"");
    }

    private void requireWritable() {
        if (!store.isWritable()) {
            throw new IllegalStateException("the teacher's lessons cannot be written: "
                    + store.problem().map(LessonStore.Problem::detail).orElse("another copy of the app holds the data folder"));
        }
    }
}
