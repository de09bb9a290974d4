package org.xistudy;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.xistudy.cli.Cli;
import org.xistudy.cli.ExportTool;
import org.xistudy.cli.ImportTool;
import org.xistudy.cli.ReplayReviews;
import org.xistudy.platform.QuickStart;
import org.xistudy.ui.App;

/**
 * The entry point. It does not extend {@code Application}, so the jar starts on the class path,
 * and command-line work such as {@code --validate} never touches JavaFX or a display.
 */
public final class Launcher {
    private Launcher() {
    }

    /** The command-line tools other parts of the app provide. */
    static Map<String, Cli.Tool> tools() {
        Map<String, Cli.Tool> tools = new LinkedHashMap<>();
        tools.put(ReplayReviews.NAME, new ReplayReviews());
        tools.put(ExportTool.NAME, new ExportTool());
        tools.put(ImportTool.NAME, new ImportTool());
        return tools;
    }

    /**
     * The options when the command line asks for the window, read without the tools: a command
     * line that names no tool parses the same with them or without, and the tools' classes (PDF,
     * Anki, CSV; about 140 classes, 60 ms here) need not load before the window. Empty for any
     * other command.
     */
    static Optional<Cli.Options> window(String[] args) {
        Cli.Options options = new Cli(Map.of()).parse(args);
        return options.command() == Cli.Command.RUN ? Optional.of(options) : Optional.empty();
    }

    public static void main(String[] args) {
        Optional<Cli.Options> window = window(args);
        if (window.isPresent()) {
            OptionalInt child = QuickStart.relaunch(); // the window in a JVM that starts sooner
            if (child.isPresent()) {
                System.exit(child.getAsInt());
            }
            App.launchWith(window.get().content(), window.get().open());
            return;
        }
        Cli cli = new Cli(tools());
        Cli.Options options = cli.parse(args);
        int status = cli.run(options, System.out, System.err);
        System.out.flush();
        System.exit(status);
    }
}
