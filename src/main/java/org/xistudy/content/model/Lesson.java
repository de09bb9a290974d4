package org.xistudy.content.model;

import java.util.List;

/**
 * A lesson: an ordered list of {@link LessonStep steps} a teacher presents one by one. A pack may
 * ship lessons (read-only in the app); teachers make their own in the app, and share them as
 * small lesson files.
 *
 * @param summary one or two sentences shown in the list of lessons, or null
 */
public record Lesson(String id, String title, String summary, List<LessonStep> steps) {
    public Lesson {
        steps = Lists.of(steps);
    }

    public int size() {
        return steps.size();
    }

    public LessonStep step(int index) {
        return steps.get(index);
    }
}
