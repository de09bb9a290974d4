package org.xistudy.study.lessons;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.xistudy.content.PackIndex;
import org.xistudy.content.TestLessons;
import org.xistudy.content.model.LessonStep.QuizStep;
import org.xistudy.study.quiz.Question;
import org.xistudy.study.quiz.QuizGenerator;

class LessonQuizTest {
    private static final PackIndex INDEX = TestLessons.index();

    private static List<Question> questions(QuizStep step) {
        return LessonQuiz.questions(new QuizGenerator(INDEX), step);
    }

    @Test
    void namedCardsAreAskedInTheirOrder() {
        List<Question> q = questions(new QuizStep(List.of("card-g", "card-b", "card-c"), null, null, null));
        assertEquals(List.of("card-g", "card-b", "card-c"), q.stream().map(Question::cardId).toList());
    }

    @Test
    void theSameStepGivesTheSameQuestionsEveryTime() {
        QuizStep cards = new QuizStep(List.of("card-c", "card-e", "card-f"), null, 11, null);
        assertEquals(questions(cards), questions(cards), "options in the same order too");
        QuizStep made = new QuizStep(null, 5, 3, null);
        List<Question> first = questions(made);
        assertEquals(5, first.size());
        assertEquals(first, questions(made));
        List<List<String>> bySeed = new ArrayList<>();
        for (int seed = 1; seed <= 6; seed++) {
            bySeed.add(questions(new QuizStep(null, 5, seed, null)).stream().map(Question::id).toList());
        }
        assertNotEquals(1, bySeed.stream().distinct().count(), "the seed chooses the questions");
    }

    @Test
    void cardsThePackLostAreLeftOut() {
        assertEquals(List.of("card-b"), questions(new QuizStep(List.of("card-gone", "card-b"), null, null, null))
                .stream().map(Question::cardId).toList());
    }
}
