package org.xistudy.study.exchange;

import java.util.List;
import org.xistudy.content.Problem;

/** A file that cannot be imported: unreadable (exit 2) or not of the format (exit 1). */
final class BadFile extends Exception {
    private static final long serialVersionUID = 1L;

    private final transient List<Problem> problems;
    private final boolean unreadable;

    BadFile(List<Problem> problems, boolean unreadable) {
        super(problems.isEmpty() ? "bad file" : problems.get(0).message());
        this.problems = List.copyOf(problems);
        this.unreadable = unreadable;
    }

    static BadFile invalid(Problem p) {
        return new BadFile(List.of(p), false);
    }

    List<Problem> problems() {
        return problems;
    }

    boolean unreadable() {
        return unreadable;
    }

    ImportResult toResult(String file) {
        return unreadable ? ImportResult.unreadable(file, problems) : ImportResult.invalid(file, problems);
    }
}
