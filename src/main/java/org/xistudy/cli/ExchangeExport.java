package org.xistudy.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import org.xistudy.content.LoadResult;
import org.xistudy.content.PackLoader;
import org.xistudy.study.exchange.Exchange;
import org.xistudy.study.exchange.ExportResult;
import org.xistudy.study.exchange.Format;
import org.xistudy.study.exchange.Progress;

/**
 * The exchange kinds of {@code --export}: the pack (the bundled one without {@code --content}) as
 * an Anki package, an Anki text file or a TimelineJS3 timeline. Exit status 0 written, 1 the pack
 * has errors (printed as {@code --validate} prints them) or cannot be exported that way, 2 a file
 * cannot be read or written.
 */
final class ExchangeExport {
    private ExchangeExport() {
    }

    static int run(Format format, Path target, Path content, Clock clock, PrintStream out, PrintStream err) {
        String name = content == null ? "bundled pack " + PackLoader.DEFAULT_PACK : content.toString();
        LoadResult pack = content == null ? PackLoader.loadDefault() : PackLoader.load(content);
        if (!pack.isValid()) {
            return Cli.report(pack, name, out);
        }
        Optional<String> refused = Exchange.cannotExport(format, pack.index().orElseThrow());
        if (refused.isPresent()) {
            err.println("xi-policy-study: " + name + ": cannot export as " + format.cliName() + ": " + refused.get());
            return 1;
        }
        try {
            ExportResult r = Exchange.export(format, pack.index().orElseThrow(), target, clock, Progress.NONE);
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
