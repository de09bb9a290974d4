package org.xistudy.content.model;

import java.util.List;

/**
 * A whole content pack: the validated model every view is drawn from. {@code claims} is the essay's
 * argument as a tree of {@link Claim claims}; a pack written before claims existed has none.
 */
public record Pack(int format, String id, String title, String subtitle, String language, Source source,
        List<Reference> references, List<Lane> lanes, List<Era> eras, List<Event> events, List<Person> people,
        List<Institution> institutions, List<Relation> relations, List<Card> cards, List<Note> notes,
        List<Lesson> lessons, List<Claim> claims) {
    /** The format version this build reads. */
    public static final int FORMAT = 1;

    public Pack {
        references = Lists.of(references);
        lanes = Lists.of(lanes);
        eras = Lists.of(eras);
        events = Lists.of(events);
        people = Lists.of(people);
        institutions = Lists.of(institutions);
        relations = Lists.of(relations);
        cards = Lists.of(cards);
        notes = Lists.of(notes);
        lessons = Lists.of(lessons);
        claims = Lists.of(claims);
    }

    /** A pack without claims. */
    public Pack(int format, String id, String title, String subtitle, String language, Source source,
            List<Reference> references, List<Lane> lanes, List<Era> eras, List<Event> events, List<Person> people,
            List<Institution> institutions, List<Relation> relations, List<Card> cards, List<Note> notes,
            List<Lesson> lessons) {
        this(format, id, title, subtitle, language, source, references, lanes, eras, events, people, institutions,
                relations, cards, notes, lessons, List.of());
    }

    /** A pack without lessons or claims. */
    public Pack(int format, String id, String title, String subtitle, String language, Source source,
            List<Reference> references, List<Lane> lanes, List<Era> eras, List<Event> events, List<Person> people,
            List<Institution> institutions, List<Relation> relations, List<Card> cards, List<Note> notes) {
        this(format, id, title, subtitle, language, source, references, lanes, eras, events, people, institutions,
                relations, cards, notes, List.of(), List.of());
    }
}
