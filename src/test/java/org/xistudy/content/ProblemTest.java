package org.xistudy.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.xistudy.content.json.JsonPosition;

class ProblemTest {
    @Test
    void aHugeQuotedValueIsCutInTheMessage() {
        String value = "x".repeat(50_000);
        Problem p = new Problem(Problem.Severity.ERROR, "f.json", new JsonPosition(3, 4), "$.a",
                "no reference has the id \"" + value + "\"");
        assertTrue(p.message().length() < 500, "cut to a readable length");
        assertTrue(p.message().endsWith("(50026 characters)"), p.message());
        assertEquals("f.json:3:4: error: $.a: " + p.message(), p.format());
        Problem short1 = new Problem(Problem.Severity.WARNING, "f.json", new JsonPosition(1, 1), "$", "fine");
        assertEquals("fine", short1.message());
    }
}
