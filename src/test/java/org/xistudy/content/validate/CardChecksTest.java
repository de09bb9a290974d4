package org.xistudy.content.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link CardChecks} on its own: what it reports, where, and in which order. */
class CardChecksTest {
    private final List<String> reported = new ArrayList<>();
    private final CardChecks checks = new CardChecks((path, text) -> reported.add("E " + path + " " + text.key()),
            (path, text) -> reported.add("W " + path + " " + text.key()));

    private List<String> check(String card) {
        JsonObject obj = JsonParser.parseString(card).getAsJsonObject();
        checks.check(obj, "$.cards[0]");
        return reported;
    }

    @Test
    void aChoiceWithTooFewOptionsAndAnAnswerAmongNone() {
        assertEquals(List.of("E $.cards[0].options choiceOptions", "E $.cards[0].answer choiceAnswer"),
                check("{\"type\": \"choice\", \"id\": \"c\", \"question\": \"?\", \"options\": [\"x\"],"
                        + " \"answer\": \"y\", \"cite\": []}"));
    }

    @Test
    void aClozeNeedsExactlyOneGap() {
        assertEquals(List.of("E $.cards[0].text clozeSpans"),
                check("{\"type\": \"cloze\", \"id\": \"c\", \"text\": \"no gap here\", \"cite\": []}"));
    }

    @Test
    void repeatedItemsAndTooFewOfThemAreBothReported() {
        assertEquals(List.of("E $.cards[0].items orderItems", "E $.cards[0].items repeated"),
                check("{\"type\": \"order\", \"id\": \"c\", \"prompt\": \"?\", \"items\": [\"a\", \"a\"], \"cite\": []}"));
    }

    @Test
    void aMissingFieldAndOneTheTypeDoesNotUseComeFirstThenTheAnswer() {
        assertEquals(List.of("E $.cards[0] cardNeeds", "W $.cards[0].front cardUnused",
                "E $.cards[0].answer trueFalseAnswer"),
                check("{\"type\": \"truefalse\", \"id\": \"c\", \"front\": \"f\", \"answer\": \"yes\"}"));
    }

    @Test
    void aTwoSidedCardWithItsFieldsIsFine() {
        assertEquals(List.of(), check("{\"type\": \"basic\", \"id\": \"c\", \"front\": \"f\", \"back\": \"b\"}"));
    }

    @Test
    void anUnknownTypeIsLeftToTheWalk() {
        assertEquals(List.of(), check("{\"type\": \"riddle\", \"id\": \"c\"}"));
    }
}
