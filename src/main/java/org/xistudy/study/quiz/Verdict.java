package org.xistudy.study.quiz;

/**
 * How an answer fared: right or wrong, and for questions with several parts (order, match) how
 * many parts were right. A question counts as right only when every part is.
 */
public record Verdict(boolean correct, int partsRight, int parts, boolean unanswered) {

    public static Verdict of(boolean correct) {
        return new Verdict(correct, correct ? 1 : 0, 1, false);
    }

    public static Verdict parts(int right, int of) {
        return new Verdict(right == of, right, of, false);
    }

    public static Verdict none(int parts) {
        return new Verdict(false, 0, parts, true);
    }
}
