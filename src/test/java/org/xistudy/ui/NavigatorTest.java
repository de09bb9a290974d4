package org.xistudy.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.xistudy.content.ItemLink;
import org.xistudy.content.PackIndex;
import org.xistudy.content.TestPacks;

/** The navigator is plain properties; it needs no running toolkit. */
class NavigatorTest {
    private final PackIndex index = TestPacks.load(TestPacks.minimal()).index().orElseThrow();
    private final List<Navigator.Place> shown = new ArrayList<>();
    private final Navigator nav = new Navigator(() -> index);

    {
        nav.setDisplay((view, target) -> shown.add(new Navigator.Place(view, target)));
    }

    @Test
    void linksOpenTheViewThatShowsThem() {
        nav.open(new Target.EventTarget("ev-a"));
        assertEquals(ViewId.TIMELINE, nav.getCurrent());
        nav.open(Target.PassageTarget.quote("In 2013"));
        assertEquals(ViewId.SOURCE, nav.getCurrent());
        assertTrue(nav.openItem("card-a"));
        assertEquals(new Navigator.Place(ViewId.CARDS, new Target.CardTarget("card-a")), shown.get(2));
        assertTrue(nav.openItem("inst-a"));
        assertEquals(new Target.InstitutionTarget("inst-a", null), shown.get(3).target());
        assertTrue(nav.openItem("rel-a"));
        assertEquals(new Target.InstitutionTarget("inst-a", 2013), shown.get(4).target());
        assertTrue(nav.openItem("note-a"), "a note opens the item it is about");
        assertEquals(ViewId.INSTITUTIONS, nav.getCurrent());
        assertFalse(nav.openItem("no-such-id"));
        assertFalse(nav.openItem("ref-a"), "a reference is not shown in a view");
    }

    @Test
    void itemLinksOpenWhatTheyName() {
        int year = index.dataYears().last();
        assertTrue(nav.openLink(ItemLink.year(year)));
        assertEquals(new Navigator.Place(ViewId.INSTITUTIONS, new Target.YearTarget(year)), shown.get(0));
        assertTrue(nav.openLink(ItemLink.event("ev-a")));
        assertEquals(new Navigator.Place(ViewId.TIMELINE, new Target.EventTarget("ev-a")), shown.get(1));
        assertTrue(nav.openLink(ItemLink.parse("xistudy:card:card-a")));
        assertEquals(new Target.CardTarget("card-a"), shown.get(2).target());
        assertFalse(nav.openLink(ItemLink.event("card-a")), "a card is not an event");
        assertFalse(nav.openLink(ItemLink.year(year + 1)));
        assertEquals(3, shown.size(), "links to nothing show nothing");
        assertTrue(nav.openLink(ItemLink.paragraph(1)), "the test pack is loaded with the bundled essay");
        assertEquals(new Navigator.Place(ViewId.SOURCE, Target.PassageTarget.anchor("p1")), shown.get(3));
    }

    @Test
    void backAndForwardRetraceTheSteps() {
        nav.show(ViewId.TIMELINE);
        nav.open(new Target.CardTarget("card-a"));
        nav.show(ViewId.SOURCE);
        assertTrue(nav.canGoBackProperty().get());
        nav.goBack();
        assertEquals(new Navigator.Place(ViewId.CARDS, new Target.CardTarget("card-a")), shown.get(shown.size() - 1));
        nav.goBack();
        assertEquals(ViewId.TIMELINE, nav.getCurrent());
        assertFalse(nav.canGoBackProperty().get());
        assertTrue(nav.canGoForwardProperty().get());
        nav.goForward();
        assertEquals(ViewId.CARDS, nav.getCurrent());
        nav.show(ViewId.QUIZ);
        assertFalse(nav.canGoForwardProperty().get(), "a new step clears the forward history");
    }
}
