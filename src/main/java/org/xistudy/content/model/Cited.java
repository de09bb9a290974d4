package org.xistudy.content.model;

import java.util.List;

/** An item of the pack that has an id and carries its evidence. */
public interface Cited {
    String id();

    List<Cite> cite();
}
