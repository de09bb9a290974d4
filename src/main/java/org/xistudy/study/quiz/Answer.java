package org.xistudy.study.quiz;

import java.util.List;

/** What the learner gave for a question. */
public sealed interface Answer {

    /** The option at {@code index} (0-based) of a choice question. */
    record Choice(int index) implements Answer {
    }

    /** Typed words. */
    record Typed(String text) implements Answer {
        public Typed {
            text = text == null ? "" : text;
        }
    }

    /** An ordering question's items as arranged: indices into the items as they were shown. */
    record Ordered(List<Integer> order) implements Answer {
        public Ordered {
            order = List.copyOf(order);
        }
    }

    /**
     * A matching question's pairs: for each left item, the index of the right item chosen for it,
     * or -1 when none was.
     */
    record Matched(List<Integer> rightOfLeft) implements Answer {
        public Matched {
            rightOfLeft = List.copyOf(rightOfLeft);
        }
    }

    /** No answer: the time ran out, or the quiz ended first. */
    record None() implements Answer {
    }

    /** The shared empty answer. */
    Answer NONE = new None();
}
