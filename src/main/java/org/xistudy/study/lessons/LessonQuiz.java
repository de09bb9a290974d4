package org.xistudy.study.lessons;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.xistudy.content.model.LessonStep.QuizStep;
import org.xistudy.study.quiz.Question;
import org.xistudy.study.quiz.QuizGenerator;
import org.xistudy.study.quiz.QuizSettings;

/**
 * The questions of a lesson's quiz step, ready for a
 * {@link org.xistudy.study.quiz.ClassroomGame}: the named cards' questions in the order named, or
 * {@code questions} questions made from the whole pack as the quiz set-up makes them. The same
 * pack, step and seed always give the same questions, with options in the same order.
 */
public final class LessonQuiz {
    /** Most questions a quiz step may ask for. */
    public static final int MAX_QUESTIONS = QuizSettings.MAX_COUNT;

    private LessonQuiz() {
    }

    /**
     * The questions of a step; cards the pack no longer has (in a teacher's older lesson) are left
     * out, so the list may be shorter than the step names, or empty.
     */
    public static List<Question> questions(QuizGenerator generator, QuizStep step) {
        long seed = step.effectiveSeed();
        if (!step.namesCards()) {
            int n = Math.max(QuizSettings.MIN_COUNT, Math.min(MAX_QUESTIONS, step.questions() == null ? 1
                    : step.questions()));
            return generator.generate(QuizSettings.defaults().withCount(n), seed).questions();
        }
        Map<String, Question> byCard = new HashMap<>();
        for (Question q : generator.candidates(seed)) {
            if (q.cardId() != null) {
                byCard.putIfAbsent(q.cardId(), q);
            }
        }
        List<Question> out = new ArrayList<>();
        for (String id : step.cardIds()) {
            Question q = byCard.get(id);
            if (q != null) {
                out.add(q);
            }
        }
        return out;
    }
}
