package org.xistudy.study.quiz;

import java.util.Locale;

/**
 * The kinds of quiz question. The first four come from authored cards; the rest mostly from the data
 * and from the essay's argument.
 */
public enum QuestionFormat {
    /** An authored multiple-choice card. */
    CHOICE,
    /** An authored true-or-false card. */
    TRUE_FALSE,
    /** An authored type-in card: the answer is typed and compared leniently. */
    TYPE_IN,
    /** An authored cloze card: the hidden words are typed. */
    CLOZE,
    /**
     * Put 3 to 5 items in order: events by date, claims of one kind under one claim in the essay's
     * order, or an authored order card.
     */
    ORDER,
    /** Which of these events came first? */
    WHICH_FIRST,
    /** Match each item on the left to one on the right: an authored match card or pairs from the data. */
    MATCH,
    /** In which year did an event happen, or was a body established? */
    WHEN,
    /** Who chaired or headed a body in a given year? */
    WHO_HELD,
    /**
     * Which part of the essay's argument: which of these is one of its triggers (mechanisms,
     * implications), which implication an event illustrates.
     */
    ARGUMENT;

    /** The resource-bundle key of the format's name. */
    public String labelKey() {
        return "quiz.format." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
