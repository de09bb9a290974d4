package org.xistudy.content.model;

import java.util.List;

/** A whole content pack: the validated model every view is drawn from. */
public record Pack(int format, String id, String title, String subtitle, String language, Source source,
        List<Reference> references, List<Lane> lanes, List<Era> eras, List<Event> events, List<Person> people,
        List<Institution> institutions, List<Relation> relations, List<Card> cards, List<Note> notes,
        List<Lesson> lessons) {
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
    }

    /** A pack without lessons. */
    public Pack(int format, String id, String title, String subtitle, String language, Source source,
            List<Reference> references, List<Lane> lanes, List<Era> eras, List<Event> events, List<Person> people,
            List<Institution> institutions, List<Relation> relations, List<Card> cards, List<Note> notes) {
        this(format, id, title, subtitle, language, source, references, lanes, eras, events, people, institutions,
                relations, cards, notes, List.of());
    }
}
