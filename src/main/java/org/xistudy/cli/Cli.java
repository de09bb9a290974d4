package org.xistudy.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.xistudy.content.LoadResult;
import org.xistudy.content.PackFiles;
import org.xistudy.content.PackLoader;
import org.xistudy.content.Problem;
import org.xistudy.platform.BuildInfo;
import org.xistudy.platform.SharedArchive;

/**
 * The command line. Everything here runs without a display; only {@link Command#RUN} starts the
 * window, and the caller does that.
 */
public final class Cli {

    /** What the command line asks for. */
    public enum Command { RUN, VALIDATE, VERSION, HELP, TOOL, ERROR, VALIDATE_BUNDLED, MAKE_STARTUP_ARCHIVE }

    /**
     * Parsed arguments. {@code content} is the pack to open in the window, or the pack a tool
     * works on, if given; {@code arguments} are those that follow a tool's name.
     */
    public record Options(Command command, List<Path> files, Path content, String tool, String error,
            List<String> arguments, String open) {
        public Options {
            arguments = arguments == null ? List.of() : List.copyOf(arguments);
        }

        /** Options that open no item link. */
        public Options(Command command, List<Path> files, Path content, String tool, String error,
                List<String> arguments) {
            this(command, files, content, tool, error, arguments, null);
        }

        /** Options whose tool arguments, if any, are the files. */
        public Options(Command command, List<Path> files, Path content, String tool, String error) {
            this(command, files, content, tool, error, files.stream().map(Path::toString).toList());
        }
    }

    /**
     * Extra commands other parts of the app register: {@code --name FILE} runs a function. A tool
     * may take more arguments than one file ({@link #arity()}), and the {@code --content} pack.
     */
    public interface Tool {
        String usage();

        int run(Path file, PrintStream out, PrintStream err);

        /** How many arguments follow the tool's name. */
        default int arity() {
            return 1;
        }

        /** The arguments as the help shows them. */
        default String arguments() {
            return "FILE";
        }

        /**
         * The options the tool reads after its arguments, each followed by a value, such as
         * {@code --seed}; they are passed on after the arguments. ({@code --content} is the Cli's.)
         */
        default Set<String> options() {
            return Set.of();
        }

        /** Runs with its arguments and the {@code --content} pack (null when not given). */
        default int run(List<String> arguments, Path content, PrintStream out, PrintStream err) {
            return run(Path.of(arguments.get(0)), out, err);
        }
    }

    private final Map<String, Tool> tools;

    public Cli(Map<String, Tool> tools) {
        this.tools = Map.copyOf(tools);
    }

    public Options parse(String... args) {
        List<Path> files = new ArrayList<>();
        Path content = null;
        Command command = Command.RUN;
        String tool = null;
        List<String> toolArguments = new ArrayList<>();
        String open = null;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            switch (a) {
                case "--help":
                case "-h":
                    return new Options(Command.HELP, List.of(), null, null, null);
                case "--version":
                case "-V":
                    return new Options(Command.VERSION, List.of(), null, null, null);
                case "--validate":
                    if (i + 1 >= args.length) {
                        return error("--validate needs a FILE");
                    }
                    command = Command.VALIDATE;
                    while (i + 1 < args.length && !args[i + 1].startsWith("--")) {
                        files.add(Path.of(args[++i]));
                    }
                    if (files.isEmpty()) {
                        return error("--validate needs a FILE");
                    }
                    break;
                case "--validate-bundled":
                    // Checks the pack inside the application itself (used by the installer's smoke test).
                    command = Command.VALIDATE_BUNDLED;
                    break;
                case "--make-startup-archive":
                    // Installers run this once the app is in place (see installer/README.md).
                    command = Command.MAKE_STARTUP_ARCHIVE;
                    break;
                case "--open":
                    // The item to open at (an ItemLink such as event:ID); the window reads and checks it,
                    // so that a bad link still opens the app and the user is told why.
                    if (i + 1 >= args.length || args[i + 1].startsWith("--")) {
                        return error("--open needs a LINK, such as event:ID or year:2018");
                    }
                    open = args[++i];
                    break;
                case "--content":
                    if (i + 1 >= args.length || args[i + 1].startsWith("--")) {
                        return error("--content needs a FILE");
                    }
                    content = Path.of(args[++i]);
                    break;
                default:
                    if (tool != null && tools.get(tool).options().contains(a)) {
                        if (i + 1 >= args.length) {
                            return error(a + " needs a value");
                        }
                        toolArguments.add(a);
                        toolArguments.add(args[++i]);
                        break;
                    }
                    String name = a.startsWith("--") ? a.substring(2) : null;
                    if (name != null && tools.containsKey(name)) {
                        Tool t = tools.get(name);
                        for (int k = 1; k <= t.arity(); k++) {
                            if (i + k >= args.length || args[i + k].startsWith("--")) {
                                return error(a + " needs " + t.arguments());
                            }
                        }
                        command = Command.TOOL;
                        tool = name;
                        for (int k = 0; k < t.arity(); k++) {
                            toolArguments.add(args[++i]);
                        }
                        if (t.arity() == 1) {
                            files.add(Path.of(toolArguments.get(0)));
                        }
                        break;
                    }
                    if (!a.startsWith("-") && PackFiles.isPackName(a) && content == null) {
                        // A desktop file association passes the pack (.xipack or .json) as a bare argument.
                        content = Path.of(a);
                        break;
                    }
                    return error("unknown argument \"" + a + "\"");
            }
        }
        return new Options(command, List.copyOf(files), content, tool, null, toolArguments, open);
    }

    private static Options error(String message) {
        return new Options(Command.ERROR, List.of(), null, null, message);
    }

    /** Runs a non-window command and returns its exit status. */
    public int run(Options options, PrintStream out, PrintStream err) {
        switch (options.command()) {
            case HELP:
                out.print(usage());
                return 0;
            case VERSION:
                out.println(BuildInfo.name() + " " + BuildInfo.version());
                return 0;
            case VALIDATE:
                return validate(options.files(), out, err, PackLoader::load);
            case VALIDATE_BUNDLED:
                return report(PackLoader.loadDefault(), "bundled pack " + PackLoader.DEFAULT_PACK, out);
            case MAKE_STARTUP_ARCHIVE:
                return makeStartupArchive(SharedArchive.fromSystemProperties().orElse(null), out, err);
            case TOOL:
                return tools.get(options.tool()).run(options.arguments(), options.content(), out, err);
            case ERROR:
                err.println("xi-policy-study: " + options.error());
                err.println("Try --help.");
                return 2;
            default:
                throw new IllegalArgumentException("RUN is started by the launcher");
        }
    }

    /**
     * Validates each file and prints one problem per line. The exit status is the worst over all
     * files: 0 valid (warnings allowed), 1 invalid, 2 unreadable.
     */
    static int validate(List<Path> files, PrintStream out, PrintStream err, Function<Path, LoadResult> loader) {
        int worst = 0;
        for (Path f : files) {
            worst = Math.max(worst, report(loader.apply(f), f.toString(), out));
        }
        return worst;
    }

    /** Dumps the class-data-sharing archive of an installed app image; 0 written, 1 failed, 2 not an image. */
    static int makeStartupArchive(SharedArchive archive, PrintStream out, PrintStream err) {
        if (archive == null) {
            err.println("xi-policy-study: --make-startup-archive only works in an installed app, whose launcher sets -D"
                    + SharedArchive.ARCHIVE_PROPERTY + " and -D" + SharedArchive.CLASS_LIST_PROPERTY);
            return 2;
        }
        try {
            if (archive.dump()) {
                out.println("wrote " + archive.archive());
                return 0;
            }
            err.println("xi-policy-study: could not write " + archive.archive());
        } catch (IOException e) {
            err.println("xi-policy-study: could not write " + archive.archive() + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return 1;
    }

    /** Prints one load result's problems and summary line, and returns its exit status. */
    static int report(LoadResult r, String name, PrintStream out) {
        for (Problem p : r.problems()) {
            out.println(p.format());
        }
        long errors = r.errors().size();
        long warnings = r.warnings().size();
        String summary = r.isValid()
                ? name + ": valid (" + counts(r) + ")" + (warnings > 0 ? ", " + plural(warnings, "warning") : "")
                : name + ": " + (r.status() == LoadResult.Status.UNREADABLE ? "cannot be read" : "invalid") + ", "
                        + plural(errors, "error") + (warnings > 0 ? ", " + plural(warnings, "warning") : "");
        out.println(summary);
        return r.status().exitCode();
    }

    private static String counts(LoadResult r) {
        var p = r.pack();
        return plural(p.events().size(), "event") + ", " + plural(p.institutions().size(), "institution") + ", "
                + plural(p.people().size(), "person", "people") + ", " + plural(p.cards().size(), "card") + ", "
                + plural(p.notes().size(), "note");
    }

    private static String plural(long n, String one) {
        return plural(n, one, one + "s");
    }

    private static String plural(long n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }

    public String usage() {
        StringBuilder sb = new StringBuilder();
        sb.append(BuildInfo.name()).append(' ').append(BuildInfo.version()).append('\n');
        sb.append("A study app for Suisheng Zhao, \"Implications of Xi's Power Concentration for Chinese Foreign Policy\".\n\n");
        sb.append("Usage: java -jar xi-policy-study.jar [options]\n\n");
        sb.append("  (no options)          open the app with the bundled content pack\n");
        sb.append("  --content FILE        open the app with the content pack FILE\n");
        sb.append("  FILE.xipack|FILE.json the same, as a file manager passes a pack it opens\n");
        sb.append("  --open LINK           open the app at one item: event:ID, institution:ID,\n");
        sb.append("                        person:ID, card:ID, note:ID, year:YYYY, paragraph:N\n");
        sb.append("                        (also xistudy:event:ID); Go > Copy link gives them\n");
        sb.append("  --validate FILE...    check content packs without opening a window; prints\n");
        sb.append("                        FILE:LINE:COL: error|warning: JSON-PATH: message\n");
        sb.append("                        exit status 0 valid, 1 invalid, 2 unreadable\n");
        sb.append("  --validate-bundled    check the pack built into the application\n");
        sb.append("  --make-startup-archive  (installed app only) write the class-data archive that\n");
        sb.append("                        makes it start sooner; installers run it\n");
        tools.keySet().stream().sorted().forEach(name -> {
            String synopsis = "--" + name + " " + tools.get(name).arguments();
            sb.append(synopsis.length() <= 21 ? String.format("  %-21s %s%n", synopsis, tools.get(name).usage())
                    : String.format("  %s%n  %-21s %s%n", synopsis, "", tools.get(name).usage()));
        });
        sb.append("  --version             print the version\n");
        sb.append("  --help                print this help\n");
        return sb.toString();
    }
}
