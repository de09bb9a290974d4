package org.xistudy.study.chart;

import java.util.List;

/**
 * A place of the layered layout: either a group of real nodes that take turns in it (nodes never
 * shown in the same year), as wide and high as the largest of them, or a dummy where a long edge
 * passes through a layer.
 *
 * @param members the node indices of the group, none for a dummy
 */
record Slot(String id, double width, double height, boolean dummy, int layer, List<Integer> members) {
    Slot {
        members = List.copyOf(members);
    }
}
