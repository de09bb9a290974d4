package org.xistudy.content;

import org.xistudy.content.model.Card;

/** Plain-text renderings of a card, for lists, labels and search. */
public final class CardText {
    /** What stands for a hidden cloze span. */
    public static final String BLANK = "[…]";

    private CardText() {
    }

    /** The card's question side. */
    public static String prompt(Card c) {
        switch (c.type()) {
            case BASIC:
            case REVERSED:
                return c.front();
            case CLOZE:
                return c.clozeText(BLANK);
            case CHOICE:
            case TYPEIN:
                return c.question();
            case TRUEFALSE:
                return c.statement();
            default:
                return c.prompt();
        }
    }

    /** The card's answer side, in one line. */
    public static String answer(Card c) {
        switch (c.type()) {
            case BASIC:
            case REVERSED:
                return c.back();
            case CLOZE:
                return c.clozeAnswer();
            case CHOICE:
            case TYPEIN:
                return c.answer();
            case TRUEFALSE:
                return c.isTrue() ? "True" : "False";
            case ORDER:
                return String.join(" → ", c.items());
            default:
                StringBuilder sb = new StringBuilder();
                c.pairs().forEach(p -> sb.append(sb.length() == 0 ? "" : "; ").append(p.left()).append(" — ")
                        .append(p.right()));
                return sb.toString();
        }
    }
}
