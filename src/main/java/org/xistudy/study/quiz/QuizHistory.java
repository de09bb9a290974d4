package org.xistudy.study.quiz;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

/** The attempts kept for one pack. */
public interface QuizHistory {

    /** The attempts, oldest first. */
    List<Attempt> attempts();

    /** Adds a finished attempt and keeps it; when this returns, the attempt is safe on disk. */
    void add(Attempt attempt) throws IOException;

    /**
     * What went wrong when the history was read, for the user: a damaged file that was moved
     * aside, or a file from a newer version that is left alone (and not written). Empty when
     * all is well.
     */
    Optional<String> problem();
}
