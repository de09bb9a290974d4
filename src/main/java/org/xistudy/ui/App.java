package org.xistudy.ui;

import java.nio.file.Path;
import java.util.Locale;
import javafx.application.Application;
import javafx.application.ConditionalFeature;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.xistudy.platform.SharedArchive;
import org.xistudy.study.DataDirs;
import org.xistudy.study.settings.RenderChoice;
import org.xistudy.ui.common.RenderPipeline;
import org.xistudy.ui.shell.Shell;

/** The JavaFX application. Start it through {@link org.xistudy.Launcher}. */
public final class App extends Application {
    /** How long after start-up the class-data archive may be dumped, so it does not slow the start. */
    private static final long ARCHIVE_DELAY_SECONDS = 20;
    private static volatile Path initialContent;
    private static volatile String initialLink;
    private static volatile RenderPipeline pipeline;

    /**
     * Starts the window; {@code content} is the pack to open, or null for the bundled one, and
     * {@code link} the item to open at (an {@link org.xistudy.content.ItemLink}'s text), or null.
     */
    public static void launchWith(Path content, String link) {
        initialContent = content;
        initialLink = link;
        pipeline = new RenderPipeline(DataDirs.resolve());
        pipeline.beforeLaunch();
        Application.launch(App.class);
    }

    @Override
    public void start(Stage stage) {
        AppContext context = new AppContext(Locale.getDefault(), DataDirs.resolve());
        context.setUrlOpener(getHostServices()::showDocument);
        Shell.open(stage, context, initialContent, initialLink);
        RenderPipeline render = pipeline;
        if (render != null) {
            RenderChoice learnt = render.learn(!Platform.isSupported(ConditionalFeature.SCENE3D));
            if (learnt != null) {
                context.background().run(() -> render.save(learnt));
            }
        }
        if (StartupProbe.enabled()) {
            StartupProbe.install(stage, context.packs().indexProperty(), context.navigator()::show);
        } else {
            // In an installed app image: make the start-up archive for this machine if it is missing.
            SharedArchive.fromSystemProperties().ifPresent(archive ->
                    archive.refreshLater(System.getProperty("java.vm.info"), ARCHIVE_DELAY_SECONDS));
        }
    }
}
