package org.xistudy.study.quiz;

import java.util.List;

/**
 * One finished quiz, as kept in the history: when, how long, and how each question went. Times
 * are epoch milliseconds so the file reads the same everywhere.
 *
 * @param retryOf the attempt whose misses this one repeated, or null
 * @param endedEarly the learner ended the quiz before its end: only the questions answered are kept
 *     (false in files written before this was recorded)
 */
public record Attempt(String id, long startedAt, long durationMillis, long seed, String retryOf, List<Result> results,
        boolean endedEarly) {

    /** How one question went. {@code section} is the essay section id, or null. */
    public record Result(String questionId, QuestionFormat format, String section, boolean correct,
            boolean unanswered) {
    }

    public Attempt {
        results = results == null ? List.of() : List.copyOf(results);
    }

    /** A quiz that went to its end (or to the end of its time). */
    public Attempt(String id, long startedAt, long durationMillis, long seed, String retryOf, List<Result> results) {
        this(id, startedAt, durationMillis, seed, retryOf, results, false);
    }

    public int total() {
        return results.size();
    }

    public int correct() {
        return (int) results.stream().filter(Result::correct).count();
    }

    /** The share right, 0 to 1; 0 for an empty attempt. */
    public double score() {
        return results.isEmpty() ? 0 : (double) correct() / results.size();
    }
}
