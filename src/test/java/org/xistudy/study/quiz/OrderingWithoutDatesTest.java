package org.xistudy.study.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.xistudy.content.CardText;
import org.xistudy.content.PackIndex;
import org.xistudy.content.PackLoader;
import org.xistudy.content.model.Card;
import org.xistudy.content.model.CardType;

/** Items of an ordering task never give the order away with their dates; the dates are in the feedback. */
class OrderingWithoutDatesTest {
    private static PackIndex real;

    @BeforeAll
    static void load() {
        real = PackLoader.loadDefault().index().orElseThrow();
    }

    /** Renders a phrase the way the UI would, with the keys standing in for the bundle's words. */
    private static String render(Phrase p) {
        return p.render((key, args) -> key + " " + Arrays.toString(args), Locale.ENGLISH);
    }

    @Test
    void noOrderingQuestionOfTheBundledPackShowsADate() {
        int orders = 0;
        int dated = 0;
        for (long seed = 0; seed < 30; seed++) {
            for (Question q : new QuizGenerator(real).candidates(seed)) {
                List<Phrase> items = new ArrayList<>();
                if (q.body() instanceof Question.Order o) {
                    items.addAll(o.items());
                } else if (q.format() == QuestionFormat.WHICH_FIRST) {
                    items.addAll(((Question.Choice) q.body()).options());
                } else {
                    continue;
                }
                orders++;
                for (Phrase item : items) {
                    assertFalse(CardText.mentionsDate(render(item)), q.id() + " shows a date: " + render(item));
                }
                String feedback = String.join("\n", q.explanation().stream().map(OrderingWithoutDatesTest::render).toList());
                if (ArgumentChecks.isAbout(q)) {
                    continue; // claims in the essay's order: no dates to give
                }
                if (q.cardId() == null || !CardText.undatedItems(real.card(q.cardId()).orElseThrow())
                        .equals(real.card(q.cardId()).orElseThrow().items())) {
                    assertTrue(CardText.mentionsDate(feedback), q.id() + ": the dates are in the explanation: " + feedback);
                    dated++;
                }
            }
        }
        assertTrue(orders > 100, "enough ordering questions to mean something: " + orders);
        assertTrue(dated > 100, "and their dates in the feedback: " + dated);
    }

    @Test
    void everyOrderCardOfTheBundledPackIsAskedWithoutDatesOrLeftOut() {
        int asked = 0;
        for (Card c : real.pack().cards()) {
            if (c.type() != CardType.ORDER) {
                continue;
            }
            var body = CardSource.body(c, new Random(1));
            if (body.isEmpty()) {
                continue; // the items read the same without their dates: the card cannot be asked fairly
            }
            asked++;
            Question.Order o = (Question.Order) body.get();
            for (Phrase item : o.items()) {
                assertFalse(CardText.mentionsDate(item.literalText()), c.id() + ": " + item.literalText());
            }
            // the full, dated items are the card's own, for the answer side
            assertEquals(c.items().size(), o.items().size());
        }
        assertTrue(asked >= 8, "most order cards are asked: " + asked);
    }

    @Test
    void datesComeOffTheItems() {
        assertEquals("Xi and Biden meet in Bali", CardText.undated("Xi and Biden meet in Bali (Nov 2022)"));
        assertEquals("Yang Jiechi", CardText.undated("Yang Jiechi (2013 \u2013 Jan 2023)"));
        assertEquals("Wang Yi", CardText.undated("Wang Yi (from July 2023)"));
        assertEquals("The commission holds its first meeting", CardText.undated("The commission holds its first meeting (15 May 2018)"));
        assertEquals("The bank opens", CardText.undated("Jan 2016: The bank opens"));
        assertEquals("Mao Zedong", CardText.undated("Mao Zedong"));
        assertEquals("21 countries sign", CardText.undated("21 countries sign"));
        assertTrue(CardText.mentionsDate("Xi addresses the 2017 envoys\u2019 work conference"));
        assertTrue(CardText.mentionsDate("on 17 Nov 2023"));
        assertFalse(CardText.mentionsDate("21 countries sign a memorandum"));
    }
}
