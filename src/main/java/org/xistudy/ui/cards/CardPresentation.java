package org.xistudy.ui.cards;

import java.util.Objects;
import java.util.Optional;
import org.xistudy.content.PackIndex;
import org.xistudy.content.model.Card;
import org.xistudy.content.model.CardType;
import org.xistudy.study.evidence.Evidence;
import org.xistudy.study.fsrs.Rating;
import org.xistudy.study.progress.StudyItem;
import org.xistudy.ui.answer.CardAnswer;

/**
 * One study item as it is shown: the card as asked and answered ({@link CardAnswer}, shared with
 * every view that shows cards), the pack it belongs to, its section, and the evidence on its
 * back. Built fresh each time an item comes up; shuffles follow a seed that changes between
 * reviews.
 */
public final class CardPresentation {
    private final StudyItem item;
    private final PackIndex index;
    private final CardAnswer answer;
    private final Evidence evidence;
    private final String section;

    public CardPresentation(StudyItem item, PackIndex index, long seed) {
        this.item = item;
        this.index = index;
        this.answer = new CardAnswer(item.card(), item.reverse(), seed);
        this.evidence = index == null ? Evidence.NONE : Evidence.ofCard(item.card(), index);
        this.section = index == null ? null : index.sectionOf(item.card()).flatMap(id -> sectionTitle(index, id)).orElse(null);
    }

    private static Optional<String> sectionTitle(PackIndex index, String sectionId) {
        if (index.essay() == null) {
            return Optional.empty();
        }
        return index.essay().sections().stream().filter(s -> s.id().equals(sectionId)).map(s -> s.heading())
                .filter(Objects::nonNull).findFirst();
    }

    public StudyItem item() {
        return item;
    }

    /** The pack the card was taken from. */
    public PackIndex index() {
        return index;
    }

    public Card card() {
        return item.card();
    }

    public CardType type() {
        return item.card().type();
    }

    /** Whether this is the back-to-front direction of a reversed card. */
    public boolean reverse() {
        return item.reverse();
    }

    /** The card as asked: its body, the answer given and the verdict. */
    public CardAnswer answer() {
        return answer;
    }

    /** What backs the card: its sources, links and the reading notes on it and on what it links to. */
    public Evidence evidence() {
        return evidence;
    }

    /** The essay section the card belongs to, or null. */
    public String section() {
        return section;
    }

    /** Whether the attempt was right once turned over; null where the user grades themselves or made none. */
    public Boolean isCorrect() {
        return answer.correct();
    }

    /** Judges the attempt; called when the card is turned over. */
    void evaluate() {
        answer.evaluate();
    }

    /** The grade Space or Enter gives after the flip: Again for a wrong attempt, else Good. */
    public Rating suggestedRating() {
        return Boolean.FALSE.equals(answer.correct()) ? Rating.AGAIN : Rating.GOOD;
    }
}
