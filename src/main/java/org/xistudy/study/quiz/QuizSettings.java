package org.xistudy.study.quiz;

import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What a quiz is made of and how it is timed. Empty {@code sections} or {@code tags} mean all.
 * A question passes when its section is among the sections and it has one of the tags.
 *
 * @param timeLimit the time per question or for the whole quiz; ignored when untimed
 */
public record QuizSettings(List<String> sections, List<String> tags, int count, Set<QuestionFormat> formats,
        Timing timing, Duration timeLimit) {

    /** How a quiz is timed. Untimed is the default: short timers shut some learners out. */
    public enum Timing { UNTIMED, PER_QUESTION, WHOLE_QUIZ }

    public static final int MIN_COUNT = 1;
    public static final int MAX_COUNT = 60;

    public QuizSettings {
        sections = List.copyOf(sections);
        tags = List.copyOf(tags);
        formats = formats.isEmpty() ? EnumSet.noneOf(QuestionFormat.class) : EnumSet.copyOf(formats);
        Objects.requireNonNull(timing);
        if (count < MIN_COUNT || count > MAX_COUNT) {
            throw new IllegalArgumentException("a quiz has " + MIN_COUNT + " to " + MAX_COUNT + " questions");
        }
        if (timing != Timing.UNTIMED && (timeLimit == null || timeLimit.isZero() || timeLimit.isNegative())) {
            throw new IllegalArgumentException("a timed quiz needs a time limit");
        }
    }

    /** Ten questions of every format from the whole pack, untimed. */
    public static QuizSettings defaults() {
        return new QuizSettings(List.of(), List.of(), 10, EnumSet.allOf(QuestionFormat.class), Timing.UNTIMED, null);
    }

    public QuizSettings withCount(int n) {
        return new QuizSettings(sections, tags, n, formats, timing, timeLimit);
    }

    public QuizSettings withFormats(Set<QuestionFormat> f) {
        return new QuizSettings(sections, tags, count, f, timing, timeLimit);
    }

    public QuizSettings withSections(List<String> s) {
        return new QuizSettings(s, tags, count, formats, timing, timeLimit);
    }

    public QuizSettings withTags(List<String> t) {
        return new QuizSettings(sections, t, count, formats, timing, timeLimit);
    }

    public QuizSettings withTiming(Timing t, Duration limit) {
        return new QuizSettings(sections, tags, count, formats, t, limit);
    }

    /** Whether a question belongs in a quiz with these settings (count aside). */
    public boolean admits(Question q) {
        if (!formats.contains(q.format())) {
            return false;
        }
        if (!sections.isEmpty() && (q.section() == null || !sections.contains(q.section()))) {
            return false;
        }
        return tags.isEmpty() || q.tags().stream().anyMatch(tags::contains);
    }
}
