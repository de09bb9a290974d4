package org.xistudy.study.lessons;

/**
 * What the teacher asks of a running lesson, from a key, a clicker or a button; see
 * {@link LessonKeys} for the keys and {@link LessonRun#apply} for what each does.
 */
public sealed interface LessonCommand {

    /** Commands without an argument. */
    enum Simple implements LessonCommand {
        /** Forward: reveal a card's answer, step a quiz, or go to the next step. */
        NEXT,
        /** Back: hide a card's answer, step a quiz back, or go to the previous step. */
        PREVIOUS,
        /** The first step. */
        FIRST,
        /** The last step. */
        LAST,
        /** Go to the step whose number was typed; with nothing typed, forward. */
        ENTER,
        /** A black screen, or back to the lesson. */
        BLACK,
        /** A white screen, or back to the lesson. */
        WHITE,
        /** Pauses or resumes the countdown of a quiz question. */
        PAUSE_COUNTDOWN
    }

    /** A digit typed towards a step number (then {@link Simple#ENTER}). */
    record Digit(int digit) implements LessonCommand {
        public Digit {
            if (digit < 0 || digit > 9) {
                throw new IllegalArgumentException("a digit is 0 to 9");
            }
        }
    }

    /** A point for a team (0-based) on the current quiz question. */
    record Award(int team) implements LessonCommand {
    }

    /** Takes back a team's (0-based) last point. */
    record TakeBack(int team) implements LessonCommand {
    }
}
