package org.xistudy.study.evidence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.xistudy.content.PackIndex;
import org.xistudy.content.PackLoader;
import org.xistudy.content.essay.Essay;
import org.xistudy.content.model.Card;
import org.xistudy.content.model.Event;
import org.xistudy.content.model.Note;

/** The evidence of every card, event and note of the bundled pack, in the one shape every view draws. */
class EvidenceTest {
    private static PackIndex index;

    @BeforeAll
    static void load() {
        index = PackLoader.loadDefault().index().orElseThrow();
    }

    @Test
    void everyCardHasSourcesAndItsQuotesStandInTheEssay() {
        for (Card c : index.pack().cards()) {
            Evidence e = Evidence.ofCard(c, index);
            assertEquals(c.cite().size(), e.sources().size(), c.id());
            for (Evidence.Source s : e.sources()) {
                if (s.isQuote()) {
                    assertTrue(index.essay().containsIgnoringTypography(s.quote()), c.id() + ": " + s.quote());
                } else {
                    assertNotNull(s.title(), c.id() + " names its outside source");
                }
            }
            Set<String> ids = new HashSet<>();
            e.links().forEach(l -> assertTrue(ids.add(l.id()), c.id() + " links " + l.id() + " once"));
            Set<String> notes = new HashSet<>();
            e.notes().forEach(n -> assertTrue(notes.add(n.id()), c.id() + " shows note " + n.id() + " once"));
        }
    }

    @Test
    void anEventLinksItsPeopleBodiesAndCardsAndShowsTheNotesAboutIt() {
        int withNotes = 0;
        for (Event ev : index.pack().events()) {
            Evidence e = Evidence.ofEvent(ev, index);
            Set<String> expected = new HashSet<>(ev.people());
            expected.addAll(ev.institutions());
            expected.addAll(ev.cards());
            Set<String> linked = new HashSet<>();
            e.links().forEach(l -> linked.add(l.id()));
            assertEquals(expected, linked, ev.id());
            List<String> about = index.notesAbout(ev.id()).stream().map(Note::id).toList();
            assertEquals(about, e.notes().stream().map(Evidence.NoteEntry::id).toList(), ev.id());
            if (!about.isEmpty()) {
                withNotes++;
                assertEquals(List.of(about.get(0)), e.withOnlyNote(about.get(0)).notes().stream()
                        .map(Evidence.NoteEntry::id).toList());
                assertTrue(e.withOnlyNote(null).notes().isEmpty());
            }
        }
        assertTrue(withNotes > 3, "some events have reading notes: " + withNotes);
    }

    @Test
    void outsideSourcesCarryTheirTitleAndAddress() {
        Evidence.Source found = null;
        for (Note n : index.pack().notes()) {
            for (Evidence.Source s : Evidence.ofNote(n, index).sources()) {
                if (!s.isQuote() && s.url() != null) {
                    found = s;
                }
            }
        }
        assertNotNull(found, "a reading note cites a named outside source with an address");
        assertFalse(found.title().isBlank());
        for (Note n : index.pack().notes()) {
            Evidence q = Evidence.ofNote(n, index).quotesOnly();
            assertTrue(q.sources().stream().allMatch(Evidence.Source::isQuote));
            assertEquals(n.cite().stream().filter(c -> c.isQuote()).count(), q.sources().size(), n.id());
        }
        assertTrue(Evidence.NONE.isEmpty());
        assertTrue(Evidence.ofCites(List.of(), index).isEmpty());
    }

    @Test
    void aQuoteKnowsItsParagraph() {
        Card any = index.pack().cards().stream().filter(c -> c.cite().stream().anyMatch(x -> x.isQuote())).findFirst()
                .orElseThrow();
        Evidence.Source s = Evidence.ofCard(any, index).sources().stream().filter(Evidence.Source::isQuote).findFirst()
                .orElseThrow();
        assertNotNull(s.paragraph(), "the quote stands in a numbered paragraph");
        assertTrue(index.essay().block("p" + s.paragraph()).orElseThrow().text().contains(
                Essay.normalize(s.quote())) || index.essay().containsIgnoringTypography(s.quote()));
    }
}
