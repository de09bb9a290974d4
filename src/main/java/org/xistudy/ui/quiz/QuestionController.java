package org.xistudy.ui.quiz;

import java.time.Duration;
import javafx.beans.binding.Bindings;
import javafx.css.PseudoClass;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.xistudy.content.PackIndex;
import java.util.List;
import org.xistudy.content.model.Cite;
import org.xistudy.study.evidence.Evidence;
import org.xistudy.study.quiz.Answer;
import org.xistudy.study.quiz.Question;
import org.xistudy.study.quiz.QuizSession;
import org.xistudy.ui.AppContext;
import org.xistudy.ui.Target;
import org.xistudy.ui.answer.AnswerInput;
import org.xistudy.ui.answer.QuizTexts;
import org.xistudy.ui.common.DialogService;
import org.xistudy.ui.evidence.EvidenceView;

/**
 * One question at a time, answered by mouse or keyboard, then its feedback: right or wrong, the
 * right answer, the explanation and the evidence with a link to the essay.
 */
public final class QuestionController {
    private static final PseudoClass RIGHT = PseudoClass.getPseudoClass("right");
    private static final PseudoClass WRONG = PseudoClass.getPseudoClass("wrong");
    private static final PseudoClass LOW = PseudoClass.getPseudoClass("low");
    private static final Duration LOW_TIME = Duration.ofSeconds(10);

    private final AppContext context;
    private QuizViewModel model;
    private QuizTexts texts;
    private Question shown;
    private AnswerInput input;

    @FXML private ScrollPane root;
    @FXML private Label progressLabel;
    @FXML private Label formatLabel;
    @FXML private Label sectionLabel;
    @FXML private Label scoreLabel;
    @FXML private Label timerLabel;
    @FXML private ProgressBar progressBar;
    @FXML private Label promptLabel;
    @FXML private Label hintLabel;
    @FXML private StackPane answerHost;
    @FXML private Button checkButton;
    @FXML private Label keysLabel;
    @FXML private Button endButton;
    @FXML private VBox feedbackBox;
    @FXML private Label verdictLabel;
    @FXML private Label answerLabel;
    @FXML private VBox explanationBox;
    @FXML private EvidenceView evidenceView;
    @FXML private Button nextButton;

    public QuestionController(AppContext context) {
        this.context = context;
    }

    void bind(QuizViewModel model, QuizTexts texts) {
        this.model = model;
        this.texts = texts;
        progressLabel.textProperty().bind(Bindings.createStringBinding(
                () -> context.text("quiz.progress", model.numberProperty().get(), model.totalProperty().get()),
                model.numberProperty(), model.totalProperty()));
        progressBar.progressProperty().bind(Bindings.createDoubleBinding(() -> {
            int total = model.totalProperty().get();
            if (total == 0) {
                return 0.0;
            }
            int done = model.numberProperty().get() - 1 + (model.outcomeProperty().get() != null ? 1 : 0);
            return (double) done / total;
        }, model.numberProperty(), model.totalProperty(), model.outcomeProperty()));
        scoreLabel.textProperty().bind(Bindings.createStringBinding(
                () -> context.text("quiz.scoreSoFar", model.correctProperty().get()), model.correctProperty()));
        timerLabel.textProperty().bind(Bindings.createStringBinding(() -> {
            Duration d = model.remainingProperty().get();
            return d == null ? "" : context.text("quiz.timer", QuizTexts.clock(d));
        }, model.remainingProperty()));
        timerLabel.setGraphic(stopwatch());
        timerLabel.visibleProperty().bind(model.remainingProperty().isNotNull());
        timerLabel.managedProperty().bind(timerLabel.visibleProperty());
        model.remainingProperty().addListener((obs, old, now) ->
                timerLabel.pseudoClassStateChanged(LOW, now != null && now.compareTo(LOW_TIME) <= 0));

        evidenceView.textProperty().set(context.uiText());
        evidenceView.headingsProperty().set(false);
        evidenceView.onOpenQuoteProperty().set(q -> context.navigator().open(Target.PassageTarget.quote(q)));
        evidenceView.onOpenItemProperty().set(id -> context.navigator().openItem(id));
        evidenceView.onOpenUrlProperty().set(context::openUrl);
        evidenceView.itemLabelsProperty().set(context::itemLabel);
        feedbackBox.visibleProperty().bind(model.outcomeProperty().isNotNull());
        feedbackBox.managedProperty().bind(feedbackBox.visibleProperty());
        checkButton.visibleProperty().bind(model.stateProperty().isEqualTo(QuizSession.State.ANSWERING));
        checkButton.managedProperty().bind(checkButton.visibleProperty());
        keysLabel.visibleProperty().bind(checkButton.visibleProperty());
        model.questionProperty().addListener((obs, old, now) -> show(now));
        model.outcomeProperty().addListener((obs, old, now) -> feedback(now));
        show(model.questionProperty().get());
    }

    private void show(Question q) {
        shown = q;
        answerHost.getChildren().clear();
        input = null;
        if (q == null) {
            promptLabel.setText("");
            return;
        }
        promptLabel.setText(texts.render(q.prompt()));
        formatLabel.setText(texts.format(q.format()));
        sectionLabel.setText(q.section() == null ? "" : texts.section(q.section()));
        Question.Body body = q.body();
        String hint = body instanceof Question.Typed t ? t.hint() : null;
        hintLabel.setText(hint == null ? "" : context.text("quiz.hint", hint));
        hintLabel.setVisible(hint != null);
        hintLabel.setManaged(hint != null);
        input = AnswerInput.create(q.format(), body, texts, true);
        input.setOnCommit(this::check);
        answerHost.getChildren().setAll(input.control());
        keysLabel.setText(input.keysHint());
        root.setVvalue(0);
        focus();
    }

    private void feedback(QuizSession.Outcome o) {
        if (o == null) {
            return;
        }
        Question q = o.question();
        if (input != null) {
            input.reveal(o.answer());
        }
        boolean right = o.verdict().correct();
        verdictLabel.pseudoClassStateChanged(RIGHT, right);
        verdictLabel.pseudoClassStateChanged(WRONG, !right);
        feedbackBox.pseudoClassStateChanged(RIGHT, right);
        feedbackBox.pseudoClassStateChanged(WRONG, !right);
        verdictLabel.setText(model.verdictText(o));
        verdictLabel.setGraphic(o.timedOut() && !right ? stopwatch() : null);
        answerLabel.setText(context.text("quiz.feedback.answer", texts.answer(q)));
        explanationBox.getChildren().clear();
        for (String line : texts.render(q.explanation())) {
            Label l = new Label(line);
            l.setWrapText(true);
            l.getStyleClass().add("explanation-line");
            explanationBox.getChildren().add(l);
        }
        showEvidence(q.cite());
        nextButton.setText(model.nextText());
        nextButton.requestFocus();
    }

    private void showEvidence(Cite cite) {
        PackIndex index = model.packProperty().get();
        evidenceView.setEvidence(cite == null || index == null ? Evidence.NONE : Evidence.ofCites(List.of(cite), index));
        boolean any = !evidenceView.getEvidence().isEmpty();
        evidenceView.setVisible(any);
        evidenceView.setManaged(any);
    }

    /** A stopwatch drawn by the app (a font's glyph for it shows as a box on some systems). */
    private static Region stopwatch() {
        Region icon = new Region();
        icon.getStyleClass().add("stopwatch-icon");
        return icon;
    }

    @FXML
    void check() {
        if (input == null || model.stateProperty().get() != QuizSession.State.ANSWERING) {
            return;
        }
        Answer a = input.answer();
        if (a == null) {
            keysLabel.setText(input.missingHint());
            return;
        }
        model.submit(a);
    }

    @FXML
    void next() {
        model.next();
    }

    @FXML
    void end() {
        String title = context.text("quiz.end.title");
        context.dialogs().confirm(new DialogService.Question(title, title, context.text("quiz.end.body",
                model.answeredProperty().get()), context.text("quiz.end.confirm")), model::endQuiz);
    }


    void key(KeyEvent e) {
        if (e.getCode() == KeyCode.ENTER) {
            if (model.stateProperty().get() == QuizSession.State.ANSWERING) {
                check();
                e.consume();
            } else if (model.stateProperty().get() == QuizSession.State.FEEDBACK) {
                if (e.getTarget() instanceof Hyperlink h) {
                    h.fire();
                } else {
                    next();
                }
                e.consume();
            }
            return;
        }
        if (model.stateProperty().get() != QuizSession.State.ANSWERING || input == null
                || e.getTarget() instanceof TextInputControl || e.isShortcutDown() || e.isAltDown() || e.isControlDown()) {
            return;
        }
        if (input.key(AnswerInput.keyChar(e.getCode()))) {
            e.consume();
        }
    }

    void focus() {
        if (model == null) {
            return;
        }
        if (model.stateProperty().get() == QuizSession.State.FEEDBACK) {
            nextButton.requestFocus();
        } else if (input != null) {
            input.focus();
        }
    }
}
