package org.xistudy.study.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ChartSearchTest {
    private final InstitutionGraph graph = InstitutionGraph.of(ChartTestPack.foreignPolicy().pack());

    private List<String> find(String q) {
        return ChartSearch.find(q, graph.nodes()).stream().map(ChartNode::id).toList();
    }

    @Test
    void anAbbreviationFindsItsBodyFirst() {
        assertEquals("cfac", find("CFAC").get(0));
        assertEquals("mfa", find("mfa").get(0));
    }

    @Test
    void wordsOfTheNameFindEveryBodyThatHasThem() {
        List<String> hits = find("foreign affairs");
        assertTrue(hits.containsAll(List.of("falsg", "cfac", "mfa", "cfawc", "cfac-office")), hits.toString());
        assertEquals(List.of("ufwd"), find("united front"));
    }

    @Test
    void chineseCharactersAndAccentsMatch() {
        assertEquals(List.of("mfa"), find("外交部"));
        assertTrue(find("委员会").contains("cfac"));
        assertEquals("xi", find("Xí").get(0));
    }

    @Test
    void blankOrUnmatchedQueriesFindNothing() {
        assertEquals(List.of(), find("   "));
        assertEquals(List.of(), find("zzzz"));
    }

    @Test
    void foldingIgnoresCaseMarksAndSpacing() {
        assertEquals("zhongyang guojia", ChartSearch.fold("  Zhōngyāng   Guójiā "));
    }
}
