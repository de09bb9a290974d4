package org.xistudy.study.quiz;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.xistudy.content.PackIndex;
import org.xistudy.content.PartialDate;
import org.xistudy.content.model.Card;
import org.xistudy.content.model.CardType;
import org.xistudy.content.model.Cite;
import org.xistudy.content.model.Claim;
import org.xistudy.content.model.ClaimKind;
import org.xistudy.content.model.Event;
import org.xistudy.content.model.Institution;
import org.xistudy.content.model.InstitutionKind;
import org.xistudy.content.model.Lane;
import org.xistudy.content.model.MatchPair;
import org.xistudy.content.model.Pack;
import org.xistudy.content.model.Person;
import org.xistudy.content.model.Reference;
import org.xistudy.content.model.Relation;
import org.xistudy.content.model.RelationType;
import org.xistudy.content.model.Source;

/**
 * Random packs that make quiz generation hard: dates crowded into a few years and months at
 * mixed precision (so many pairs cannot be ordered), repeated titles, approximate dates, spans,
 * and overlapping terms of office (so some years have two leaders); and, in most packs, a random
 * tree of claims in which siblings share places, titles repeat or name a year, claims of one kind
 * sit beneath others of the same kind, and events are named by several implications at once.
 */
final class RandomPacks {
    private RandomPacks() {
    }

    static final List<Cite> REF = List.of(new Cite(null, "ref-1", "test"));

    static PackIndex random(long seed) {
        Random r = new Random(seed);
        List<Event> events = new ArrayList<>();
        int nEvents = 6 + r.nextInt(30);
        List<Card> cards = new ArrayList<>();
        for (int i = 0; i < nEvents; i++) {
            PartialDate d = randomDate(r);
            boolean range = r.nextInt(8) == 0;
            PartialDate end = range ? PartialDate.ofYear(d.year() + 1 + r.nextInt(3)) : null;
            String title = r.nextInt(6) == 0 ? "Work conference" : "Event " + i;
            List<String> evCards = new ArrayList<>();
            if (r.nextBoolean()) {
                String cid = "card-ev-" + i;
                evCards.add(cid);
                cards.add(basic(cid, List.of("tag-" + r.nextInt(3)), List.of(), List.of()));
            }
            List<String> who = r.nextBoolean() ? List.of("person-" + r.nextInt(5)) : List.of();
            List<String> where = r.nextBoolean() ? List.of("body-" + r.nextInt(3)) : List.of();
            events.add(new Event("ev-" + i, d, end, r.nextInt(7) == 0, "lane", title, "Summary " + i, who, where,
                    evCards, REF));
        }
        List<Institution> bodies = new ArrayList<>();
        int nBodies = 3 + r.nextInt(6); // body-0..2 always exist for the events above
        for (int i = 0; i < nBodies; i++) {
            PartialDate est = r.nextBoolean() ? PartialDate.ofYear(1990 + r.nextInt(25))
                    : PartialDate.ofMonth(1990 + r.nextInt(25), 1 + r.nextInt(12));
            PartialDate dis = r.nextInt(5) == 0 ? PartialDate.ofYear(est.year() + 3 + r.nextInt(10)) : null;
            bodies.add(new Institution("body-" + i, r.nextInt(7) == 0 ? "Leading Group" : "Body " + i, null, null, null,
                    InstitutionKind.PARTY, est, dis, "About body " + i, REF));
        }
        List<Person> people = new ArrayList<>();
        int nPeople = 5 + r.nextInt(5);
        for (int i = 0; i < nPeople; i++) {
            people.add(new Person("person-" + i, "Person " + i, null, null, "About " + i, REF));
        }
        List<Relation> relations = new ArrayList<>();
        int nRel = r.nextInt(14);
        for (int i = 0; i < nRel; i++) {
            Institution b = bodies.get(r.nextInt(bodies.size()));
            Person p = people.get(r.nextInt(people.size()));
            int from = b.established().year() + r.nextInt(8);
            PartialDate start = r.nextInt(6) == 0 ? null
                    : r.nextBoolean() ? PartialDate.ofYear(from) : PartialDate.ofMonth(from, 1 + r.nextInt(12));
            PartialDate end = r.nextBoolean() ? null : PartialDate.ofMonth(from + 1 + r.nextInt(6), 1 + r.nextInt(12));
            RelationType type = r.nextInt(5) == 0 ? RelationType.MEMBER_OF
                    : r.nextBoolean() ? RelationType.CHAIRS : RelationType.HEADS;
            relations.add(new Relation("rel-" + i, p.id(), b.id(), type, null, start, end, REF));
            if (r.nextInt(3) == 0) {
                cards.add(basic("card-rel-" + i, List.of("tag-" + r.nextInt(3)), List.of(b.id()), List.of(p.id())));
            }
        }
        cards.add(new Card("card-choice", CardType.CHOICE, List.of("tag-0"), null, null, null, "Pick B", null,
                List.of("A", "B", "C"), "B", null, null, null, null, "Because B.", List.of(), List.of(), List.of(), REF));
        cards.add(new Card("card-tf", CardType.TRUEFALSE, List.of("tag-1"), null, null, null, null, "It is false", null,
                "false", null, null, null, null, null, List.of(), List.of(), List.of(), REF));
        cards.add(new Card("card-order", CardType.ORDER, List.of(), null, null, null, null, null, null, null, null,
                "Count", List.of("one", "two", "three", "four"), null, null, List.of(), List.of(), List.of(), REF));
        cards.add(new Card("card-match", CardType.MATCH, List.of(), null, null, null, null, null, null, null, null,
                "Pair", null, List.of(new MatchPair("x", "1"), new MatchPair("y", "2"), new MatchPair("z", "3")), null,
                List.of(), List.of(), List.of(), REF));
        cards.add(new Card("card-cloze", CardType.CLOZE, List.of(), null, null, "The {{answer::hint}} is here", null,
                null, null, null, null, null, null, null, null, List.of(), List.of(), List.of(), REF));
        cards.add(new Card("card-typein", CardType.TYPEIN, List.of(), null, null, null, "Type it", null, null,
                "Answer", List.of("Other answer"), null, null, null, null, List.of(), List.of(), List.of(), REF));
        // drawn last, so that the rest of a pack is drawn as it was before packs had claims
        List<Claim> claims = r.nextInt(4) == 0 ? List.of() : claims(r, events, cards);
        Pack pack = new Pack(1, "random-" + seed, "Random", null, "en",
                new Source("Essay", "Author", "Publisher", PartialDate.ofYear(2023), null, "seeds/none.txt"),
                List.of(new Reference("ref-1", "Reference", null, null, null, null)),
                List.of(new Lane("lane", "Lane", null)), List.of(), events, people, bodies, relations, cards, List.of(),
                List.of(), claims);
        return new PackIndex(pack, null);
    }

    private static final ClaimKind[] BENEATH = {ClaimKind.MODEL, ClaimKind.TRIGGER, ClaimKind.TRIGGER,
        ClaimKind.MECHANISM, ClaimKind.MECHANISM, ClaimKind.IMPLICATION, ClaimKind.IMPLICATION,
        ClaimKind.IMPLICATION, ClaimKind.QUALIFICATION};

    /**
     * A thesis and 4 to 20 claims beneath it, each under a claim drawn before it, mostly one of the
     * first three. A claim's place is mostly its number, but a quarter of them take a place from 1 to
     * 3, so siblings sometimes share one; support is drawn from the first
     * few events, so one event is often named by two claims; some claims cite only a reference,
     * and some cards are tagged with a claim's id, as the claim's cards are.
     */
    static List<Claim> claims(Random r, List<Event> events, List<Card> cards) {
        List<Claim> claims = new ArrayList<>();
        claims.add(new Claim("claim-0", ClaimKind.THESIS, "The thesis", null, 1, "The whole argument.", List.of(),
                List.of(new Cite("The thesis in the essay's words.", null, null))));
        int n = 4 + r.nextInt(17);
        int few = Math.min(events.size(), 4 + r.nextInt(6));
        for (int i = 1; i <= n; i++) {
            ClaimKind kind = BENEATH[r.nextInt(BENEATH.length)];
            // mostly beneath one of the first three, so that siblings of one kind are common
            String parent = "claim-" + (r.nextInt(3) == 0 ? r.nextInt(i) : r.nextInt(Math.min(i, 3)));
            String title = switch (r.nextInt(10)) {
                case 0 -> "Repeated claim";
                case 1 -> "Claim " + i + " of 2013";
                default -> "Claim " + i;
            };
            List<String> support = new ArrayList<>();
            for (int k = r.nextInt(4); k > 0; k--) {
                support.add(events.get(r.nextInt(few)).id());
            }
            List<Cite> cite = r.nextInt(12) == 0 ? REF : List.of(new Cite("Claim " + i + " in the essay's words.", null, null));
            int order = r.nextInt(4) == 0 ? 1 + r.nextInt(3) : i; // small places collide with others
            claims.add(new Claim("claim-" + i, kind, title, parent, order, r.nextBoolean() ? null : "Summary " + i,
                    support, cite));
            if (r.nextInt(3) == 0) {
                cards.add(basic("card-claim-" + i, List.of("claim-" + i, "tag-" + r.nextInt(3)), List.of(), List.of()));
            }
        }
        return claims;
    }

    private static PartialDate randomDate(Random r) {
        int year = 2008 + r.nextInt(6);
        int month = 1 + r.nextInt(3);
        switch (r.nextInt(3)) {
            case 0:
                return PartialDate.ofYear(year);
            case 1:
                return PartialDate.ofMonth(year, month);
            default:
                return PartialDate.parse(String.format("%04d-%02d-%02d", year, month, 1 + r.nextInt(3)));
        }
    }

    static Card basic(String id, List<String> tags, List<String> institutions, List<String> people) {
        return new Card(id, CardType.BASIC, tags, "Front " + id, "Back", null, null, null, null, null, null, null, null,
                null, null, List.of(), institutions, people, REF);
    }
}
