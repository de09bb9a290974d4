package org.xistudy.study.quiz;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** The attempts kept for one pack. */
public interface QuizHistory {

    /** What went wrong when the history was read. */
    record Problem(Kind kind, Path movedTo, String detail) {
        public enum Kind {
            /** The file was damaged; it was moved aside to {@code movedTo} and a new history starts. */
            DAMAGED,
            /** A newer version of the app wrote the file; it is left alone and not written. */
            NEWER,
            /** The file could not be read nor moved aside; it is left alone and not written. */
            UNREADABLE
        }
    }

    /** The attempts, oldest first. */
    List<Attempt> attempts();

    /** Adds a finished attempt and keeps it; when this returns, the attempt is safe on disk. */
    void add(Attempt attempt) throws IOException;

    /** What went wrong when the history was read, for the user; empty when all is well. */
    Optional<Problem> problem();
}
