package org.xistudy.study.print;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.xistudy.study.quiz.Phrase;
import org.xistudy.study.quiz.Question;

/**
 * A question's right answer in one line, for paper and spreadsheets: the letter and the option,
 * the words to type, for an ordering the place of each item as printed, for a matching the pairs
 * with the letters of the right-hand items.
 */
public final class AnswerText {
    static final String LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";

    private AnswerText() {
    }

    /** The letter of an option or a right-hand item: A, B, C… */
    public static String letter(int i) {
        return String.valueOf(LETTERS.charAt(Math.max(0, Math.min(i, LETTERS.length() - 1))));
    }

    public static String of(Question.Body b, Function<Phrase, String> render) {
        if (b instanceof Question.Choice c) {
            return letter(c.correct()) + ". " + render.apply(c.answer());
        }
        if (b instanceof Question.Typed t) {
            return t.answer();
        }
        if (b instanceof Question.Order ord) {
            // the number each item, in the order printed, should be given: "(2) A · (1) B"
            int[] place = new int[ord.items().size()];
            for (int pos = 0; pos < ord.correctOrder().size(); pos++) {
                place[ord.correctOrder().get(pos)] = pos + 1;
            }
            List<String> parts = new ArrayList<>();
            for (int i = 0; i < ord.items().size(); i++) {
                parts.add("(" + place[i] + ") " + render.apply(ord.items().get(i)));
            }
            return String.join(" \u00B7 ", parts);
        }
        Question.Match m = (Question.Match) b;
        List<String> pairs = new ArrayList<>();
        for (int i = 0; i < m.lefts().size(); i++) {
            int r = m.rightOfLeft().get(i);
            pairs.add(render.apply(m.lefts().get(i)) + " \u2014 " + letter(r) + ". " + render.apply(m.rights().get(r)));
        }
        return String.join("; ", pairs);
    }
}
