package org.xistudy.study.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class EventSearchTest {
    private static final TimelineData DATA = new TimelineData(List.of(Fixtures.lane("a")), List.of(
            Fixtures.event("wang", "a", "2013-03", null, false, "W\u00e1ng Y\u00ec becomes foreign minister"),
            Fixtures.event("xi", "a", "2012-11-15", null, false, "Xi\u2019s \u201cChina Dream\u201d"),
            Fixtures.event("cfac", "a", "2018-03", null, false, "Leading group upgraded to a commission")),
            List.of(), Fixtures.TODAY);
    private static final EventSearch SEARCH = EventSearch.of(DATA, null);

    @Test
    void caseAndAccentsAreIgnored() {
        assertEquals(List.of(DATA.indexOf("wang")), SEARCH.find("wang yi"));
        assertEquals(List.of(DATA.indexOf("wang")), SEARCH.find("  FOREIGN   Minister "));
    }

    @Test
    void everyWordMustMatch() {
        assertEquals(List.of(), SEARCH.find("wang commission"));
        assertEquals(List.of(DATA.indexOf("cfac")), SEARCH.find("group commission"));
    }

    @Test
    void plainQuotesFindCurlyOnesAndDatesMatch() {
        assertEquals(List.of(DATA.indexOf("xi")), SEARCH.find("xi's \"china"));
        assertEquals(List.of(DATA.indexOf("xi")), SEARCH.find("2012-11"));
    }

    @Test
    void matchesComeInTimeOrderAndBlankFindsNothing() {
        assertEquals(List.of(DATA.indexOf("xi"), DATA.indexOf("wang"), DATA.indexOf("cfac")), SEARCH.find("summary"));
        assertEquals(List.of(), SEARCH.find("   "));
        assertEquals(List.of(), SEARCH.find(null));
    }
}
