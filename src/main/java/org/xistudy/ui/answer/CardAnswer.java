package org.xistudy.ui.answer;

import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.IntStream;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import org.xistudy.content.CardText;
import org.xistudy.content.model.Card;
import org.xistudy.content.model.CardType;
import org.xistudy.study.quiz.Answer;
import org.xistudy.study.quiz.CardSource;
import org.xistudy.study.quiz.Phrase;
import org.xistudy.study.quiz.Question;
import org.xistudy.study.quiz.QuestionFormat;
import org.xistudy.study.quiz.Verdict;

/**
 * One card as it is asked: its two sides in words ({@link CardText}), and for the card types
 * that are answered, the same question body the quiz asks ({@link CardSource#body}), the answer
 * given so far and, once {@link #evaluate() evaluated}, its verdict. Shuffles follow the seed.
 */
public final class CardAnswer {
    private final Card card;
    private final boolean reverse;
    private final Question.Body body;
    private final ObjectProperty<Answer> answer = new SimpleObjectProperty<>(this, "answer");
    private final ReadOnlyObjectWrapper<Verdict> verdict = new ReadOnlyObjectWrapper<>(this, "verdict");

    public CardAnswer(Card card, boolean reverse, long seed) {
        this.card = card;
        this.reverse = reverse;
        this.body = CardSource.answerable(card.type()) ? CardSource.body(card, new Random(seed)).orElse(null) : null;
    }

    public Card card() {
        return card;
    }

    public CardType type() {
        return card.type();
    }

    /** Whether this is the back-to-front direction of a reversed card. */
    public boolean reverse() {
        return reverse;
    }

    /** What the learner answers with; empty when the card is turned over and graded by the learner. */
    public Optional<Question.Body> body() {
        return Optional.ofNullable(body);
    }

    /** The quiz format the body is asked in (true/false has its own control). */
    public QuestionFormat format() {
        return CardSource.format(card.type()).orElse(QuestionFormat.CHOICE);
    }

    /** The question side in words. */
    public String prompt() {
        return CardText.prompt(card, reverse);
    }

    /** The answer side in one line. */
    public String answerText() {
        return CardText.answer(card, reverse);
    }

    /** What the answer side adds: a cloze in full, an order's items with their dates. */
    public List<Phrase> facts() {
        return CardSource.facts(card);
    }

    /** The answer given so far (kept up to date by the card's controls), or null. */
    public ObjectProperty<Answer> answerProperty() {
        return answer;
    }

    /** The verdict on the answer once evaluated; null before, for self-graded cards and when nothing was answered. */
    public ReadOnlyObjectProperty<Verdict> verdictProperty() {
        return verdict.getReadOnlyProperty();
    }

    /** Whether the answer was right: null where the learner grades themselves or gave no answer. */
    public Boolean correct() {
        Verdict v = verdict.get();
        return v == null ? null : v.correct();
    }

    /** Judges the answer given; called when the card is turned over. */
    public void evaluate() {
        Answer a = answer.get();
        if (body == null || a == null || untouched(a)) {
            verdict.set(null);
        } else {
            Verdict v = body.check(a);
            verdict.set(v.unanswered() ? null : v);
        }
    }

    /** An order left as it was shown is no attempt (it is never shown in the right order). */
    private boolean untouched(Answer a) {
        return body instanceof Question.Order o && a instanceof Answer.Ordered ordered
                && ordered.order().equals(IntStream.range(0, o.items().size()).boxed().toList());
    }
}
