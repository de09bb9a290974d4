package org.xistudy.ui.lessons;

import java.nio.file.Path;
import java.util.List;
import javafx.beans.InvalidationListener;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.DragEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import org.xistudy.content.model.LessonStep.TitleStep;
import org.xistudy.content.model.LessonStep;
import org.xistudy.study.lessons.LessonEntry;
import org.xistudy.study.lessons.LessonFiles;
import org.xistudy.ui.AppContext;
import org.xistudy.ui.StudyView;
import org.xistudy.ui.common.DialogService;

/**
 * The lesson editor: the lessons on the left, the chosen lesson's steps on the right with their
 * teacher notes. Binds the controls to {@link LessonsViewModel}, which decides and saves.
 */
public final class LessonsController implements StudyView {
    private final AppContext context;
    private LessonsViewModel model;
    private boolean showing;
    private boolean saving;

    @FXML private BorderPane root;
    @FXML private ListView<LessonEntry> lessonList;
    @FXML private ListView<LessonStep> stepList;
    @FXML private TextField titleField;
    @FXML private Label summaryLabel;
    @FXML private Label readOnlyLabel;
    @FXML private TextArea notesArea;
    @FXML private VBox titleBox;
    @FXML private TextField headingField;
    @FXML private TextField lineField;
    @FXML private Button presentButton;
    @FXML private Button presentHereButton;
    @FXML private Button duplicateButton;
    @FXML private Button deleteButton;
    @FXML private Button exportButton;
    @FXML private Button upButton;
    @FXML private Button downButton;
    @FXML private Button addTitleButton;
    @FXML private Button removeButton;

    private final InvalidationListener showSelection = o -> show();
    private final ChangeListener<LessonEntry> lessonPicked = (obs, old, now) -> {
        if (!showing && now != null) {
            model.select(now);
        }
    };
    private final ChangeListener<Number> stepPicked = (obs, old, now) -> {
        // a list refilled after a change clears its selection first: that is no choice of the user's
        if (!showing && !saving && now.intValue() >= 0) {
            saveNotes(old.intValue());
            model.selectStep(now.intValue());
            showStep();
        }
    };

    public LessonsController(AppContext context) {
        this.context = context;
    }

    @FXML
    private void initialize() {
        model = new LessonsViewModel(context);
        lessonList.setItems(model.lessons());
        lessonList.setCellFactory(v -> new LessonCell());
        stepList.setItems(model.steps());
        stepList.setCellFactory(v -> new StepCell());
        lessonList.getSelectionModel().selectedItemProperty().addListener(lessonPicked);
        stepList.getSelectionModel().selectedIndexProperty().addListener(stepPicked);
        model.selectedProperty().addListener(showSelection);
        model.selectedStepProperty().addListener(showSelection);
        model.steps().addListener(showSelection);

        var readOnly = model.editableProperty().not();
        var noLesson = model.selectedProperty().isNull();
        titleField.editableProperty().bind(model.editableProperty());
        notesArea.editableProperty().bind(model.editableProperty());
        headingField.editableProperty().bind(model.editableProperty());
        lineField.editableProperty().bind(model.editableProperty());
        readOnlyLabel.visibleProperty().bind(readOnly.and(noLesson.not()));
        readOnlyLabel.managedProperty().bind(readOnlyLabel.visibleProperty());
        summaryLabel.textProperty().bind(model.summaryProperty());
        var noSteps = Bindings.isEmpty(model.steps());
        presentButton.disableProperty().bind(noSteps);
        presentHereButton.disableProperty().bind(noSteps);
        duplicateButton.disableProperty().bind(noLesson);
        exportButton.disableProperty().bind(noLesson);
        deleteButton.disableProperty().bind(readOnly);
        for (Button b : List.of(upButton, downButton, removeButton)) {
            b.disableProperty().bind(readOnly.or(noSteps));
        }
        addTitleButton.disableProperty().bind(readOnly);

        titleField.setOnAction(e -> model.rename(titleField.getText()));
        titleField.focusedProperty().addListener((obs, was, is) -> {
            if (!is) {
                model.rename(titleField.getText());
            }
        });
        notesArea.focusedProperty().addListener((obs, was, is) -> {
            if (!is) {
                saveNotes(model.selectedStepProperty().get());
            }
        });
        notesArea.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && e.isShortcutDown()) {
                saveNotes(model.selectedStepProperty().get());
                e.consume();
            }
        });
        headingField.setOnAction(e -> model.retitle(headingField.getText(), lineField.getText()));
        lineField.setOnAction(e -> model.retitle(headingField.getText(), lineField.getText()));
        headingField.focusedProperty().addListener((obs, was, is) -> {
            if (!is) {
                model.retitle(headingField.getText(), lineField.getText());
            }
        });
        lineField.focusedProperty().addListener((obs, was, is) -> {
            if (!is) {
                model.retitle(headingField.getText(), lineField.getText());
            }
        });
        stepList.addEventFilter(KeyEvent.KEY_PRESSED, this::stepKeys);
        show();
    }

    private void stepKeys(KeyEvent e) {
        int i = stepList.getSelectionModel().getSelectedIndex();
        if (e.isAltDown() && (e.getCode() == KeyCode.UP || e.getCode() == KeyCode.DOWN)) {
            model.moveStep(i, e.getCode() == KeyCode.UP ? i - 1 : i + 1);
            e.consume();
        } else if (e.getCode() == KeyCode.DELETE || e.getCode() == KeyCode.BACK_SPACE) {
            model.removeStep(i);
            e.consume();
        }
    }

    /** Mirrors the model in the lists and fields. */
    private void show() {
        showing = true;
        try {
            LessonEntry e = model.selectedProperty().get();
            if (lessonList.getSelectionModel().getSelectedItem() != e) {
                lessonList.getSelectionModel().select(e);
            }
            if (!titleField.isFocused()) {
                titleField.setText(e == null ? "" : e.lesson().title());
            }
            int s = model.selectedStepProperty().get();
            if (stepList.getSelectionModel().getSelectedIndex() != s) {
                if (s < 0) {
                    stepList.getSelectionModel().clearSelection();
                } else {
                    stepList.getSelectionModel().select(s);
                    stepList.scrollTo(Math.max(0, s - 3));
                }
            }
        } finally {
            showing = false;
        }
        showStep();
    }

    private void showStep() {
        if (!notesArea.isFocused()) {
            notesArea.setText(model.notes());
        }
        int s = model.selectedStepProperty().get();
        LessonStep step = s >= 0 && s < model.steps().size() ? model.steps().get(s) : null;
        boolean title = step instanceof TitleStep;
        titleBox.setVisible(title);
        titleBox.setManaged(title);
        if (step instanceof TitleStep t) {
            if (!headingField.isFocused()) {
                headingField.setText(t.title());
            }
            if (!lineField.isFocused()) {
                lineField.setText(t.text() == null ? "" : t.text());
            }
        }
    }

    private void saveNotes(int step) {
        if (saving || step < 0 || step != model.selectedStepProperty().get()) {
            return;
        }
        saving = true;
        try {
            model.setNotes(notesArea.getText());
        } finally {
            saving = false;
        }
    }

    @FXML
    void present() {
        saveNotes(model.selectedStepProperty().get());
        model.present(false);
    }

    @FXML
    void presentHere() {
        saveNotes(model.selectedStepProperty().get());
        model.present(true);
    }

    @FXML
    void create() {
        model.create();
        titleField.requestFocus();
        titleField.selectAll();
    }

    @FXML
    void duplicate() {
        model.duplicate();
    }

    @FXML
    void delete() {
        LessonEntry e = model.selectedProperty().get();
        if (e == null) {
            return;
        }
        context.dialogs().confirm(new DialogService.Question(context.text("lessons.delete.title"), null,
                context.text("lessons.delete.message", e.lesson().title(), e.lesson().size()),
                context.text("lessons.delete.confirm")), model::delete);
    }

    @FXML
    void moveUp() {
        int i = stepList.getSelectionModel().getSelectedIndex();
        model.moveStep(i, i - 1);
    }

    @FXML
    void moveDown() {
        int i = stepList.getSelectionModel().getSelectedIndex();
        model.moveStep(i, i + 1);
    }

    @FXML
    void addTitle() {
        model.addTitle();
        headingField.requestFocus();
        headingField.selectAll();
    }

    @FXML
    void removeStep() {
        model.removeStep(stepList.getSelectionModel().getSelectedIndex());
    }

    private static List<DialogService.FileFilter> filters(AppContext context) {
        return List.of(new DialogService.FileFilter(context.text("lessons.export.filter"),
                List.of("*" + LessonFiles.EXTENSION, "*.json")));
    }

    @FXML
    void exportFile() {
        context.dialogs().chooseSave(new DialogService.FileRequest(context.text("lessons.export.title"), filters(context),
                model.suggestedFileName(), null)).ifPresent(file -> {
                    if (model.exportTo(file)) {
                        context.dialogs().showInfo(context.text("lessons.export.title"), null,
                                context.text("lessons.export.done", file));
                    }
                });
    }

    @FXML
    void importFile() {
        context.dialogs().chooseOpen(new DialogService.FileRequest(context.text("lessons.import.title"), filters(context),
                null, null)).ifPresent(this::importFrom);
    }

    private void importFrom(Path file) {
        int n = model.importFrom(file).size();
        if (n > 0) {
            context.dialogs().showInfo(context.text("lessons.import.title"), null, context.text("lessons.import.done", n));
        }
    }

    @Override
    public void activated() {
        (model.steps().isEmpty() ? lessonList : stepList).requestFocus();
    }

    /** A lesson in the list: its title, and a tag for the pack's own. */
    private final class LessonCell extends ListCell<LessonEntry> {
        @Override
        protected void updateItem(LessonEntry e, boolean empty) {
            super.updateItem(e, empty);
            setText(empty || e == null ? null : e.isReadOnly() ? e.lesson().title() + "  \u00B7 "
                    + context.text("lessons.packTag") : e.lesson().title());
        }
    }

    /** A step in the list: its number and what it shows; steps are dragged to reorder them. */
    private final class StepCell extends ListCell<LessonStep> {
        StepCell() {
            setOnDragDetected(e -> {
                if (getItem() != null && model.editableProperty().get()) {
                    ClipboardContent c = new ClipboardContent();
                    c.putString(Integer.toString(getIndex()));
                    startDragAndDrop(TransferMode.MOVE).setContent(c);
                    e.consume();
                }
            });
            setOnDragOver(e -> {
                if (e.getGestureSource() instanceof StepCell && e.getDragboard().hasString()) {
                    e.acceptTransferModes(TransferMode.MOVE);
                }
                e.consume();
            });
            setOnDragDropped(this::dropped);
        }

        private void dropped(DragEvent e) {
            boolean done = false;
            if (e.getDragboard().hasString()) {
                try {
                    int from = Integer.parseInt(e.getDragboard().getString());
                    int to = isEmpty() ? model.steps().size() - 1 : getIndex();
                    model.moveStep(from, to);
                    done = true;
                } catch (NumberFormatException ex) {
                    // not a step of this list
                }
            }
            e.setDropCompleted(done);
            e.consume();
        }

        @Override
        protected void updateItem(LessonStep s, boolean empty) {
            super.updateItem(s, empty);
            setText(empty || s == null ? null : (getIndex() + 1) + ".  " + model.line(s)
                    + (s.teacherNotes() == null ? "" : "  \u270E"));
        }
    }
}
