package org.xistudy.study.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.xistudy.content.PackIndex;
import org.xistudy.content.PackLoader;
import org.xistudy.content.PartialDate;
import org.xistudy.content.model.CardType;
import org.xistudy.content.model.Event;
import org.xistudy.content.model.Lane;
import org.xistudy.content.model.Pack;
import org.xistudy.content.model.Reference;
import org.xistudy.content.model.Source;

class QuizGeneratorTest {
    private static PackIndex real;

    @BeforeAll
    static void loadRealPack() {
        var result = PackLoader.loadDefault();
        assertTrue(result.isValid(), () -> result.problems().toString());
        real = result.index().orElseThrow();
    }

    @Test
    void everyQuestionFromTheRealPackHasExactlyOneRightAnswer() {
        for (long seed = 0; seed < 40; seed++) {
            QuestionChecker checker = new QuestionChecker(real);
            checker.checkAll(new QuizGenerator(real).candidates(seed));
            assertEquals(List.of(), checker.problems(), "seed " + seed);
        }
    }

    @Test
    void theRealPackGivesQuestionsOfTheDataFormats() {
        Set<QuestionFormat> formats = new QuizGenerator(real).candidates(1).stream().map(Question::format)
                .collect(Collectors.toSet());
        // what any pack with dated events and authored cards gives; the rest depends on the data
        assertTrue(formats.containsAll(EnumSet.of(QuestionFormat.ORDER, QuestionFormat.WHICH_FIRST,
                QuestionFormat.WHEN, QuestionFormat.MATCH)), formats.toString());
    }

    @Test
    void everyQuestionFromRandomPacksHasExactlyOneRightAnswer() {
        int asked = 0;
        Set<QuestionFormat> seen = EnumSet.noneOf(QuestionFormat.class);
        for (long packSeed = 0; packSeed < 150; packSeed++) {
            PackIndex pack = RandomPacks.random(packSeed);
            List<Question> questions = new QuizGenerator(pack).candidates(packSeed * 7);
            QuestionChecker checker = new QuestionChecker(pack);
            checker.checkAll(questions);
            assertEquals(List.of(), checker.problems(), "pack " + packSeed);
            asked += questions.size();
            questions.forEach(q -> seen.add(q.format()));
        }
        assertTrue(asked > 1000, "too few questions to mean anything: " + asked);
        assertEquals(EnumSet.allOf(QuestionFormat.class), seen, "random packs exercise every format");
    }

    @Test
    void theCheckerCatchesAnOrderOfDatesThatDoNotSeparate() {
        // same year, one known only to the year: not ordered
        PackIndex pack = packOf(List.of(event("a", "2012"), event("b", "2012-11"), event("c", "2013")));
        Question bad = new Question("bad", QuestionFormat.ORDER, Phrase.of("quiz.prompt.order"),
                new Question.Order(List.of(Phrase.literal("B"), Phrase.literal("A"), Phrase.literal("C")),
                        List.of(1, 0, 2), List.of("b", "a", "c")),
                List.of(Phrase.literal("x")), RandomPacks.REF.get(0), null, List.of(), List.of(), List.of(), null);
        QuestionChecker checker = new QuestionChecker(pack);
        checker.check(bad);
        assertEquals(1, checker.problems().size(), checker.problems().toString());
        assertTrue(checker.problems().get(0).contains("do not separate"));
    }

    @Test
    void theCheckerCatchesASecondRightOption() {
        PackIndex pack = packOf(List.of(event("a", "2010"), event("b", "2010-05"), event("c", "2013")));
        // "which came first": a (2010) is not known to be before b (May 2010), so nothing is right
        Question bad = new Question("bad", QuestionFormat.WHICH_FIRST, Phrase.of("quiz.prompt.first"),
                new Question.Choice(List.of(Phrase.literal("A"), Phrase.literal("B"), Phrase.literal("C")), 0,
                        List.of("a", "b", "c")),
                List.of(Phrase.literal("x")), RandomPacks.REF.get(0), null, List.of(), List.of(), List.of(), null);
        QuestionChecker checker = new QuestionChecker(pack);
        checker.check(bad);
        assertFalse(checker.problems().isEmpty());
    }

    @Test
    void orderingUsesOnlyDatesThatSeparate() {
        PackIndex pack = packOf(List.of(event("y2012", "2012"), event("m2012", "2012-11"), event("d2012", "2012-11-15"),
                event("y2013", "2013"), event("m2014", "2014-03"), event("d2014", "2014-03-02"), event("y2015", "2015"),
                event("d2014b", "2014-03-02")));
        QuizGenerator g = new QuizGenerator(pack);
        int orders = 0;
        for (long seed = 0; seed < 60; seed++) {
            for (Question q : g.candidates(seed)) {
                if (q.body() instanceof Question.Order o) {
                    orders++;
                    List<String> ids = o.correctOrder().stream().map(o.itemIds()::get).toList();
                    // at most one from each group that cannot be told apart
                    assertTrue(ids.stream().filter(List.of("y2012", "m2012", "d2012")::contains).count() <= 1, ids::toString);
                    assertTrue(ids.stream().filter(List.of("m2014", "d2014", "d2014b")::contains).count() <= 1, ids::toString);
                }
            }
        }
        assertTrue(orders > 0, "the pack allows orders of three and they were made");
    }

    @Test
    void separatedFollowsTheKnownPrecision() {
        assertFalse(QuizGenerator.separated(PartialDate.parse("2012"), PartialDate.parse("2012-11")));
        assertFalse(QuizGenerator.separated(PartialDate.parse("2012-11"), PartialDate.parse("2012-11-15")));
        assertFalse(QuizGenerator.separated(PartialDate.parse("2012"), PartialDate.parse("2012")));
        assertTrue(QuizGenerator.separated(PartialDate.parse("2012-10"), PartialDate.parse("2012-11-15")));
        assertTrue(QuizGenerator.separated(PartialDate.parse("2013"), PartialDate.parse("2012-12-31")));
    }

    @Test
    void theSameSeedGivesTheSameQuiz() {
        QuizSettings s = QuizSettings.defaults().withCount(15);
        for (long seed : new long[] {0, 1, 42, -7, Long.MAX_VALUE}) {
            Quiz a = new QuizGenerator(real).generate(s, seed);
            Quiz b = new QuizGenerator(real).generate(s, seed);
            assertEquals(a, b);
        }
        PackIndex random = RandomPacks.random(5);
        assertEquals(new QuizGenerator(random).generate(s, 9), new QuizGenerator(random).generate(s, 9));
    }

    @Test
    void differentSeedsGiveDifferentQuizzes() {
        QuizSettings s = QuizSettings.defaults().withCount(10);
        Set<List<String>> quizzes = new HashSet<>();
        for (long seed = 0; seed < 5; seed++) {
            quizzes.add(new QuizGenerator(real).generate(s, seed).questions().stream().map(Question::id).toList());
        }
        assertTrue(quizzes.size() > 1);
    }

    @Test
    void aQuizHasTheCountAskedForAndMixesFormats() {
        Quiz quiz = new QuizGenerator(real).generate(QuizSettings.defaults().withCount(12), 3);
        assertEquals(12, quiz.size());
        assertEquals(12, quiz.questions().stream().map(Question::id).distinct().count());
        assertTrue(quiz.questions().stream().map(Question::format).distinct().count() >= 4);
    }

    @Test
    void settingsFilterFormatsSectionsAndTags() {
        QuizGenerator g = new QuizGenerator(real);
        Quiz orders = g.generate(QuizSettings.defaults().withFormats(EnumSet.of(QuestionFormat.ORDER)).withCount(5), 1);
        assertFalse(orders.questions().isEmpty());
        assertTrue(orders.questions().stream().allMatch(q -> q.format() == QuestionFormat.ORDER));

        String section = g.candidates(1).stream().map(Question::section).filter(Objects::nonNull)
                .findFirst().orElseThrow();
        Quiz inSection = g.generate(QuizSettings.defaults().withSections(List.of(section)).withCount(30), 1);
        assertFalse(inSection.questions().isEmpty());
        assertTrue(inSection.questions().stream().allMatch(q -> section.equals(q.section())));

        // A tag carried by a card the quiz uses (basic and reversed cards are for flashcards only).
        String tag = real.pack().cards().stream()
                .filter(c -> c.type() != CardType.BASIC
                        && c.type() != CardType.REVERSED)
                .flatMap(c -> c.tags().stream()).findFirst().orElseThrow();
        Quiz tagged = g.generate(QuizSettings.defaults().withTags(List.of(tag)).withCount(30), 1);
        assertFalse(tagged.questions().isEmpty());
        assertTrue(tagged.questions().stream().allMatch(q -> q.tags().contains(tag)));
    }

    @Test
    void aQuizNeverHasMoreQuestionsThanThePackGives() {
        PackIndex pack = packOf(List.of(event("a", "2001"), event("b", "2003"), event("c", "2005")));
        QuizSettings s = QuizSettings.defaults().withFormats(EnumSet.of(QuestionFormat.ORDER)).withCount(20);
        Quiz quiz = new QuizGenerator(pack).generate(s, 1);
        assertEquals(1, quiz.size(), "three events give one ordering question");
        assertEquals(1, new QuizGenerator(pack).available(s, 1));
    }

    @Test
    void cardQuestionsCarryTheCardAndTheirSection() {
        List<Question> cardQuestions = new QuizGenerator(real).candidates(1).stream().filter(q -> q.cardId() != null)
                .toList();
        assertFalse(cardQuestions.isEmpty());
        for (Question q : cardQuestions) {
            assertEquals(List.of(q.cardId()), q.cards());
            assertEquals(real.sectionOf(real.card(q.cardId()).orElseThrow()).orElse(null), q.section());
        }
    }

    @Test
    void generatedQuestionsLinkAFewCardsOfTheirOwnItems() {
        int linked = 0;
        for (Question q : new QuizGenerator(real).candidates(2)) {
            if (q.cardId() != null) {
                continue;
            }
            assertTrue(q.cards().size() <= QuizGenerator.CARDS_PER_QUESTION, q.id());
            for (String card : q.cards()) {
                var c = real.card(card).orElseThrow();
                // a claim's cards are those tagged with its id
                boolean aboutAnItem = q.items().stream().anyMatch(item -> real.eventsOfCard(card).stream()
                        .anyMatch(e -> e.id().equals(item)) || c.institutions().contains(item) || c.people().contains(item)
                        || real.claim(item).isPresent() && c.tags().contains(item));
                assertTrue(aboutAnItem, q.id() + " links " + card + ", which is about none of " + q.items());
                linked++;
            }
            if (q.format() == QuestionFormat.ORDER) {
                boolean anyCards = q.items().stream()
                        .anyMatch(e -> !real.cardsOfEvent(e).isEmpty() || !real.cardsOfClaim(e).isEmpty());
                assertEquals(anyCards, !q.cards().isEmpty(), q.id());
            }
        }
        assertTrue(linked > 0);
    }

    @Test
    void randomPacksAreReproducible() {
        // the generator's determinism must not hide behind a pack that changes
        assertEquals(RandomPacks.random(3).pack(), RandomPacks.random(3).pack());
        assertNotEquals(RandomPacks.random(3).pack(), RandomPacks.random(4).pack());
        assertTrue(new Random(1).nextInt() != 0);
    }

    @Test
    void yearQuestionsOfferYearsOnBothSidesAndNoneFarAfterThePack() {
        int checked = 0;
        for (PackIndex pack : List.of(real, RandomPacks.random(1), RandomPacks.random(2), RandomPacks.random(3))) {
            QuizGenerator g = new QuizGenerator(pack);
            for (Question q : g.candidates(4)) {
                if (q.format() != QuestionFormat.WHEN) {
                    continue;
                }
                Question.Choice c = (Question.Choice) q.body();
                List<Integer> years = c.options().stream().map(p -> Integer.parseInt(p.literalText())).toList();
                int answer = years.get(c.correct());
                assertTrue(years.stream().anyMatch(y -> y < answer), q.id() + " " + years);
                assertTrue(years.stream().anyMatch(y -> y > answer), "the latest year is not always the answer: "
                        + q.id() + " " + years);
                assertTrue(years.stream().allMatch(y -> y <= g.lastYear() + 1), q.id() + " " + years);
                assertEquals(years.stream().sorted().toList(), years, "years read in order");
                checked++;
            }
        }
        assertTrue(checked > 10);
    }

    static Event event(String id, String date) {
        return new Event(id, PartialDate.parse(date), null, false, "lane", "Title " + id, "Summary", List.of(),
                List.of(), List.of(), RandomPacks.REF);
    }

    static PackIndex packOf(List<Event> events) {
        Pack pack = new Pack(1, "test", "Test", null, "en",
                new Source("Essay", "Author", "Publisher", PartialDate.ofYear(2023), null, "seeds/none.txt"),
                List.of(new Reference("ref-1", "Reference", null, null, null, null)),
                List.of(new Lane("lane", "Lane", null)), List.of(), events, List.of(), List.of(), List.of(), List.of(),
                List.of());
        return new PackIndex(pack, null);
    }
}
