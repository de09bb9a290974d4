package org.xistudy;

import java.util.LinkedHashMap;
import java.util.Map;
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

    public static void main(String[] args) {
        Cli cli = new Cli(tools());
        Cli.Options options = cli.parse(args);
        if (options.command() == Cli.Command.RUN) {
            OptionalInt child = QuickStart.relaunch(); // the window in a JVM that starts sooner
            if (child.isPresent()) {
                System.exit(child.getAsInt());
            }
            App.launchWith(options.content(), options.open());
            return;
        }
        int status = cli.run(options, System.out, System.err);
        System.out.flush();
        System.exit(status);
    }
}
