package org.xistudy.study.lessons;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.xistudy.content.model.Lesson;
import org.xistudy.content.model.LessonStep;
import org.xistudy.content.model.LessonStep.TitleStep;

/**
 * The lesson editor's operations, as pure functions: each returns a new {@link Lesson} and leaves
 * the one given untouched, so a view model can keep the previous value for undo. Step indexes are
 * 0-based; an index outside the lesson throws {@link IndexOutOfBoundsException}. Moves past either
 * end change nothing. Whether a lesson may be edited at all is {@link LessonLibrary}'s business.
 */
public final class LessonEdits {
    private LessonEdits() {
    }

    /** Adds a step at the end. */
    public static Lesson add(Lesson lesson, LessonStep step) {
        return insert(lesson, lesson.size(), step);
    }

    /** Inserts a step so that it stands at {@code index} (0 to size). */
    public static Lesson insert(Lesson lesson, int index, LessonStep step) {
        Objects.requireNonNull(step);
        List<LessonStep> steps = new ArrayList<>(lesson.steps());
        steps.add(checkIndex(index, steps.size() + 1), step);
        return with(lesson, steps);
    }

    /** Replaces the step at {@code index}. */
    public static Lesson replace(Lesson lesson, int index, LessonStep step) {
        Objects.requireNonNull(step);
        List<LessonStep> steps = new ArrayList<>(lesson.steps());
        steps.set(checkIndex(index, steps.size()), step);
        return with(lesson, steps);
    }

    /** Removes the step at {@code index}. The last step may be removed too: the lesson is then empty. */
    public static Lesson remove(Lesson lesson, int index) {
        List<LessonStep> steps = new ArrayList<>(lesson.steps());
        steps.remove(checkIndex(index, steps.size()));
        return with(lesson, steps);
    }

    /** Moves a step one place earlier (Alt+Up); the first step stays. */
    public static Lesson moveUp(Lesson lesson, int index) {
        checkIndex(index, lesson.size());
        return index == 0 ? lesson : move(lesson, index, index - 1);
    }

    /** Moves a step one place later (Alt+Down); the last step stays. */
    public static Lesson moveDown(Lesson lesson, int index) {
        checkIndex(index, lesson.size());
        return index == lesson.size() - 1 ? lesson : move(lesson, index, index + 1);
    }

    /**
     * Moves the step at {@code from} so that it stands at {@code to} afterwards (both 0 to
     * size - 1), as a drag and drop does: the steps in between shift by one.
     */
    public static Lesson move(Lesson lesson, int from, int to) {
        List<LessonStep> steps = new ArrayList<>(lesson.steps());
        LessonStep s = steps.remove(checkIndex(from, steps.size()));
        steps.add(checkIndex(to, steps.size() + 1), s);
        return with(lesson, steps);
    }

    /** Sets the teacher notes of a step; null or blank removes them. */
    public static Lesson setTeacherNotes(Lesson lesson, int index, String notes) {
        return replace(lesson, index, lesson.step(checkIndex(index, lesson.size())).withTeacherNotes(notes));
    }

    /**
     * Sets the heading and line of text of a title step.
     *
     * @throws IllegalArgumentException when the step is not a title step, or the title is blank
     */
    public static Lesson retitleStep(Lesson lesson, int index, String title, String text) {
        if (!(lesson.step(checkIndex(index, lesson.size())) instanceof TitleStep t)) {
            throw new IllegalArgumentException("step " + index + " is not a title step");
        }
        return replace(lesson, index, t.withTitle(requireText(title, "a title step needs a title"), text));
    }

    /** Renames the lesson. @throws IllegalArgumentException for a blank title */
    public static Lesson rename(Lesson lesson, String title) {
        return new Lesson(lesson.id(), requireText(title, "a lesson needs a title"), lesson.summary(), lesson.steps());
    }

    /** Sets the summary; null or blank removes it. */
    public static Lesson setSummary(Lesson lesson, String summary) {
        return new Lesson(lesson.id(), lesson.title(), summary == null || summary.isBlank() ? null : summary.strip(),
                lesson.steps());
    }

    /** The same lesson under another id. */
    public static Lesson withId(Lesson lesson, String id) {
        return new Lesson(id, lesson.title(), lesson.summary(), lesson.steps());
    }

    private static Lesson with(Lesson lesson, List<LessonStep> steps) {
        return new Lesson(lesson.id(), lesson.title(), lesson.summary(), steps);
    }

    private static int checkIndex(int index, int size) {
        return Objects.checkIndex(index, size);
    }

    static String requireText(String s, String message) {
        if (s == null || s.isBlank()) {
            throw new IllegalArgumentException(message);
        }
        return s.strip();
    }
}
