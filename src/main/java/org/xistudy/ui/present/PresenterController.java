package org.xistudy.ui.present;

import javafx.beans.InvalidationListener;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ChangeListener;
import javafx.collections.FXCollections;
import javafx.event.EventHandler;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import org.xistudy.ui.AppContext;
import org.xistudy.ui.common.StepText;

/**
 * The presenter view, on the teacher's screen: the step as the audience sees it, the next step,
 * the teacher's notes, "step n of N", the outline (click or Enter to jump), the time presented and
 * the clock. Binds only; the model decides.
 */
public final class PresenterController {
    private final AppContext context;
    private final InvalidationListener changed = o -> draw();
    private final ChangeListener<Number> followPosition = (obs, old, now) -> selectCurrent();
    private final EventHandler<MouseEvent> clicked = e -> {
        if (e.getClickCount() >= 1) {
            jumpToSelected();
        }
    };
    private final EventHandler<KeyEvent> outlineKeys = e -> {
        if (e.getCode() == KeyCode.ENTER) {
            jumpToSelected();
            e.consume();
        }
    };
    private LessonShowModel model;
    private StepBoard now;
    private StepBoard next;
    private StepText stepText;

    @FXML private BorderPane root;
    @FXML private Label titleLabel;
    @FXML private Label progressLabel;
    @FXML private Label elapsedLabel;
    @FXML private Label clockLabel;
    @FXML private ListView<String> outline;
    @FXML private StackPane nowHost;
    @FXML private StackPane nextHost;
    @FXML private Label nextLabel;
    @FXML private Label notesLabel;

    public PresenterController(AppContext context) {
        this.context = context;
    }

    void start(LessonShowModel model) {
        this.model = model;
        stepText = new StepText(context.uiText(), model.index());
        now = new StepBoard(context, model.index());
        next = new StepBoard(context, model.index());
        nowHost.getChildren().setAll(now);
        nextHost.getChildren().setAll(next);
        now.textPercentProperty().bind(Bindings.createDoubleBinding(model::scalePercent, model.scaleProperty()));
        next.textPercentProperty().bind(now.textPercentProperty());
        titleLabel.setText(model.lesson().title());
        progressLabel.textProperty().bind(model.progressProperty());
        elapsedLabel.textProperty().bind(Bindings.createStringBinding(
                () -> context.text("lesson.show.elapsed", model.elapsedProperty().get()), model.elapsedProperty()));
        clockLabel.textProperty().bind(Bindings.createStringBinding(
                () -> context.text("lesson.show.clock", model.timeProperty().get()), model.timeProperty()));
        notesLabel.textProperty().bind(Bindings.createStringBinding(() -> model.notesProperty().get().isEmpty()
                ? context.text("lesson.show.noNotes") : model.notesProperty().get(), model.notesProperty()));
        nextLabel.textProperty().bind(Bindings.createStringBinding(() -> model.nextProperty().get() == null
                ? context.text("lesson.show.end") : stepText.line(model.nextProperty().get()), model.nextProperty()));
        outline.setItems(FXCollections.observableArrayList(model.outline(stepText)));
        outline.setFocusTraversable(false);
        outline.addEventHandler(MouseEvent.MOUSE_CLICKED, clicked);
        outline.addEventHandler(KeyEvent.KEY_PRESSED, outlineKeys);
        model.revisionProperty().addListener(changed);
        model.positionProperty().addListener(followPosition);
        selectCurrent();
        draw();
    }

    /** Whether the outline has the keyboard: then ↑ ↓ and Enter are the list's. */
    boolean outlineFocused() {
        return outline.getScene() != null && outline.getScene().getFocusOwner() == outline;
    }

    private void jumpToSelected() {
        int i = outline.getSelectionModel().getSelectedIndex();
        if (i >= 0 && i != model.positionProperty().get()) {
            model.goTo(i);
        }
    }

    private void selectCurrent() {
        int i = model.positionProperty().get();
        outline.getSelectionModel().select(i);
        outline.scrollTo(Math.max(0, i - 3));
    }

    private void draw() {
        now.show(Shows.state(model), model.gameProperty().get());
        now.refreshGame();
        StepView.State n = Shows.next(model);
        nextHost.setVisible(n != null);
        if (n != null) {
            next.show(n, null);
        }
    }

    StepBoard nowBoard() {
        return now;
    }

    ListView<String> outline() {
        return outline;
    }

    Label notesLabel() {
        return notesLabel;
    }

    Label nextLabel() {
        return nextLabel;
    }

    void dispose() {
        if (model != null) {
            model.revisionProperty().removeListener(changed);
            model.positionProperty().removeListener(followPosition);
        }
        outline.removeEventHandler(MouseEvent.MOUSE_CLICKED, clicked);
        outline.removeEventHandler(KeyEvent.KEY_PRESSED, outlineKeys);
        if (now != null) {
            now.dispose();
            next.dispose();
        }
    }
}
