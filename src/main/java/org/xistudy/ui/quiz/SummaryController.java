package org.xistudy.ui.quiz;

import java.util.List;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.xistudy.content.PackIndex;
import org.xistudy.study.evidence.Evidence;
import org.xistudy.study.quiz.Attempt;
import org.xistudy.study.quiz.HistoryStats;
import org.xistudy.study.quiz.Question;
import org.xistudy.study.quiz.QuizSession;
import org.xistudy.ui.AppContext;
import org.xistudy.ui.Target;
import org.xistudy.ui.answer.QuizTexts;
import org.xistudy.ui.evidence.EvidenceView;

/** The end of a quiz: the score, the time, each section, every miss; retry or study the misses. */
public final class SummaryController {
    private final AppContext context;
    private QuizViewModel model;
    private QuizTexts texts;

    @FXML private ScrollPane root;
    @FXML private Label percentLabel;
    @FXML private Label scoreLabel;
    @FXML private Label timeLabel;
    @FXML private Label timedOutLabel;
    @FXML private VBox sectionsBox;
    @FXML private Button retryButton;
    @FXML private Button studyButton;
    @FXML private Button newButton;
    @FXML private Button historyButton;
    @FXML private Label studyNoticeLabel;
    @FXML private Label missesHeading;
    @FXML private VBox missesBox;

    public SummaryController(AppContext context) {
        this.context = context;
    }

    void bind(QuizViewModel model, QuizTexts texts) {
        this.model = model;
        this.texts = texts;
        studyNoticeLabel.textProperty().bind(model.studyNoticeProperty());
        studyNoticeLabel.visibleProperty().bind(model.studyNoticeProperty().isNotEmpty());
        studyNoticeLabel.managedProperty().bind(studyNoticeLabel.visibleProperty());
        model.finishedProperty().addListener((obs, old, now) -> show(now));
        show(model.finishedProperty().get());
    }

    private void show(QuizSession s) {
        missesBox.getChildren().clear();
        sectionsBox.getChildren().clear();
        if (s == null) {
            return;
        }
        Attempt a = model.finishedAttemptProperty().get();
        int total = s.size();
        int right = s.correct();
        percentLabel.setText(context.text("quiz.summary.percent", total == 0 ? 0 : Math.round(100.0 * right / total)));
        scoreLabel.setText(context.text("quiz.summary.score", right, total));
        timeLabel.setText(context.text("quiz.summary.time", texts.duration(s.elapsed())));
        timedOutLabel.setText(s.timeRanOut() ? context.text("quiz.summary.timeRanOut") : "");
        timedOutLabel.setVisible(s.timeRanOut());
        timedOutLabel.setManaged(s.timeRanOut());
        if (a != null) {
            for (HistoryStats.Share share : HistoryStats.bySection(List.of(a), model.sectionOrder())) {
                sectionsBox.getChildren().add(shareRow(texts.section(share.key()), share));
            }
        }
        List<QuizSession.Outcome> misses = s.outcomes().stream().filter(o -> !o.verdict().correct()).toList();
        retryButton.setDisable(misses.isEmpty());
        int cards = model.missedCards().size();
        studyButton.setDisable(misses.isEmpty() || cards == 0);
        studyButton.setText(cards == 0 ? context.text("quiz.summary.study")
                : context.text("quiz.summary.studyCount", cards));
        missesHeading.setText(misses.isEmpty() ? context.text("quiz.summary.noMisses")
                : context.text("quiz.summary.misses", misses.size()));
        List<QuizSession.Outcome> all = s.outcomes();
        for (QuizSession.Outcome o : misses) {
            missesBox.getChildren().add(missCard(all.indexOf(o) + 1, o));
        }
        focus();
    }

    /** A row of a breakdown: name, bar, "3 of 4". */
    static HBox shareRow(String name, HistoryStats.Share share) {
        Label label = new Label(name);
        label.getStyleClass().add("share-name");
        label.setWrapText(true);
        label.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(label, Priority.ALWAYS);
        ProgressBar bar = new ProgressBar(share.total() == 0 ? 0 : (double) share.correct() / share.total());
        bar.getStyleClass().add("share-bar");
        if (share.percent() < 50) {
            bar.getStyleClass().add("share-weak");
        }
        Label count = new Label(share.correct() + " / " + share.total());
        count.getStyleClass().add("share-count");
        count.setMinWidth(Region.USE_PREF_SIZE);
        HBox row = new HBox(label, bar, count);
        row.getStyleClass().add("share-row");
        return row;
    }

    private VBox missCard(int number, QuizSession.Outcome o) {
        Question q = o.question();
        Label meta = new Label(context.text("quiz.summary.missMeta", number, texts.format(q.format()),
                texts.section(q.section())));
        meta.getStyleClass().add("miss-meta");
        Label prompt = new Label(texts.render(q.prompt()));
        prompt.getStyleClass().add("miss-prompt");
        prompt.setWrapText(true);
        Label given = new Label(o.timedOut() ? context.text("quiz.summary.missTimedOut")
                : context.text("quiz.feedback.given", texts.given(q, o.answer())));
        given.getStyleClass().add("miss-given");
        given.setWrapText(true);
        Label answer = new Label(context.text("quiz.feedback.answer", texts.answer(q)));
        answer.getStyleClass().add("miss-answer");
        answer.setWrapText(true);
        VBox card = new VBox(meta, prompt, given, answer);
        card.getStyleClass().addAll("quiz-card", "miss-card");
        for (String line : texts.render(q.explanation())) {
            Label l = new Label(line);
            l.setWrapText(true);
            l.getStyleClass().add("explanation-line");
            card.getChildren().add(l);
        }
        PackIndex index = context.packs().getIndex();
        if (q.cite() != null && index != null) {
            EvidenceView evidence = new EvidenceView(context.uiText());
            evidence.headingsProperty().set(false);
            evidence.setEvidence(Evidence.ofCites(List.of(q.cite()), index));
            evidence.onOpenQuoteProperty().set(text -> context.navigator().open(Target.PassageTarget.quote(text)));
            evidence.onOpenUrlProperty().set(context::openUrl);
            evidence.itemLabelsProperty().set(context::itemLabel);
            card.getChildren().add(evidence);
        }
        return card;
    }

    @FXML
    void retry() {
        model.retryMisses();
    }

    @FXML
    void study() {
        model.addMissesToStudy();
    }

    @FXML
    void newQuiz() {
        model.showSetup();
    }

    @FXML
    void history() {
        model.showHistory();
    }

    void key(KeyEvent e) {
        if (e.isShortcutDown() || e.isAltDown() || e.isControlDown()) {
            return;
        }
        Button target = switch (e.getCode()) {
            case R -> retryButton;
            case S -> studyButton;
            case N -> newButton;
            case H -> historyButton;
            default -> null;
        };
        // Enter is left to the focused control: a stray Enter after the last answer must not start anything
        if (target != null && !target.isDisabled()) {
            target.fire();
            e.consume();
        }
    }

    /** The page itself takes the focus, so the keys R, S, N and H work and Enter does nothing by accident. */
    void focus() {
        root.requestFocus();
    }
}
