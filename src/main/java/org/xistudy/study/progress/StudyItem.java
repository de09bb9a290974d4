package org.xistudy.study.progress;

import java.util.ArrayList;
import java.util.List;
import org.xistudy.content.model.Card;
import org.xistudy.content.model.CardType;

/**
 * One thing to study: a card, or for a {@code reversed} card one of its two directions. Progress
 * is kept per item, under {@link #key()}: the card id, plus {@value #REVERSE_SUFFIX} for the back
 * to front direction. Card ids cannot contain {@code #}, so keys never collide.
 */
public record StudyItem(Card card, boolean reverse) {
    public static final String REVERSE_SUFFIX = "#reverse";

    public String key() {
        return reverse ? card.id() + REVERSE_SUFFIX : card.id();
    }

    /** The card id a progress key belongs to. */
    public static String cardIdOf(String key) {
        return key.endsWith(REVERSE_SUFFIX) ? key.substring(0, key.length() - REVERSE_SUFFIX.length()) : key;
    }

    /** The key of the other direction of a reversed card, or null. */
    public String siblingKey() {
        return card.type() == CardType.REVERSED ? (reverse ? card.id() : card.id() + REVERSE_SUFFIX) : null;
    }

    /** The items of some cards, in their order; a reversed card gives both directions, forward first. */
    public static List<StudyItem> of(List<Card> cards) {
        List<StudyItem> out = new ArrayList<>();
        for (Card c : cards) {
            out.add(new StudyItem(c, false));
            if (c.type() == CardType.REVERSED) {
                out.add(new StudyItem(c, true));
            }
        }
        return out;
    }
}
