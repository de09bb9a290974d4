package org.xistudy.study.fsrs;

/** Where a card stands in its life, as in py-fsrs and ts-fsrs. */
public enum State {
    /** Never reviewed. */
    NEW,
    /** Being learned through the short learning steps (minutes). */
    LEARNING,
    /** Known, with intervals in days. */
    REVIEW,
    /** Forgotten in review, going through the relearning steps. */
    RELEARNING
}
