package org.xistudy.ui.present;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.event.EventHandler;
import javafx.geometry.Rectangle2D;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.xistudy.content.PackIndex;
import org.xistudy.content.model.Lesson;
import org.xistudy.study.lessons.LessonRun;
import org.xistudy.ui.AppContext;
import org.xistudy.ui.UiPart;

/**
 * Presents a lesson: the audience window full screen on the projector and, with two screens, the
 * presenter view on the teacher's; with one screen S opens and closes the presenter view as a
 * window. Both windows answer the same keys (see {@link LessonShowModel#key}); F toggles full
 * screen, S the presenter view, and Esc leaves: both windows close and the teacher is back in the
 * main window, on the view they left.
 */
public final class LessonPresentation {

    /** How a presentation opens; tests use their own screens, clock and windows not full screen. */
    public record Options(Screens screens, Clock clock, ZoneId zone, boolean fullScreen) {
        public Options {
            Objects.requireNonNull(screens);
            Objects.requireNonNull(clock);
            Objects.requireNonNull(zone);
        }

        public static Options system() {
            return new Options(Screens.configured(), Clock.systemDefaultZone(), ZoneId.systemDefault(), true);
        }
    }

    /** The presentation open in an app, kept in its context. */
    private static final class Running {
        private LessonPresentation current;
    }

    private final AppContext context;
    private final Options options;
    private final LessonShowModel model;
    private final Stage audience;
    private final AudienceController audienceView;
    private final ScreenPlan plan;
    private final Timeline ticker;
    private final EventHandler<KeyEvent> keys = this::key;
    private Stage presenter;
    private PresenterController presenterView;
    private boolean closed;

    private LessonPresentation(AppContext context, PackIndex index, Lesson lesson, int from, Options options) {
        this.context = context;
        this.options = options;
        List<String> teams = List.of(context.text("quiz.classroom.defaultTeam", 1),
                context.text("quiz.classroom.defaultTeam", 2));
        this.model = new LessonShowModel(context, index, lesson, from, teams, Duration.ofSeconds(30), options.clock(),
                options.zone());
        Window main = context.window();
        this.plan = ScreenPlan.of(options.screens().all(), options.screens().of(main));
        AppContext.Loaded<AudienceController> loaded = context.load("present/AudienceView.fxml");
        audienceView = loaded.controller();
        audienceView.start(model);
        audience = stage(main, loaded.root(), plan.audience(), "lesson.show.audienceTitle");
        audience.setFullScreenExitKeyCombination(KeyCombination.NO_MATCH);
        audience.setFullScreenExitHint("");
        ticker = new Timeline(new KeyFrame(javafx.util.Duration.seconds(1), e -> model.tick()));
        ticker.setCycleCount(Animation.INDEFINITE);
    }

    /** Opens the windows and starts the lesson at step {@code from} (0-based). */
    public static LessonPresentation open(AppContext context, Lesson lesson, int from, Options options) {
        LessonPresentation running = running(context);
        if (running != null) {
            running.audience.toFront(); // one presentation at a time
            return running;
        }
        PackIndex index = Objects.requireNonNull(context.packs().getIndex(), "no pack is open");
        LessonPresentation p = new LessonPresentation(context, index, lesson, from, options);
        context.service(Running.class, Running::new).current = p;
        p.show();
        return p;
    }

    /** The presentation open now, or null. */
    public static LessonPresentation running(AppContext context) {
        LessonPresentation p = context.service(Running.class, Running::new).current;
        return p == null || !p.isOpen() ? null : p;
    }

    private void show() {
        audience.setFullScreen(options.fullScreen());
        audience.show();
        if (plan.twoScreens()) {
            openPresenter(plan.presenter());
        }
        audience.requestFocus();
        audience.getScene().getRoot().requestFocus();
        ticker.play();
    }

    private Stage stage(Window owner, Parent root, Rectangle2D bounds, String titleKey) {
        Stage stage = new Stage();
        if (owner != null) {
            stage.initOwner(owner);
        }
        stage.setX(bounds.getMinX());
        stage.setY(bounds.getMinY());
        stage.setWidth(bounds.getWidth());
        stage.setHeight(bounds.getHeight());
        Scene scene = new Scene(root, bounds.getWidth(), bounds.getHeight());
        scene.getStylesheets().setAll(sheets());
        scene.addEventFilter(KeyEvent.KEY_PRESSED, keys);
        stage.setScene(scene);
        stage.setTitle(context.text(titleKey));
        stage.setOnCloseRequest(e -> {
            if (stage == audience) {
                close();
            } else {
                closePresenter();
            }
        });
        return stage;
    }

    private List<String> sheets() {
        // the audience's palette (the projector's unless the teacher chose another), then every
        // part's sheet: a step shows the timeline, the chart, a card
        return context.theme().windowSheets(context.theme().audiencePaletteProperty().get(), UiPart.stylesheets());
    }

    private void key(KeyEvent e) {
        KeyCode code = e.getCode();
        if (presenterView != null && presenterView.outlineFocused()
                && (code == KeyCode.UP || code == KeyCode.DOWN || code == KeyCode.ENTER)) {
            return; // the outline's own
        }
        boolean plain = !e.isShortcutDown() && !e.isAltDown();
        if (code == KeyCode.ESCAPE && !model.helpProperty().get()) {
            close();
        } else if (plain && code == KeyCode.S && model.screenProperty().get() == LessonRun.Screen.LESSON) {
            togglePresenter();
        } else if (plain && (code == KeyCode.F || code == KeyCode.F11)) {
            audience.setFullScreen(!audience.isFullScreen());
        } else if (code == KeyCode.ESCAPE) {
            model.setHelp(false);
        } else if (!model.key(code.name(), e.getText(), e.isShiftDown(), e.isShortcutDown())) {
            return;
        }
        e.consume();
    }

    /** The presenter view on or off (S); with two screens it is on its own screen from the start. */
    public void togglePresenter() {
        if (presenter != null && presenter.isShowing()) {
            closePresenter();
        } else {
            openPresenter(plan.twoScreens() ? plan.presenter() : ScreenPlan.windowOn(plan.audience()));
        }
    }

    private void openPresenter(Rectangle2D bounds) {
        AppContext.Loaded<PresenterController> loaded = context.load("present/PresenterView.fxml");
        presenterView = loaded.controller();
        presenterView.start(model);
        presenter = stage(audience, loaded.root(), bounds, "lesson.show.presenterTitle");
        presenter.show();
        presenter.requestFocus();
        loaded.root().requestFocus();
    }

    private void closePresenter() {
        if (presenterView != null) {
            presenterView.dispose();
            presenterView = null;
        }
        if (presenter != null) {
            presenter.hide();
            presenter = null;
        }
        if (!closed) {
            audience.requestFocus();
        }
    }

    /** Leaves the presentation: both windows close and the main window has the keyboard again. */
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        ticker.stop();
        closePresenter();
        audienceView.dispose();
        audience.hide();
        Window main = context.window();
        if (main instanceof Stage s) {
            s.requestFocus();
        }
    }

    public boolean isOpen() {
        return !closed;
    }

    public LessonShowModel model() {
        return model;
    }

    public Stage audienceWindow() {
        return audience;
    }

    /** The presenter view's window, or null when it is not open. */
    public Stage presenterWindow() {
        return presenter;
    }

    PresenterController presenterView() {
        return presenterView;
    }

    AudienceController audienceView() {
        return audienceView;
    }

    ScreenPlan plan() {
        return plan;
    }
}
