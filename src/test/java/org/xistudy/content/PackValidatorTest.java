package org.xistudy.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.xistudy.content.TestPacks.item;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.xistudy.content.LoadResult.Status;

/** One test per kind of problem: each asserts the JSON path, the message and the line. */
class PackValidatorTest {

    private static LoadResult broken(Consumer<JsonObject> change) {
        JsonObject pack = TestPacks.minimal();
        change.accept(pack);
        return TestPacks.load(pack);
    }

    private static Problem only(LoadResult r) {
        assertEquals(1, r.problems().size(), () -> "expected one problem but got " + r.problems());
        return r.problems().get(0);
    }

    /** The 1-based line of the first line of {@code text} that contains {@code marker}. */
    private static int lineOf(String text, String marker) {
        List<String> lines = Arrays.asList(text.split("\n", -1));
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(marker)) {
                return i + 1;
            }
        }
        throw new AssertionError("marker not found: " + marker);
    }

    private static void assertProblem(Problem p, Problem.Severity severity, String path, String messagePart) {
        assertEquals(severity, p.severity(), p::format);
        assertEquals(path, p.path(), p::format);
        assertTrue(p.message().contains(messagePart), () -> "message \"" + p.message() + "\" lacks \"" + messagePart + "\"");
    }

    @Test
    void theMinimalPackIsValidWithoutWarnings() {
        LoadResult r = TestPacks.load(TestPacks.minimal());
        assertEquals(Status.VALID, r.status(), r.problems()::toString);
        assertEquals(List.of(), r.problems());
        assertEquals(2, r.pack().events().size());
        assertTrue(r.pack().cards().stream().filter(c -> c.id().equals("card-b")).findFirst().orElseThrow().isTrue());
    }

    @Test
    void syntaxErrorGivesLineColumnAndPath() {
        String text = TestPacks.text(TestPacks.minimal()).replace("\"title\": \"Test pack\",",
                "\"title\": \"Test pack\",,");
        LoadResult r = TestPacks.load(text);
        Problem p = only(r);
        assertEquals(Status.INVALID, r.status());
        assertEquals(lineOf(text, "\"Test pack\",,"), p.position().line());
        assertEquals(text.split("\n")[p.position().line() - 1].indexOf(",,") + 2, p.position().column());
        assertTrue(p.message().startsWith("malformed JSON, found ','"), p.message());
        assertEquals("test.json", p.file());
    }

    @Test
    void lenientJsonIsRejected() {
        for (String bad : List.of("{\"format\": 1, // comment\n}", "{'format': 1}", "{format: 1}", "[1, 2,]",
                "{\"format\": 1} trailing", "{\"a\": \"tab\there\"}", "{\"a\": 1, \"a\": 2}", "{\"a\": NaN}")) {
            LoadResult r = TestPacks.load(bad);
            assertEquals(Status.INVALID, r.status(), bad);
            assertEquals(1, r.problems().size(), bad);
            assertTrue(r.problems().get(0).isError(), bad);
        }
        Problem dup = only(TestPacks.load("{\n  \"a\": 1,\n  \"a\": 2\n}"));
        assertProblem(dup, Problem.Severity.ERROR, "$.a", "duplicate member name \"a\"");
        assertEquals(3, dup.position().line());
    }

    @Test
    void wrongTypeNamesWhatWasFound() {
        LoadResult r = broken(p -> item(p, "events", 0).addProperty("title", 42));
        Problem p = only(r);
        assertProblem(p, Problem.Severity.ERROR, "$.events[0].title", "expected a string but found the number 42");
        assertEquals(lineOf(TestPacks.text(changed(x -> item(x, "events", 0).addProperty("title", 42))),
                "\"title\": 42"), p.position().line());
    }

    @Test
    void missingRequiredFieldIsReportedOnItsObject() {
        Problem p = only(broken(x -> item(x, "events", 0).remove("summary")));
        assertProblem(p, Problem.Severity.ERROR, "$.events[0]", "missing required field \"summary\"");
    }

    @Test
    void missingCiteIsAnError() {
        Problem p = only(broken(x -> item(x, "people", 0).add("cite", new JsonArray())));
        assertProblem(p, Problem.Severity.ERROR, "$.people[0].cite", "needs at least one cite");
    }

    @Test
    void duplicateIdsPointAtTheFirstUse() {
        LoadResult r = broken(x -> item(x, "people", 0).addProperty("id", "ev-a"));
        Problem p = r.problems().stream().filter(q -> q.path().equals("$.people[0].id")).findFirst().orElseThrow();
        assertProblem(p, Problem.Severity.ERROR, "$.people[0].id", "duplicate id \"ev-a\"");
        assertTrue(p.message().contains("an event at $.events[0]"), p.message());
    }

    private static JsonObject changed(Consumer<JsonObject> change) {
        JsonObject pack = TestPacks.minimal();
        change.accept(pack);
        return pack;
    }

    @Test
    void danglingReferenceSuggestsTheClosestId() {
        Problem p = only(broken(x -> item(x, "events", 0).addProperty("lane", "lane-b")));
        assertProblem(p, Problem.Severity.ERROR, "$.events[0].lane", "no lane has the id \"lane-b\"");
        assertTrue(p.message().contains("did you mean \"lane-a\""), p.message());
    }

    @Test
    void linkToTheWrongKindOfItem() {
        Problem p = only(broken(x -> item(x, "events", 0).add("institutions", TestPacks.array("person-a"))));
        assertProblem(p, Problem.Severity.ERROR, "$.events[0].institutions[0]",
                "\"person-a\" is a person, but \"institutions\" must name an institution");
    }

    @Test
    void unknownCiteReference() {
        Problem p = only(broken(x -> item(x, "notes", 0).getAsJsonArray("cite").get(0).getAsJsonObject()
                .addProperty("ref", "ref-z")));
        assertProblem(p, Problem.Severity.ERROR, "$.notes[0].cite[0].ref", "no reference has the id \"ref-z\"");
    }

    @Test
    void malformedAndImpossibleDates() {
        Problem shape = only(broken(x -> item(x, "events", 0).addProperty("date", "13/2013")));
        assertProblem(shape, Problem.Severity.ERROR, "$.events[0].date", "write YYYY, YYYY-MM or YYYY-MM-DD");
        Problem month = only(broken(x -> item(x, "events", 0).addProperty("date", "2013-13")));
        assertProblem(month, Problem.Severity.ERROR, "$.events[0].date", "has month 13");
        Problem day = only(broken(x -> item(x, "events", 0).addProperty("date", "2013-02-29")));
        assertProblem(day, Problem.Severity.ERROR, "$.events[0].date", "February 2013 has 28 days");
        assertTrue(TestPacks.load(changed(x -> item(x, "events", 0).addProperty("date", "2012-02-29"))).isValid(),
                "29 February 2012 exists");
    }

    @Test
    void endBeforeStart() {
        Problem p = only(broken(x -> item(x, "events", 1).addProperty("end", "1950")));
        assertProblem(p, Problem.Severity.ERROR, "$.events[1].end", "end 1950 is before date 1958");
        Problem inst = only(broken(x -> item(x, "institutions", 0).addProperty("dissolved", "2012-12")));
        assertProblem(inst, Problem.Severity.ERROR, "$.institutions[0].dissolved", "before established 2013");
        // The same year at different precisions is not "before".
        assertTrue(TestPacks.load(changed(x -> item(x, "events", 1).addProperty("end", "1958-06"))).isValid());
    }

    @Test
    void quoteMustBeVerbatim() {
        Problem p = only(broken(x -> item(x, "events", 0).getAsJsonArray("cite").get(0).getAsJsonObject()
                .addProperty("quote", "In 2014, Xi established the Central National Security Commission")));
        assertProblem(p, Problem.Severity.ERROR, "$.events[0].cite[0].quote", "the quote is not in the essay");
        assertFalse(p.message().contains("quote marks"), p.message());
    }

    @Test
    void quoteWithStraightApostropheIsExplained() {
        Problem p = only(broken(x -> item(x, "people", 0).getAsJsonArray("cite").get(0).getAsJsonObject()
                .addProperty("quote", "Chinese foreign policy is clearly in Xi Jinping's grip.")));
        assertProblem(p, Problem.Severity.ERROR, "$.people[0].cite[0].quote", "differs only in quote marks");
    }

    @Test
    void quoteWhitespaceIsNormalised() {
        assertTrue(TestPacks.load(changed(x -> item(x, "people", 0).getAsJsonArray("cite").get(0).getAsJsonObject()
                .addProperty("quote", "Chinese  foreign\n policy is clearly\tin Xi Jinping’s grip."))).isValid());
    }

    @Test
    void emptyStringsAreErrors() {
        Problem p = only(broken(x -> item(x, "events", 0).addProperty("title", " ")));
        assertProblem(p, Problem.Severity.ERROR, "$.events[0].title", "must not be empty");
        Problem tag = only(broken(x -> item(x, "cards", 0).add("tags", TestPacks.array("ok", ""))));
        assertProblem(tag, Problem.Severity.ERROR, "$.cards[0].tags[1]", "must not be empty");
    }

    @Test
    void unknownFieldIsAWarningAndThePackStillLoads() {
        LoadResult r = broken(x -> item(x, "events", 0).addProperty("titel", "x"));
        Problem p = only(r);
        assertProblem(p, Problem.Severity.WARNING, "$.events[0].titel", "unknown field \"titel\"");
        assertTrue(p.message().contains("did you mean \"title\""), p.message());
        assertEquals(Status.VALID, r.status());
        assertEquals(0, r.status().exitCode());
    }

    @Test
    void unsupportedFormatStopsValidation() {
        Problem p = only(broken(x -> {
            x.addProperty("format", 2);
            item(x, "events", 0).addProperty("date", "nonsense");
        }));
        assertProblem(p, Problem.Severity.ERROR, "$.format", "unsupported format version 2; this app reads format 1");
        Problem text = only(broken(x -> x.add("format", new JsonPrimitive("1"))));
        assertProblem(text, Problem.Severity.ERROR, "$.format", "expected a whole number but found the string \"1\"");
    }

    @Test
    void cardTypeRules() {
        assertProblem(only(broken(x -> item(x, "cards", 2).addProperty("answer", "2014"))), Problem.Severity.ERROR,
                "$.cards[2].answer", "the answer \"2014\" is not one of the options");
        assertProblem(only(broken(x -> item(x, "cards", 1).addProperty("answer", "yes"))), Problem.Severity.ERROR,
                "$.cards[1].answer", "answer is true or false");
        assertProblem(only(broken(x -> item(x, "cards", 3).addProperty("text", "{{a}} and {{b}}"))),
                Problem.Severity.ERROR, "$.cards[3].text", "exactly one span");
        assertProblem(only(broken(x -> item(x, "cards", 4).add("items", TestPacks.array("1971", "1991")))),
                Problem.Severity.ERROR, "$.cards[4].items", "3 to 8 items, but this one has 2");
        assertProblem(only(broken(x -> item(x, "cards", 2).add("options", TestPacks.array("2013", "2013")))),
                Problem.Severity.ERROR, "$.cards[2].options", "the option \"2013\" appears twice");
        assertProblem(only(broken(x -> item(x, "cards", 0).remove("back"))), Problem.Severity.ERROR, "$.cards[0]",
                "a basic card needs \"back\"");
        assertProblem(only(broken(x -> item(x, "cards", 0).addProperty("question", "?"))), Problem.Severity.WARNING,
                "$.cards[0].question", "\"question\" is not used by basic cards");
        assertProblem(only(broken(x -> item(x, "cards", 0).addProperty("type", "flip"))), Problem.Severity.ERROR,
                "$.cards[0].type", "\"flip\" is not a known type");
    }

    @Test
    void citeNeedsExactlyOneOfQuoteAndRef() {
        assertProblem(only(broken(x -> item(x, "events", 1).getAsJsonArray("cite").get(0).getAsJsonObject()
                .addProperty("quote", "In 2013"))), Problem.Severity.ERROR, "$.events[1].cite[0]", "not both");
        assertProblem(only(broken(x -> item(x, "events", 1).getAsJsonArray("cite").set(0, new JsonObject()))),
                Problem.Severity.ERROR, "$.events[1].cite[0]", "a cite needs \"quote\"");
    }

    @Test
    void relationCannotLinkAnItemToItself() {
        assertProblem(only(broken(x -> item(x, "relations", 0).addProperty("to", "person-a"))),
                Problem.Severity.ERROR, "$.relations[0].to", "cannot link \"person-a\" to itself");
    }

    @Test
    void missingSeedFileIsReported() {
        Problem p = only(broken(x -> x.getAsJsonObject("source").addProperty("seed", "seeds/none.txt")));
        assertProblem(p, Problem.Severity.ERROR, "$.source.seed", "cannot find the essay file \"seeds/none.txt\"");
    }

    @Test
    void everyProblemIsCollected() {
        LoadResult r = broken(x -> {
            item(x, "events", 0).addProperty("date", "2013-13");
            item(x, "events", 1).addProperty("lane", "nowhere");
            item(x, "people", 0).addProperty("zh", "");
            item(x, "cards", 2).addProperty("answer", "1999");
            item(x, "lanes", 0).addProperty("colour", "red");
        });
        assertEquals(4, r.errors().size(), r.problems()::toString);
        assertEquals(1, r.warnings().size());
        List<Integer> lines = r.problems().stream().map(p -> p.position().line()).toList();
        assertEquals(lines.stream().sorted().toList(), lines, "problems come in file order");
    }

    @Test
    void rootMustBeAnObject() {
        assertProblem(only(TestPacks.load("[1, 2]")), Problem.Severity.ERROR, "$", "a content pack is a JSON object");
    }

    @Test
    void hostileInputGetsAClearError() {
        Problem deep = only(TestPacks.load("[".repeat(10_000) + "]".repeat(10_000)));
        assertTrue(deep.message().contains("nesting is deeper than 64 levels"), deep.message());

        byte[] latin1 = "{\"format\": 1, \"title\": \"caf\u00e9\"}".getBytes(StandardCharsets.ISO_8859_1);
        Problem encoding = only(PackLoader.load("latin1.json", latin1, SeedFiles.bundled()));
        assertTrue(encoding.message().contains("not valid UTF-8"), encoding.message());
        assertEquals(1, encoding.position().line());
        assertEquals(28, encoding.position().column());

        Problem empty = only(TestPacks.load("  \n"));
        assertTrue(empty.message().contains("the file is empty"), empty.message());

        LoadResult big = PackLoader.load("big.json", new byte[(int) PackLoader.MAX_BYTES + 1], SeedFiles.bundled());
        assertEquals(Status.UNREADABLE, big.status());
        assertTrue(only(big).message().contains("larger than 16 MB"));

        LoadResult truncated = TestPacks.load(TestPacks.text(TestPacks.minimal()).substring(0, 500));
        assertTrue(only(truncated).message().contains("ends before the JSON value is complete")
                || only(truncated).message().contains("not closed"), only(truncated).message());
    }

    @Test
    void problemPrintsInCompilerStyle() {
        Problem p = only(broken(x -> item(x, "events", 0).addProperty("date", "2013-13")));
        assertTrue(p.format().matches("test\\.json:\\d+:\\d+: error: \\$\\.events\\[0\\]\\.date: .+"), p.format());
    }
}
