package org.xistudy.study.lessons;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.xistudy.content.PackIndex;
import org.xistudy.content.TestLessons;
import org.xistudy.content.model.Lesson;
import org.xistudy.content.model.LessonStep;
import org.xistudy.content.model.LessonStep.CardStep;
import org.xistudy.content.model.LessonStep.ClaimStep;
import org.xistudy.content.model.LessonStep.EventStep;
import org.xistudy.content.model.LessonStep.NoteStep;
import org.xistudy.content.model.LessonStep.PassageStep;
import org.xistudy.content.model.LessonStep.QuizStep;
import org.xistudy.content.model.LessonStep.YearStep;

class LessonStepsTest {
    private static final PackIndex INDEX = TestLessons.index();

    @Test
    void selectedItemsBecomeSteps() {
        assertEquals(Optional.of(new EventStep("ev-a", null, null)), LessonSteps.forItem(INDEX, "ev-a"));
        assertEquals(Optional.of(new CardStep("card-a", null)), LessonSteps.forItem(INDEX, "card-a"));
        assertEquals(Optional.of(new NoteStep("note-a", null)), LessonSteps.forItem(INDEX, "note-a"));
        assertEquals(Optional.of(new ClaimStep("claim-model", null)), LessonSteps.forItem(INDEX, "claim-model"));
        assertEquals(Optional.empty(), LessonSteps.forItem(INDEX, "inst-a"), "bodies are shown with a year step");
        assertEquals(Optional.empty(), LessonSteps.forItem(INDEX, "nothing"));
        assertEquals(Optional.empty(), LessonSteps.forItem(INDEX, null));
    }

    @Test
    void aClaimStepNamesAClaimOfTheArgument() {
        assertEquals(Optional.of(new ClaimStep("claim-impl", null)), LessonSteps.claim(INDEX, "claim-impl"));
        assertEquals(Optional.of(new ClaimStep("claim-thesis", null)), LessonSteps.claim(INDEX, "claim-thesis"));
        assertEquals(Optional.empty(), LessonSteps.claim(INDEX, "card-a"), "a card is no claim");
        assertEquals(Optional.empty(), LessonSteps.claim(INDEX, "claim-zz"));
        assertEquals(Optional.empty(), LessonSteps.claim(INDEX, null), "nothing selected");
    }

    @Test
    void anEventStepTakesOnlyANoteAboutIt() {
        assertEquals(Optional.empty(), LessonSteps.event(INDEX, "ev-a", "note-a"), "note-a is about inst-a");
        assertEquals(Optional.of(new EventStep("ev-b", null, null)), LessonSteps.event(INDEX, "ev-b", null));
        assertEquals(Optional.empty(), LessonSteps.event(INDEX, "ev-zz", null));
    }

    @Test
    void yearsMustLieWithinThePacksDates() {
        assertEquals(1958, INDEX.dataYears().first());
        assertEquals(2023, INDEX.dataYears().last());
        assertEquals(Optional.of(new YearStep(2013, null)), LessonSteps.year(INDEX, 2013));
        assertEquals(Optional.of(new YearStep(1958, null)), LessonSteps.year(INDEX, 1958));
        assertEquals(Optional.empty(), LessonSteps.year(INDEX, 1957));
        assertEquals(Optional.empty(), LessonSteps.year(INDEX, 2024));
    }

    @Test
    void passagesNameParagraphsByNumberAndCheckTheirQuote() {
        assertEquals(Optional.of(new PassageStep(10, null, "In 2013, Xi established", null)),
                LessonSteps.passage(INDEX, "p10", "In 2013,\n Xi established"));
        assertEquals(Optional.empty(), LessonSteps.passage(INDEX, "p9", "In 2013, Xi established"));
        assertEquals(Optional.of(new PassageStep(1, null, null, null)), LessonSteps.paragraph(INDEX, 1));
        assertEquals(Optional.empty(), LessonSteps.paragraph(INDEX, 18));
        PassageStep heading = (PassageStep) LessonSteps.passage(INDEX, "h-foreign-policy-implications", null).orElseThrow();
        assertEquals("h-foreign-policy-implications", heading.blockAnchor());
    }

    @Test
    void quizStepsTakeOnlyQuizzableCards() {
        assertEquals(Optional.of(new QuizStep(List.of("card-b", "card-c"), null, 5, null)),
                LessonSteps.quiz(INDEX, List.of("card-b", "card-c"), 5));
        assertEquals(Optional.empty(), LessonSteps.quiz(INDEX, List.of("card-a"), 5), "card-a is a basic card");
        assertEquals(Optional.empty(), LessonSteps.quiz(INDEX, List.of("card-b", "card-b"), 5));
        assertEquals(Optional.empty(), LessonSteps.quiz(INDEX, List.of(), 5));
        assertEquals(Optional.of(new QuizStep(null, 4, 9, null)), LessonSteps.quiz(4, 9));
        assertEquals(Optional.empty(), LessonSteps.quiz(61, 9));
        LessonStep t = LessonSteps.title(" Part two ", " ");
        assertEquals(new LessonStep.TitleStep("Part two", null, null), t);
        assertTrue(LessonFiles.check(List.of(new Lesson("x", "x", null,
                List.of(LessonSteps.forItem(INDEX, "ev-a").orElseThrow(), LessonSteps.year(INDEX, 2013).orElseThrow(),
                        LessonSteps.paragraph(INDEX, 10).orElseThrow(), t,
                        LessonSteps.quiz(INDEX, List.of("card-b"), 5).orElseThrow()))), INDEX).isEmpty(),
                "the steps made here are valid");
    }
}
