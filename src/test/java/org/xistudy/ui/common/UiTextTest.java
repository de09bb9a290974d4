package org.xistudy.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.xistudy.content.PartialDate;
import org.xistudy.ui.UiPart;

class UiTextTest {
    private final UiText text = new UiText(new CompositeBundle(UiPart.bundles(), Locale.ENGLISH));

    @Test
    void datesKeepTheirPrecision() {
        assertEquals("15 November 2012", text.date(PartialDate.parse("2012-11-15")));
        assertEquals("November 2012", text.date(PartialDate.parse("2012-11")));
        assertEquals("2012", text.date(PartialDate.parse("2012")));
        assertEquals("15 Nov 2012", text.shortDate(PartialDate.parse("2012-11-15")));
        assertEquals("c. 1990", text.date(PartialDate.parse("1990"), true));
        assertEquals("", text.date(null));
    }

    @Test
    void spansSayWhetherTheyAreOpen() {
        PartialDate a = PartialDate.parse("2018-03");
        PartialDate b = PartialDate.parse("2022-12");
        assertEquals("March 2018 \u2013 December 2022", text.span(a, b));
        assertEquals("since March 2018", text.span(a, null));
        assertEquals("until December 2022", text.span(null, b));
    }

    @Test
    void argumentsAreFilledAndAMissingKeyShowsItself() {
        assertEquals("c. 2013", text.format("date.approx", "2013"));
        assertEquals("no.such.key", text.get("no.such.key"));
    }
}
