package org.xistudy.study.exchange;

/** Hears how far an export or import has got: {@code done} of {@code total} items. */
@FunctionalInterface
public interface Progress {
    /** Progress that nobody watches. */
    Progress NONE = (done, total) -> { };

    void update(long done, long total);
}
