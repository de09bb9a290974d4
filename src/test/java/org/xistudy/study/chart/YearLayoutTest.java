package org.xistudy.study.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.xistudy.study.chart.PhaseFixtures.down;
import static org.xistudy.study.chart.PhaseFixtures.nodes;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class YearLayoutTest {
    private static final LayoutSettings S = LayoutSettings.DEFAULT;

    private static final Backbone CHAIN = Backbone.build(nodes("a", "b", "c"), List.of(down("a", "b"), down("b", "c")),
            S);

    @Test
    void aLayerWithNothingInItClosesUp() {
        ChartLayout c = YearLayout.layout(CHAIN, 2020, Set.of("a", "c"), Set.of());
        assertEquals(List.of(0, 2), c.bands().stream().map(ChartLayout.Band::layer).toList());
        assertEquals(40 + S.layerGap(), c.nodes().get("c").y(), 1e-9);
        assertEquals(Set.of(), c.edges().keySet());
    }

    @Test
    void aLayerThatOnlyAnEdgeCrossesHasNoHeight() {
        Backbone b = Backbone.build(nodes("a", "b", "c"), List.of(down("a", "b"), down("b", "c"), down("a", "c")), S);
        ChartLayout c = YearLayout.layout(b, 2020, Set.of("a", "c"), Set.of("a>c"));
        assertEquals(List.of(40.0, 0.0, 40.0),
                c.bands().stream().map(ChartLayout.Band::height).toList());
        assertEquals(40 + 2 * S.layerGap(), c.nodes().get("c").y(), 1e-9);
    }

    @Test
    void boxesAreCentredInTheirLayersBand() {
        List<LayeredLayout.Node> ns = List.of(new LayeredLayout.Node("p", new Size(80, 30)),
                new LayeredLayout.Node("tall", new Size(80, 60)), new LayeredLayout.Node("low", new Size(80, 20)));
        Backbone b = Backbone.build(ns, List.of(down("p", "tall"), down("p", "low")), S);
        ChartLayout c = YearLayout.layout(b, 2020, Set.of("p", "tall", "low"), Set.of("p>tall", "p>low"));
        double top = 30 + S.layerGap();
        assertEquals(top, c.nodes().get("tall").y(), 1e-9);
        assertEquals(top + 20, c.nodes().get("low").y(), 1e-9);
        assertEquals(1, c.nodes().get("low").layer());
        assertTrue(c.bounds().maxY() >= top + 60 - 1e-9);
    }

    @Test
    void twoNodesThatTakeTurnsCannotBeShownTogether() {
        List<LayeredLayout.Node> ns = List.of(new LayeredLayout.Node("h1", new Size(80, 30), Set.of(2000)),
                new LayeredLayout.Node("h2", new Size(80, 30), Set.of(2001)), new LayeredLayout.Node("body",
                        new Size(80, 30)));
        Backbone b = Backbone.build(ns, List.of(down("h1", "body"), down("h2", "body")), S);
        assertNotNull(YearLayout.layout(b, 2000, Set.of("h1", "body"), Set.of("h1>body")));
        assertNull(YearLayout.layout(b, 2000, Set.of("h1", "h2", "body"), Set.of()));
    }

    @Test
    void unknownIdsAndEdgesWithAnAbsentEndAreLeftOut() {
        ChartLayout c = YearLayout.layout(CHAIN, 2020, Set.of("a", "b", "nobody"), Set.of("a>b", "b>c", "x>y"));
        assertEquals(Set.of("a", "b"), c.nodes().keySet());
        assertEquals(Set.of("a>b"), c.edges().keySet());
    }
}
