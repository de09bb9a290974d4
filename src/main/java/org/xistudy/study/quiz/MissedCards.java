package org.xistudy.study.quiz;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The study cards behind the questions a learner missed. */
public final class MissedCards {
    private MissedCards() {
    }

    /**
     * The ids of the cards linked to the missed questions, each once, in the order the questions
     * were asked: a card question's own card, or the cards linked to what a generated question
     * asks about.
     */
    public static List<String> of(List<Question> missed) {
        Set<String> out = new LinkedHashSet<>();
        for (Question q : missed) {
            out.addAll(q.cards());
        }
        return List.copyOf(out);
    }
}
