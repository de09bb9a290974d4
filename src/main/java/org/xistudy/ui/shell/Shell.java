package org.xistudy.ui.shell;

import java.nio.file.Path;
import javafx.beans.binding.Bindings;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.xistudy.ui.AppContext;
import org.xistudy.ui.common.UncaughtErrors;

/** Builds the main window on a stage. The application and the UI tests both start here. */
public final class Shell {
    private static final double WIDTH = 1360;
    private static final double HEIGHT = 840;

    private final AppContext context;
    private final MainController controller;
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
        new UncaughtErrors(context.dialogs()).install();
        AppContext.Loaded<MainController> main = context.load("shell/MainWindow.fxml");
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(main.root(), Math.min(WIDTH, screen.getWidth() * 0.95),
                Math.min(HEIGHT, screen.getHeight() * 0.95));
        context.theme().apply(scene);
        context.setWindow(stage);
        stage.setScene(scene);
        stage.sizeToScene(); // a stage reused from earlier keeps its old size otherwise
        stage.titleProperty().bind(Bindings.createStringBinding(() -> {
            var index = context.packs().getIndex();
            return index == null ? context.text("app.name")
                    : context.text("app.windowTitle", index.pack().title());
        }, context.packs().indexProperty()));
        stage.setMinWidth(960);
        stage.setMinHeight(600);
        main.controller().start(contentFile);
        stage.show();
        return new Shell(context, main.controller(), scene);
    }

    public AppContext context() {
        return context;
    }

    public Scene scene() {
        return scene;
    }

    /** Opens a pack as File > Open does. */
    public void open(Path file) {
        controller.open(file);
    }
}
