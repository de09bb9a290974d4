package org.xistudy.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.xistudy.content.LoadResult.Status;
import org.xistudy.content.json.JsonSyntaxError;
import org.xistudy.content.json.PositionedJsonParser;
import org.xistudy.content.model.Lesson;
import org.xistudy.content.model.LessonStep;
import org.xistudy.content.model.LessonStep.CardStep;
import org.xistudy.content.model.LessonStep.ClaimStep;
import org.xistudy.content.model.LessonStep.EventStep;
import org.xistudy.content.model.LessonStep.NoteStep;
import org.xistudy.content.model.LessonStep.PassageStep;
import org.xistudy.content.model.LessonStep.QuizStep;
import org.xistudy.content.model.LessonStep.TitleStep;
import org.xistudy.content.model.LessonStep.YearStep;
import org.xistudy.content.validate.PackValidator;

/** Lessons in a pack and in lesson files: each bad case is reported with its JSON path and line. */
class LessonValidatorTest {

    private static JsonObject pack(Consumer<JsonArray> change) {
        JsonObject pack = TestLessons.basePack();
        JsonArray lessons = TestLessons.lessons();
        change.accept(lessons);
        pack.add("lessons", lessons);
        return pack;
    }

    private static JsonObject step(JsonArray lessons, int i) {
        return lessons.get(0).getAsJsonObject().getAsJsonArray("steps").get(i).getAsJsonObject();
    }

    private static Problem only(JsonObject pack) {
        LoadResult r = TestPacks.load(pack);
        assertEquals(1, r.problems().size(), () -> "expected one problem but got " + r.problems());
        return r.problems().get(0);
    }

    /** Asserts the problem's severity, path and message, and that it points at the line holding {@code marker}. */
    private static void assertProblem(JsonObject pack, Problem p, Problem.Severity severity, String path,
            String messagePart, String marker) {
        assertEquals(severity, p.severity(), p::format);
        assertEquals(path, p.path(), p::format);
        assertTrue(p.message().contains(messagePart), () -> "message \"" + p.message() + "\" lacks \"" + messagePart + "\"");
        assertEquals(lineOf(TestPacks.text(pack), marker), p.position().line(), p::format);
    }

    /**
     * The 1-based line of the first line after the start of the lessons that contains
     * {@code marker} (else the first line before it that does); with a marker that starts with "{ ", the line of the object around it.
     */
    private static int lineOf(String text, String marker) {
        List<String> lines = Arrays.asList(text.split("\n", -1));
        boolean object = marker.startsWith("{ ");
        String m = object ? marker.substring(2) : marker;
        int start = Math.max(0, lines.indexOf(lines.stream().filter(l -> l.contains("\"lessons\": [")).findFirst()
                .orElse(lines.get(0))));
        for (int n = 0; n < lines.size(); n++) {
            int i = (start + n) % lines.size();
            if (lines.get(i).contains(m)) {
                int at = i;
                while (object && !lines.get(at).strip().equals("{")) {
                    at--;
                }
                return at + 1;
            }
        }
        throw new AssertionError("marker not found: " + marker);
    }

    @Test
    void lessonsOfEveryKindAreValidAndBound() {
        LoadResult r = TestPacks.load(pack(l -> { }));
        assertEquals(Status.VALID, r.status(), r.problems()::toString);
        assertEquals(List.of(), r.problems());
        Lesson lesson = r.pack().lessons().get(0);
        assertEquals("lesson-a", lesson.id());
        assertEquals("Every kind of step.", lesson.summary());
        List<LessonStep> s = lesson.steps();
        assertEquals(new TitleStep("Opening", "What we will see", "Say hello."), s.get(0));
        assertEquals(new EventStep("ev-a", null, null), s.get(1));
        assertEquals(new YearStep(2013, "The CNSC appears."), s.get(2));
        assertEquals(new CardStep("card-d", null), s.get(3));
        PassageStep passage = assertInstanceOf(PassageStep.class, s.get(4));
        assertEquals(10, passage.paragraph());
        assertEquals("p10", passage.blockAnchor());
        assertEquals("p1", ((PassageStep) s.get(5)).blockAnchor());
        assertEquals(new NoteStep("note-a", null), s.get(6));
        assertEquals(new QuizStep(List.of("card-b", "card-c"), null, null, null), s.get(7));
        QuizStep generated = (QuizStep) s.get(8);
        assertEquals(3, generated.questions());
        assertEquals(7, generated.effectiveSeed());
        assertEquals(LessonStep.DEFAULT_QUIZ_SEED, ((QuizStep) s.get(7)).effectiveSeed());
        assertEquals(new ClaimStep("claim-impl", "Where the essay draws this."), s.get(9));
        assertEquals(lesson, r.index().orElseThrow().lesson("lesson-a").orElseThrow());
    }

    @Test
    void aStepNamingAMissingIdIsAnError() {
        JsonObject pack = pack(l -> step(l, 1).addProperty("event", "ev-missing"));
        assertProblem(pack, only(pack), Problem.Severity.ERROR, "$.lessons[0].steps[1].event",
                "no event has the id \"ev-missing\"", "\"ev-missing\"");
    }

    @Test
    void aStepNamingAnItemOfTheWrongKindIsAnError() {
        JsonObject pack = pack(l -> step(l, 3).addProperty("card", "ev-a"));
        Problem p = only(pack);
        assertProblem(pack, p, Problem.Severity.ERROR, "$.lessons[0].steps[3].card", "\"ev-a\" is an event", "\"card\": \"ev-a\"");
    }

    @Test
    void aMissingIdInAQuizIsAnError() {
        JsonObject pack = pack(l -> step(l, 7).add("cards", TestPacks.array("card-b", "card-zz")));
        assertProblem(pack, only(pack), Problem.Severity.ERROR, "$.lessons[0].steps[7].cards[1]",
                "no card has the id \"card-zz\"", "\"card-zz\"");
    }

    @Test
    void aClaimStepNamingAnUnknownClaimIsAnErrorWithTheClosestId() {
        JsonObject pack = pack(l -> step(l, 9).addProperty("claim", "claim-imp"));
        Problem p = only(pack);
        assertProblem(pack, p, Problem.Severity.ERROR, "$.lessons[0].steps[9].claim",
                "no claim has the id \"claim-imp\"", "\"claim-imp\"");
        assertTrue(p.message().endsWith("(did you mean \"claim-impl\"?)"), p.message());
        JsonObject far = pack(l -> step(l, 9).addProperty("claim", "the-argument"));
        assertEquals("no claim has the id \"the-argument\"", only(far).message(), "no hint when nothing is close");
    }

    @Test
    void aClaimStepNamingAnotherKindOfItemOrNothingIsAnError() {
        JsonObject card = pack(l -> step(l, 9).addProperty("claim", "card-d"));
        assertProblem(card, only(card), Problem.Severity.ERROR, "$.lessons[0].steps[9].claim",
                "\"card-d\" is a card, but \"claim\" must name a claim", "\"claim\": \"card-d\"");
        JsonObject none = pack(l -> step(l, 9).remove("claim"));
        Problem p = only(none);
        assertEquals("$.lessons[0].steps[9]", p.path());
        assertEquals("a claim step needs \"claim\"", p.message());
        JsonObject number = pack(l -> step(l, 9).addProperty("claim", 4));
        assertProblem(number, only(number), Problem.Severity.ERROR, "$.lessons[0].steps[9].claim",
                "expected a string but found the number 4", "\"claim\": 4");
        JsonObject other = pack(l -> step(l, 9).addProperty("card", "card-b"));
        Problem w = only(other);
        assertProblem(other, w, Problem.Severity.WARNING, "$.lessons[0].steps[9].card",
                "\"card\" is not used by claim steps; it is ignored", "\"card\": \"card-b\"");
    }

    @Test
    void aClaimStepNeedsAPackWithClaims() {
        JsonObject pack = TestPacks.minimal();
        pack.add("lessons", TestLessons.lessons());
        assertProblem(pack, only(pack), Problem.Severity.ERROR, "$.lessons[0].steps[9].claim",
                "no claim has the id \"claim-impl\"", "\"claim-impl\"");
    }

    @Test
    void anUnknownKindIsAnError() {
        JsonObject pack = pack(l -> step(l, 6).addProperty("kind", "argument"));
        Problem p = only(pack);
        assertProblem(pack, p, Problem.Severity.ERROR, "$.lessons[0].steps[6].kind",
                "\"argument\" is not a known kind", "\"argument\"");
        assertTrue(p.message().contains("card, claim, event, note, passage, quiz, title, year"), p.message());
    }

    @Test
    void aStepWithoutKindIsAnError() {
        JsonObject pack = pack(l -> step(l, 6).remove("kind"));
        assertProblem(pack, only(pack), Problem.Severity.ERROR, "$.lessons[0].steps[6]",
                "missing required field \"kind\"", "{ \"note\": \"note-a\"");
    }

    @Test
    void wrongFieldTypesAreErrors() {
        JsonObject pack = pack(l -> step(l, 2).addProperty("year", "2013"));
        assertProblem(pack, only(pack), Problem.Severity.ERROR, "$.lessons[0].steps[2].year",
                "expected a whole number but found the string \"2013\"", "\"year\": \"2013\"");
        JsonObject pack2 = pack(l -> step(l, 0).addProperty("teacherNotes", 5));
        assertProblem(pack2, only(pack2), Problem.Severity.ERROR, "$.lessons[0].steps[0].teacherNotes",
                "expected a string but found the number 5", "\"teacherNotes\": 5");
        JsonObject pack3 = pack(l -> l.get(0).getAsJsonObject().addProperty("steps", "none"));
        assertProblem(pack3, only(pack3), Problem.Severity.ERROR, "$.lessons[0].steps", "expected an array", "\"steps\": \"none\"");
    }

    @Test
    void aYearOutsideThePacksDatesIsAnError() {
        JsonObject pack = pack(l -> step(l, 2).addProperty("year", 1900));
        assertProblem(pack, only(pack), Problem.Severity.ERROR, "$.lessons[0].steps[2].year",
                "the pack's dates run from 1958 to 2023, so it has no chart for 1900", "\"year\": 1900");
        JsonObject late = pack(l -> step(l, 2).addProperty("year", 2031));
        assertProblem(late, only(late), Problem.Severity.ERROR, "$.lessons[0].steps[2].year", "no chart for 2031",
                "\"year\": 2031");
    }

    @Test
    void aQuoteFromAnotherParagraphIsAnError() {
        JsonObject pack = pack(l -> step(l, 4).addProperty("paragraph", 9));
        assertProblem(pack, only(pack), Problem.Severity.ERROR, "$.lessons[0].steps[4].quote",
                "the quote is not in paragraph 9 (p9) but in paragraph 10 (p10)", "In 2013, Xi established the Central");
    }

    @Test
    void aQuoteThatIsNotVerbatimIsAnError() {
        JsonObject pack = pack(l -> step(l, 4).addProperty("quote", "In 2013, Xi founded the CNSC"));
        assertProblem(pack, only(pack), Problem.Severity.ERROR, "$.lessons[0].steps[4].quote",
                "the quote is not in the essay", "Xi founded the CNSC");
        JsonObject typography = pack(l -> {
            step(l, 5).addProperty("quote", "Chinese foreign policy is clearly in Xi Jinping's grip.");
        });
        Problem p = only(typography);
        assertProblem(typography, p, Problem.Severity.ERROR, "$.lessons[0].steps[5].quote",
                "differs only in quote marks, apostrophes", "Jinping's grip");
    }

    @Test
    void missingParagraphsAndAnchorsAreErrors() {
        JsonObject pack = pack(l -> step(l, 4).addProperty("paragraph", 40));
        assertProblem(pack, only(pack), Problem.Severity.ERROR, "$.lessons[0].steps[4].paragraph",
                "the essay has paragraphs 1 to 17; there is no paragraph 40", "\"paragraph\": 40");
        JsonObject anchor = pack(l -> step(l, 5).addProperty("anchor", "p71"));
        assertProblem(anchor, only(anchor), Problem.Severity.ERROR, "$.lessons[0].steps[5].anchor",
                "the essay has no block \"p71\"", "\"p71\"");
        JsonObject both = pack(l -> step(l, 5).addProperty("paragraph", 1));
        assertProblem(both, only(both), Problem.Severity.ERROR, "$.lessons[0].steps[5]",
                "a passage step has either \"paragraph\" or \"anchor\", not both", "{ \"anchor\": \"p1\"");
        JsonObject neither = pack(l -> step(l, 5).remove("anchor"));
        Problem p = only(neither);
        assertEquals("$.lessons[0].steps[5]", p.path());
        assertTrue(p.message().contains("a passage step needs \"paragraph\" or \"anchor\""), p.message());
    }

    @Test
    void aStepWithoutItsKindsFieldIsAnError() {
        JsonObject pack = pack(l -> step(l, 3).remove("card"));
        Problem p = only(pack);
        assertEquals("$.lessons[0].steps[3]", p.path());
        assertEquals("a card step needs \"card\"", p.message());
        JsonObject title = pack(l -> step(l, 0).remove("title"));
        assertEquals("a title step needs \"title\"", only(title).message());
    }

    @Test
    void duplicateLessonIdsAreErrors() {
        JsonObject pack = pack(l -> l.add(l.get(0).deepCopy()));
        LoadResult r = TestPacks.load(pack);
        assertEquals(1, r.problems().size(), r.problems()::toString);
        Problem p = r.problems().get(0);
        assertEquals("$.lessons[1].id", p.path());
        assertTrue(p.message().startsWith("duplicate lesson id \"lesson-a\"; the lesson at $.lessons[0] (line "), p.message());
        String text = TestPacks.text(pack);
        int second = text.indexOf("\"lesson-a\"", text.indexOf("\"lesson-a\"") + 1);
        assertEquals(text.substring(0, second).split("\n", -1).length, p.position().line());

        JsonObject clash = pack(l -> l.get(0).getAsJsonObject().addProperty("id", "ev-a"));
        Problem q = only(clash);
        assertEquals("$.lessons[0].id", q.path());
        assertTrue(q.message().startsWith("duplicate id \"ev-a\"; an event at $.events[0] (line "), q.message());
    }

    @Test
    void anEmptyLessonIsAnError() {
        JsonObject pack = pack(l -> l.get(0).getAsJsonObject().add("steps", new JsonArray()));
        assertProblem(pack, only(pack), Problem.Severity.ERROR, "$.lessons[0].steps", "needs at least one entry",
                "\"steps\": []");
        JsonObject noSteps = pack(l -> l.get(0).getAsJsonObject().remove("steps"));
        assertProblem(noSteps, only(noSteps), Problem.Severity.ERROR, "$.lessons[0]", "missing required field \"steps\"",
                "{ \"lesson-a\"");
    }

    @Test
    void quizStepsMustBeAskable() {
        JsonObject basic = pack(l -> step(l, 7).add("cards", TestPacks.array("card-a")));
        assertProblem(basic, only(basic), Problem.Severity.ERROR, "$.lessons[0].steps[7].cards[0]",
                "\"card-a\" is a basic card, studied as a flashcard and never quizzed", "\"card-a\"");
        JsonObject many = pack(l -> step(l, 8).addProperty("questions", 0));
        assertProblem(many, only(many), Problem.Severity.ERROR, "$.lessons[0].steps[8].questions",
                "a quiz step asks 1 to 60 questions, not 0", "\"questions\": 0");
        JsonObject both = pack(l -> step(l, 8).add("cards", TestPacks.array("card-b")));
        assertEquals("a quiz step has either \"cards\" or \"questions\", not both", only(both).message());
        JsonObject empty = pack(l -> step(l, 7).add("cards", new JsonArray()));
        assertProblem(empty, only(empty), Problem.Severity.ERROR, "$.lessons[0].steps[7].cards",
                "a quiz step needs at least one card", "\"cards\": []");
        JsonObject twice = pack(l -> step(l, 7).add("cards", TestPacks.array("card-b", "card-b")));
        assertEquals("\"card-b\" is listed twice", only(twice).message());
    }

    @Test
    void fieldsAnotherKindUsesAreWarnings() {
        JsonObject pack = pack(l -> step(l, 2).addProperty("card", "card-a"));
        LoadResult r = TestPacks.load(pack);
        assertEquals(Status.VALID, r.status());
        Problem p = r.problems().get(0);
        assertProblem(pack, p, Problem.Severity.WARNING, "$.lessons[0].steps[2].card",
                "\"card\" is not used by year steps; it is ignored", "\"card\": \"card-a\"");
        JsonObject unknown = pack(l -> step(l, 2).addProperty("yaer", 2014));
        Problem u = only(unknown);
        assertProblem(unknown, u, Problem.Severity.WARNING, "$.lessons[0].steps[2].yaer", "did you mean \"year\"?", "yaer");
    }

    @Test
    void anEventsNoteShouldBeAboutTheEvent() {
        JsonObject pack = pack(l -> step(l, 1).addProperty("note", "note-a"));
        assertProblem(pack, only(pack), Problem.Severity.WARNING, "$.lessons[0].steps[1].note",
                "the note \"note-a\" is not about \"ev-a\"", "\"note\": \"note-a\"");
        JsonObject about = pack(l -> step(l, 1).addProperty("note", "note-a"));
        TestPacks.item(about, "notes", 0).add("about", TestPacks.array("inst-a", "ev-a"));
        assertEquals(List.of(), TestPacks.load(about).problems());
    }

    @Test
    void aPassageNeedsTheEssay() {
        JsonObject pack = pack(l -> { });
        pack.getAsJsonObject("source").addProperty("seed", "seeds/missing.txt");
        LoadResult r = TestPacks.load(pack);
        // The missing essay is reported once, on the seed, not again on each passage.
        assertEquals(1, r.errors().size(), r.problems()::toString);
        assertEquals("$.source.seed", r.errors().get(0).path());
    }

    // ---- lesson files ----------------------------------------------------------------------------

    private static final PackIndex OPEN = TestPacks.load(TestLessons.basePack()).index().orElseThrow();

    private static JsonObject lessonFile(Consumer<JsonArray> change) {
        JsonObject file = new JsonObject();
        file.addProperty("format", 1);
        file.addProperty("pack", "test-pack");
        JsonArray lessons = TestLessons.lessons();
        change.accept(lessons);
        file.add("lessons", lessons);
        return file;
    }

    private static List<Problem> validateFile(JsonObject file) throws JsonSyntaxError {
        String text = TestPacks.text(file);
        return PackValidator.validateLessonFile(PositionedJsonParser.parse(text), OPEN);
    }

    @Test
    void aValidLessonFileHasNoProblems() throws JsonSyntaxError {
        assertEquals(List.of(), validateFile(lessonFile(l -> { })));
    }

    @Test
    void aLessonFileNamingIdsTheOpenPackLacksIsReportedWithPathAndLine() throws JsonSyntaxError {
        JsonObject file = lessonFile(l -> {
            step(l, 1).addProperty("event", "ev-other");
            step(l, 2).addProperty("year", 1800);
        });
        List<Problem> problems = validateFile(file);
        assertEquals(2, problems.size(), problems::toString);
        assertProblem(file, problems.get(0), Problem.Severity.ERROR, "$.lessons[0].steps[1].event",
                "no event has the id \"ev-other\"", "\"ev-other\"");
        assertProblem(file, problems.get(1), Problem.Severity.ERROR, "$.lessons[0].steps[2].year",
                "no chart for 1800", "1800");
    }

    @Test
    void aLessonFileNamingAClaimTheOpenPackLacksIsReportedWithPathAndLine() throws JsonSyntaxError {
        JsonObject file = lessonFile(l -> step(l, 9).addProperty("claim", "claim-modle"));
        List<Problem> problems = validateFile(file);
        assertEquals(1, problems.size(), problems::toString);
        assertProblem(file, problems.get(0), Problem.Severity.ERROR, "$.lessons[0].steps[9].claim",
                "no claim has the id \"claim-modle\" (did you mean \"claim-model\"?)", "\"claim-modle\"");
        List<Problem> noClaims = PackValidator.validateLessonFile(PositionedJsonParser.parse(TestPacks.text(
                lessonFile(l -> { }))), TestPacks.load(TestPacks.minimal()).index().orElseThrow());
        assertEquals(1, noClaims.size(), noClaims::toString);
        assertEquals("$.lessons[0].steps[9].claim", noClaims.get(0).path());
    }

    @Test
    void aLessonFileForAnotherPackIsWarnedAbout() throws JsonSyntaxError {
        JsonObject file = lessonFile(l -> { });
        file.addProperty("pack", "another-pack");
        List<Problem> problems = validateFile(file);
        assertEquals(1, problems.size(), problems::toString);
        assertProblem(file, problems.get(0), Problem.Severity.WARNING, "$.pack",
                "made for the pack \"another-pack\"", "another-pack");
    }

    @Test
    void aLessonFileOfTheWrongShapeIsReported() throws JsonSyntaxError {
        JsonObject file = lessonFile(l -> { });
        file.remove("lessons");
        file.addProperty("format", 2);
        List<Problem> problems = validateFile(file);
        assertEquals(1, problems.size(), problems::toString);
        assertTrue(problems.get(0).message().startsWith("unsupported format version 2"), problems::toString);
        List<Problem> array = PackValidator.validateLessonFile(PositionedJsonParser.parse("[]"), OPEN);
        assertTrue(array.get(0).message().startsWith("a lesson file is a JSON object"), array::toString);
        JsonObject none = lessonFile(l -> { });
        none.remove("lessons");
        assertEquals("missing required field \"lessons\"", validateFile(none).get(0).message());
    }
}
