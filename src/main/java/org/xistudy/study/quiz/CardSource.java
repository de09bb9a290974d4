package org.xistudy.study.quiz;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.function.Consumer;
import org.xistudy.content.CardText;
import org.xistudy.content.PackIndex;
import org.xistudy.content.model.Card;
import org.xistudy.content.model.CardType;
import org.xistudy.content.model.Cite;
import org.xistudy.content.model.MatchPair;

/**
 * The authored cards as questions. {@link #body} is also what the flashcards answer a card with,
 * so a card is asked, shown and checked the same way in Cards, the quiz and the classroom.
 */
public final class CardSource implements QuestionSource {
    private final PackIndex index;

    public CardSource(PackIndex index) {
        this.index = index;
    }

    /** Whether a card of this type is answered (rather than turned over and graded by the learner). */
    public static boolean answerable(CardType type) {
        return switch (type) {
            case CHOICE, TRUEFALSE, TYPEIN, ORDER, MATCH -> true;
            default -> false;
        };
    }

    /** The question format a card becomes, or empty for cards that are not quizzed (basic, reversed). */
    public static Optional<QuestionFormat> format(CardType type) {
        return switch (type) {
            case CHOICE -> Optional.of(QuestionFormat.CHOICE);
            case TRUEFALSE -> Optional.of(QuestionFormat.TRUE_FALSE);
            case TYPEIN -> Optional.of(QuestionFormat.TYPE_IN);
            case CLOZE -> Optional.of(QuestionFormat.CLOZE);
            case ORDER -> Optional.of(QuestionFormat.ORDER);
            case MATCH -> Optional.of(QuestionFormat.MATCH);
            default -> Optional.empty();
        };
    }

    /**
     * What the learner works with for a card: options shuffled, items to order shown without
     * their dates and never already in order, the right side of a match shuffled. Empty for
     * basic and reversed cards and for a card that cannot be asked fairly (two options or
     * items that read the same).
     */
    public static Optional<Question.Body> body(Card c, Random rng) {
        switch (c.type()) {
            case CHOICE: {
                if (!QuestionKit.distinctTexts(c.options()) || !c.options().contains(c.answer()) || c.options().size() < 2) {
                    return Optional.empty();
                }
                List<String> opts = new ArrayList<>(c.options());
                Collections.shuffle(opts, rng);
                return Optional.of(new Question.Choice(opts.stream().map(Phrase::literal).toList(),
                        opts.indexOf(c.answer()), null));
            }
            case TRUEFALSE:
                return Optional.of(new Question.Choice(List.of(Phrase.of("quiz.true"), Phrase.of("quiz.false")),
                        c.isTrue() ? 0 : 1, null));
            case TYPEIN:
                return QuestionKit.blank(c.answer()) ? Optional.empty()
                        : Optional.of(new Question.Typed(c.answer(), c.accept(), null));
            case CLOZE:
                return QuestionKit.blank(c.clozeAnswer()) ? Optional.empty()
                        : Optional.of(new Question.Typed(c.clozeAnswer(), List.of(), c.clozeHint()));
            case ORDER: {
                List<String> shown = CardText.undatedItems(c);
                if (shown.size() < 2 || !QuestionKit.distinctTexts(shown)) {
                    return Optional.empty();
                }
                return Optional.of(QuestionKit.shuffledOrder(shown.stream().map(Phrase::literal).toList(), null, rng));
            }
            case MATCH: {
                List<String> lefts = c.pairs().stream().map(MatchPair::left).toList();
                List<String> rights = c.pairs().stream().map(MatchPair::right).toList();
                if (c.pairs().size() < 2 || !QuestionKit.distinctTexts(lefts) || !QuestionKit.distinctTexts(rights)) {
                    return Optional.empty();
                }
                return Optional.of(QuestionKit.shuffledMatch(lefts.stream().map(Phrase::literal).toList(),
                        rights.stream().map(Phrase::literal).toList(), null, null, rng, false));
            }
            default:
                return Optional.empty();
        }
    }

    /**
     * What the answer side adds for a card beyond its explanation: the full text of a cloze, and
     * the items of an order with their dates, in order, where the task showed them without.
     */
    public static List<Phrase> facts(Card c) {
        List<Phrase> out = new ArrayList<>();
        if (c.type() == CardType.CLOZE) {
            out.add(Phrase.literal(c.clozeFull()));
        } else if (c.type() == CardType.ORDER && !CardText.undatedItems(c).equals(c.items())) {
            for (int i = 0; i < c.items().size(); i++) {
                out.add(Phrase.of("quiz.fact.place", i + 1, c.items().get(i)));
            }
        }
        return out;
    }

    @Override
    public void draft(Random rng, Consumer<Question> out) {
        for (Card c : index.pack().cards()) {
            question(c, rng).ifPresent(out);
        }
    }

    /** The question a card becomes. Basic and reversed cards are studied with the flashcards, not quizzed. */
    Optional<Question> question(Card c, Random rng) {
        Optional<QuestionFormat> format = format(c.type());
        if (format.isEmpty()) {
            return Optional.empty();
        }
        Optional<Question.Body> body = body(c, rng);
        if (body.isEmpty()) {
            return Optional.empty();
        }
        List<String> items = new ArrayList<>();
        index.eventsOfCard(c.id()).forEach(e -> items.add(e.id()));
        items.addAll(c.institutions());
        items.addAll(c.people());
        List<Phrase> explanation = new ArrayList<>(facts(c));
        if (!QuestionKit.blank(c.explanation())) {
            explanation.add(Phrase.literal(c.explanation()));
        }
        Cite cite = c.cite().stream().filter(Cite::isQuote).findFirst()
                .or(() -> index.eventsOfCard(c.id()).stream().flatMap(e -> e.cite().stream()).filter(Cite::isQuote)
                        .findFirst())
                .orElse(c.cite().isEmpty() ? null : c.cite().get(0));
        String section = index.sectionOf(c).orElse(null);
        return Optional.of(new Question("card:" + c.id(), format.get(), Phrase.literal(CardText.prompt(c)), body.get(),
                explanation, cite, section, c.tags(), items, List.of(c.id()), c.id()));
    }
}
