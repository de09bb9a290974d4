package org.xistudy.study.lessons;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.xistudy.content.LoadResult;
import org.xistudy.content.PackIndex;
import org.xistudy.content.PackLoader;
import org.xistudy.content.essay.Essay;
import org.xistudy.content.model.Lesson;
import org.xistudy.content.model.LessonStep;
import org.xistudy.content.model.LessonStep.CardStep;
import org.xistudy.content.model.LessonStep.EventStep;
import org.xistudy.content.model.LessonStep.NoteStep;
import org.xistudy.content.model.LessonStep.PassageStep;
import org.xistudy.content.model.LessonStep.QuizStep;
import org.xistudy.content.model.LessonStep.TitleStep;
import org.xistudy.content.model.LessonStep.YearStep;
import org.xistudy.content.model.Reference;
import org.xistudy.study.chart.ChartDiff;
import org.xistudy.study.chart.InstitutionGraph;
import org.xistudy.study.quiz.QuizGenerator;

/**
 * The two lessons the bundled pack ships, read from the real pack: what the issue asks of them,
 * and that they present, quiz and export as the app will use them.
 */
class BundledLessonsTest {
    private static PackIndex index;
    private static Essay essay;
    private static Lesson essayLesson;
    private static Lesson institutions;

    @BeforeAll
    static void load() {
        LoadResult r = PackLoader.loadDefault();
        assertTrue(r.isValid(), () -> r.problems().toString());
        index = r.index().orElseThrow();
        essay = index.essay();
        essayLesson = index.lesson("lesson-essay-45").orElseThrow();
        institutions = index.lesson("lesson-institutions").orElseThrow();
    }

    private static <T extends LessonStep> List<T> steps(Lesson l, Class<T> type) {
        return l.steps().stream().filter(type::isInstance).map(type::cast).toList();
    }

    @Test
    void theEssayLessonOpensEachSectionWithItsHeadingAndQuotesEverySection() {
        List<String> titles = steps(essayLesson, TitleStep.class).stream().map(TitleStep::title).toList();
        List<String> headings = essay.sections().stream().map(Essay.Section::heading).filter(h -> h != null).toList();
        assertTrue(titles.containsAll(headings), "titles " + titles + " should open the sections " + headings);
        Set<String> quoted = new TreeSet<>();
        for (PassageStep p : steps(essayLesson, PassageStep.class)) {
            quoted.add(essay.block(p.blockAnchor()).orElseThrow().sectionId());
            assertNotNull(p.quote(), "every passage of the essay lesson highlights a quote");
        }
        assertEquals(essay.sections().stream().map(Essay.Section::id).collect(Collectors.toCollection(TreeSet::new)),
                quoted, "a passage from every section");
    }

    @Test
    void theEssayLessonHasTheTriggersTheChartYearsAndTheFiveImplications() {
        assertEquals(List.of(2012, 2013, 2018, 2023),
                steps(essayLesson, YearStep.class).stream().map(YearStep::year).toList());
        // The three triggers are paragraphs 5 to 7, the five implications paragraphs 13 to 17.
        Set<Integer> paragraphs = steps(essayLesson, PassageStep.class).stream().map(PassageStep::paragraph)
                .collect(Collectors.toSet());
        assertTrue(paragraphs.containsAll(Set.of(5, 6, 7, 13, 14, 15, 16, 17)), paragraphs::toString);
        Set<String> tags = new HashSet<>();
        for (CardStep c : steps(essayLesson, CardStep.class)) {
            tags.addAll(index.card(c.card()).orElseThrow().tags());
        }
        for (QuizStep q : steps(essayLesson, QuizStep.class)) {
            q.cardIds().forEach(id -> tags.addAll(index.card(id).orElseThrow().tags()));
        }
        for (String t : List.of("trigger-1", "trigger-2", "trigger-3", "implication-1", "implication-2",
                "implication-3", "implication-4", "implication-5")) {
            assertTrue(tags.contains(t), "cards check " + t);
        }
        assertTrue(steps(essayLesson, CardStep.class).size() >= 5, "cards to check understanding");
    }

    @Test
    void theEssayLessonShowsTheArgumentWhereTheImplicationsBeginAndWhereTheEssayQualifiesThem() {
        List<LessonStep.ClaimStep> claims = steps(essayLesson, LessonStep.ClaimStep.class);
        assertEquals(List.of("thesis", "implication-5"), claims.stream().map(LessonStep.ClaimStep::claim).toList());
        int thesis = essayLesson.steps().indexOf(claims.get(0));
        assertEquals(new TitleStep("Foreign Policy Implications",
                "Xi\u2019s power concentration has at least five important foreign policy implications.", null),
                essayLesson.step(thesis - 1), "the map of the thesis opens the section on the implications");
        assertEquals(List.of("xi-in-command", "implication-1", "implication-2", "implication-3", "implication-4",
                "implication-5"), index.childrenOf("thesis").stream().map(c -> c.id()).toList(),
                "its branch shows the model and the five implications");
        int fifth = essayLesson.steps().indexOf(claims.get(1));
        assertTrue(fifth > thesis && essayLesson.step(fifth - 1) instanceof EventStep e
                && e.event().equals("ev-biden-xi-2023"), "the fifth implication follows the meeting with Biden");
        assertEquals(List.of("qualification-correction"),
                index.childrenOf("implication-5").stream().map(c -> c.id()).toList(),
                "and its branch the essay's own qualification");
    }

    @Test
    void theInstitutionsLessonWalksThroughTheChangesOfTheChart() {
        List<Integer> years = steps(institutions, YearStep.class).stream().map(YearStep::year).toList();
        assertEquals(List.of(2012, 2014, 2018, 2023), years);
        Set<String> bodies = new HashSet<>();
        for (EventStep e : steps(institutions, EventStep.class)) {
            bodies.addAll(index.event(e.event()).orElseThrow().institutions());
        }
        assertTrue(bodies.containsAll(Set.of("cnsc", "cfac", "cfawc")), bodies::toString);
        assertFalse(steps(institutions, NoteStep.class).isEmpty());
    }

    @Test
    void everyChartStepAfterTheFirstShowsAChange() {
        InstitutionGraph graph = InstitutionGraph.of(index.pack());
        for (Lesson l : index.lessons()) {
            List<YearStep> years = steps(l, YearStep.class);
            for (int i = 1; i < years.size(); i++) {
                int from = years.get(i - 1).year();
                int to = years.get(i).year();
                ChartDiff diff = ChartDiff.between(graph, graph.inYear(from), graph.inYear(to));
                assertFalse(diff.isEmpty(), l.id() + ": nothing changes from " + from + " to " + to);
            }
        }
    }

    @Test
    void teacherNotesNameTheirSources() {
        List<String> sources = new ArrayList<>();
        for (Reference r : index.pack().references()) {
            sources.add(r.publisher().split(" \\(|,| via ")[0].strip());
        }
        int notes = 0;
        for (Lesson l : index.lessons()) {
            for (LessonStep s : l.steps()) {
                if (s.teacherNotes() != null) {
                    notes++;
                    assertTrue(sources.stream().anyMatch(s.teacherNotes()::contains),
                            l.id() + ": the teacher notes name no source of the pack: " + s.teacherNotes());
                }
            }
        }
        assertTrue(notes >= 10, "teacher notes on " + notes + " steps");
    }

    @Test
    void theQuizStepsAskEveryCardTheyName() {
        QuizGenerator generator = new QuizGenerator(index);
        for (Lesson l : index.lessons()) {
            for (QuizStep q : steps(l, QuizStep.class)) {
                assertEquals(q.cardIds(), LessonQuiz.questions(generator, q).stream().map(x -> x.cardId()).toList());
            }
        }
    }

    @Test
    void theLessonsPresentFromStartToEnd() {
        for (Lesson l : index.lessons()) {
            LessonRun run = new LessonRun(l, Clock.systemUTC());
            int presses = 0;
            while (run.next()) {
                presses++;
            }
            assertTrue(run.isLast());
            assertEquals(l.size() - 1 + steps(l, CardStep.class).size(), presses, "one press per step, two per card");
        }
    }

    @Test
    void theExampleInFormatMdIsAValidLessonForTheBundledPack() throws Exception {
        String doc = Files.readString(Path.of(System.getProperty("xistudy.projectDir", "."), "resources/content/FORMAT.md"));
        int start = doc.indexOf("    \"lessons\": [");
        int end = doc.indexOf("\n    ]\n", start);
        assertTrue(start > 0 && end > start, "FORMAT.md shows a lessons example");
        String json = "{\"format\": 1, \"pack\": \"" + index.pack().id() + "\", " + doc.substring(start, end + 6) + "}";
        LessonFiles.ImportResult r = LessonFiles.read("FORMAT.md", json.getBytes(StandardCharsets.UTF_8), index);
        assertEquals(List.of(), r.problems());
        assertEquals(7, r.lessons().get(0).size());
        assertEquals(new LessonStep.ClaimStep("trigger-2", null), r.lessons().get(0).step(5), "with a claim step");
    }

    @Test
    void theBundledLessonsExportAndImportUnchanged() {
        String json = LessonFiles.toJson(index.pack().id(), index.lessons());
        LessonFiles.ImportResult r = LessonFiles.read("bundled.lessons.json", json.getBytes(StandardCharsets.UTF_8), index);
        assertEquals(List.of(), r.problems());
        assertEquals(index.lessons(), r.lessons());
    }
}
