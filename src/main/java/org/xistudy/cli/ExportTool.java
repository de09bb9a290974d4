package org.xistudy.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.xistudy.content.LoadResult;
import org.xistudy.content.PackLoader;
import org.xistudy.study.exchange.Exchange;
import org.xistudy.study.exchange.ExportResult;
import org.xistudy.study.exchange.Format;
import org.xistudy.study.exchange.Progress;

/**
 * {@code --export anki|anki-tsv|timelinejs OUT [--content PACK]}: writes the pack (the bundled one
 * without {@code --content}) as an Anki package, an Anki text file or a TimelineJS3 timeline. Exit
 * status 0 written, 1 the pack has errors (printed as {@code --validate} prints them), 2 a file
 * cannot be read or written (or the command is wrong).
 */
public final class ExportTool implements Cli.Tool {
    public static final String NAME = "export";

    private final Clock clock;

    public ExportTool() {
        this(Clock.systemDefaultZone());
    }

    ExportTool(Clock clock) {
        this.clock = clock;
    }

    @Override
    public String usage() {
        return "write the pack (--content PACK, else the bundled one) for another\n"
                + "                        program: FORMAT is anki (an .apkg), anki-tsv (Anki's text file)\n"
                + "                        or timelinejs (TimelineJS3 JSON); no window";
    }

    @Override
    public int arity() {
        return 2;
    }

    @Override
    public String arguments() {
        return "FORMAT OUT";
    }

    @Override
    public int run(Path file, PrintStream out, PrintStream err) {
        err.println("xi-policy-study: --export needs FORMAT OUT");
        return 2;
    }

    @Override
    public int run(List<String> arguments, Path content, PrintStream out, PrintStream err) {
        Optional<Format> format = Format.byCliName(arguments.get(0));
        if (format.isEmpty()) {
            err.println("xi-policy-study: --export: unknown format \"" + arguments.get(0)
                    + "\"; use anki, anki-tsv or timelinejs");
            return 2;
        }
        Path target = Path.of(arguments.get(1));
        LoadResult pack = content == null ? PackLoader.loadDefault() : PackLoader.load(content);
        if (!pack.isValid()) {
            return Cli.report(pack, content == null ? "bundled pack " + PackLoader.DEFAULT_PACK : content.toString(),
                    out);
        }
        String name = content == null ? "bundled pack " + PackLoader.DEFAULT_PACK : content.toString();
        Optional<String> refused = Exchange.cannotExport(format.get(), pack.index().orElseThrow());
        if (refused.isPresent()) {
            err.println("xi-policy-study: " + name + ": cannot export as " + format.get().cliName() + ": "
                    + refused.get());
            return 1;
        }
        try {
            ExportResult r = Exchange.export(format.get(), pack.index().orElseThrow(), target, clock, Progress.NONE);
            out.println(summary(r));
            return 0;
        } catch (IOException | RuntimeException e) {
            err.println("xi-policy-study: cannot write " + target + ": " + e.getMessage());
            return 2;
        }
    }

    static String summary(ExportResult r) {
        switch (r.format()) {
            case TIMELINEJS:
                return "wrote " + r.file() + ": " + Plural.of(r.events(), "event") + " in "
                        + Plural.of(r.groups(), "group") + ", " + Plural.of(r.eras(), "era") + " (TimelineJS3 JSON)";
            default:
                return "wrote " + r.file() + ": " + Plural.of(r.notes(), "note") + " making "
                        + Plural.of(r.cards(), "card") + " in " + Plural.of(r.decks(), "deck")
                        + (r.format() == Format.ANKI ? " (Anki package)" : " (Anki text file, for Anki 2.1.55 or later)");
        }
    }
}
