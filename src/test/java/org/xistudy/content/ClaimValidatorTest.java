package org.xistudy.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.xistudy.content.TestClaims.claim;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.xistudy.content.LoadResult.Status;
import org.xistudy.content.model.Claim;
import org.xistudy.content.model.ClaimKind;

/**
 * Claims in a pack: the model they load into, and one test per rule of the argument's tree, each
 * asserting the problem's severity, JSON path, message and line.
 */
class ClaimValidatorTest {

    private static JsonObject pack(Consumer<JsonObject> change) {
        JsonObject pack = TestClaims.pack();
        change.accept(pack);
        return pack;
    }

    private static List<Problem> problems(JsonObject pack) {
        return TestPacks.load(pack).problems();
    }

    private static Problem only(JsonObject pack) {
        List<Problem> p = problems(pack);
        assertEquals(1, p.size(), () -> "expected one problem but got " + p);
        return p.get(0);
    }

    /**
     * Asserts severity, path and message, and that the problem points at the line of claim
     * {@code claimIndex}'s {@code member} as the pack prints ({@code null}: the claim's opening brace).
     */
    private static void assertProblem(JsonObject pack, Problem p, Problem.Severity severity, String path,
            String messagePart, int claimIndex, String member) {
        assertEquals(severity, p.severity(), p::format);
        assertEquals(path, p.path(), p::format);
        assertTrue(p.message().contains(messagePart), () -> "message \"" + p.message() + "\" lacks \"" + messagePart + "\"");
        assertEquals(lineOf(TestPacks.text(pack), claimIndex, member), p.position().line(), p::format);
    }

    /** The 1-based line of a claim's member (or its opening brace) in the pretty-printed pack. */
    private static int lineOf(String text, int claimIndex, String member) {
        List<String> lines = Arrays.asList(text.split("\n", -1));
        int i = lines.indexOf("  \"claims\": [");
        assertTrue(i >= 0, "the pack has no claims array");
        int seen = -1;
        for (i = i + 1; i < lines.size(); i++) {
            if (lines.get(i).equals("    {") && ++seen == claimIndex) {
                break;
            }
        }
        if (member == null) {
            return i + 1;
        }
        for (int j = i; j < lines.size() && !lines.get(j).equals("    },") && !lines.get(j).equals("    }"); j++) {
            if (lines.get(j).startsWith("      \"" + member + "\":")) {
                return j + 1;
            }
        }
        throw new AssertionError("claim " + claimIndex + " has no member " + member);
    }

    // ---- the model ---------------------------------------------------------------------------

    @Test
    void theTestClaimsLoadWithoutProblems() {
        LoadResult r = TestPacks.load(TestClaims.pack());
        assertEquals(List.of(), r.problems());
        List<Claim> claims = r.pack().claims();
        assertEquals(List.of("claim-thesis", "claim-model", "claim-cnsc", "claim-trigger", "claim-impl"),
                claims.stream().map(Claim::id).toList());
        Claim thesis = claims.get(0);
        assertEquals(ClaimKind.THESIS, thesis.kind());
        assertTrue(thesis.isRoot());
        assertEquals(List.of(), thesis.support());
        assertEquals("Xi can set a new course, and can err.", thesis.summary());
        Claim cnsc = claims.get(2);
        assertEquals(ClaimKind.MECHANISM, cnsc.kind());
        assertEquals("claim-model", cnsc.parent());
        assertEquals(2, cnsc.order());
        assertEquals(List.of("ev-a", "inst-a", "rel-a"), cnsc.support());
        assertEquals(2, cnsc.cite().size());
        assertEquals("ref-a", cnsc.cite().get(1).ref());
        assertEquals(null, claims.get(1).summary());
    }

    @Test
    void aPackWithoutClaimsStillLoadsAndHasNone() {
        LoadResult r = TestPacks.load(TestPacks.minimal());
        assertEquals(Status.VALID, r.status(), r.problems()::toString);
        assertEquals(List.of(), r.pack().claims());
        assertTrue(r.index().orElseThrow().thesis().isEmpty());
        LoadResult empty = TestPacks.load(pack(p -> p.add("claims", new JsonArray())));
        assertEquals(List.of(), empty.problems());
        assertEquals(List.of(), empty.pack().claims());
    }

    @Test
    void readingNotesMayBeAboutClaims() {
        JsonObject pack = pack(p -> TestPacks.item(p, "notes", 0).getAsJsonArray("about").add("claim-impl"));
        assertEquals(List.of(), problems(pack));
    }

    // ---- the walk: fields, ids and links ---------------------------------------------------------

    @Test
    void aClaimIdAlreadyUsedByAnotherItemIsADuplicate() {
        JsonObject pack = pack(p -> claim(p, 4).addProperty("id", "ev-a"));
        Problem p = only(pack);
        assertProblem(pack, p, Problem.Severity.ERROR, "$.claims[4].id", "duplicate id \"ev-a\"", 4, "id");
        assertTrue(p.message().contains("an event at $.events[0]"), p.message());
    }

    @Test
    void twoClaimsWithOneIdAreADuplicate() {
        JsonObject pack = pack(p -> claim(p, 4).addProperty("id", "claim-trigger"));
        Problem p = only(pack);
        assertProblem(pack, p, Problem.Severity.ERROR, "$.claims[4].id", "duplicate id \"claim-trigger\"", 4, "id");
        assertTrue(p.message().contains("a claim at $.claims[3]"), p.message());
    }

    @Test
    void anUnknownParentSuggestsTheClosestClaim() {
        JsonObject pack = pack(p -> claim(p, 3).addProperty("parent", "claim-modle"));
        Problem p = only(pack);
        assertProblem(pack, p, Problem.Severity.ERROR, "$.claims[3].parent",
                "no claim has the id \"claim-modle\" (did you mean \"claim-model\"?)", 3, "parent");
    }

    @Test
    void aParentThatIsNotAClaim() {
        JsonObject pack = pack(p -> claim(p, 3).addProperty("parent", "ev-a"));
        assertProblem(pack, only(pack), Problem.Severity.ERROR, "$.claims[3].parent",
                "\"ev-a\" is an event, but \"parent\" must name a claim", 3, "parent");
    }

    @Test
    void anUnknownSupportSuggestsTheClosestItem() {
        JsonObject pack = pack(p -> claim(p, 1).add("support", TestPacks.array("person-b")));
        Problem p = only(pack);
        assertEquals("$.claims[1].support[0]", p.path());
        assertTrue(p.message().contains("has the id \"person-b\" (did you mean \"person-a\"?)"), p.message());
        assertEquals(lineOf(TestPacks.text(pack), 1, "support") + 1, p.position().line(), p::format);
    }

    @Test
    void supportNamesOnlyEventsBodiesPeopleAndRelations() {
        for (String wrong : List.of("card-a", "note-a", "claim-trigger", "lane-a", "ref-a")) {
            JsonObject pack = pack(p -> claim(p, 2).getAsJsonArray("support").add(wrong));
            Problem p = only(pack);
            assertEquals(Problem.Severity.ERROR, p.severity(), p::format);
            assertEquals("$.claims[2].support[3]", p.path(), p::format);
            assertTrue(p.message().startsWith("\"" + wrong + "\" is a"), p.message());
            assertTrue(p.message().endsWith("\"support\" must name an event or an institution or a person or a relation"),
                    p.message());
        }
    }

    @Test
    void supportMayBeEmptyButNotMissing() {
        JsonObject pack = pack(p -> claim(p, 1).remove("support"));
        assertProblem(pack, only(pack), Problem.Severity.ERROR, "$.claims[1]", "missing required field \"support\"", 1,
                null);
        assertEquals(List.of(), problems(pack(p -> claim(p, 1).add("support", new JsonArray()))));
    }

    @Test
    void supportMayNotNameAnItemTwice() {
        JsonObject pack = pack(p -> claim(p, 2).getAsJsonArray("support").add("ev-a"));
        Problem p = only(pack);
        assertEquals("$.claims[2].support[3]", p.path());
        assertTrue(p.message().contains("\"ev-a\" is listed twice"), p.message());
    }

    @Test
    void anUnknownKindListsTheKinds() {
        JsonObject pack = pack(p -> claim(p, 3).addProperty("kind", "cause"));
        assertProblem(pack, only(pack), Problem.Severity.ERROR, "$.claims[3].kind",
                "\"cause\" is not a known kind; use one of implication, mechanism, model, qualification, thesis, trigger",
                3, "kind");
    }

    @Test
    void orderIsAWholeNumber() {
        JsonObject pack = pack(p -> claim(p, 3).addProperty("order", 1.5));
        assertProblem(pack, only(pack), Problem.Severity.ERROR, "$.claims[3].order",
                "expected a whole number but found the number 1.5", 3, "order");
        JsonObject missing = pack(p -> claim(p, 3).remove("order"));
        assertProblem(missing, only(missing), Problem.Severity.ERROR, "$.claims[3]", "missing required field \"order\"",
                3, null);
    }

    // ---- the tree ------------------------------------------------------------------------------

    @Test
    void aSecondClaimWithoutAParentIsAnError() {
        JsonObject pack = pack(p -> claim(p, 4).remove("parent"));
        assertProblem(pack, only(pack), Problem.Severity.ERROR, "$.claims[4]",
                "claim \"claim-impl\" has no \"parent\", but only the thesis may have none and this claim is an "
                        + "implication; name the claim it supports", 4, null);
    }

    @Test
    void aSecondThesisWithoutAParentIsAnError() {
        JsonObject pack = pack(p -> {
            claim(p, 4).remove("parent");
            claim(p, 4).addProperty("kind", "thesis");
        });
        Problem p = only(pack);
        assertProblem(pack, p, Problem.Severity.ERROR, "$.claims[4]", "claim \"claim-impl\" is a second thesis: "
                + "\"claim-thesis\" at $.claims[0] (line " + lineOf(TestPacks.text(pack), 0, null) + ") is already the root",
                4, null);
    }

    @Test
    void theRootMustBeTheThesis() {
        JsonObject pack = pack(p -> claim(p, 0).addProperty("kind", "model"));
        assertProblem(pack, only(pack), Problem.Severity.ERROR, "$.claims[0]",
                "claim \"claim-thesis\" has no \"parent\", but only the thesis may have none and this claim is a model",
                0, null);
    }

    @Test
    void theThesisHasNoParent() {
        JsonObject pack = pack(p -> claim(p, 4).addProperty("kind", "thesis"));
        assertProblem(pack, only(pack), Problem.Severity.ERROR, "$.claims[4].parent",
                "the thesis is the root of the argument and has no \"parent\"", 4, "parent");
    }

    @Test
    void aClaimThatIsItsOwnParent() {
        JsonObject pack = pack(p -> claim(p, 3).addProperty("parent", "claim-trigger"));
        assertProblem(pack, only(pack), Problem.Severity.ERROR, "$.claims[3].parent",
                "claim \"claim-trigger\" names itself as its parent", 3, "parent");
    }

    @Test
    void eachClaimOnACycleIsReportedOnceAtItsParent() {
        // claim-model -> claim-cnsc -> claim-model; claim-trigger hangs below the loop and is not on it
        JsonObject pack = pack(p -> claim(p, 1).addProperty("parent", "claim-cnsc"));
        List<Problem> found = problems(pack);
        assertEquals(2, found.size(), found::toString);
        assertProblem(pack, found.get(0), Problem.Severity.ERROR, "$.claims[1].parent",
                "claim \"claim-model\" is its own ancestor (claim-model \u2192 claim-cnsc \u2192 claim-model)", 1, "parent");
        assertProblem(pack, found.get(1), Problem.Severity.ERROR, "$.claims[2].parent",
                "claim \"claim-cnsc\" is its own ancestor (claim-cnsc \u2192 claim-model \u2192 claim-cnsc)", 2, "parent");
    }

    @Test
    void aLongerCycleAwayFromTheThesisIsFoundToo() {
        // thesis <- impl; trigger -> cnsc -> model -> trigger: three claims on the loop, each once
        JsonObject pack = pack(p -> {
            claim(p, 1).addProperty("parent", "claim-trigger");
            claim(p, 3).addProperty("parent", "claim-cnsc");
        });
        List<Problem> found = problems(pack);
        assertEquals(List.of("$.claims[1].parent", "$.claims[2].parent", "$.claims[3].parent"),
                found.stream().map(Problem::path).toList(), found::toString);
        assertTrue(found.stream().allMatch(p -> p.isError() && p.message().contains("is its own ancestor")), found::toString);
    }

    @Test
    void aClaimMustQuoteTheEssay() {
        JsonObject pack = pack(p -> claim(p, 2).getAsJsonArray("cite").remove(0));
        assertProblem(pack, only(pack), Problem.Severity.ERROR, "$.claims[2].cite",
                "a claim needs at least one quote from the essay", 2, "cite");
    }

    @Test
    void aClaimQuoteMustBeVerbatim() {
        JsonObject pack = pack(p -> claim(p, 3).getAsJsonArray("cite").get(0).getAsJsonObject()
                .addProperty("quote", "The second trigger was a series of political scandals"));
        Problem p = only(pack);
        assertEquals("$.claims[3].cite[0].quote", p.path());
        assertTrue(p.message().startsWith("the quote is not in the essay"), p.message());
    }

    @Test
    void aClaimWithoutCiteIsAnError() {
        JsonObject pack = pack(p -> claim(p, 3).add("cite", new JsonArray()));
        assertProblem(pack, only(pack), Problem.Severity.ERROR, "$.claims[3].cite", "needs at least one cite", 3, "cite");
    }

    @Test
    void siblingsSharingAnOrderGiveAWarning() {
        JsonObject pack = pack(p -> claim(p, 3).addProperty("order", 2));
        LoadResult r = TestPacks.load(pack);
        assertEquals(Status.VALID, r.status(), "a warning does not stop the pack");
        Problem p = only(pack);
        assertProblem(pack, p, Problem.Severity.WARNING, "$.claims[3].order", "order 2 is also the order of "
                + "\"claim-cnsc\" at $.claims[2] (line " + lineOf(TestPacks.text(pack), 2, null) + "), another claim "
                + "under \"claim-model\"", 3, "order");
    }

    @Test
    void theSameOrderUnderDifferentParentsIsFine() {
        // claim-model and claim-trigger both have order 1, under different parents
        JsonObject pack = TestClaims.pack();
        assertEquals(1, claim(pack, 1).get("order").getAsInt());
        assertEquals(1, claim(pack, 3).get("order").getAsInt());
        assertEquals(List.of(), problems(pack));
    }

    @Test
    void aLessonIdMayNotRepeatAClaimId() {
        JsonObject pack = pack(p -> {
            p.add("lessons", TestLessons.lessons());
            p.getAsJsonArray("lessons").get(0).getAsJsonObject().addProperty("id", "claim-model");
        });
        Problem p = only(pack);
        assertEquals("$.lessons[0].id", p.path());
        assertTrue(p.message().contains("duplicate id \"claim-model\"; a claim at $.claims[1]"), p.message());
    }

    @Test
    void everyProblemOfABrokenTreeIsReportedAtOnce() {
        JsonObject pack = pack(p -> {
            claim(p, 0).addProperty("kind", "model");
            claim(p, 2).add("cite", JsonParser.parseString("[{\"ref\": \"ref-a\", \"detail\": \"p. 3\"}]"));
            claim(p, 3).addProperty("parent", "claim-trigger");
            claim(p, 4).addProperty("order", 1);
        });
        List<String> paths = problems(pack).stream().map(Problem::path).toList();
        assertEquals(List.of("$.claims[0]", "$.claims[2].cite", "$.claims[3].parent", "$.claims[4].order"), paths);
        assertFalse(TestPacks.load(pack).isValid());
    }

    // ---- the documentation ---------------------------------------------------------------------

    @Test
    void theExampleInFormatMdIsValidForTheBundledPack() throws Exception {
        Path dir = Path.of(System.getProperty("xistudy.projectDir", "."));
        String doc = Files.readString(dir.resolve("resources/content/FORMAT.md"));
        int start = doc.indexOf("    \"claims\": [");
        int end = doc.indexOf("\n    ]\n", start);
        assertTrue(start > 0 && end > start, "FORMAT.md shows a claims example");
        JsonArray example = JsonParser.parseString(doc.substring(doc.indexOf('[', start), end + 6)).getAsJsonArray();
        assertEquals(3, example.size());
        JsonObject pack = JsonParser.parseString(Files.readString(dir.resolve("resources/content/xi-power-concentration.json")))
                .getAsJsonObject();
        // the example stands in for the pack's own claims; notes keep only what still exists
        Set<String> dropped = new HashSet<>();
        if (pack.has("claims")) {
            pack.getAsJsonArray("claims").forEach(c -> dropped.add(c.getAsJsonObject().get("id").getAsString()));
        }
        example.forEach(c -> dropped.remove(c.getAsJsonObject().get("id").getAsString()));
        pack.getAsJsonArray("notes").forEach(n -> n.getAsJsonObject().getAsJsonArray("about")
                .asList().removeIf(id -> dropped.contains(id.getAsString())));
        // and lessons their steps on the claims the example leaves out
        pack.getAsJsonArray("lessons").forEach(l -> l.getAsJsonObject().getAsJsonArray("steps").asList()
                .removeIf(s -> s.getAsJsonObject().has("claim") && dropped.contains(s.getAsJsonObject().get("claim")
                        .getAsString())));
        pack.add("claims", example);
        LoadResult r = PackLoader.load("FORMAT.md", TestPacks.bytes(pack), SeedFiles.bundled());
        assertEquals(List.of(), r.problems());
        assertEquals(List.of("xi-in-command"), r.index().orElseThrow().childrenOf("thesis").stream().map(Claim::id).toList());
    }
}
