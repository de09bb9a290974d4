package org.xistudy.ui.present;

import javafx.beans.InvalidationListener;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.xistudy.study.lessons.LessonRun;
import org.xistudy.ui.AppContext;

/** The audience window of a lesson: the step, full screen, and the black and white screens. Binds only. */
public final class AudienceController {
    private final AppContext context;
    private final InvalidationListener changed = o -> draw();
    private LessonShowModel model;
    private StepBoard board;

    @FXML private StackPane root;
    @FXML private StackPane boardHost;
    @FXML private Region blackCover;
    @FXML private Region whiteCover;
    @FXML private Label typedLabel;
    @FXML private VBox helpOverlay;

    public AudienceController(AppContext context) {
        this.context = context;
    }

    void start(LessonShowModel model) {
        this.model = model;
        board = new StepBoard(context, model.index());
        boardHost.getChildren().setAll(board);
        board.textPercentProperty().bind(Bindings.createDoubleBinding(model::scalePercent, model.scaleProperty()));
        blackCover.visibleProperty().bind(model.screenProperty().isEqualTo(LessonRun.Screen.BLACK));
        whiteCover.visibleProperty().bind(model.screenProperty().isEqualTo(LessonRun.Screen.WHITE));
        typedLabel.textProperty().bind(Bindings.createStringBinding(() -> model.typedProperty().get().isEmpty() ? ""
                : context.text("lesson.show.typed", model.typedProperty().get()), model.typedProperty()));
        typedLabel.visibleProperty().bind(model.typedProperty().isNotEmpty());
        helpOverlay.visibleProperty().bind(model.helpProperty());
        model.revisionProperty().addListener(changed);
        draw();
    }

    private void draw() {
        board.show(Shows.state(model), model.gameProperty().get());
        board.refreshGame();
    }

    StepBoard board() {
        return board;
    }

    void dispose() {
        if (model != null) {
            model.revisionProperty().removeListener(changed);
        }
        if (board != null) {
            board.dispose();
        }
    }
}
