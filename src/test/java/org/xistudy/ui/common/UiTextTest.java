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

    @Test
    void chineseDatesUseChinesePatterns() {
        UiText zh = new UiText(new CompositeBundle(UiPart.bundles(), Locale.SIMPLIFIED_CHINESE));
        assertEquals("2013年11月12日", zh.date(PartialDate.parse("2013-11-12")));
        assertEquals("2013年11月", zh.date(PartialDate.parse("2013-11")));
        assertEquals("2013年", zh.date(PartialDate.parse("2013")));
        assertEquals("约1990年", zh.date(PartialDate.parse("1990"), true));
        assertEquals("2018年3月—2022年12月", zh.span(PartialDate.parse("2018-03"), PartialDate.parse("2022-12")));
        assertEquals("2018年3月起", zh.span(PartialDate.parse("2018-03"), null));
        assertEquals("时间轴", zh.get("nav.timeline"));
    }

    @Test
    void englishStaysEnglishOnAChineseMachine() {
        Locale before = Locale.getDefault();
        Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
        try {
            UiText en = new UiText(new CompositeBundle(UiPart.bundles(), Locale.ENGLISH));
            assertEquals("Timeline", en.get("nav.timeline"));
            assertEquals("November 2013", en.date(PartialDate.parse("2013-11")));
        } finally {
            Locale.setDefault(before);
        }
    }
}
