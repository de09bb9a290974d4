package org.xistudy.content;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.xistudy.content.essay.Essay;
import org.xistudy.content.essay.Essay.Passage;
import org.xistudy.content.model.Card;
import org.xistudy.content.model.Claim;
import org.xistudy.content.model.Cite;
import org.xistudy.content.model.Cited;
import org.xistudy.content.model.Era;
import org.xistudy.content.model.Event;
import org.xistudy.content.model.Institution;
import org.xistudy.content.model.Lane;
import org.xistudy.content.model.Lesson;
import org.xistudy.content.model.Note;
import org.xistudy.content.model.Pack;
import org.xistudy.content.model.Person;
import org.xistudy.content.model.Reference;
import org.xistudy.content.model.Relation;

/**
 * Lookups over a validated pack: items by id, and the links between them in both directions. An
 * event that names a card and a card that names an event are the same link, whichever side wrote
 * it. The essay's argument is a tree of claims: {@link #thesis()} at the root, {@link #childrenOf}
 * below it, and from any event, body, person or relation back to {@link #claimsSupportedBy the
 * claims that rest on it}.
 */
public final class PackIndex {

    /** The kinds of item an id can name. */
    public enum ItemKind { REFERENCE, LANE, ERA, EVENT, PERSON, INSTITUTION, RELATION, CARD, NOTE, CLAIM }

    /** Siblings in the essay's order: by {@code order}, then as the pack lists them. */
    private static final Comparator<Claim> BY_ORDER = Comparator.comparingInt(Claim::order);

    private final Pack pack;
    private final Essay essay;
    private final Map<String, ItemKind> kinds;
    private final Map<String, Event> events;
    private final Map<String, Person> people;
    private final Map<String, Institution> institutions;
    private final Map<String, Card> cards;
    private final Map<String, Reference> references;
    private final Map<String, Lane> lanes;
    private final Map<String, Relation> relations;
    private final Map<String, Note> notesById;
    private final Map<String, Era> eras;
    private final Map<String, Claim> claims;
    private final Map<String, List<Claim>> childrenOf = new HashMap<>();
    private final Map<String, List<Claim>> claimsSupportedBy = new HashMap<>();
    private final Claim thesis;
    private final Map<String, Set<String>> eventsOfCard;
    private final Map<String, Set<String>> cardsOfEvent;
    private final Map<String, List<Note>> notesAbout = new HashMap<>();
    private final List<Event> eventsInTime;
    private final Map<String, Lesson> lessons = new LinkedHashMap<>();
    private final YearRange dataYears;

    public PackIndex(Pack pack, Essay essay) {
        this.pack = pack;
        this.essay = essay;
        int items = pack.references().size() + pack.lanes().size() + pack.eras().size() + pack.events().size()
                + pack.people().size() + pack.institutions().size() + pack.relations().size() + pack.cards().size()
                + pack.notes().size() + pack.claims().size();
        kinds = new HashMap<>(capacity(items));
        cardsOfEvent = new HashMap<>(capacity(pack.events().size()));
        eventsOfCard = new HashMap<>(capacity(pack.cards().size()));
        references = byId(pack.references(), Reference::id, ItemKind.REFERENCE);
        lanes = byId(pack.lanes(), Lane::id, ItemKind.LANE);
        eras = byId(pack.eras(), Era::id, ItemKind.ERA);
        events = byId(pack.events(), Event::id, ItemKind.EVENT);
        people = byId(pack.people(), Person::id, ItemKind.PERSON);
        institutions = byId(pack.institutions(), Institution::id, ItemKind.INSTITUTION);
        relations = byId(pack.relations(), Relation::id, ItemKind.RELATION);
        cards = byId(pack.cards(), Card::id, ItemKind.CARD);
        notesById = byId(pack.notes(), Note::id, ItemKind.NOTE);
        claims = byId(pack.claims(), Claim::id, ItemKind.CLAIM);
        for (Event e : pack.events()) {
            for (String c : e.cards()) {
                cardsOfEvent.computeIfAbsent(e.id(), k -> new LinkedHashSet<>(4)).add(c);
                eventsOfCard.computeIfAbsent(c, k -> new LinkedHashSet<>(4)).add(e.id());
            }
        }
        for (Card c : pack.cards()) {
            for (String e : c.events()) {
                cardsOfEvent.computeIfAbsent(e, k -> new LinkedHashSet<>(4)).add(c.id());
                eventsOfCard.computeIfAbsent(c.id(), k -> new LinkedHashSet<>(4)).add(e);
            }
        }
        for (Note n : pack.notes()) {
            for (String id : n.about()) {
                notesAbout.computeIfAbsent(id, k -> new ArrayList<>()).add(n);
            }
        }
        Claim root = null;
        for (Claim c : claims.values()) {
            if (c.isRoot()) {
                root = root == null ? c : root;
            } else {
                childrenOf.computeIfAbsent(c.parent(), k -> new ArrayList<>()).add(c);
            }
            for (String id : new LinkedHashSet<>(c.support())) {
                claimsSupportedBy.computeIfAbsent(id, k -> new ArrayList<>()).add(c);
            }
        }
        thesis = root;
        childrenOf.values().forEach(list -> list.sort(BY_ORDER));
        List<Event> sorted = new ArrayList<>(pack.events());
        sorted.sort(Comparator.comparing(Event::date).thenComparing(Event::id));
        eventsInTime = List.copyOf(sorted);
        for (Lesson l : pack.lessons()) {
            lessons.putIfAbsent(l.id(), l);
        }
        dataYears = YearRange.of(pack);
    }

    /** A hash map's initial capacity that holds {@code n} entries without growing. */
    private static int capacity(int n) {
        return (int) (n / 0.75f) + 1;
    }

    private <T> Map<String, T> byId(List<T> items, Function<T, String> id, ItemKind kind) {
        Map<String, T> map = new LinkedHashMap<>(capacity(items.size()));
        for (T t : items) {
            map.put(id.apply(t), t);
            kinds.put(id.apply(t), kind);
        }
        return map;
    }

    public Pack pack() {
        return pack;
    }

    /** The essay, or null when the pack was loaded without it. */
    public Essay essay() {
        return essay;
    }

    public Optional<ItemKind> kindOf(String id) {
        return Optional.ofNullable(kinds.get(id));
    }

    public Optional<Event> event(String id) {
        return Optional.ofNullable(events.get(id));
    }

    public Optional<Person> person(String id) {
        return Optional.ofNullable(people.get(id));
    }

    public Optional<Institution> institution(String id) {
        return Optional.ofNullable(institutions.get(id));
    }

    public Optional<Card> card(String id) {
        return Optional.ofNullable(cards.get(id));
    }

    public Optional<Reference> reference(String id) {
        return Optional.ofNullable(references.get(id));
    }

    public Optional<Lane> lane(String id) {
        return Optional.ofNullable(lanes.get(id));
    }

    public Optional<Relation> relation(String id) {
        return Optional.ofNullable(relations.get(id));
    }

    public Optional<Note> note(String id) {
        return Optional.ofNullable(notesById.get(id));
    }

    public Optional<Era> era(String id) {
        return Optional.ofNullable(eras.get(id));
    }

    public Optional<Claim> claim(String id) {
        return Optional.ofNullable(claims.get(id));
    }

    /** The item with this id, whatever its kind. */
    public Optional<Object> item(String id) {
        ItemKind k = kinds.get(id);
        if (k == null) {
            return Optional.empty();
        }
        switch (k) {
            case REFERENCE: return Optional.of(references.get(id));
            case LANE: return Optional.of(lanes.get(id));
            case ERA: return Optional.of(eras.get(id));
            case EVENT: return Optional.of(events.get(id));
            case PERSON: return Optional.of(people.get(id));
            case INSTITUTION: return Optional.of(institutions.get(id));
            case RELATION: return Optional.of(relations.get(id));
            case CARD: return Optional.of(cards.get(id));
            case CLAIM: return Optional.of(claims.get(id));
            default: return Optional.of(notesById.get(id));
        }
    }

    /** A short human label for any item id: the title or name, or the id itself. */
    public String label(String id) {
        ItemKind k = kinds.get(id);
        if (k == null) {
            return id;
        }
        switch (k) {
            case REFERENCE: return references.get(id).title();
            case LANE: return lanes.get(id).title();
            case ERA: return eras.get(id).title();
            case EVENT: return events.get(id).title();
            case PERSON: return people.get(id).name();
            case INSTITUTION: return institutions.get(id).name();
            case RELATION:
                Relation r = relations.get(id);
                return label(r.from()) + " " + r.type().jsonName() + " " + label(r.to());
            case CARD: return CardText.prompt(cards.get(id));
            case CLAIM: return claims.get(id).title();
            default: return notesById.get(id).title();
        }
    }

    /** Events sorted by date, then id. */
    public List<Event> eventsInTime() {
        return eventsInTime;
    }

    /** The cards linked to an event, from either side of the link. */
    public List<Card> cardsOfEvent(String eventId) {
        return resolve(cardsOfEvent.getOrDefault(eventId, Set.of()), cards);
    }

    /** The events linked to a card, from either side of the link. */
    public List<Event> eventsOfCard(String cardId) {
        return resolve(eventsOfCard.getOrDefault(cardId, Set.of()), events);
    }

    private static <T> List<T> resolve(Set<String> ids, Map<String, T> items) {
        List<T> out = new ArrayList<>();
        for (String id : ids) {
            T t = items.get(id);
            if (t != null) {
                out.add(t);
            }
        }
        return out;
    }

    /** The events that name this institution or person. */
    public List<Event> eventsMentioning(String id) {
        return eventsInTime.stream().filter(e -> e.institutions().contains(id) || e.people().contains(id)).toList();
    }

    /** The cards that name this institution or person. */
    public List<Card> cardsMentioning(String id) {
        return pack.cards().stream().filter(c -> c.institutions().contains(id) || c.people().contains(id)).toList();
    }

    /** The relations with this id at either end. */
    public List<Relation> relationsOf(String id) {
        return pack.relations().stream().filter(r -> r.from().equals(id) || r.to().equals(id)).toList();
    }

    /** The reading notes attached to an item. */
    public List<Note> notesAbout(String id) {
        return List.copyOf(notesAbout.getOrDefault(id, List.of()));
    }

    /** Where a quote cite stands in the essay. */
    public Optional<Passage> passage(Cite cite) {
        if (essay == null || cite == null || !cite.isQuote()) {
            return Optional.empty();
        }
        return essay.find(cite.quote());
    }

    /** The first quote an item cites, if any. */
    public Optional<Cite> firstQuote(Cited item) {
        return item.cite().stream().filter(Cite::isQuote).findFirst();
    }

    /**
     * The essay section a card belongs to: the section of its first quote, else of the first
     * quote of its first linked event.
     */
    public Optional<String> sectionOf(Card card) {
        Optional<String> own = sectionOfQuotes(card);
        if (own.isPresent()) {
            return own;
        }
        for (Event e : eventsOfCard(card.id())) {
            Optional<String> s = sectionOfQuotes(e);
            if (s.isPresent()) {
                return s;
            }
        }
        return Optional.empty();
    }

    private Optional<String> sectionOfQuotes(Cited item) {
        for (Cite c : item.cite()) {
            Optional<Passage> p = passage(c);
            if (p.isPresent()) {
                return Optional.of(p.get().block().sectionId());
            }
        }
        return Optional.empty();
    }

    /** Every item that quotes the given essay block, in pack order. */
    public List<Cited> itemsQuoting(String anchor) {
        List<Cited> out = new ArrayList<>();
        for (Collection<? extends Cited> group : List.of(events.values(), institutions.values(), people.values(),
                relations.values(), cards.values(), notesById.values(), eras.values())) {
            for (Cited c : group) {
                for (Cite cite : c.cite()) {
                    Optional<Passage> p = passage(cite);
                    if (p.isPresent() && p.get().block().anchor().equals(anchor)) {
                        out.add(c);
                        break;
                    }
                }
            }
        }
        return out;
    }

    // ---- the argument --------------------------------------------------------------------------

    /** The pack's claims, in pack order. */
    public List<Claim> claims() {
        return pack.claims();
    }

    /** The root of the argument: the claim without a parent (the validator allows one), if the pack has claims. */
    public Optional<Claim> thesis() {
        return Optional.ofNullable(thesis);
    }

    /** The claims that support this one, in the essay's order ({@code order}, then pack order); empty for a leaf or an unknown id. */
    public List<Claim> childrenOf(String claimId) {
        return List.copyOf(childrenOf.getOrDefault(claimId, List.of()));
    }

    /** The claims that name this event, body, person or relation in their {@code support}, in pack order. */
    public List<Claim> claimsSupportedBy(String itemId) {
        return List.copyOf(claimsSupportedBy.getOrDefault(itemId, List.of()));
    }

    /** The cards of a claim: those whose {@code tags} include the claim's id, in pack order; none for an id that is no claim. */
    public List<Card> cardsOfClaim(String claimId) {
        if (!claims.containsKey(claimId)) {
            return List.of();
        }
        return pack.cards().stream().filter(c -> c.tags().contains(claimId)).toList();
    }

    /** The reading notes that name this claim in {@code about}, as {@link #notesAbout} gives them for any item. */
    public List<Note> notesAboutClaim(String claimId) {
        return claims.containsKey(claimId) ? notesAbout(claimId) : List.of();
    }

    // ---- lessons ------------------------------------------------------------------------------

    /** The pack's own lessons, in pack order. Lesson ids are not item ids: {@link #kindOf} does not know them. */
    public List<Lesson> lessons() {
        return pack.lessons();
    }

    /** The pack's lesson with this id. */
    public Optional<Lesson> lesson(String id) {
        return Optional.ofNullable(lessons.get(id));
    }

    /** The years the pack's dates span: a lesson's year steps fall within them. */
    public YearRange dataYears() {
        return dataYears;
    }

    /** Every item id of the pack with its kind (lessons aside). */
    public Map<String, ItemKind> itemKinds() {
        return Collections.unmodifiableMap(kinds);
    }
}
