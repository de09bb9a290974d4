package org.xistudy.ui.quiz;

import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import org.xistudy.ui.AppContext;
import org.xistudy.ui.StudyView;
import org.xistudy.ui.quiz.QuizViewModel.Page;
import org.xistudy.ui.answer.QuizTexts;

/**
 * The quiz view: set-up, one question at a time, the summary and the history, as pages over one
 * view model. Keys go to the page that shows.
 */
public final class QuizController implements StudyView {
    private final AppContext context;
    private final QuizViewModel model;

    @FXML private BorderPane root;
    @FXML private Label modeLabel;
    @FXML private Button setupButton;
    @FXML private Button historyButton;
    @FXML private Node setup;
    @FXML private Node question;
    @FXML private Node summary;
    @FXML private Node history;
    @FXML private SetupController setupController;
    @FXML private QuestionController questionController;
    @FXML private SummaryController summaryController;
    @FXML private HistoryController historyController;

    public QuizController(AppContext context) {
        this.context = context;
        this.model = new QuizViewModel(context, QuizServices.clock(context), QuizServices.seeds(context),
                QuizServices.histories(context), QuizServices.study(context));
    }

    @FXML
    private void initialize() {
        QuizTexts texts = new QuizTexts(context);
        setupController.bind(model, texts);
        questionController.bind(model, texts);
        summaryController.bind(model, texts);
        historyController.bind(model, texts);
        Map<Page, Node> pages = Map.of(Page.SETUP, setup, Page.QUESTION, question, Page.SUMMARY, summary,
                Page.HISTORY, history);
        pages.forEach((p, node) -> {
            node.visibleProperty().bind(model.pageProperty().isEqualTo(p));
            node.managedProperty().bind(node.visibleProperty());
        });
        var running = model.sessionProperty().isNotNull();
        setupButton.disableProperty().bind(running.or(model.pageProperty().isEqualTo(Page.SETUP))
                .or(model.packProperty().isNull()));
        historyButton.disableProperty().bind(running.or(model.pageProperty().isEqualTo(Page.HISTORY))
                .or(model.packProperty().isNull()));
        modeLabel.textProperty().bind(Bindings.createStringBinding(() -> {
            var s = model.sessionProperty().get();
            if (s == null) {
                return "";
            }
            return s.quiz().retryOf() != null ? context.text("quiz.mode.retry") : "";
        }, model.sessionProperty()));
        root.addEventHandler(KeyEvent.KEY_PRESSED, this::key);
        model.pageProperty().addListener((obs, old, now) -> focusPage());
    }

    private void key(KeyEvent e) {
        switch (model.pageProperty().get()) {
            case SETUP -> setupController.key(e);
            case QUESTION -> questionController.key(e);
            case SUMMARY -> summaryController.key(e);
            default -> historyController.key(e);
        }
    }

    private void focusPage() {
        switch (model.pageProperty().get()) {
            case SETUP -> setupController.focus();
            case QUESTION -> questionController.focus();
            case SUMMARY -> summaryController.focus();
            default -> historyController.focus();
        }
    }

    @FXML
    private void showSetup() {
        model.showSetup();
    }

    @FXML
    private void showHistory() {
        model.showHistory();
    }

    @Override
    public void activated() {
        focusPage();
    }

    /** The view model, for tests and for the classroom window. */
    public QuizViewModel model() {
        return model;
    }
}
