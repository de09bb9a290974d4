package org.xistudy.study.quiz;

import java.util.List;

/**
 * A generated quiz: its questions in the order they are asked, with the seed and settings that
 * produced them, so the same quiz can be made again.
 *
 * @param retryOf the id of the attempt whose misses this quiz repeats, or null
 */
public record Quiz(long seed, QuizSettings settings, List<Question> questions, String retryOf) {
    public Quiz {
        questions = List.copyOf(questions);
    }

    public int size() {
        return questions.size();
    }

    /** A quiz of the given questions, asked again in the same order (for "retry misses"). */
    public static Quiz retry(List<Question> questions, QuizSettings settings, String attemptId) {
        return new Quiz(0, settings.withCount(Math.max(QuizSettings.MIN_COUNT,
                Math.min(QuizSettings.MAX_COUNT, questions.size()))), questions, attemptId);
    }
}
