package org.xistudy.ui.print;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.control.Toggle;
import javafx.scene.control.ToggleGroup;
import javafx.stage.Stage;
import org.xistudy.study.print.Paper;
import org.xistudy.study.quiz.QuizSettings;
import org.xistudy.ui.AppContext;
import org.xistudy.ui.common.DialogService;
import org.xistudy.ui.common.Spinners;

/** Binds the export dialog to its view model; saving goes through {@link PrintActions}. */
public final class ExportController {
    private final AppContext context;
    private ExportViewModel model;
    private Stage stage;

    @FXML private ToggleGroup handoutGroup;
    @FXML private RadioButton guideChoice;
    @FXML private RadioButton quizChoice;
    @FXML private RadioButton chartChoice;
    @FXML private ComboBox<Paper> paperChoice;
    @FXML private Spinner<Integer> questionsField;
    @FXML private TextField seedField;
    @FXML private Spinner<Integer> yearField;
    @FXML private Label problemLabel;
    @FXML private Button saveButton;

    public ExportController(AppContext context) {
        this.context = context;
    }

    @FXML
    private void initialize() {
        model = PrintActions.exportModel(context);
        guideChoice.setUserData(ExportViewModel.Handout.GUIDE);
        quizChoice.setUserData(ExportViewModel.Handout.QUIZ);
        chartChoice.setUserData(ExportViewModel.Handout.CHART);
        handoutGroup.selectToggle(guideChoice);
        handoutGroup.selectedToggleProperty().addListener((obs, old, now) -> selectHandout(old, now));

        paperChoice.getItems().setAll(Paper.values());
        paperChoice.setCellFactory(list -> new PaperCell());
        paperChoice.setButtonCell(new PaperCell());
        paperChoice.valueProperty().bindBidirectional(model.paperProperty());

        Spinners.integers(questionsField, QuizSettings.MIN_COUNT, QuizSettings.MAX_COUNT,
                model.questionsProperty().get(), 1);
        model.questionsProperty().bind(questionsField.valueProperty());
        seedField.textProperty().bindBidirectional(model.seedProperty());
        Spinners.integers(yearField, model.minYear(), model.maxYear(), model.yearProperty().get(), 1);
        model.yearProperty().bind(yearField.valueProperty());

        var quiz = Bindings.equal(model.handoutProperty(), ExportViewModel.Handout.QUIZ);
        questionsField.disableProperty().bind(quiz.not());
        seedField.disableProperty().bind(quiz.not());
        yearField.disableProperty().bind(Bindings.notEqual(model.handoutProperty(), ExportViewModel.Handout.CHART));
        problemLabel.textProperty().bind(model.problemProperty());
        saveButton.disableProperty().bind(model.validProperty().not());
    }

    private void selectHandout(Toggle old, Toggle now) {
        if (now == null) {
            handoutGroup.selectToggle(old); // one is always chosen
        } else {
            model.handoutProperty().set((ExportViewModel.Handout) now.getUserData());
        }
    }

    void start(Stage s) {
        this.stage = s;
    }

    public ExportViewModel model() {
        return model;
    }

    /** Asks where to save, closes the dialog and writes the PDF in the background. */
    @FXML
    void save() {
        if (!model.validProperty().get()) {
            return;
        }
        Optional<Path> chosen = context.dialogs().chooseSave(new DialogService.FileRequest(
                context.text("print.dialog.saveTitle"),
                List.of(new DialogService.FileFilter(context.text("print.dialog.pdfFiles"), List.of("*.pdf"))),
                model.suggestedName()));
        if (chosen.isEmpty()) {
            return;
        }
        Path path = PrintActions.withSuffix(chosen.get(), ".pdf");
        var work = model.work();
        cancel();
        PrintActions.write(context, path, work);
    }

    @FXML
    void cancel() {
        if (stage != null) {
            stage.hide();
        }
    }

    /** Names a paper size in the UI's words. */
    private final class PaperCell extends ListCell<Paper> {
        @Override
        protected void updateItem(Paper item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null
                    : context.text("print.paper." + item.name().toLowerCase(Locale.ROOT)));
        }
    }
}
