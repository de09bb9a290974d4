package org.xistudy;

import java.util.LinkedHashMap;
import java.util.Map;
import org.xistudy.cli.Cli;

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
        tools.put(org.xistudy.cli.ReplayReviews.NAME, new org.xistudy.cli.ReplayReviews());
        tools.put(org.xistudy.cli.ExportTool.NAME, new org.xistudy.cli.ExportTool());
        tools.put(org.xistudy.cli.ImportTool.NAME, new org.xistudy.cli.ImportTool());
        return tools;
    }

    public static void main(String[] args) {
        Cli cli = new Cli(tools());
        Cli.Options options = cli.parse(args);
        if (options.command() == Cli.Command.RUN) {
            org.xistudy.ui.App.launchWith(options.content());
            return;
        }
        int status = cli.run(options, System.out, System.err);
        System.out.flush();
        System.exit(status);
    }
}
