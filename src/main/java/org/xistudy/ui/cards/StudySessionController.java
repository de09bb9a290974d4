package org.xistudy.ui.cards;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import javafx.animation.PauseTransition;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.css.PseudoClass;
import javafx.fxml.FXML;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.xistudy.study.fsrs.Rating;
import org.xistudy.study.progress.IntervalLabel;
import org.xistudy.study.progress.StudyQueue;
import org.xistudy.study.progress.StudySettings;
import org.xistudy.ui.AppContext;
import org.xistudy.ui.Target;
import org.xistudy.ui.answer.QuizTexts;
import org.xistudy.ui.common.Spinners;
import org.xistudy.ui.services.StudyService;

/**
 * The study session page: binds the card, the counts and the answer buttons to a
 * {@link SessionViewModel}, and maps the keys (Space or Enter turns over and then accepts the
 * suggested grade; 1 to 4 grade; letters and digits answer choice, true/false and order cards;
 * Ctrl+Z undoes).
 */
public final class StudySessionController {
    private static final PseudoClass CURRENT = PseudoClass.getPseudoClass("current");
    private static final PseudoClass SUGGESTED = PseudoClass.getPseudoClass("suggested");

    private final AppContext context;
    private final StudyService service;
    private final SessionViewModel model;
    private final PauseTransition wake = new PauseTransition();
    private Runnable onBrowse = () -> { };

    @FXML private BorderPane root;
    @FXML private Label newCount;
    @FXML private Label learningCount;
    @FXML private Label reviewCount;
    @FXML private Button undoButton;
    @FXML private Button buryCardButton;
    @FXML private Button suspendCardButton;
    @FXML private Label flagLabel;
    @FXML private ScrollPane cardScroll;
    @FXML private StudyCardView cardView;
    @FXML private VBox donePane;
    @FXML private Label doneTitle;
    @FXML private Label doneBody;
    @FXML private Button showAnswer;
    @FXML private HBox gradeBar;
    @FXML private Button againButton;
    @FXML private Button hardButton;
    @FXML private Button goodButton;
    @FXML private Button easyButton;
    @FXML private Label todayLabel;
    @FXML private Spinner<Integer> newLimit;
    @FXML private Spinner<Double> retention;

    public StudySessionController(AppContext context) {
        this.context = context;
        this.service = StudyService.of(context);
        this.model = new SessionViewModel(service, context.packs()::getIndex, context.uiText());
    }

    public SessionViewModel model() {
        return model;
    }

    @FXML
    private void initialize() {
        newCount.textProperty().bind(Bindings.createStringBinding(
                () -> context.text("cards.count.new", model.countsProperty().get().newCount()), model.countsProperty()));
        learningCount.textProperty().bind(Bindings.createStringBinding(
                () -> context.text("cards.count.learning", model.countsProperty().get().learning()), model.countsProperty()));
        reviewCount.textProperty().bind(Bindings.createStringBinding(
                () -> context.text("cards.count.review", model.countsProperty().get().review()), model.countsProperty()));
        model.currentKindProperty().addListener((obs, old, now) -> markCurrentCount(now));
        markCurrentCount(model.currentKindProperty().get());

        cardView.textsProperty().set(new QuizTexts(context));
        cardView.presentationProperty().bind(model.currentProperty());
        cardView.flippedProperty().bind(model.flippedProperty());
        cardView.onAnsweredProperty().set(this::flip);
        cardView.onOpenItemProperty().set(id -> context.navigator().openItem(id));
        cardView.onOpenQuoteProperty().set(q -> context.navigator().open(Target.PassageTarget.quote(q)));
        cardView.onOpenUrlProperty().set(context::openUrl);

        BooleanBinding hasCard = model.currentProperty().isNotNull();
        cardScroll.visibleProperty().bind(hasCard);
        donePane.visibleProperty().bind(hasCard.not());
        showAnswer.visibleProperty().bind(hasCard.and(model.flippedProperty().not()));
        gradeBar.visibleProperty().bind(hasCard.and(model.flippedProperty()));
        gradeBar.disableProperty().bind(model.canGradeProperty().not());
        undoButton.disableProperty().bind(model.canUndoProperty().not());
        buryCardButton.disableProperty().bind(hasCard.not().or(model.canGradeProperty().not()));
        suspendCardButton.disableProperty().bind(buryCardButton.disableProperty());
        flagLabel.textProperty().bind(Bindings.createStringBinding(() -> model.flagProperty().get() == 0 ? ""
                : context.text("cards.flag." + model.flagProperty().get()), model.flagProperty()));
        flagLabel.visibleProperty().bind(model.flagProperty().greaterThan(0));
        flagLabel.managedProperty().bind(flagLabel.visibleProperty());
        model.flagProperty().addListener((obs, old, now) -> markFlag(flagLabel, now.intValue()));
        setUpGradeButton(againButton, Rating.AGAIN);
        setUpGradeButton(hardButton, Rating.HARD);
        setUpGradeButton(goodButton, Rating.GOOD);
        setUpGradeButton(easyButton, Rating.EASY);
        model.flippedProperty().addListener((obs, old, now) -> markSuggested());

        doneTitle.textProperty().bind(model.doneTitleProperty());
        doneBody.textProperty().bind(model.doneBodyProperty());
        todayLabel.textProperty().bind(Bindings.createStringBinding(
                () -> context.text("cards.today.body", model.reviewsTodayProperty().get(), model.newTodayProperty().get()),
                model.reviewsTodayProperty(), model.newTodayProperty()));

        setUpSettings();

        root.addEventFilter(KeyEvent.KEY_PRESSED, this::turnKey);
        root.addEventHandler(KeyEvent.KEY_PRESSED, this::keyPressed);
        model.currentProperty().addListener((obs, old, now) -> {
            cardScroll.setVvalue(0);
            focusCard();
            scheduleWake();
        });
        model.nextLearningDueProperty().addListener((obs, old, now) -> scheduleWake());
        wake.setOnFinished(e -> model.refresh());
        scheduleWake();
    }

    private void setUpGradeButton(Button b, Rating rating) {
        Label interval = new Label();
        interval.getStyleClass().add("grade-interval");
        interval.textProperty().bind(Bindings.createStringBinding(() -> {
            IntervalLabel l = model.intervalsProperty().get().get(rating);
            return l == null ? "" : context.text("cards.unit." + l.unit().name().toLowerCase(Locale.ROOT),
                    l.amount());
        }, model.intervalsProperty()));
        String name = context.text("cards.grade." + rating.name().toLowerCase(Locale.ROOT));
        Label label = new Label(name);
        label.getStyleClass().add("grade-name");
        Label key = new Label(Integer.toString(rating.grade()));
        key.getStyleClass().add("grade-key");
        VBox g = new VBox(interval, label, key);
        g.getStyleClass().add("grade-graphic");
        g.setAlignment(Pos.CENTER);
        b.setGraphic(g);
        b.accessibleTextProperty().bind(Bindings.createStringBinding(() -> name + " (" + rating.grade() + "), "
                + interval.getText(), interval.textProperty()));
    }

    /** Colours a flag mark as its flag (pseudo-classes :flag-1 to :flag-4). */
    static void markFlag(Node n, int flag) {
        for (int i = 1; i <= 4; i++) {
            n.pseudoClassStateChanged(PseudoClass.getPseudoClass("flag-" + i), flag == i);
        }
    }

    private void markCurrentCount(StudyQueue.Kind kind) {
        newCount.pseudoClassStateChanged(CURRENT, kind == StudyQueue.Kind.NEW);
        learningCount.pseudoClassStateChanged(CURRENT, kind == StudyQueue.Kind.LEARNING);
        reviewCount.pseudoClassStateChanged(CURRENT, kind == StudyQueue.Kind.REVIEW);
    }

    private void markSuggested() {
        CardPresentation c = model.getCurrent();
        Rating suggested = c == null || !model.isFlipped() ? null : c.suggestedRating();
        againButton.pseudoClassStateChanged(SUGGESTED, suggested == Rating.AGAIN);
        goodButton.pseudoClassStateChanged(SUGGESTED, suggested == Rating.GOOD);
    }

    private void setUpSettings() {
        StudySettings s = model.settings();
        Spinners.integers(newLimit, 0, StudySettings.MAX_NEW, s.dailyNewLimit(), 5);
        SpinnerValueFactory.DoubleSpinnerValueFactory r = new SpinnerValueFactory.DoubleSpinnerValueFactory(
                StudySettings.MIN_RETENTION, StudySettings.MAX_RETENTION, s.desiredRetention(), 0.01);
        r.setConverter(new StringConverter<>() {
            @Override
            public String toString(Double d) {
                return d == null ? "" : context.text("cards.settings.percent", Math.round(d * 100));
            }

            @Override
            public Double fromString(String text) {
                try {
                    double v = Double.parseDouble(text.replaceAll("[^0-9.]", ""));
                    return v > 1 ? v / 100 : v;
                } catch (NumberFormatException e) {
                    return r.getValue();
                }
            }
        });
        retention.setValueFactory(r);
        newLimit.setAccessibleText(context.text("cards.settings.newPerDay"));
        retention.setAccessibleText(context.text("cards.settings.retention"));
        newLimit.valueProperty().addListener((obs, old, now) -> saveSettings());
        retention.valueProperty().addListener((obs, old, now) -> saveSettings());
        model.settingsProperty().addListener((obs, old, now) -> {
            if (now != null) {
                newLimit.getValueFactory().setValue(now.dailyNewLimit());
                retention.getValueFactory().setValue(now.desiredRetention());
            }
        });
    }

    private void saveSettings() {
        model.changeSettings(newLimit.getValue(), retention.getValue());
    }

    /** Refreshes when the next learning card falls due, so the session resumes by itself. */
    private void scheduleWake() {
        wake.stop();
        Instant next = model.nextLearningDueProperty().get();
        if (model.getCurrent() == null && next != null) {
            long ms = Math.max(1000, Duration.between(service.now(), next).toMillis() + 500);
            wake.setDuration(javafx.util.Duration.millis(ms));
            wake.play();
        }
    }

    /**
     * Space and Enter turn the card over, then accept the suggested grade, wherever the focus is
     * on the card: caught before the scroll pane around the card takes Space for scrolling. A
     * field, a button or a link keeps its own Enter and Space.
     */
    private void turnKey(KeyEvent e) {
        if ((e.getCode() != KeyCode.SPACE && e.getCode() != KeyCode.ENTER) || e.isShortcutDown() || e.isAltDown()
                || e.getTarget() instanceof TextInputControl || e.getTarget() instanceof ButtonBase) {
            return;
        }
        if (model.getCurrent() != null) {
            if (model.isFlipped()) {
                model.gradeSuggested();
            } else {
                flip();
            }
            e.consume();
        }
    }

    private void keyPressed(KeyEvent e) {
        if (e.getTarget() instanceof TextInputControl) {
            return;
        }
        KeyCode code = e.getCode();
        if (e.isShortcutDown()) {
            if (code == KeyCode.Z) {
                undo();
                e.consume();
            }
            return; // Ctrl+1 ... 6 switch views everywhere, the study page included
        }
        int flag = e.isAltDown() ? flagKey(code) : 0;
        if (flag > 0 && model.getCurrent() != null) {
            // Anki flags with Ctrl+1 to 4; here those keys switch views, so flags are Alt+1 to 4.
            model.flagCurrent(flag);
            e.consume();
            return;
        }
        if ("-".equals(e.getText()) || code == KeyCode.MINUS || code == KeyCode.SUBTRACT) {
            model.buryCurrent();
            focusCard();
            e.consume();
            return;
        }
        if ("@".equals(e.getText()) || code == KeyCode.AT) {
            model.suspendCurrent();
            focusCard();
            e.consume();
            return;
        }
        if (e.isAltDown()) {
            return;
        }
        Rating rating = gradeKey(code);
        if (rating != null && model.isFlipped()) {
            model.grade(rating);
            e.consume();
            return;
        }
        if (!model.isFlipped() && (code.isLetterKey() || code.isDigitKey()) && cardView.answerKey(e.getText())) {
            e.consume();
        }
    }

    /** 1 to 4 for the digit keys 1 to 4, else 0. */
    private static int flagKey(KeyCode code) {
        Rating r = gradeKey(code);
        return r == null ? 0 : r.grade();
    }

    private static Rating gradeKey(KeyCode code) {
        switch (code) {
            case DIGIT1: case NUMPAD1: return Rating.AGAIN;
            case DIGIT2: case NUMPAD2: return Rating.HARD;
            case DIGIT3: case NUMPAD3: return Rating.GOOD;
            case DIGIT4: case NUMPAD4: return Rating.EASY;
            default: return null;
        }
    }

    @FXML
    void flip() {
        model.flip();
        root.requestFocus();
    }

    @FXML
    void again() {
        grade(Rating.AGAIN);
    }

    @FXML
    void hard() {
        grade(Rating.HARD);
    }

    @FXML
    void good() {
        grade(Rating.GOOD);
    }

    @FXML
    void easy() {
        grade(Rating.EASY);
    }

    private void grade(Rating r) {
        model.grade(r);
        focusCard();
    }

    @FXML
    void undo() {
        model.undo();
        focusCard();
    }

    @FXML
    void bury() {
        model.buryCurrent();
        focusCard();
    }

    @FXML
    void suspend() {
        model.suspendCurrent();
        focusCard();
    }

    @FXML
    void browse() {
        onBrowse.run();
    }

    /** What "Browse cards" on the finished page does. */
    void setOnBrowse(Runnable r) {
        onBrowse = r;
    }

    /** Puts the keyboard on the card: its answer field, or the page for the keys. */
    void focusCard() {
        if (root.getScene() == null) {
            return;
        }
        if (model.isFlipped() || !cardView.focusInput()) {
            root.requestFocus();
        }
    }

    /** Studies an item next (from the browser). */
    void studyFirst(String key) {
        model.studyFirst(key);
        focusCard();
    }
}
