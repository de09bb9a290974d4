package org.xistudy.ui;

import java.nio.file.Path;
import java.util.Locale;
import javafx.application.Application;
import javafx.stage.Stage;
import org.xistudy.study.DataDirs;
import org.xistudy.ui.shell.Shell;

/** The JavaFX application. Start it through {@link org.xistudy.Launcher}. */
public final class App extends Application {
    private static volatile Path initialContent;

    /** Starts the window; {@code content} is the pack to open, or null for the bundled one. */
    public static void launchWith(Path content) {
        initialContent = content;
        Application.launch(App.class);
    }

    @Override
    public void start(Stage stage) {
        AppContext context = new AppContext(Locale.getDefault(), DataDirs.resolve());
        context.setUrlOpener(getHostServices()::showDocument);
        Shell.open(stage, context, initialContent);
    }
}
