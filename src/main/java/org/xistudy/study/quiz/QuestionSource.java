package org.xistudy.study.quiz;

import java.util.Random;
import java.util.function.Consumer;

/** One family of questions: the authored cards, events in time, bodies' founding, who led what. */
interface QuestionSource {
    /** Drafts this family's questions for a seed's random numbers. */
    void draft(Random rng, Consumer<Question> out);
}
