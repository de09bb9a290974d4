package org.xistudy.study.evidence;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.xistudy.content.PackIndex;
import org.xistudy.content.essay.Essay;
import org.xistudy.content.model.Card;
import org.xistudy.content.model.Claim;
import org.xistudy.content.model.Cite;
import org.xistudy.content.model.Event;
import org.xistudy.content.model.Note;
import org.xistudy.content.model.Reference;

/**
 * What backs an item, in one shape for every view that shows evidence (the back of a card, the
 * timeline's and the chart's details, the quiz's feedback, a lesson step): its sources (a verbatim
 * quote from the essay with the paragraph it stands in, or a named outside source), the pack items
 * it links to, and the reading notes that qualify or question it. Pure: the UI draws it with one
 * control, {@code ui.evidence.EvidenceView}.
 *
 * @param sources the item's own sources, in the pack's order
 * @param links the items it links to, each once
 * @param notes the reading notes about it (and, for a card, about what it links to), each once
 */
public record Evidence(List<Source> sources, List<Link> links, List<NoteEntry> notes) {

    /** No evidence. */
    public static final Evidence NONE = new Evidence(List.of(), List.of(), List.of());

    public Evidence {
        sources = List.copyOf(sources);
        links = List.copyOf(links);
        notes = List.copyOf(notes);
    }

    /** A link to a pack item: its id, its kind in lower case (event, institution, person, card, note, claim...) and its name. */
    public record Link(String id, String kind, String label) {
    }

    /**
     * A source: a quote from the essay (with the number of the paragraph it stands in, or null when
     * it is not found in a body paragraph), or an outside reference (its title, author, the cite's
     * detail and its address, any of which may be null).
     */
    public record Source(String quote, Integer paragraph, String title, String author, String detail, String url) {
        public boolean isQuote() {
            return quote != null;
        }
    }

    /** A reading note: its id, kind (imprecise, contested…), title, body and sources. */
    public record NoteEntry(String id, String kind, String title, String body, List<Source> sources) {
        public NoteEntry {
            sources = List.copyOf(sources);
        }
    }

    public boolean isEmpty() {
        return sources.isEmpty() && links.isEmpty() && notes.isEmpty();
    }

    /** The same evidence without its links (where the view shows links its own way). */
    public Evidence withoutLinks() {
        return new Evidence(sources, List.of(), notes);
    }

    /** The same evidence with only the note of this id (none for null), as a lesson step chooses one. */
    public Evidence withOnlyNote(String noteId) {
        return new Evidence(sources, links, notes.stream().filter(n -> n.id().equals(noteId)).toList());
    }

    /**
     * Only the essay's own words: the quotes among the sources and among each note's sources (the
     * projector shows these; outside sources stay in the study views and on the teacher's screen).
     */
    public Evidence quotesOnly() {
        List<NoteEntry> n = notes.stream().map(x -> new NoteEntry(x.id(), x.kind(), x.title(), x.body(),
                x.sources().stream().filter(Source::isQuote).toList())).toList();
        return new Evidence(sources.stream().filter(Source::isQuote).toList(), links, n);
    }

    /** The same evidence without its notes. */
    public Evidence withoutNotes() {
        return new Evidence(sources, links, List.of());
    }

    /** Only sources, as a quiz question cites them. */
    public static Evidence ofCites(Collection<Cite> cites, PackIndex index) {
        return new Evidence(sources(cites, index), List.of(), List.of());
    }

    /**
     * A card's evidence: its sources; the events that name it, its bodies and people; the notes about
     * it and about those.
     */
    public static Evidence ofCard(Card c, PackIndex index) {
        Set<String> ids = new LinkedHashSet<>();
        index.eventsOfCard(c.id()).forEach(e -> ids.add(e.id()));
        ids.addAll(c.institutions());
        ids.addAll(c.people());
        Set<String> about = new LinkedHashSet<>();
        about.add(c.id());
        about.addAll(ids);
        return new Evidence(sources(c.cite(), index), links(ids, index), notes(about, index));
    }

    /** An event's evidence: its sources; its people, bodies and cards; the notes about it. */
    public static Evidence ofEvent(Event e, PackIndex index) {
        Set<String> ids = new LinkedHashSet<>();
        ids.addAll(e.people());
        ids.addAll(e.institutions());
        ids.addAll(e.cards());
        return new Evidence(sources(e.cite(), index), links(ids, index), notes(List.of(e.id()), index));
    }

    /**
     * A claim's evidence: the essay's words for it (and any outside sources), the events, bodies,
     * people and relations it rests on, and the reading notes about it.
     */
    public static Evidence ofClaim(Claim c, PackIndex index) {
        return new Evidence(sources(c.cite(), index), links(c.support(), index), notes(List.of(c.id()), index));
    }

    /** A note's own sources, as when the note is shown by itself. */
    public static Evidence ofNote(Note n, PackIndex index) {
        return new Evidence(sources(n.cite(), index), links(n.about(), index), List.of());
    }

    static List<Source> sources(Collection<Cite> cites, PackIndex index) {
        List<Source> out = new ArrayList<>();
        for (Cite cite : cites) {
            if (cite.isQuote()) {
                Integer paragraph = index.passage(cite).map(p -> p.block().kind() == Essay.Kind.PARAGRAPH
                        ? p.block().number() : null).orElse(null);
                out.add(new Source(cite.quote(), paragraph, null, null, null, null));
            } else {
                Reference r = cite.ref() == null ? null : index.reference(cite.ref()).orElse(null);
                out.add(new Source(null, null, r == null ? cite.ref() : r.title(), r == null ? null : r.author(),
                        blankToNull(cite.detail()), r == null ? null : r.url()));
            }
        }
        return out;
    }

    private static List<Link> links(Collection<String> ids, PackIndex index) {
        List<Link> out = new ArrayList<>();
        for (String id : new LinkedHashSet<>(ids)) {
            index.kindOf(id).ifPresent(k -> out.add(new Link(id, k.name().toLowerCase(Locale.ROOT), index.label(id))));
        }
        return out;
    }

    private static List<NoteEntry> notes(Collection<String> about, PackIndex index) {
        Set<Note> seen = new LinkedHashSet<>();
        about.forEach(id -> seen.addAll(index.notesAbout(id)));
        List<NoteEntry> out = new ArrayList<>();
        for (Note n : seen) {
            out.add(new NoteEntry(n.id(), n.kind().jsonName(), n.title(), n.body(), sources(n.cite(), index)));
        }
        return out;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
