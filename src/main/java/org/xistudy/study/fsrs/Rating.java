package org.xistudy.study.fsrs;

/** How well a card was remembered: the four answer buttons. */
public enum Rating {
    AGAIN, HARD, GOOD, EASY;

    /** 1 for Again up to 4 for Easy, as FSRS and Anki number them. */
    public int grade() {
        return ordinal() + 1;
    }

    /** The rating for a grade of 1 to 4. */
    public static Rating ofGrade(int grade) {
        if (grade < 1 || grade > 4) {
            throw new IllegalArgumentException("a rating is 1, 2, 3 or 4, not " + grade);
        }
        return values()[grade - 1];
    }

    /** Whether the answer was recalled (anything but Again). */
    public boolean recalled() {
        return this != AGAIN;
    }
}
