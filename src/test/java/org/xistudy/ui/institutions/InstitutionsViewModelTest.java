package org.xistudy.ui.institutions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import org.xistudy.study.chart.ChartTestPack;
import org.xistudy.ui.Target;

/** The view model and the words of the "what changed" line, without a window. */
class InstitutionsViewModelTest {
    private final InstitutionsViewModel model = new InstitutionsViewModel();
    private final ChartText text = new ChartText(ResourceBundle.getBundle("i18n.institutions", Locale.ENGLISH));

    InstitutionsViewModelTest() {
        model.indexProperty().set(ChartTestPack.foreignPolicy().index());
    }

    @Test
    void aNewPackOpensAtTheLastYearItKnowsAbout() {
        int known = org.xistudy.study.chart.DataYears.latest(model.indexProperty().get().pack());
        assertEquals(known, model.getYear());
        assertEquals(known, model.dataYearProperty().get());
        model.setYear(2001);
        model.indexProperty().set(org.xistudy.content.TestPacks.load(org.xistudy.content.TestPacks.minimal())
                .index().orElseThrow());
        assertEquals(2023, model.getYear(), "the minimal pack's latest date is its essay's, December 2023");
    }

    @Test
    void theYearStaysBetween2000AndThisYear() {
        model.setYear(1990);
        assertEquals(2000, model.getYear());
        model.setYear(3000);
        assertEquals(InstitutionsViewModel.maxYear(), model.getYear());
        model.setYear(2000);
        model.previousYear();
        assertEquals(2000, model.getYear());
    }

    @Test
    void showingABodyGoesToTheNearestYearThatHasIt() {
        model.setYear(2005);
        assertTrue(model.show("cfac", null));
        assertEquals(2018, model.getYear());
        assertEquals("cfac", model.selectedProperty().get());
        assertTrue(model.show("mfa", null));
        assertEquals(2018, model.getYear(), "a body on the chart keeps the year");
        assertFalse(model.show("nothing", 2010));
        assertTrue(model.reveal(new Target.YearTarget(2012)));
        assertEquals(2012, model.getYear());
        assertNull(model.selectedProperty().get());
    }

    @Test
    void enterInTheSearchCyclesThroughMatchesShownThisYearFirst() {
        model.setYear(2014);
        model.queryProperty().set("foreign affairs");
        String first = model.selectNextMatch().orElseThrow();
        String second = model.selectNextMatch().orElseThrow();
        assertTrue(List.of("falsg", "mfa", "cfawc").contains(first), first);
        assertTrue(List.of("falsg", "mfa", "cfawc").contains(second), second);
        assertFalse(first.equals(second));
        assertEquals(2014, model.getYear(), "matches of 2014 come before the commission of 2018");
        model.queryProperty().set("");
        assertEquals(Optional.empty(), model.selectNextMatch());
    }

    @Test
    void theFirstLinkedEventIsTheEarliest() {
        assertEquals("ev-conf-2014", model.firstEvent("cfawc").orElseThrow().id());
        assertEquals(Optional.empty(), model.firstEvent("ufwd"));
    }

    @Test
    void theChangeLineSaysWhatHappened() {
        model.setYear(2018);
        List<String> y2018 = ChangeSummary.phrases(text, model.getGraph(), model.diffProperty().getValue());
        assertEquals(List.of("new: CFAC, upgraded from FALSG", "new: Office of the Central Foreign Affairs Commission"),
                y2018);
        model.setYear(2019);
        assertEquals(List.of("gone: FALSG, replaced by CFAC"),
                ChangeSummary.phrases(text, model.getGraph(), model.diffProperty().getValue()));
        model.setYear(2013);
        List<String> y2013 = ChangeSummary.phrases(text, model.getGraph(), model.diffProperty().getValue());
        assertTrue(y2013.contains("Xi Jinping now chairs FALSG"), y2013.toString());
        assertTrue(y2013.contains("Li Keqiang now heads State Council"), y2013.toString());
        model.setYear(2014);
        List<String> y2014 = ChangeSummary.phrases(text, model.getGraph(), model.diffProperty().getValue());
        assertTrue(y2014.contains("Hu Jintao no longer chairs FALSG"), y2014.toString());
        model.setYear(2022);
        List<String> y2022 = ChangeSummary.phrases(text, model.getGraph(), model.diffProperty().getValue());
        assertTrue(y2022.contains("Wang Yi is now a member of Politburo"), y2022.toString());
    }

    @Test
    void spansAndYearsReadNaturally() {
        var d = org.xistudy.content.PartialDate.parse("2018-03");
        assertEquals("since Mar 2018", text.span(d, null));
        assertEquals("Mar 2018 \u2013 2022", text.span(d, org.xistudy.content.PartialDate.parse("2022")));
        assertEquals("Xi Jinping, Hu Jintao and Jiang Zemin", text.list(List.of("Xi Jinping", "Hu Jintao", "Jiang Zemin")));
        assertEquals("chairs", text.verb(org.xistudy.content.model.RelationType.CHAIRS));
        assertEquals("2018\u2013", text.years(model.getGraph().node("cfac").orElseThrow()));
        assertEquals("1981\u20132018", text.years(model.getGraph().node("falsg").orElseThrow()));
    }
}
