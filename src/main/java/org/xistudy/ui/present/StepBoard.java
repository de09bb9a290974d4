package org.xistudy.ui.present;

import java.util.Objects;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.scene.Node;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.shape.Rectangle;
import javafx.scene.transform.Scale;
import org.xistudy.content.PackIndex;
import org.xistudy.study.quiz.ClassroomGame;
import org.xistudy.ui.AppContext;

/**
 * A lesson step drawn as the audience sees it, at any size: the step is laid out on a board
 * {@value #BASE_WIDTH} units wide (as tall as the space's shape asks) and scaled to the space, so
 * the audience window at 1024x768, the projector at 1920x1080 and the presenter's small previews
 * all show the same picture. The audience's text size changes the board's width: a larger text
 * size is a narrower board, scaled up. A quiz step with a game shows the classroom quiz's board.
 */
final class StepBoard extends Region {
    /** The board's width in layout units at 100 % text size. */
    static final double BASE_WIDTH = 1280;

    private final AppContext context;
    private final StepView steps;
    private final StackPane board = new StackPane();
    private final Scale scale = new Scale(1, 1, 0, 0);
    private final Rectangle clip = new Rectangle();
    private final DoubleProperty textPercent = new SimpleDoubleProperty(this, "textPercent", 100);
    private StepView.State shown;
    private ClassroomGame shownGame;
    private PresentViewModel gameModel;

    StepBoard(AppContext context, PackIndex index) {
        this.context = context;
        this.steps = new StepView(context, index);
        getStyleClass().add("step-board");
        board.getStyleClass().add("lesson-board");
        board.getTransforms().add(scale);
        getChildren().add(board);
        setClip(clip);
        setMinSize(0, 0);
        textPercent.addListener(o -> requestLayout());
    }

    /** The audience's text size, in percent. */
    DoubleProperty textPercentProperty() {
        return textPercent;
    }

    /** The scale from board units to the space, at the last layout. */
    double scale() {
        return scale.getX();
    }

    /** Shows a step; does nothing when it already shows it. A game, when given, is drawn instead. */
    void show(StepView.State state, ClassroomGame game) {
        Objects.requireNonNull(state);
        if (state.equals(shown) && game == shownGame) {
            return;
        }
        shown = state;
        shownGame = game;
        disposeGame();
        Node content;
        if (game != null) {
            AppContext.Loaded<PresentController> loaded = context.load("present/PresentView.fxml");
            gameModel = new PresentViewModel(context, game);
            loaded.controller().start(gameModel);
            content = loaded.root();
        } else {
            content = steps.render(state);
        }
        board.getChildren().setAll(content);
    }

    /** Reads the game again (after a point, a step of the quiz or a tick of its countdown). */
    void refreshGame() {
        if (gameModel != null) {
            gameModel.tick();
        }
    }

    private void disposeGame() {
        if (gameModel != null) {
            gameModel.dispose();
            gameModel = null;
        }
    }

    /** Stops the quiz board's ticker. */
    void dispose() {
        disposeGame();
    }

    @Override
    protected void layoutChildren() {
        double w = Math.max(1, getWidth());
        double h = Math.max(1, getHeight());
        double boardWidth = BASE_WIDTH * 100 / Math.max(10, textPercent.get());
        double s = w / boardWidth;
        board.resizeRelocate(0, 0, boardWidth, h / s);
        scale.setX(s);
        scale.setY(s);
        clip.setWidth(w);
        clip.setHeight(h);
    }

    @Override
    protected double computePrefWidth(double height) {
        return BASE_WIDTH;
    }

    @Override
    protected double computePrefHeight(double width) {
        return BASE_WIDTH * 9 / 16;
    }
}
