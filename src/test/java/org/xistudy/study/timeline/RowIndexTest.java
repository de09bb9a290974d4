package org.xistudy.study.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class RowIndexTest {

    @Test
    void aQueryFindsExactlyTheItemsThatOverlapTheWindow() {
        Random rnd = new Random(3);
        RowIndex row = new RowIndex();
        List<double[]> spans = new ArrayList<>();
        double x = 0;
        for (int i = 0; i < 5000; i++) {
            x += rnd.nextDouble() * 5;
            double w = rnd.nextDouble() * 20;
            row.add(x, x + w, i);
            spans.add(new double[] {x, x + w});
            x += w;
        }
        for (int q = 0; q < 300; q++) {
            double from = rnd.nextDouble() * x;
            double to = from + rnd.nextDouble() * 400;
            List<Integer> expected = new ArrayList<>();
            for (int i = 0; i < spans.size(); i++) {
                if (spans.get(i)[0] < to && spans.get(i)[1] > from) {
                    expected.add(i);
                }
            }
            List<Integer> found = new ArrayList<>();
            int examined = row.query(from, to, found::add);
            assertEquals(expected, found, "window " + from + " to " + to);
            // Not a scan: the cost is the results plus the binary search, not the row's length.
            assertTrue(examined <= found.size() + 1, "examined " + examined + " for " + found.size());
        }
    }

    @Test
    void anEmptyRowOrWindowFindsNothing() {
        RowIndex row = new RowIndex();
        assertEquals(List.of(), collect(row, 0, 100));
        row.add(10, 20, 1);
        assertEquals(List.of(), collect(row, 20, 30), "the end is exclusive");
        assertEquals(List.of(), collect(row, 0, 10), "so is the window's end");
        assertEquals(List.of(1), collect(row, 19.5, 30));
    }

    @Test
    void spansMustComeInOrder() {
        RowIndex row = new RowIndex();
        row.add(10, 20, 1);
        assertThrows(IllegalArgumentException.class, () -> row.add(15, 30, 2));
    }

    private static List<Integer> collect(RowIndex row, double from, double to) {
        List<Integer> out = new ArrayList<>();
        row.query(from, to, out::add);
        return out;
    }
}
