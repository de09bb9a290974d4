package org.xistudy.ui.shell;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.xistudy.content.LoadResult;
import org.xistudy.content.Problem;
import org.xistudy.ui.common.ProblemText;
import org.xistudy.ui.common.UiText;

/** The first problems of a refused reload, as the reload bar lists them. */
final class ReloadProblems {
    /** How many problems the bar lists; "Show all" lists every one. */
    static final int SHOWN = 3;

    private ReloadProblems() {
    }

    /** Errors in file order, named by file name: {@code pack.json:12:5: error: $.events[3].date: message}. */
    static String firstLines(LoadResult refused, int count, UiText text) {
        ProblemText words = new ProblemText(text);
        List<Problem> errors = refused.errors().stream().sorted(Problem.IN_FILE_ORDER).toList();
        return errors.stream().limit(count).map(p -> line(p, words)).collect(Collectors.joining("\n"));
    }

    /** The problem in the UI's words, named by its file name only. */
    static String line(Problem p, ProblemText words) {
        String name;
        try {
            Path f = Path.of(p.file());
            name = f.getFileName() == null ? p.file() : f.getFileName().toString();
        } catch (RuntimeException e) {
            name = p.file();
        }
        return words.line(p.withFile(name));
    }
}
