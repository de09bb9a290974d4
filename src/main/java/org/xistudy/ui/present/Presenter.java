package org.xistudy.ui.present;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.input.KeyCombination;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.xistudy.study.quiz.Question;
import org.xistudy.ui.AppContext;

/**
 * Opens the classroom quiz in its own full-screen window, on the projector when a second screen
 * is connected. It uses the theme's audience palette (projector by default), whatever the main window uses.
 */
public final class Presenter {
    /** The style sheets of the classroom window after the theme's audience palette: the shared and own sheets. */
    static final List<String> SHEETS = List.of("/css/app.css", "/css/quiz.css", "/css/present.css");

    private Presenter() {
    }

    /** Opens a new full-screen window with the quiz. */
    public static PresentController open(AppContext context, List<Question> questions, List<String> teams,
            Duration countdown, Clock clock) {
        Stage stage = new Stage();
        Window main = context.window();
        if (main != null) {
            stage.initOwner(main); // closes with the app
        }
        Rectangle2D screen = projectorScreen(main);
        stage.setX(screen.getMinX());
        stage.setY(screen.getMinY());
        stage.setWidth(screen.getWidth());
        stage.setHeight(screen.getHeight());
        return show(stage, context, questions, teams, countdown, clock, true);
    }

    /** Shows the quiz on a given stage (tests use their own, not full screen). */
    public static PresentController show(Stage stage, AppContext context, List<Question> questions, List<String> teams,
            Duration countdown, Clock clock, boolean fullScreen) {
        AppContext.Loaded<PresentController> loaded = context.load("present/PresentView.fxml");
        PresentViewModel model = new PresentViewModel(context, questions, teams, countdown, clock);
        loaded.controller().start(model);
        Scene scene = new Scene(loaded.root(), Math.max(640, stage.getWidth() > 0 ? stage.getWidth() : 1280),
                Math.max(360, stage.getHeight() > 0 ? stage.getHeight() : 720));
        List<String> sheets = context.theme().windowSheets(context.theme().audiencePaletteProperty().get(), SHEETS);
        scene.getStylesheets().setAll(sheets);
        stage.setScene(scene);
        stage.titleProperty().unbind(); // a reused stage may carry the main window's title binding
        stage.setTitle(context.text("present.windowTitle"));
        stage.setFullScreenExitKeyCombination(KeyCombination.NO_MATCH);
        stage.setFullScreenExitHint("");
        stage.setOnHidden(e -> model.dispose());
        stage.setFullScreen(fullScreen);
        stage.show();
        loaded.root().requestFocus();
        return loaded.controller();
    }

    /** The screen the main window is not on, when there are two; else the main window's screen. */
    static Rectangle2D projectorScreen(Window main) {
        List<Screen> screens = Screen.getScreens();
        Screen mainScreen = Screen.getPrimary();
        if (main != null) {
            var found = Screen.getScreensForRectangle(main.getX(), main.getY(), Math.max(1, main.getWidth()),
                    Math.max(1, main.getHeight()));
            if (!found.isEmpty()) {
                mainScreen = found.get(0);
            }
        }
        for (Screen s : screens) {
            if (!s.equals(mainScreen)) {
                return s.getBounds();
            }
        }
        return mainScreen.getBounds();
    }
}
