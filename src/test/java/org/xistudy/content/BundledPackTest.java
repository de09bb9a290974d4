package org.xistudy.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.xistudy.content.essay.Essay;
import org.xistudy.content.model.Card;
import org.xistudy.content.model.CardType;
import org.xistudy.content.model.Claim;
import org.xistudy.content.model.Cite;
import org.xistudy.content.model.Cited;
import org.xistudy.content.model.Era;
import org.xistudy.content.model.Event;
import org.xistudy.content.model.Institution;
import org.xistudy.content.model.InstitutionKind;
import org.xistudy.content.model.Note;
import org.xistudy.content.model.Pack;
import org.xistudy.content.model.Person;
import org.xistudy.content.model.Relation;
import org.xistudy.content.model.RelationType;

/**
 * Checks the pack the application ships against the content standards of the study edition: it
 * validates cleanly, every quote is the essay's own words, every link resolves, each section of the
 * essay is covered, and the institution chart can show the structure of 2012, 2014, 2018 and 2023.
 * Everything here reads the real bundled data, so editing the pack can make these tests fail.
 */
class BundledPackTest {
    private static final String TONE_MARKS = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ";
    private static final String PACK_FILE = "resources/content/xi-power-concentration.json";
    /**
     * A year (1500–2099), an English month name or abbreviation, or a Chinese date mark: whatever would tell a student
     * where an item falls in time.
     */
    private static final Pattern DATE_MARK = Pattern.compile("(?<!\\d)(1[5-9]|20)\\d{2}(?!\\d)"
            + "|\\b(January|February|March|April|May|June|July|August|September|October|November|December"
            + "|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\\b|\\d\\s*[年月日]");
    private static final Pattern YEAR = Pattern.compile("(?<!\\d)(1[5-9]|20)\\d{2}(?!\\d)");

    private static LoadResult result;
    private static PackIndex index;
    private static Pack pack;
    private static Essay essay;

    @BeforeAll
    static void load() {
        result = PackLoader.loadDefault();
        assertTrue(result.isValid(), () -> "the bundled pack does not load: " + result.problems());
        index = result.index().orElseThrow();
        pack = index.pack();
        essay = index.essay();
        assertNotNull(essay, "the bundled essay was not found");
    }

    // ---- validation and citations ----------------------------------------------------------

    @Test
    void bundledPackHasNoErrorsAndNoWarnings() {
        assertEquals(List.of(), result.problems());
    }

    @Test
    void packFileInTheSourceTreeAlsoValidatesWithoutWarnings() {
        Path file = Path.of(System.getProperty("xistudy.projectDir", "."), PACK_FILE);
        LoadResult fromFile = PackLoader.load(file);
        assertEquals(List.of(), fromFile.problems());
        assertEquals(pack.cards().size(), fromFile.pack().cards().size(), "the jar and the source tree disagree");
    }

    @Test
    void everyQuoteIsInTheEssayVerbatim() {
        List<String> missing = new ArrayList<>();
        forEachCited(item -> {
            for (Cite c : item.cite()) {
                if (c.isQuote() && !essay.contains(c.quote())) {
                    missing.add(idOf(item) + ": " + c.quote());
                }
                if (c.isQuote() && index.passage(c).isEmpty()) {
                    missing.add(idOf(item) + " (spans paragraphs): " + c.quote());
                }
            }
        });
        assertEquals(List.of(), missing);
    }

    @Test
    void everyItemCitesEvidenceAndEveryReferenceIsComplete() {
        List<String> bad = new ArrayList<>();
        forEachCited(item -> {
            if (item.cite().isEmpty()) {
                bad.add(idOf(item) + " cites nothing");
            }
            for (Cite c : item.cite()) {
                if (!c.isQuote() && index.reference(c.ref()).isEmpty()) {
                    bad.add(idOf(item) + " cites unknown reference " + c.ref());
                }
                if (!c.isQuote() && (c.detail() == null || c.detail().isBlank())) {
                    bad.add(idOf(item) + " cites " + c.ref() + " without saying what it supports");
                }
            }
        });
        Set<String> cited = new TreeSet<>();
        forEachCited(item -> item.cite().stream().filter(c -> !c.isQuote()).forEach(c -> cited.add(c.ref())));
        pack.references().forEach(r -> {
            if (r.url() == null || r.url().isBlank() || r.publisher() == null || r.date() == null) {
                bad.add("reference " + r.id() + " lacks url, publisher or date");
            }
            if (!cited.contains(r.id())) {
                bad.add("reference " + r.id() + " is never cited");
            }
        });
        assertEquals(List.of(), bad);
    }

    @Test
    void readingNotesCarryOutsideEvidence() {
        assertTrue(pack.notes().size() > 5, "expected more than five reading notes, found " + pack.notes().size());
        List<String> bad = new ArrayList<>();
        for (Note n : pack.notes()) {
            if (n.cite().stream().allMatch(Cite::isQuote)) {
                bad.add(n.id() + " cites only the essay");
            }
            if (n.cite().stream().noneMatch(Cite::isQuote)) {
                bad.add(n.id() + " does not quote the passage it is about");
            }
        }
        assertEquals(List.of(), bad);
    }

    // ---- links ---------------------------------------------------------------------------------

    @Test
    void everyLinkedIdResolves() {
        List<String> dangling = new ArrayList<>();
        for (Event e : pack.events()) {
            e.people().stream().filter(id -> index.person(id).isEmpty()).forEach(id -> dangling.add(e.id() + " -> person " + id));
            e.institutions().stream().filter(id -> index.institution(id).isEmpty())
                    .forEach(id -> dangling.add(e.id() + " -> institution " + id));
            e.cards().stream().filter(id -> index.card(id).isEmpty()).forEach(id -> dangling.add(e.id() + " -> card " + id));
            if (index.lane(e.lane()).isEmpty()) {
                dangling.add(e.id() + " -> lane " + e.lane());
            }
        }
        for (Card c : pack.cards()) {
            c.events().stream().filter(id -> index.event(id).isEmpty()).forEach(id -> dangling.add(c.id() + " -> event " + id));
            c.institutions().stream().filter(id -> index.institution(id).isEmpty())
                    .forEach(id -> dangling.add(c.id() + " -> institution " + id));
            c.people().stream().filter(id -> index.person(id).isEmpty()).forEach(id -> dangling.add(c.id() + " -> person " + id));
        }
        for (Note n : pack.notes()) {
            n.about().stream().filter(id -> index.kindOf(id).isEmpty()).forEach(id -> dangling.add(n.id() + " -> " + id));
        }
        for (Claim c : pack.claims()) {
            c.support().stream().filter(id -> index.kindOf(id).isEmpty()).forEach(id -> dangling.add(c.id() + " -> " + id));
            if (c.parent() != null && index.claim(c.parent()).isEmpty()) {
                dangling.add(c.id() + " -> parent " + c.parent());
            }
        }
        for (Relation r : pack.relations()) {
            for (String end : List.of(r.from(), r.to())) {
                if (index.person(end).isEmpty() && index.institution(end).isEmpty()) {
                    dangling.add(r.id() + " -> " + end);
                }
            }
        }
        assertEquals(List.of(), dangling);
    }

    @Test
    void eventsAndCardsAgreeOnTheirLinks() {
        List<String> oneSided = new ArrayList<>();
        for (Event e : pack.events()) {
            for (String cardId : e.cards()) {
                if (!index.card(cardId).orElseThrow().events().contains(e.id())) {
                    oneSided.add(e.id() + " lists " + cardId + " but the card does not list the event");
                }
            }
            if (index.cardsOfEvent(e.id()).isEmpty()) {
                oneSided.add(e.id() + " has no card");
            }
        }
        assertEquals(List.of(), oneSided);
    }

    // ---- coverage ------------------------------------------------------------------------------

    @Test
    void everySectionOfTheEssayHasAtLeastEightCards() {
        Map<String, Integer> perSection = new LinkedHashMap<>();
        essay.sections().forEach(s -> perSection.put(s.id(), 0));
        List<String> unplaced = new ArrayList<>();
        for (Card c : pack.cards()) {
            Optional<String> s = index.sectionOf(c);
            s.ifPresentOrElse(id -> perSection.merge(id, 1, Integer::sum), () -> unplaced.add(c.id()));
        }
        assertEquals(4, perSection.size(), "the essay should have an opening and three headed sections: " + perSection.keySet());
        perSection.forEach((section, n) -> assertTrue(n >= 8, section + " has only " + n + " cards: " + perSection));
        assertEquals(List.of(), unplaced, "cards that belong to no section");
    }

    @Test
    void countsGrowWithTheFactCheck() {
        // issue 12: the record the essay rests on was filled in (purges, congresses, coercion, people, cards)
        assertTrue(pack.events().size() >= 82, "events: " + pack.events().size());
        assertTrue(pack.people().size() >= 25, "people: " + pack.people().size());
        assertTrue(pack.cards().size() >= 160, "cards: " + pack.cards().size());
        assertTrue(pack.notes().size() >= 23, "notes: " + pack.notes().size());
        assertTrue(pack.references().size() >= 155, "references: " + pack.references().size());
        assertEquals(7, pack.lanes().size(), "lanes");
        assertEquals(5, pack.eras().size(), "eras");
        assertEquals(14, pack.institutions().size(), "institutions");
        assertEquals(41, pack.relations().size(), "relations");
    }

    @Test
    void everySectionOfTheEssayHasAtLeastTwentyFiveCards() {
        Map<String, Integer> perSection = new LinkedHashMap<>();
        essay.sections().forEach(s -> perSection.put(s.id(), 0));
        for (Card c : pack.cards()) {
            index.sectionOf(c).ifPresent(id -> perSection.merge(id, 1, Integer::sum));
        }
        perSection.forEach((section, n) -> assertTrue(n >= 25, section + " has only " + n + " cards: " + perSection));
    }

    @Test
    void theRecordTheEssayRestsOnHasItsDatedEvents() {
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("ev-wang-lijun-incident", "2012-02-06");
        expected.put("ev-ling-gu-crash", "2012-03-18");
        expected.put("ev-gu-kailai-trial", "2012-08-09");
        expected.put("ev-gu-kailai-sentenced", "2012-08-20");
        expected.put("ev-18th-congress", "2012-11-08");
        expected.put("ev-bo-xilai-trial", "2013-08-22");
        expected.put("ev-ling-jihua-sentenced", "2016-07-04");
        expected.put("ev-australia-barley", "2020-05-18");
        expected.put("ev-australia-wine-final", "2021-03-26");
        expected.put("ev-lithuania-office", "2021-11-18");
        expected.put("ev-lithuania-downgrade", "2021-11-21");
        expected.put("ev-lithuania-customs", "2021-12");
        expected.put("ev-lithuania-wto", "2022-01-27");
        expected.put("ev-xi-president-third", "2023-03-10");
        expected.put("ev-cnsc-2023", "2023-05-30");
        Map<String, String> found = new LinkedHashMap<>();
        expected.keySet().forEach(id -> found.put(id, index.event(id).map(e -> e.date().toString()).orElse("missing")));
        assertEquals(expected, found);
        assertEquals("2012-11-14", index.event("ev-18th-congress").orElseThrow().end().toString(), "the congress closed on 14 November");
        for (String person : List.of("wang-lijun", "gu-kailai", "zhao-lijian", "li-qiang", "jin-liqun", "suisheng-zhao")) {
            assertTrue(index.person(person).isPresent(), "no person " + person);
            assertFalse(index.cardsMentioning(person).isEmpty(), "no card links " + person);
        }
        assertTrue(index.card("card-author").orElseThrow().people().contains("suisheng-zhao"), "the author card names its author");
    }

    @Test
    void everyReadingNoteIsStudiedByACard() {
        List<String> unstudied = new ArrayList<>();
        for (Note n : pack.notes()) {
            boolean direct = n.about().stream().anyMatch(id -> index.card(id).isPresent());
            boolean viaEvent = pack.cards().stream().anyMatch(c -> c.events().stream().anyMatch(n.about()::contains));
            if (!direct && !viaEvent) {
                unstudied.add(n.id());
            }
        }
        assertEquals(List.of(), unstudied, "reading notes that no card studies");
    }

    @Test
    void countsMeetTheIssueTargets() {
        assertTrue(pack.events().size() >= 45, "events: " + pack.events().size());
        long lanesUsed = pack.events().stream().map(Event::lane).distinct().count();
        assertTrue(lanesUsed >= 5, "lanes in use: " + lanesUsed);
        assertTrue(pack.institutions().size() >= 12, "institutions: " + pack.institutions().size());
        long datedRelations = pack.relations().stream().filter(r -> r.start() != null || r.end() != null).count();
        assertTrue(pack.relations().size() >= 20 && datedRelations >= 20, "relations: " + pack.relations().size()
                + ", dated: " + datedRelations);
        assertTrue(pack.people().size() >= 15, "people: " + pack.people().size());
        assertTrue(pack.cards().size() >= 120, "cards: " + pack.cards().size());
        Set<CardType> types = pack.cards().stream().map(Card::type)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(CardType.class)));
        assertEquals(EnumSet.allOf(CardType.class), types);
    }

    @Test
    void erasCoverTheLeadersTheEssayCompares() {
        Map<String, String> eras = pack.eras().stream().collect(Collectors.toMap(e -> e.title(), e -> e.start().toString()));
        for (String leader : List.of("Mao Zedong", "Deng Xiaoping", "Jiang Zemin", "Hu Jintao", "Xi Jinping")) {
            assertTrue(eras.containsKey(leader), "no era for " + leader + ": " + eras.keySet());
        }
        pack.eras().stream().filter(e -> e.title().equals("Xi Jinping"))
                .forEach(e -> assertEquals(null, e.end(), "the Xi era is ongoing"));
    }

    @Test
    void namesCarryCharactersAndTonedPinyin() {
        List<String> bad = new ArrayList<>();
        for (Institution i : pack.institutions()) {
            checkName(i.id(), i.zh(), i.pinyin(), bad);
        }
        for (Person p : pack.people()) {
            checkName(p.id(), p.zh(), p.pinyin(), bad);
        }
        assertEquals(List.of(), bad);
    }

    private static void checkName(String id, String zh, String pinyin, List<String> bad) {
        if (zh == null || zh.codePoints().noneMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN)) {
            bad.add(id + ": no Chinese characters in " + zh);
        }
        if (pinyin == null || pinyin.chars().noneMatch(ch -> TONE_MARKS.indexOf(ch) >= 0)) {
            bad.add(id + ": pinyin without tone marks: " + pinyin);
        }
    }

    @Test
    void eachTriggerAndImplicationHasItsOwnCards() {
        for (String tag : List.of("trigger-1", "trigger-2", "trigger-3", "implication-1", "implication-2",
                "implication-3", "implication-4", "implication-5")) {
            long own = pack.cards().stream().filter(c -> c.tags().contains(tag))
                    .filter(c -> c.tags().stream().filter(t -> t.startsWith("trigger-") || t.startsWith("implication-")).count() == 1)
                    .count();
            assertTrue(own >= 2, tag + " has " + own + " cards of its own");
        }
    }

    @Test
    void everyInstitutionHasCardsOrEvents() {
        List<String> bare = pack.institutions().stream()
                .filter(i -> index.cardsMentioning(i.id()).isEmpty())
                .map(Institution::id).toList();
        assertEquals(List.of(), bare, "institutions no card studies");
    }

    // ---- the chart in 2012, 2014, 2018 and 2023 ------------------------------------------------

    /** Whether the body stood at the end of the year: established by then and not yet dissolved. */
    private static boolean standsAtEndOf(String id, int year) {
        Institution i = index.institution(id).orElseThrow(() -> new AssertionError("no institution " + id));
        LocalDate end = LocalDate.of(year, 12, 31);
        return !i.established().firstDay().isAfter(end) && (i.dissolved() == null || i.dissolved().lastDay().isAfter(end));
    }

    private static Set<String> holders(RelationType type, String body, int year) {
        return pack.relations().stream()
                .filter(r -> r.type() == type && r.to().equals(body) && r.holdsIn(year))
                .filter(r -> index.person(r.from()).isPresent())
                .map(Relation::from).collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void in2012ForeignAffairsHasALeadingGroupAndThereIsNoSecurityCommission() {
        assertTrue(index.institution("cfalsg").orElseThrow().existsIn(2012));
        assertTrue(standsAtEndOf("cfalsg", 2012));
        assertFalse(index.institution("cnsc").orElseThrow().existsIn(2012), "no CNSC before the Third Plenum of 2013");
        assertFalse(index.institution("cfac").orElseThrow().existsIn(2012));
        assertEquals(Set.of("xi-jinping"), holders(RelationType.HEADS, "pbsc", 2013));
        assertEquals(Set.of("yang-jiechi"), holders(RelationType.HEADS, "mfa", 2012), "foreign minister in 2012");
    }

    @Test
    void in2014TheSecurityCommissionExistsAndXiChairsIt() {
        assertTrue(standsAtEndOf("cnsc", 2014));
        assertTrue(holders(RelationType.CHAIRS, "cnsc", 2014).contains("xi-jinping"));
        assertTrue(standsAtEndOf("cfalsg", 2014));
        assertEquals(Set.of("yang-jiechi"), holders(RelationType.HEADS, "falsg-office", 2014));
        assertEquals(Set.of("wang-yi"), holders(RelationType.HEADS, "mfa", 2014));
    }

    @Test
    void by2018TheGroupHasBecomeACommission() {
        assertTrue(standsAtEndOf("cfac", 2018));
        assertFalse(standsAtEndOf("cfalsg", 2018), "the leading group was dissolved in March 2018");
        List<Relation> upgrades = pack.relations().stream().filter(r -> r.type() == RelationType.UPGRADED_FROM).toList();
        assertTrue(upgrades.stream().anyMatch(r -> r.from().equals("cfac") && r.to().equals("cfalsg") && r.holdsIn(2018)),
                "the commission should point to the group it replaced: " + upgrades);
        assertTrue(holders(RelationType.CHAIRS, "cfac", 2018).contains("xi-jinping"));
    }

    @Test
    void in2023XiChairsTheCommissionAndWangYiDirectsItsOffice() {
        assertTrue(standsAtEndOf("cfac", 2023));
        assertFalse(index.institution("cfalsg").orElseThrow().existsIn(2023));
        assertEquals(Set.of("xi-jinping"), holders(RelationType.CHAIRS, "cfac", 2023));
        assertTrue(holders(RelationType.HEADS, "cfac-office", 2023).contains("wang-yi"));
        assertEquals(Set.of("qin-gang", "wang-yi"), holders(RelationType.HEADS, "mfa", 2023), "Qin Gang, then Wang Yi again");
        assertTrue(holders(RelationType.MEMBER_OF, "politburo", 2023).contains("wang-yi"));
    }

    @Test
    void threePartyDepartmentsDoPartyDiplomacy() {
        Set<String> departments = pack.relations().stream()
                .filter(r -> r.type() == RelationType.PARTY_DIPLOMACY && r.holdsIn(2023))
                .map(Relation::from)
                .filter(id -> index.institution(id).map(i -> i.kind() == InstitutionKind.PARTY).orElse(false))
                .collect(Collectors.toCollection(TreeSet::new));
        assertTrue(departments.size() >= 3, "party departments doing party diplomacy: " + departments);
    }

    @Test
    void theTopOfTheChartIsXiAndTheStandingCommittee() {
        Institution pbsc = index.institution("pbsc").orElseThrow();
        assertTrue(pbsc.existsIn(2000) && pbsc.existsIn(2023));
        assertEquals(Set.of("jiang-zemin"), holders(RelationType.HEADS, "pbsc", 2000));
        assertEquals(Set.of("hu-jintao"), holders(RelationType.HEADS, "pbsc", 2010));
        assertEquals(Set.of("xi-jinping"), holders(RelationType.HEADS, "pbsc", 2023));
        assertTrue(pack.relations().stream().anyMatch(r -> r.type() == RelationType.CONVENES && r.to().equals("cfawc")),
                "the work conference should hang off the body that convenes it");
    }

    // ---- ordering tasks (issue 12, item 13) ----------------------------------------------------

    @Test
    void eventTitlesCarryNoDatesBecauseGeneratedOrderingQuestionsShowThem() {
        // the quiz generator's "put these events in order" and "which came first" items are event titles
        List<String> dated = pack.events().stream().filter(e -> DATE_MARK.matcher(e.title()).find())
                .map(e -> e.id() + ": " + e.title()).toList();
        assertEquals(List.of(), dated);
    }

    @Test
    void theDatePatternRecognisesTheFormsThatGaveOrdersAway() {
        for (String dated : List.of("Xi and Biden meet in Bali (Nov 2022)", "Yang Jiechi (2013 – Jan 2023)",
                "The commission holds its first meeting (15 May 2018)", "A leading group is re-established (1981)",
                "Bo sentenced to life (Sep 2013)", "2013年10月", "Wang Yi (from July 2023)")) {
            assertTrue(DATE_MARK.matcher(dated).find(), "not recognised as dated: " + dated);
        }
        for (String plain : List.of("Wang Yi (second term)", "21 countries sign a memorandum of understanding",
                "Xi–Putin “no limits” joint statement", "The bank opens for business", "Mao Zedong")) {
            assertFalse(DATE_MARK.matcher(plain).find(), "wrongly taken for a date: " + plain);
        }
    }

    @Test
    void orderCardItemsCarryNoDatesAndTheExplanationGivesThem() {
        List<Card> orderCards = pack.cards().stream().filter(c -> c.type() == CardType.ORDER).toList();
        assertTrue(orderCards.size() >= 10, "order cards: " + orderCards.size());
        List<String> bad = new ArrayList<>();
        for (Card c : orderCards) {
            for (String item : c.items()) {
                if (DATE_MARK.matcher(item).find()) {
                    bad.add(c.id() + " item shows a date: " + item);
                }
            }
            if (DATE_MARK.matcher(c.prompt()).find()) {
                bad.add(c.id() + " prompt shows a date: " + c.prompt());
            }
            if (c.explanation() == null || !YEAR.matcher(c.explanation()).find()) {
                bad.add(c.id() + " explanation does not give the dates of the order");
            }
        }
        assertEquals(List.of(), bad);
    }

    // ---- helpers -------------------------------------------------------------------------------

    private static void forEachCited(Consumer<Cited> action) {
        pack.eras().forEach(action);
        pack.events().forEach(action);
        pack.people().forEach(action);
        pack.institutions().forEach(action);
        pack.relations().forEach(action);
        pack.cards().forEach(action);
        pack.notes().forEach(action);
        pack.claims().forEach(action);
    }

    private static String idOf(Cited item) {
        if (item instanceof Era era) {
            return era.id();
        } else if (item instanceof Event e) {
            return e.id();
        } else if (item instanceof Card c) {
            return c.id();
        } else if (item instanceof Note n) {
            return n.id();
        } else if (item instanceof Relation r) {
            return r.id();
        } else if (item instanceof Institution i) {
            return i.id();
        } else if (item instanceof Person p) {
            return p.id();
        } else if (item instanceof Claim c) {
            return c.id();
        }
        return item.toString();
    }

    // ---- lessons (issue 13) -------------------------------------------------------------------

    @Test
    void thePackShipsTheTwoLessons() {
        assertEquals(List.of("lesson-essay-45", "lesson-institutions"),
                pack.lessons().stream().map(l -> l.id()).toList());
        assertEquals("The essay in 45 minutes", index.lesson("lesson-essay-45").orElseThrow().title());
        assertEquals("How the foreign-policy institutions changed",
                index.lesson("lesson-institutions").orElseThrow().title());
        for (var lesson : pack.lessons()) {
            assertTrue(lesson.summary() != null && !lesson.summary().isBlank(), lesson.id());
            assertTrue(lesson.size() >= 15, lesson.id() + " has only " + lesson.size() + " steps");
        }
    }
}
