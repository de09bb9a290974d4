package org.xistudy.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.xistudy.content.Problem;
import org.xistudy.content.model.CardType;
import org.xistudy.study.exchange.Exchange;
import org.xistudy.study.exchange.Format;
import org.xistudy.study.exchange.ImportResult;
import org.xistudy.study.exchange.Progress;

/**
 * {@code --import anki IN.apkg|IN.txt OUT.json} and {@code --import timelinejs IN.json OUT.json}:
 * makes a new pack from an Anki deck or a TimelineJS3 timeline. What was left out or changed is
 * printed as warnings, one a line as {@code --validate} prints problems. Exit status 0 written,
 * 1 the input is not a valid file of that kind, 2 a file cannot be read or written.
 */
public final class ImportTool implements Cli.Tool {
    public static final String NAME = "import";

    private final Clock clock;

    public ImportTool() {
        this(Clock.systemDefaultZone());
    }

    ImportTool(Clock clock) {
        this.clock = clock;
    }

    @Override
    public String usage() {
        return "make a pack OUT from another program's file: FORMAT is anki (an\n"
                + "                        .apkg or Anki's text file) or timelinejs (TimelineJS3 JSON);\n"
                + "                        prints what was left out; no window";
    }

    @Override
    public int arity() {
        return 3;
    }

    @Override
    public String arguments() {
        return "FORMAT IN OUT";
    }

    @Override
    public int run(Path file, PrintStream out, PrintStream err) {
        err.println("xi-policy-study: --import needs FORMAT IN OUT");
        return 2;
    }

    @Override
    public int run(List<String> arguments, Path content, PrintStream out, PrintStream err) {
        String name = arguments.get(0);
        Format format = name.equals("anki") || name.equals("anki-tsv") ? Format.ANKI
                : name.equals("timelinejs") ? Format.TIMELINEJS : null;
        if (format == null) {
            err.println("xi-policy-study: --import: unknown format \"" + name + "\"; use anki or timelinejs");
            return 2;
        }
        Path in = Path.of(arguments.get(1));
        Path target = Path.of(arguments.get(2));
        ImportResult r = Exchange.importFile(format, in, clock, Progress.NONE);
        for (Problem p : r.problems()) {
            out.println(p.format());
        }
        if (!r.isImported()) {
            long errors = r.problems().stream().filter(Problem::isError).count();
            out.println(in + ": " + (r.status() == ImportResult.Status.UNREADABLE ? "cannot be read" : "not imported")
                    + ", " + Plural.of(errors, "error"));
            return r.status().exitCode();
        }
        try {
            r.write(target);
        } catch (IOException e) {
            err.println("xi-policy-study: cannot write " + target + ": " + e.getMessage());
            return 2;
        }
        out.println(summary(r, target));
        return 0;
    }

    static String summary(ImportResult r, Path target) {
        ImportResult.Counts c = r.counts();
        List<String> parts = new ArrayList<>();
        if (c.cards() > 0) {
            List<String> types = new ArrayList<>();
            for (Map.Entry<CardType, Integer> e : new TreeMap<>(c.cardTypes()).entrySet()) {
                types.add(e.getValue() + " " + e.getKey().jsonName());
            }
            parts.add(Plural.of(c.cards(), "card") + " (" + String.join(", ", types) + ")");
        }
        if (c.events() > 0) {
            parts.add(Plural.of(c.events(), "event") + " in " + Plural.of(c.lanes(), "lane"));
        }
        if (c.eras() > 0) {
            parts.add(Plural.of(c.eras(), "era"));
        }
        parts.add(Plural.of(c.references(), "reference"));
        String from = Plural.of(c.read(), r.counts().events() > 0 || c.cards() == 0 ? "slide" : "note");
        StringBuilder sb = new StringBuilder("wrote " + target + ": \"" + c.title() + "\", " + String.join(", ", parts)
                + ", from " + from);
        if (c.skipped() > 0) {
            sb.append("; ").append(c.skipped()).append(" left out");
        }
        if (c.media() > 0) {
            sb.append("; ").append(Plural.of(c.media(), "media file")).append(" not kept");
        }
        long warnings = r.problems().size();
        if (warnings > 0) {
            sb.append(" (").append(Plural.of(warnings, "warning")).append(" above)");
        }
        return sb.toString();
    }
}
