package org.xistudy.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.xistudy.content.json.JsonPosition;

class MessagesTest {
    private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)}");

    /** The template as it reads: apostrophes and quoted braces undone by hand, not by MessageFormat. */
    private static String unquoted(String template) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < template.length(); i++) {
            char c = template.charAt(i);
            if (c == '\'' && i + 1 < template.length() && template.charAt(i + 1) == '\'') {
                sb.append('\'');
                i++;
            } else if (c != '\'') {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    private static int argumentCount(String template) {
        int n = 0;
        Matcher m = ARGUMENT.matcher(template);
        while (m.find()) {
            n = Math.max(n, Integer.parseInt(m.group(1)) + 1);
        }
        return n;
    }

    @Test
    void everyTemplateSaysWhatItReads() {
        // a lone apostrophe would swallow text and arguments: the English must come out as written
        assertTrue(Messages.keys().size() > 60, "templates: " + Messages.keys().size());
        for (String key : Messages.keys()) {
            String t = Messages.template(key);
            int n = argumentCount(t);
            List<String> args = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                args.add("<" + i + ">");
            }
            String expected = unquoted(t);
            for (int i = 0; i < n; i++) {
                expected = expected.replace("{" + i + "}", "<" + i + ">");
            }
            assertEquals(expected, Messages.english(key, args), key);
            for (int w : Messages.wordArguments(key)) {
                assertTrue(w < n, key + " has no argument " + w);
            }
        }
    }

    @Test
    void argumentsAreWrittenAsTheyAre() {
        // numbers are not grouped ("1,000"), apostrophes and braces in values stay
        assertEquals("an order card lists 2 to 1000 items, but this one has 12345",
                Messages.Text.of("orderItems", 2, 1000, 12345).english());
        assertEquals("the answer \"it's {0}\" is not one of the options",
                Messages.Text.of("choiceAnswer", "it's {0}").english());
        assertEquals("a truefalse card's answer is true or false, but found an array",
                Messages.Text.of("trueFalseAnswer", "an array").english());
        assertEquals("a cloze text hides exactly one span written {{like this}}, but this one has 2",
                Messages.Text.of("clozeSpans", 2).english());
        assertEquals("the file ends before the JSON value is complete (a missing } or ]?)",
                Messages.Text.of("jsonEnds").english());
    }

    @Test
    void aProblemKeepsItsKeyAndItsEnglish() {
        Problem p = Problem.error("f.json", new JsonPosition(2, 3), "$.events[0]", "fieldMissing", "summary");
        assertEquals("f.json:2:3: error: $.events[0]: missing required field \"summary\"", p.format());
        assertEquals("fieldMissing", p.key());
        assertEquals(List.of("summary"), p.args());
        assertEquals(p, p.withFile("g.json").withFile("f.json"));
        assertEquals("fieldMissing", p.withFile("g.json").key());
        Problem old = new Problem(Problem.Severity.WARNING, "f.json", JsonPosition.START, "$", "plain words");
        assertNull(old.key());
        assertEquals(List.of(), old.args());
        String huge = "x".repeat(10_000);
        Problem cut = Problem.error("f.json", JsonPosition.START, "$", "linkUnknown", "event", huge);
        assertTrue(cut.args().get(1).length() < 500, "a huge argument is cut like the message");
        assertTrue(cut.message().length() < 500);
    }

    @Test
    void aBadDateCarriesItsKey() {
        assertEquals("dateNotADate", PartialDate.problemText("12/2020").orElseThrow().key());
        assertEquals("\"2020-13\" has month 13; months run from 01 to 12", PartialDate.problemWith("2020-13").orElseThrow());
        assertNull(PartialDate.problemText("2023-02-30").orElseThrow().key(), "no template yet");
    }
}
