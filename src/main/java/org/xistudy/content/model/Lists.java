package org.xistudy.content.model;

import java.util.List;

final class Lists {
    private Lists() {
    }

    /** An unmodifiable copy, with a missing list read as empty. */
    static <T> List<T> of(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }
}
