package org.xistudy.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class PartialDateTest {

    @Test
    void keepsThePrecisionItWasGiven() {
        assertEquals(PartialDate.Precision.YEAR, PartialDate.parse("2012").precision());
        assertEquals(PartialDate.Precision.MONTH, PartialDate.parse("2012-11").precision());
        assertEquals(PartialDate.Precision.DAY, PartialDate.parse("2012-11-15").precision());
        for (String s : List.of("2012", "2012-11", "2012-11-15", "0999-01-01")) {
            assertEquals(s, PartialDate.parse(s).toString());
        }
    }

    @Test
    void spansTheDaysItCouldMean() {
        assertEquals(LocalDate.of(2012, 1, 1), PartialDate.parse("2012").firstDay());
        assertEquals(LocalDate.of(2012, 12, 31), PartialDate.parse("2012").lastDay());
        assertEquals(LocalDate.of(2012, 2, 29), PartialDate.parse("2012-02").lastDay());
        assertEquals(LocalDate.of(2013, 2, 28), PartialDate.parse("2013-02").lastDay());
        assertEquals(LocalDate.of(2012, 11, 15), PartialDate.parse("2012-11-15").lastDay());
    }

    @Test
    void rejectsWhatIsNotADate() {
        for (String bad : List.of("12", "2012-1", "2012/11", "2012-00", "2012-13", "2013-02-29", "2012-04-31",
                "0000", " 2012", "2012-11-15T00:00", "2012-11-5", "2012-1-15", "2012+11", "2012-11/15", "20a2",
                "2012-1a", "2012-11-1a", "\u0662\u0660\u0661\u0662", "2012-11-15 ", "", "-2012", "20121115")) {
            assertTrue(PartialDate.problemWith(bad).isPresent(), bad);
            assertThrows(IllegalArgumentException.class, () -> PartialDate.parse(bad), bad);
            assertTrue(PartialDate.tryParse(bad).isEmpty(), bad);
        }
        assertTrue(PartialDate.tryParse(null).isEmpty());
        for (String good : List.of("0001", "2012", "2012-11", "2012-11-15", "1999-12-31")) {
            assertEquals(PartialDate.parse(good), PartialDate.tryParse(good).orElseThrow(), good);
            assertEquals(PartialDate.parse(good).precision(), PartialDate.tryParse(good).orElseThrow().precision());
        }
        assertTrue(PartialDate.problemWith("2012-13").orElseThrow().contains("13"));
        assertTrue(PartialDate.problemWith("2012-02-30").orElseThrow().contains("29 days"));
        assertTrue(PartialDate.problemWith("2000-02-29").isEmpty(), "2000 was a leap year");
        assertTrue(PartialDate.problemWith("1900-02-29").isPresent(), "1900 was not");
    }

    @Test
    void orderIsKnownOnlyWhenTheSpansDoNotOverlap() {
        PartialDate y2012 = PartialDate.parse("2012");
        PartialDate nov2012 = PartialDate.parse("2012-11");
        PartialDate nov15 = PartialDate.parse("2012-11-15");
        PartialDate y2013 = PartialDate.parse("2013");
        assertTrue(y2012.isKnownBefore(y2013));
        assertFalse(y2012.isKnownBefore(nov2012));
        assertFalse(nov2012.isKnownBefore(y2012));
        assertFalse(nov2012.isKnownBefore(nov15));
        assertTrue(y2012.overlaps(nov15));
        assertTrue(PartialDate.parse("2012-10-31").isKnownBefore(nov2012));
    }

    @Test
    void sortsByFirstDayThenCoarserFirst() {
        List<PartialDate> dates = new ArrayList<>(List.of(PartialDate.parse("2012-11-15"), PartialDate.parse("2013"),
                PartialDate.parse("2012-11"), PartialDate.parse("2012")));
        dates.sort(null);
        assertEquals("[2012, 2012-11, 2012-11-15, 2013]", dates.toString());
    }

    @Test
    void displaysAtItsPrecision() {
        assertEquals("2012", PartialDate.parse("2012").display(Locale.ENGLISH));
        assertEquals("Nov 2012", PartialDate.parse("2012-11").display(Locale.ENGLISH));
        assertEquals("15 Nov 2012", PartialDate.parse("2012-11-15").display(Locale.ENGLISH));
    }

    @Test
    void displaysInTheChinesePatternsInChinese() {
        assertEquals("2012", PartialDate.parse("2012").display(Locale.SIMPLIFIED_CHINESE));
        assertEquals("2013年11月", PartialDate.parse("2013-11").display(Locale.SIMPLIFIED_CHINESE));
        assertEquals("2013年11月12日", PartialDate.parse("2013-11-12").display(Locale.SIMPLIFIED_CHINESE));
        assertEquals("3 Sep 2015", PartialDate.parse("2015-09-03").display(Locale.ENGLISH));
    }
}
