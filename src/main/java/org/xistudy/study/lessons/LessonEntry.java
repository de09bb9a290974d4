package org.xistudy.study.lessons;

import java.util.Objects;
import org.xistudy.content.model.Lesson;

/**
 * A lesson as the app lists it: the lesson and where it comes from. The pack's own lessons are
 * read-only ({@link LessonLibrary#duplicate} makes an editable copy); the teacher's own are not.
 */
public record LessonEntry(Lesson lesson, Origin origin) {

    /** Where a lesson comes from. */
    public enum Origin {
        /** Shipped in the content pack: read-only. */
        PACK,
        /** Made, duplicated or imported by the teacher, kept in the data folder: editable. */
        USER
    }

    public LessonEntry {
        Objects.requireNonNull(lesson);
        Objects.requireNonNull(origin);
    }

    public String id() {
        return lesson.id();
    }

    public boolean isReadOnly() {
        return origin == Origin.PACK;
    }
}
