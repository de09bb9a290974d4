package org.xistudy.study.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.xistudy.content.model.RelationType;

/** Which bodies, people and relations the chart shows in a year, from the pack's dates. */
class InstitutionGraphTest {
    private final InstitutionGraph graph = InstitutionGraph.of(ChartTestPack.foreignPolicy().pack());

    @Test
    void in2012TheForeignAffairsGroupExistsAndTheCommissionsDoNot() {
        YearGraph y = graph.inYear(2012);
        assertTrue(y.contains("falsg"));
        assertFalse(y.contains("cnsc"));
        assertFalse(y.contains("cfac"));
        assertFalse(y.contains("cfac-office"));
    }

    @Test
    void theNationalSecurityCommissionAppearsIn2013() {
        assertFalse(graph.inYear(2012).contains("cnsc"));
        assertTrue(graph.inYear(2013).contains("cnsc"));
        assertTrue(graph.inYear(2014).contains("cnsc"));
    }

    @Test
    void in2018TheGroupAndTheCommissionThatReplacedItAreBothShownAndLinked() {
        YearGraph y = graph.inYear(2018);
        assertTrue(y.contains("falsg"));
        assertTrue(y.contains("cfac"));
        assertTrue(y.edgeIds().contains("r-cfac-falsg"));
        YearGraph after = graph.inYear(2019);
        assertFalse(after.contains("falsg"));
        assertFalse(after.edgeIds().contains("r-cfac-falsg"));
        assertTrue(after.edgeIds().contains("r-xi-cfac"));
    }

    @Test
    void peopleAppearOnlyWhileTheyHoldARoleInABodyThatExists() {
        assertFalse(graph.inYear(2011).contains("xi"));
        assertTrue(graph.inYear(2012).contains("xi"));
        assertTrue(graph.inYear(2012).contains("hu"), "Hu held office until November 2012");
        assertFalse(graph.inYear(2014).contains("hu"));
        // Yang Jiechi only headed the commission's office, which began in 2018.
        assertFalse(graph.inYear(2017).contains("yang-jiechi"));
        assertTrue(graph.inYear(2018).contains("yang-jiechi"));
        assertFalse(graph.inYear(2023).contains("yang-jiechi"));
    }

    @Test
    void relationsHoldOnlyInTheirYears() {
        YearGraph y2022 = graph.inYear(2022);
        YearGraph y2023 = graph.inYear(2023);
        assertTrue(y2022.edgeIds().contains("r-wang-mfa-1"));
        assertFalse(y2023.edgeIds().contains("r-wang-mfa-1"));
        assertTrue(y2023.edgeIds().contains("r-wang-mfa-2"));
        assertFalse(y2022.edgeIds().contains("r-wang-mfa-2"));
        // Every edge shown has both its ends shown.
        for (int year = 2000; year <= 2026; year++) {
            YearGraph y = graph.inYear(year);
            for (ChartEdge e : y.edges()) {
                assertTrue(y.contains(e.from()) && y.contains(e.to()), year + " " + e.id());
            }
        }
    }

    @Test
    void peopleWithoutRelationsAreNotOnTheChart() {
        ChartTestPack p = ChartTestPack.foreignPolicy().person("nobody", "Nobody In Particular", "某人");
        InstitutionGraph g = InstitutionGraph.of(p.pack());
        assertTrue(g.node("nobody").isEmpty());
        assertTrue(g.node("xi").isPresent());
    }

    @Test
    void aPersonsYearsSpanTheirRoles() {
        ChartNode hu = graph.node("hu").orElseThrow();
        assertEquals(2002, hu.start().year());
        assertEquals(2013, hu.end().year());
        ChartNode xi = graph.node("xi").orElseThrow();
        assertEquals(2012, xi.start().year());
        assertEquals(null, xi.end(), "Xi's roles are still going on");
    }

    @Test
    void theNearestYearShowingABodyIsFound() {
        assertEquals(OptionalInt.of(2018), graph.nearestYearShowing("cfac", 2005, 2000, 2026));
        assertEquals(OptionalInt.of(2018), graph.nearestYearShowing("falsg", 2023, 2000, 2026));
        assertEquals(OptionalInt.of(2014), graph.nearestYearShowing("mfa", 2014, 2000, 2026));
        assertEquals(OptionalInt.empty(), graph.nearestYearShowing("nothing", 2014, 2000, 2026));
    }

    @Test
    void holdersOverTimeAreListedInOrder() {
        List<Tenures.Entry> falsg = Tenures.holdersOf(graph, "falsg");
        assertEquals(List.of("jiang", "hu", "xi"), falsg.stream().map(Tenures.Entry::other).toList());
        assertTrue(falsg.stream().allMatch(e -> e.type() == RelationType.CHAIRS));
        List<Tenures.Entry> mfa = Tenures.holdersOf(graph, "mfa");
        assertEquals(List.of("r-wang-mfa-1", "r-wang-mfa-2"), mfa.stream().map(e -> e.edge().id()).toList());
        List<Tenures.Entry> rel = Tenures.relationsOf(graph, "cfac");
        assertTrue(rel.stream().anyMatch(e -> e.edge().id().equals("r-cfac-falsg") && e.outgoing()));
        assertTrue(rel.stream().noneMatch(e -> e.edge().id().equals("r-xi-cfac")), "holders are listed apart");
    }
}
