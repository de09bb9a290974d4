package org.xistudy.ui.shell;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.InvalidationListener;
import javafx.beans.binding.Bindings;
import javafx.geometry.Rectangle2D;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.xistudy.study.names.NameStyle;
import org.xistudy.study.settings.DisplaySettings;
import org.xistudy.study.settings.DisplaySettingsFile;
import org.xistudy.study.storage.JsonStore;
import org.xistudy.ui.AppContext;
import org.xistudy.ui.ViewId;
import org.xistudy.ui.common.Theme;
import org.xistudy.ui.common.UncaughtErrors;

/** Builds the main window on a stage. The application and the UI tests both start here. */
public final class Shell {
    /** The window's first size: most of the screen, so the timeline and chart have room. */
    private static final double SCREEN_SHARE = 0.9;
    private static final double MIN_WIDTH = 960;
    private static final double MIN_HEIGHT = 600;

    private final AppContext context;
    private MainController controller;
    private final Scene scene;

    private Shell(AppContext context, MainController controller, Scene scene) {
        this.context = context;
        this.controller = controller;
        this.scene = scene;
    }

    /**
     * Shows the main window and starts loading {@code contentFile} (the bundled pack when null).
     */
    public static Shell open(Stage stage, AppContext context, Path contentFile) {
        return open(stage, context, contentFile, null);
    }

    /**
     * Shows the main window, starts loading {@code contentFile} (the bundled pack when null) and,
     * once it is open, follows {@code link} ({@code --open LINK}; null for none). A bad link is told
     * in a dialog and the app opens as usual.
     */
    public static Shell open(Stage stage, AppContext context, Path contentFile, String link) {
        new UncaughtErrors(context.dialogs()).install();
        DisplaySettingsFile.Loaded display = rememberDisplay(context);
        AppContext.Loaded<MainController> main = context.load("shell/MainWindow.fxml");
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(main.root(), Math.max(Math.min(MIN_WIDTH, screen.getWidth()),
                screen.getWidth() * SCREEN_SHARE), Math.max(Math.min(MIN_HEIGHT, screen.getHeight()),
                screen.getHeight() * SCREEN_SHARE));
        context.theme().apply(scene);
        context.setWindow(stage);
        stage.setScene(scene);
        stage.sizeToScene(); // a stage reused from earlier keeps its old size otherwise
        stage.titleProperty().bind(Bindings.createStringBinding(() -> {
            var index = context.packs().getIndex();
            return index == null ? context.text("app.name")
                    : context.text("app.windowTitle", index.pack().title());
        }, context.packs().indexProperty(), context.languageProperty()));
        stage.setMinWidth(Math.min(MIN_WIDTH, screen.getWidth()));
        stage.setMinHeight(Math.min(MIN_HEIGHT, screen.getHeight()));
        // The open pack's file is watched for live reload while the window is open.
        stage.addEventHandler(WindowEvent.WINDOW_HIDDEN, e -> context.packs().stopWatching());
        main.controller().start(contentFile, link);
        stage.show();
        if (display.status() == JsonStore.Status.QUARANTINED) {
            context.dialogs().showInfo(context.text("settings.damaged.title"), context.text("settings.damaged.title"),
                    context.text("settings.damaged.body", String.valueOf(display.movedTo())));
        } else if (display.status() == JsonStore.Status.REFUSED) {
            context.dialogs().showInfo(context.text("settings.newer.title"), context.text("settings.newer.title"),
                    context.text("settings.newer.body"));
        }
        Shell shell = new Shell(context, main.controller(), scene);
        context.languageProperty().addListener((obs, old, now) -> shell.rebuild());
        context.nameStyleProperty().addListener((obs, old, now) -> shell.rebuild());
        return shell;
    }

    /**
     * After a switch of language: the window's contents are made again from their FXML in the new
     * language, and the navigator shows the place the user was at. The pack, study progress,
     * lessons and history are services of the context and stay as they are.
     */
    private void rebuild() {
        AppContext.Loaded<MainController> main = context.load("shell/MainWindow.fxml");
        controller = main.controller();
        scene.setRoot(main.root());
        controller.resume();
    }

    /**
     * Applies the saved palette, text size and language, and saves them whenever the user changes
     * them. A language never chosen follows the machine's and is not written down.
     */
    private static DisplaySettingsFile.Loaded rememberDisplay(AppContext context) {
        DisplaySettingsFile file = new DisplaySettingsFile(context.dataDir());
        DisplaySettingsFile.Loaded loaded = file.load();
        Theme theme = context.theme();
        theme.paletteProperty().set(switch (loaded.settings().palette()) {
            case DisplaySettings.DARK -> Theme.Palette.DARK;
            case DisplaySettings.PROJECTOR -> Theme.Palette.PROJECTOR;
            default -> Theme.Palette.LIGHT;
        });
        theme.scaleProperty().set(loaded.settings().textScale());
        String[] language = {loaded.settings().language()};
        if (language[0] != null) {
            context.setLanguage(Locale.forLanguageTag(language[0]));
        }
        String[] names = {loaded.settings().names()};
        context.nameStyleProperty().set(NameStyle.of(names[0]));
        InvalidationListener save = obs -> {
            if (obs == context.nameStyleProperty()) {
                names[0] = context.nameStyleProperty().get().tag();
            }
            if (obs == context.languageProperty()) {
                language[0] = context.language().toLanguageTag();
            }
            file.save(new DisplaySettings(
                    switch (theme.paletteProperty().get()) {
                        case DARK -> DisplaySettings.DARK;
                        case PROJECTOR -> DisplaySettings.PROJECTOR;
                        case LIGHT -> DisplaySettings.LIGHT;
                    },
                    theme.scaleProperty().get(), language[0], names[0]));
        };
        theme.paletteProperty().addListener(save);
        theme.scaleProperty().addListener(save);
        context.languageProperty().addListener(save);
        context.nameStyleProperty().addListener(save);
        return loaded;
    }

    public AppContext context() {
        return context;
    }

    public Scene scene() {
        return scene;
    }

    /** Follows an item link as Go > Go to link does; false (and the user told why) when it cannot. */
    public boolean openLink(String link) {
        return controller.followLink(link);
    }

    /** The link Go > Copy link would copy now: of what the current view shows or has selected. */
    public Optional<String> currentLink() {
        return controller.currentLink();
    }

    /**
     * The controller of a view that has been shown (views are loaded the first time they are
     * shown), for those who drive the app from outside: the UI tests and the monkey.
     */
    public <T> Optional<T> controller(ViewId view, Class<T> type) {
        return controller.views().controller(view, type);
    }

    /** The root node of a view that has been shown. */
    public Optional<Parent> viewRoot(ViewId view) {
        return controller.views().root(view);
    }

    /** Opens a pack as File > Open does. */
    public void open(Path file) {
        controller.open(file);
    }
}
