package org.xistudy.study.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.xistudy.content.model.RelationType;
import org.xistudy.study.chart.ChartDiff.Change;
import org.xistudy.study.chart.ChartDiff.Kind;

class ChartDiffTest {
    private final InstitutionGraph graph = InstitutionGraph.of(ChartTestPack.foreignPolicy().pack());

    private ChartDiff diff(int year) {
        return ChartDiff.between(graph, graph.inYear(year - 1), graph.inYear(year));
    }

    @Test
    void in2018TheCommissionIsNewAndUpgradedFromTheGroup() {
        ChartDiff d = diff(2018);
        assertEquals(2017, d.fromYear());
        assertEquals(2018, d.toYear());
        List<Change> added = d.changes().stream().filter(c -> c.kind() == Kind.BODY_ADDED).toList();
        assertEquals(List.of("cfac", "cfac-office"), added.stream().map(Change::id).toList());
        assertEquals("falsg", added.get(0).other());
        assertEquals(null, added.get(1).other());
        // Relations that come with a new body are not listed again.
        assertTrue(d.changes().stream().noneMatch(c -> c.kind() == Kind.RELATION_ADDED));
    }

    @Test
    void in2019TheGroupIsGoneAndItsSuccessorIsNamed() {
        ChartDiff d = diff(2019);
        assertEquals(List.of(new Change(Kind.BODY_REMOVED, "falsg", "cfac", null, List.of(), List.of())),
                d.changes().stream().filter(c -> c.kind() == Kind.BODY_REMOVED).toList());
    }

    @Test
    void aNewChairIsAHolderChange() {
        ChartDiff d = diff(2013);
        Change falsg = d.changes().stream().filter(c -> c.kind() == Kind.HOLDER_CHANGED && c.id().equals("falsg"))
                .findFirst().orElseThrow();
        assertEquals(RelationType.CHAIRS, falsg.type());
        assertEquals(List.of("hu"), falsg.people());
        assertEquals(List.of("xi"), falsg.arriving());
        assertEquals(List.of(), falsg.leaving());
        assertTrue(d.changes().stream().anyMatch(c -> c.kind() == Kind.BODY_ADDED && c.id().equals("cnsc")));
        Change left = diff(2014).changes().stream()
                .filter(c -> c.kind() == Kind.HOLDER_CHANGED && c.id().equals("falsg")).findFirst().orElseThrow();
        assertEquals(List.of("hu"), left.leaving());
    }

    @Test
    void aRelationBetweenLastingBodiesThatEndsIsListed() {
        ChartDiff d = ChartDiff.between(graph, graph.inYear(2018), graph.inYear(2020));
        assertTrue(d.changes().stream().anyMatch(c -> c.kind() == Kind.BODY_REMOVED && c.id().equals("falsg")));
        ChartTestPack p = ChartTestPack.foreignPolicy().rel("r-temp", "cpd", "coordinates", "ild", "2005", "2010");
        InstitutionGraph g = InstitutionGraph.of(p.pack());
        ChartDiff began = ChartDiff.between(g, g.inYear(2004), g.inYear(2005));
        assertEquals(List.of("r-temp"), began.changes().stream().filter(c -> c.kind() == Kind.RELATION_ADDED)
                .map(Change::id).toList());
        ChartDiff ended = ChartDiff.between(g, g.inYear(2010), g.inYear(2011));
        assertEquals(List.of("r-temp"), ended.changes().stream().filter(c -> c.kind() == Kind.RELATION_ENDED)
                .map(Change::id).toList());
    }

    @Test
    void aQuietYearHasNoChanges() {
        assertTrue(diff(2016).isEmpty(), diff(2016).toString());
        assertTrue(ChartDiff.between(graph, graph.inYear(2015), graph.inYear(2015)).isEmpty());
    }
}
