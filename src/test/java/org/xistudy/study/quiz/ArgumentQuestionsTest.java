package org.xistudy.study.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.xistudy.content.PackIndex;
import org.xistudy.content.PackLoader;
import org.xistudy.content.PartialDate;
import org.xistudy.content.model.Cite;
import org.xistudy.content.model.Claim;
import org.xistudy.content.model.ClaimKind;
import org.xistudy.content.model.Event;
import org.xistudy.content.model.Lane;
import org.xistudy.content.model.Pack;
import org.xistudy.content.model.Reference;
import org.xistudy.content.model.Source;

/** Questions from the essay's argument: which claim is of a kind, claims in order, which implication an event illustrates. */
class ArgumentQuestionsTest {
    private static PackIndex real;

    @BeforeAll
    static void loadRealPack() {
        var result = PackLoader.loadDefault();
        assertTrue(result.isValid(), () -> result.problems().toString());
        real = result.index().orElseThrow();
    }

    private static List<Question> argument(PackIndex pack, long seed) {
        return new QuizGenerator(pack).candidates(seed).stream().filter(ArgumentChecks::isAbout).toList();
    }

    private static List<Question> family(List<Question> questions, String promptKey) {
        return questions.stream().filter(q -> promptKey.equals(q.prompt().key())).toList();
    }

    private static void assertChecked(PackIndex pack, List<Question> questions, String where) {
        QuestionChecker checker = new QuestionChecker(pack);
        checker.checkAll(questions);
        assertEquals(List.of(), checker.problems(), where);
    }

    // ---- the bundled pack ----------------------------------------------------------------------

    @Test
    void theRealPackGivesAllThreeFamiliesForEverySeed() {
        for (long seed = 0; seed < 5; seed++) {
            List<Question> questions = argument(real, seed);
            for (String key : List.of(ArgumentChecks.OF_KIND, ArgumentChecks.ORDER, ArgumentChecks.ILLUSTRATES)) {
                assertFalse(family(questions, key).isEmpty(), key + ", seed " + seed);
            }
        }
    }

    @Test
    void everyArgumentQuestionOfTheRealPackHasExactlyOneRightAnswer() {
        for (long seed = 0; seed < 40; seed++) {
            List<Question> questions = argument(real, seed);
            assertTrue(questions.size() > 10, "seed " + seed + ": " + questions.size());
            assertChecked(real, questions, "seed " + seed);
        }
    }

    @Test
    void theRealPackAsksForEachKindWithSeveralClaimsAndOrdersTheImplicationsUnderTheThesis() {
        List<Question> questions = argument(real, 3);
        Set<ClaimKind> asked = EnumSet.noneOf(ClaimKind.class);
        family(questions, ArgumentChecks.OF_KIND).forEach(q -> asked.add(ArgumentChecks.askedKind(q)));
        assertEquals(EnumSet.of(ClaimKind.TRIGGER, ClaimKind.MECHANISM, ClaimKind.IMPLICATION), asked);

        Claim thesis = real.thesis().orElseThrow();
        List<String> implications = real.childrenOf(thesis.id()).stream()
                .filter(c -> c.kind() == ClaimKind.IMPLICATION).map(Claim::id).toList();
        assertTrue(implications.size() >= 3, implications.toString());
        Question order = family(questions, ArgumentChecks.ORDER).stream()
                .filter(q -> q.items().equals(implications)).findFirst().orElseThrow(() -> new AssertionError(
                        "no ordering of " + implications));
        Question.Order body = (Question.Order) order.body();
        assertEquals(implications, body.correctOrder().stream().map(body.itemIds()::get).toList());
        assertEquals(QuestionFormat.ORDER, order.format());
        // the section of the first implication's quote, which is the cite
        assertEquals(real.passage(order.cite()).orElseThrow().block().sectionId(), order.section());
    }

    @Test
    void choicesAreOfTheArgumentFormatAndCiteTheRightClaimInItsSection() {
        for (Question q : argument(real, 7)) {
            if (!(q.body() instanceof Question.Choice c)) {
                continue;
            }
            assertEquals(QuestionFormat.ARGUMENT, q.format(), q.id());
            Claim right = real.claim(c.optionItems().get(c.correct())).orElseThrow();
            assertTrue(right.cite().contains(q.cite()), q.id() + " cites " + q.cite());
            assertEquals(real.passage(q.cite()).orElseThrow().block().sectionId(), q.section(), q.id());
            assertTrue(q.tags().contains(right.id()), q.id() + " " + q.tags());
            for (String other : c.optionItems()) {
                if (!other.equals(right.id())) {
                    assertFalse(q.tags().contains(other), q.id() + " is tagged with a wrong option: " + other);
                }
            }
        }
    }

    @Test
    void aTagOrSectionFilterKeepsTheQuestionsAboutIt() {
        QuizGenerator g = new QuizGenerator(real);
        Claim trigger = real.claims().stream().filter(c -> c.kind() == ClaimKind.TRIGGER).findFirst().orElseThrow();
        QuizSettings s = QuizSettings.defaults().withFormats(EnumSet.of(QuestionFormat.ARGUMENT, QuestionFormat.ORDER))
                .withTags(List.of(trigger.id()));
        List<Question> tagged = g.candidates(2).stream().filter(s::admits).filter(ArgumentChecks::isAbout).toList();
        assertTrue(tagged.size() >= 2, "the trigger's own question and the triggers in order: " + tagged);
        assertTrue(tagged.stream().allMatch(q -> q.items().contains(trigger.id())), tagged.toString());

        String section = real.passage(real.firstQuote(trigger).orElseThrow()).orElseThrow().block().sectionId();
        QuizSettings inSection = s.withTags(List.of()).withSections(List.of(section));
        List<Question> admitted = g.candidates(2).stream().filter(inSection::admits).toList();
        assertTrue(admitted.stream().anyMatch(q -> q.id().equals("claim-kind:" + trigger.id())), admitted.toString());
        Quiz quiz = g.generate(inSection.withCount(30), 2);
        assertFalse(quiz.questions().isEmpty());
        assertTrue(quiz.questions().stream().allMatch(q -> section.equals(q.section())));
    }

    @Test
    void theSameSeedGivesTheSameArgumentQuestionsAndSeedsVaryThem() {
        assertEquals(argument(real, 11), argument(real, 11));
        Set<List<Object>> bodies = new HashSet<>();
        for (long seed = 0; seed < 6; seed++) {
            bodies.add(argument(real, seed).stream().map(q -> (Object) q.body()).toList());
        }
        assertTrue(bodies.size() > 1, "options and their order vary with the seed");
    }

    @Test
    void everyPhraseOfTheArgumentQuestionsRendersInEnglishAndChinese() {
        List<Phrase> phrases = new ArrayList<>();
        for (Question q : argument(real, 1)) {
            phrases.add(q.prompt());
            phrases.addAll(q.explanation());
        }
        for (ClaimKind kind : ClaimKind.values()) {
            phrases.add(Phrase.of("quiz.fact.claimKind", "Title", Phrase.of("quiz.claim." + kind.jsonName())));
            if (kind != ClaimKind.THESIS) {
                phrases.add(Phrase.of("quiz.prompt.claimOrder", Phrase.of("quiz.claims." + kind.jsonName())));
            }
        }
        for (Locale locale : List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE)) {
            ResourceBundle bundle = ResourceBundle.getBundle("i18n.quiz", locale);
            Phrase.Texts texts = (key, args) -> new MessageFormat(bundle.getString(key), locale).format(args);
            for (Phrase p : phrases) {
                String text = p.render(texts, locale);
                assertFalse(text.contains("{") || text.isBlank(), locale + ": " + text);
            }
        }
    }

    // ---- random packs --------------------------------------------------------------------------

    @Test
    void everyArgumentQuestionOfRandomPacksHasExactlyOneRightAnswer() {
        int[] families = new int[3];
        int twice = 0;
        int withoutClaims = 0;
        for (long packSeed = 0; packSeed < 300; packSeed++) {
            PackIndex pack = RandomPacks.random(packSeed);
            for (long seed = 0; seed < 3; seed++) {
                List<Question> questions = argument(pack, packSeed * 5 + seed);
                assertChecked(pack, questions, "pack " + packSeed + ", seed " + seed);
                families[0] += family(questions, ArgumentChecks.OF_KIND).size();
                families[1] += family(questions, ArgumentChecks.ORDER).size();
                List<Question> illustrate = family(questions, ArgumentChecks.ILLUSTRATES);
                families[2] += illustrate.size();
                Set<String> asked = new HashSet<>();
                illustrate.forEach(q -> asked.add(q.items().get(0)));
                for (Event e : pack.pack().events()) {
                    long naming = pack.claimsSupportedBy(e.id()).stream().filter(c -> c.kind() == ClaimKind.IMPLICATION)
                            .count();
                    if (naming >= 2) {
                        twice++;
                        assertFalse(asked.contains(e.id()), "pack " + packSeed + ": " + e.id() + " is named by "
                                + naming + " implications");
                    }
                }
            }
            if (pack.claims().isEmpty()) {
                withoutClaims++;
                assertEquals(List.of(), argument(pack, 1), "pack " + packSeed + " has no claims");
            }
        }
        System.out.println("random packs: " + Arrays.toString(families) + " questions by family, " + twice
                + " events named twice, " + withoutClaims + " packs without claims");
        for (int n : families) {
            assertTrue(n > 100, "each family is asked often enough to mean something: " + Arrays.toString(families));
        }
        assertTrue(twice > 50, "events named by two implications occur: " + twice);
        assertTrue(withoutClaims > 20, "packs without claims occur: " + withoutClaims);
    }

    // ---- small packs made by hand --------------------------------------------------------------

    /**
     * A thesis; a model with three triggers (places 1 to 3) and three mechanisms, two of which share
     * a place; four implications, the first with an implication and a qualification beneath it.
     * Event e-both is named by two implications, e-one by one, e-nested by the implication beneath
     * the first, e-top by the first alone, e-qual only by the qualification.
     */
    static List<Claim> handClaims() {
        return List.of(claim("t", ClaimKind.THESIS, null, 1), claim("m", ClaimKind.MODEL, "t", 1),
                claim("tr1", ClaimKind.TRIGGER, "m", 1), claim("tr2", ClaimKind.TRIGGER, "m", 2),
                claim("tr3", ClaimKind.TRIGGER, "m", 3), claim("x1", ClaimKind.MECHANISM, "m", 4),
                claim("x2", ClaimKind.MECHANISM, "m", 4), claim("x3", ClaimKind.MECHANISM, "m", 5),
                claim("i1", ClaimKind.IMPLICATION, "t", 2, "e-both", "e-top"), claim("i2", ClaimKind.IMPLICATION, "t", 3, "e-both"),
                claim("i3", ClaimKind.IMPLICATION, "t", 4, "e-one"), claim("i4", ClaimKind.IMPLICATION, "t", 5),
                claim("i5", ClaimKind.IMPLICATION, "i1", 1, "e-nested"), claim("q1", ClaimKind.QUALIFICATION, "i1", 2, "e-qual"));
    }

    static Claim claim(String id, ClaimKind kind, String parent, int order, String... support) {
        return new Claim(id, kind, "Title of " + id, parent, order, null, List.of(support),
                List.of(new Cite("Quote of " + id, null, null)));
    }

    static PackIndex packWith(List<Claim> claims) {
        List<Event> events = new ArrayList<>();
        String[] ids = {"e-both", "e-one", "e-nested", "e-top", "e-qual"};
        for (int i = 0; i < ids.length; i++) {
            events.add(QuizGeneratorTest.event(ids[i], Integer.toString(2001 + 2 * i)));
        }
        Pack pack = new Pack(1, "hand", "Hand", null, "en",
                new Source("Essay", "Author", "Publisher", PartialDate.ofYear(2023), null, "seeds/none.txt"),
                List.of(new Reference("ref-1", "Reference", null, null, null, null)),
                List.of(new Lane("lane", "Lane", null)), List.of(), events, List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of(), claims);
        return new PackIndex(pack, null);
    }

    @Test
    void anEventNamedByTwoImplicationsOrOnlyByAQualificationIsNotAsked() {
        PackIndex pack = packWith(handClaims());
        Set<String> asked = new HashSet<>();
        for (long seed = 0; seed < 30; seed++) {
            List<Question> questions = argument(pack, seed);
            assertChecked(pack, questions, "seed " + seed);
            family(questions, ArgumentChecks.ILLUSTRATES).forEach(q -> asked.add(q.items().get(0)));
        }
        assertEquals(Set.of("e-one", "e-nested", "e-top"), asked);
    }

    @Test
    void anImplicationAboveOrBelowTheRightOneIsNeverOffered() {
        PackIndex pack = packWith(handClaims());
        Set<String> offeredForNested = new HashSet<>();
        Set<String> offeredForTop = new HashSet<>();
        for (long seed = 0; seed < 40; seed++) {
            for (Question q : family(argument(pack, seed), ArgumentChecks.ILLUSTRATES)) {
                List<String> options = ((Question.Choice) q.body()).optionItems();
                if (q.items().get(0).equals("e-nested")) {
                    offeredForNested.addAll(options);
                } else if (q.items().get(0).equals("e-top")) {
                    offeredForTop.addAll(options);
                }
            }
        }
        // e-nested is named by i5, so i1 above it is never offered; e-top is named by i1, so i5
        // beneath it is never offered; i2 to i4 are
        assertEquals(Set.of("i5", "i2", "i3", "i4"), offeredForNested);
        assertEquals(Set.of("i1", "i2", "i3", "i4"), offeredForTop);
    }

    @Test
    void wrongOptionsOfAKindQuestionAreOfOtherKindsAndOffTheBranchesOfTheKind() {
        PackIndex pack = packWith(handClaims());
        Set<String> offered = new HashSet<>();
        for (long seed = 0; seed < 40; seed++) {
            for (Question q : family(argument(pack, seed), ArgumentChecks.OF_KIND)) {
                if (ArgumentChecks.askedKind(q) == ClaimKind.TRIGGER) {
                    Question.Choice c = (Question.Choice) q.body();
                    for (int i = 0; i < c.options().size(); i++) {
                        if (i != c.correct()) {
                            offered.add(c.optionItems().get(i));
                        }
                    }
                }
            }
        }
        // never the model or the thesis above the triggers, never another trigger
        assertEquals(Set.of("x1", "x2", "x3", "i1", "i2", "i3", "i4", "i5", "q1"), offered);
    }

    @Test
    void onlySiblingsOfOneKindInDistinctPlacesAreOrdered() {
        PackIndex pack = packWith(handClaims());
        Set<List<String>> orders = new HashSet<>();
        for (long seed = 0; seed < 10; seed++) {
            family(argument(pack, seed), ArgumentChecks.ORDER).forEach(q -> {
                Question.Order o = (Question.Order) q.body();
                orders.add(o.correctOrder().stream().map(o.itemIds()::get).toList());
            });
        }
        // the mechanisms share a place; i5 and q1 are two of different kinds
        assertEquals(Set.of(List.of("tr1", "tr2", "tr3"), List.of("i1", "i2", "i3", "i4")), orders);
    }

    @Test
    void moreThanFiveSiblingsGiveFiveInTheirOrderAndADatedTitleIsLeftOut() {
        List<Claim> claims = new ArrayList<>(List.of(claim("t", ClaimKind.THESIS, null, 1)));
        for (int i = 1; i <= 7; i++) {
            claims.add(claim("i" + i, ClaimKind.IMPLICATION, "t", 10 - i)); // places 9 down to 3: i7 comes first
        }
        claims.add(new Claim("dated", ClaimKind.IMPLICATION, "A change in 2019", "t", 1, null, List.of(),
                List.of(new Cite("Quote of dated", null, null))));
        PackIndex pack = packWith(claims);
        Set<String> seen = new HashSet<>();
        for (long seed = 0; seed < 20; seed++) {
            List<Question> orders = family(argument(pack, seed), ArgumentChecks.ORDER);
            assertEquals(1, orders.size(), "seed " + seed);
            Question.Order o = (Question.Order) orders.get(0).body();
            List<String> ids = o.correctOrder().stream().map(o.itemIds()::get).toList();
            assertEquals(ArgumentSource.MAX_ORDER, ids.size(), ids.toString());
            assertFalse(ids.contains("dated"));
            List<Integer> places = ids.stream().map(id -> pack.claim(id).orElseThrow().order()).toList();
            assertEquals(places.stream().sorted().toList(), places, ids.toString());
            seen.addAll(ids);
            assertChecked(pack, orders, "seed " + seed);
        }
        assertEquals(7, seen.size(), "different seeds pick different five: " + seen);
    }

    @Test
    void aPackWithoutClaimsGivesNoArgumentQuestionsAndStillItsOthers() {
        PackIndex pack = packWith(List.of());
        List<Question> all = new QuizGenerator(pack).candidates(1);
        assertFalse(all.isEmpty(), "the events still give questions");
        assertTrue(all.stream().noneMatch(ArgumentChecks::isAbout));
        assertTrue(all.stream().noneMatch(q -> q.format() == QuestionFormat.ARGUMENT));
        assertEquals(0, new QuizGenerator(pack).available(
                QuizSettings.defaults().withFormats(EnumSet.of(QuestionFormat.ARGUMENT)), 1));
    }

    @Test
    void aClaimWithoutAQuoteIsNotTheAnswerAndKindsWithOneClaimAreNotAsked() {
        List<Claim> claims = new ArrayList<>(handClaims());
        claims.replaceAll(c -> c.id().equals("tr2") ? new Claim(c.id(), c.kind(), c.title(), c.parent(), c.order(),
                null, c.support(), RandomPacks.REF) : c);
        PackIndex pack = packWith(claims);
        List<Question> questions = argument(pack, 4);
        assertChecked(pack, questions, "seed 4");
        List<String> answers = new ArrayList<>();
        for (Question q : family(questions, ArgumentChecks.OF_KIND)) {
            Question.Choice c = (Question.Choice) q.body();
            answers.add(c.optionItems().get(c.correct()));
        }
        assertFalse(answers.contains("tr2"), answers.toString());
        assertTrue(answers.containsAll(List.of("tr1", "tr3", "i1")), answers.toString());
        // one qualification and one model: neither is asked about
        assertTrue(answers.stream().noneMatch(a -> a.equals("q1") || a.equals("m")), answers.toString());
    }

    // ---- the checker can fail ------------------------------------------------------------------

    @Test
    void theCheckerCatchesASecondRightOptionAndAnOptionOnTheBranchOfTheKind() {
        PackIndex pack = packWith(handClaims());
        Phrase prompt = Phrase.of(ArgumentChecks.OF_KIND, Phrase.of("quiz.claims.trigger"));
        Cite quote = pack.claim("tr1").orElseThrow().cite().get(0);
        Question twoTriggers = choice("two", prompt, quote, List.of("tr1", "tr2", "x1"), 0, List.of("tr1"), pack);
        Question model = choice("model", prompt, quote, List.of("tr1", "m", "x1"), 0, List.of("tr1"), pack);
        Question wrongQuote = choice("quote", prompt, pack.claim("x1").orElseThrow().cite().get(0),
                List.of("tr1", "i2", "x1"), 0, List.of("tr1"), pack);
        Phrase illustrate = Phrase.of(ArgumentChecks.ILLUSTRATES, "Title e-nested");
        Question ancestor = choice("ancestor", illustrate, pack.claim("i5").orElseThrow().cite().get(0),
                List.of("i5", "i1", "i3"), 0, List.of("e-nested", "i5"), pack);
        for (Question bad : List.of(twoTriggers, model, wrongQuote, ancestor)) {
            QuestionChecker checker = new QuestionChecker(pack);
            checker.check(bad);
            assertFalse(checker.problems().isEmpty(), bad.id());
        }
        QuestionChecker checker = new QuestionChecker(pack);
        checker.check(choice("good", prompt, quote, List.of("tr1", "i2", "x1"), 0, List.of("tr1"), pack));
        assertEquals(List.of(), checker.problems());
    }

    @Test
    void theCheckerCatchesAnOrderOfClaimsAgainstTheirPlaces() {
        PackIndex pack = packWith(handClaims());
        Question.Order body = new Question.Order(List.of(Phrase.literal("Title of tr2"), Phrase.literal("Title of tr1"),
                Phrase.literal("Title of tr3")), List.of(0, 1, 2), List.of("tr2", "tr1", "tr3"));
        Question bad = new Question("bad", QuestionFormat.ORDER, Phrase.of(ArgumentChecks.ORDER, Phrase.of("quiz.claims.trigger")),
                body, List.of(Phrase.literal("x")), pack.claim("tr2").orElseThrow().cite().get(0), null, List.of(),
                List.of("tr2", "tr1", "tr3"), List.of(), null);
        QuestionChecker checker = new QuestionChecker(pack);
        checker.check(bad);
        assertNotEquals(List.of(), checker.problems());
        assertTrue(checker.problems().stream().anyMatch(p -> p.contains("essay's order")), checker.problems().toString());
    }

    private static Question choice(String id, Phrase prompt, Cite cite, List<String> options, int correct,
            List<String> items, PackIndex pack) {
        List<Phrase> texts = options.stream().map(o -> Phrase.literal(pack.claim(o).orElseThrow().title())).toList();
        return new Question(id, QuestionFormat.ARGUMENT, prompt, new Question.Choice(texts, correct, options),
                List.of(Phrase.literal("x")), cite, null, List.of(), items, List.of(), null);
    }
}
