package org.xistudy.ui.present;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.fxml.FXML;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.transform.Scale;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.xistudy.content.Quotations;
import org.xistudy.study.quiz.ClassroomGame.Phase;
import org.xistudy.study.quiz.ClassroomGame;
import org.xistudy.study.quiz.Question;
import org.xistudy.study.storage.AtomicFiles;
import org.xistudy.ui.AppContext;
import org.xistudy.ui.answer.AnswerInput;
import org.xistudy.ui.answer.QuizTexts;
import org.xistudy.ui.common.DialogService;

/**
 * The classroom quiz on the projector: one question at a time in large type, stepped through by
 * keyboard or presentation clicker, with a countdown, the answer and its explanation, the teams'
 * points and a final podium. The board is laid out for 1920x1080 and scaled to the screen.
 */
public final class PresentController {
    static final double WIDTH = 1920;
    static final double HEIGHT = 1080;
    /** The board's narrowest width, for a 4:3 screen. */
    static final double MIN_WIDTH = 1440;
    private static final PseudoClass LONG = PseudoClass.getPseudoClass("long");
    private static final PseudoClass VERY_LONG = PseudoClass.getPseudoClass("very-long");
    private static final PseudoClass LOW = PseudoClass.getPseudoClass("low");
    private static final PseudoClass LEADING = PseudoClass.getPseudoClass("leading");
    private static final PseudoClass REVEAL = PseudoClass.getPseudoClass("reveal");

    private final AppContext context;
    private PresentViewModel model;
    private QuizTexts texts;
    private AnswerInput input;
    private boolean escapePressed;
    private Function<Window, Path> saveTarget = this::chooseFile;

    @FXML private StackPane root;
    @FXML private BorderPane board;
    @FXML private Label numberLabel;
    @FXML private Label formatLabel;
    @FXML private Label pausedLabel;
    @FXML private Label countdownLabel;
    @FXML private StackPane center;
    @FXML private VBox questionPane;
    @FXML private Label promptLabel;
    @FXML private StackPane answerHost;
    @FXML private VBox revealBox;
    @FXML private Label answerLabel;
    @FXML private VBox explanationBox;
    @FXML private Label quoteLabel;
    @FXML private VBox podiumPane;
    @FXML private Label podiumTitle;
    @FXML private HBox podiumBlocks;
    @FXML private VBox othersBox;
    @FXML private Button exportButton;
    @FXML private Button closeButton;
    @FXML private Label exportLabel;
    @FXML private VBox helpOverlay;
    @FXML private Label escapeLabel;
    @FXML private HBox tallyBox;
    @FXML private Label keysLabel;

    public PresentController(AppContext context) {
        this.context = context;
    }

    @FXML
    private void initialize() {
        Scale scale = new Scale();
        board.getTransforms().add(scale);
        // 16:9 screens get a 1920-wide board; squarer ones (1024x768) a narrower one, down to 4:3,
        // so that the text is as large as the screen allows rather than letterboxed.
        var width = Bindings.createDoubleBinding(() -> root.getWidth() <= 0 || root.getHeight() <= 0 ? WIDTH
                : Math.max(MIN_WIDTH, Math.min(WIDTH, HEIGHT * root.getWidth() / root.getHeight())),
                root.widthProperty(), root.heightProperty());
        board.minWidthProperty().bind(width);
        board.prefWidthProperty().bind(width);
        board.maxWidthProperty().bind(width);
        var fit = Bindings.createDoubleBinding(() -> Math.max(0.1, Math.min(root.getWidth() / width.get(),
                root.getHeight() / HEIGHT)), root.widthProperty(), root.heightProperty(), width);
        scale.xProperty().bind(fit);
        scale.yProperty().bind(fit);
        helpOverlay.setVisible(false);
        int at = center.getChildren().indexOf(questionPane);
        FitPane fitted = new FitPane(questionPane); // takes the pane out of the stack
        center.getChildren().add(at, fitted);
        fitted.visibleProperty().bind(questionPane.visibleProperty());
        fitted.managedProperty().bind(questionPane.visibleProperty());
        podiumPane.managedProperty().bind(podiumPane.visibleProperty());
        StackPane.setAlignment(helpOverlay, Pos.CENTER);
        escapeLabel.setVisible(false);
        root.setFocusTraversable(true);
        root.addEventFilter(KeyEvent.KEY_PRESSED, this::key);
    }

    /** Shows a game. */
    void start(PresentViewModel model) {
        this.model = model;
        this.texts = model.texts();
        numberLabel.textProperty().bind(Bindings.createStringBinding(() -> model.phaseProperty().get() == Phase.PODIUM
                ? context.text("present.final") : context.text("present.number", model.numberProperty().get(), model.size()),
                model.numberProperty(), model.phaseProperty()));
        countdownLabel.textProperty().bind(Bindings.createStringBinding(() -> {
            Duration d = model.remainingProperty().get();
            if (d == null) {
                return "";
            }
            return model.timeUpProperty().get() ? context.text("present.timeUp") : QuizTexts.clock(d);
        }, model.remainingProperty(), model.timeUpProperty()));
        countdownLabel.visibleProperty().bind(model.remainingProperty().isNotNull());
        model.remainingProperty().addListener((obs, old, now) -> countdownLabel.pseudoClassStateChanged(LOW,
                now != null && now.compareTo(Duration.ofSeconds(5)) <= 0));
        pausedLabel.visibleProperty().bind(model.pausedProperty());
        model.phaseProperty().addListener((obs, old, now) -> showPhase());
        model.questionProperty().addListener((obs, old, now) -> showQuestion(now));
        model.totals().addListener((ListChangeListener<Integer>) c -> drawTally());
        showQuestion(model.questionProperty().get());
        showPhase();
        drawTally();
    }

    private void showQuestion(Question q) {
        answerHost.getChildren().clear();
        input = null;
        if (q == null) {
            return;
        }
        String prompt = texts.render(q.prompt());
        promptLabel.setText(prompt);
        promptLabel.pseudoClassStateChanged(LONG, prompt.length() > 110);
        promptLabel.pseudoClassStateChanged(VERY_LONG, prompt.length() > 220);
        formatLabel.setText(texts.format(q.format()));
        input = AnswerInput.create(q.format(), q.body(), texts, false);
        input.control().setFocusTraversable(false);
        answerHost.getChildren().setAll(input.control());
        int longest = 0;
        if (q.body() instanceof Question.Choice c) {
            longest = texts.render(c.options()).stream().mapToInt(String::length).max().orElse(0);
        }
        answerHost.pseudoClassStateChanged(LONG, longest > 70 || prompt.length() > 160);
        answerLabel.setText(context.text("present.answer", texts.answer(q)));
        // an order or a match shows its answer on the board itself
        boolean spelled = q.body() instanceof Question.Choice || q.body() instanceof Question.Typed;
        answerLabel.setVisible(spelled);
        answerLabel.setManaged(spelled);
        explanationBox.getChildren().clear();
        for (String line : texts.render(q.explanation())) {
            Label l = new Label(line);
            l.setWrapText(true);
            l.getStyleClass().add("present-explanation-line");
            explanationBox.getChildren().add(l);
        }
        boolean quote = q.cite() != null && q.cite().isQuote();
        quoteLabel.setText(quote ? Quotations.display(q.cite().quote()) : "");
        quoteLabel.setVisible(quote);
        quoteLabel.setManaged(quote);
    }

    private void showPhase() {
        Phase p = model.phaseProperty().get();
        boolean podium = p == Phase.PODIUM;
        questionPane.setVisible(!podium);
        formatLabel.setVisible(!podium);
        podiumPane.setVisible(podium);
        boolean reveal = p == Phase.REVEAL;
        revealBox.setVisible(reveal);
        revealBox.setManaged(reveal);
        board.pseudoClassStateChanged(REVEAL, reveal);
        if (input != null) {
            if (reveal) {
                input.reveal(null);
            } else {
                showQuestion(model.questionProperty().get());
            }
        }
        if (podium) {
            drawPodium();
        }
        exportLabel.setText("");
        escapePressed = false;
        escapeLabel.setVisible(false);
    }

    private void drawTally() {
        tallyBox.getChildren().clear();
        List<String> teams = model.teams();
        int best = model.totals().stream().mapToInt(Integer::intValue).max().orElse(0);
        for (int t = 0; t < teams.size(); t++) {
            Label key = new Label(Integer.toString(t + 1));
            key.getStyleClass().add("tally-key");
            key.setMinWidth(Region.USE_PREF_SIZE);
            Label name = new Label(teams.get(t));
            name.getStyleClass().add("tally-name");
            Label points = new Label(Integer.toString(model.totals().get(t)));
            points.getStyleClass().add("tally-points");
            points.setMinWidth(Region.USE_PREF_SIZE);
            HBox card = new HBox(key, name, points);
            card.getStyleClass().addAll("tally-team", "team-" + (t + 1));
            card.pseudoClassStateChanged(LEADING, best > 0 && model.totals().get(t) == best);
            tallyBox.getChildren().add(card);
        }
        if (model.phaseProperty().get() == Phase.PODIUM) {
            drawPodium();
        }
    }

    private void drawPodium() {
        podiumBlocks.getChildren().clear();
        othersBox.getChildren().clear();
        List<ClassroomGame.Standing> standings = model.game().standings();
        podiumTitle.setText(model.podiumTitle());
        int[] order = standings.size() >= 3 ? new int[] {1, 0, 2} : new int[] {1, 0};
        for (int i : order) {
            if (i >= standings.size()) {
                continue;
            }
            ClassroomGame.Standing s = standings.get(i);
            Label rank = new Label(Integer.toString(s.rank()));
            rank.getStyleClass().add("podium-rank");
            Label name = new Label(s.name());
            name.getStyleClass().add("podium-name");
            name.setWrapText(true);
            Label points = new Label(context.text("present.points", s.points()));
            points.getStyleClass().add("podium-points");
            VBox step = new VBox(rank);
            step.getStyleClass().addAll("podium-step", "podium-rank-" + Math.min(3, s.rank()));
            step.setAlignment(Pos.TOP_CENTER);
            VBox column = new VBox(name, points, step);
            column.getStyleClass().add("podium-column");
            column.setAlignment(Pos.BOTTOM_CENTER);
            podiumBlocks.getChildren().add(column);
        }
        for (int i = 3; i < standings.size(); i++) {
            ClassroomGame.Standing s = standings.get(i);
            Label l = new Label(context.text("present.other", s.rank(), s.name(), s.points()));
            l.getStyleClass().add("podium-other");
            othersBox.getChildren().add(l);
        }
    }

    private void key(KeyEvent e) {
        KeyCode code = e.getCode();
        boolean handled = true;
        if (code != KeyCode.ESCAPE) {
            escapePressed = false;
            escapeLabel.setVisible(false);
        }
        switch (code) {
            case PAGE_DOWN, RIGHT, SPACE, ENTER, N -> model.next();
            case PAGE_UP, LEFT, BACK_SPACE -> model.previous();
            case P, PERIOD, B -> model.togglePause();
            case E -> export();
            case H, F1, SLASH -> helpOverlay.setVisible(!helpOverlay.isVisible());
            case F11, F -> toggleFullScreen();
            case ESCAPE -> escape();
            default -> handled = awardKey(e);
        }
        if (handled) {
            e.consume();
        }
    }

    private boolean awardKey(KeyEvent e) {
        int digit = digit(e.getCode());
        if (digit < 1 || digit > model.teams().size()) {
            return false;
        }
        if (e.isShiftDown()) {
            model.undo(digit - 1);
        } else {
            model.award(digit - 1);
        }
        return true;
    }

    /** 1 to 9 for the digit keys (top row or keypad), else 0. */
    static int digit(KeyCode code) {
        if (!code.isDigitKey()) {
            return 0;
        }
        String name = code.getName();
        char c = name.charAt(name.length() - 1);
        return c >= '1' && c <= '9' ? c - '0' : 0;
    }

    private void escape() {
        if (helpOverlay.isVisible()) {
            helpOverlay.setVisible(false);
        } else if (escapePressed || model.phaseProperty().get() == Phase.PODIUM) {
            close();
        } else {
            escapePressed = true;
            escapeLabel.setVisible(true);
        }
    }

    private void toggleFullScreen() {
        if (root.getScene() != null && root.getScene().getWindow() instanceof Stage stage) {
            stage.setFullScreen(!stage.isFullScreen());
        }
    }

    @FXML
    void export() {
        Window w = root.getScene() == null ? null : root.getScene().getWindow();
        Path target = saveTarget.apply(w);
        if (target != null) {
            exportTo(target);
        }
    }

    /** Writes the results to a file and says where; reports a failure on the board. */
    public boolean exportTo(Path file) {
        try {
            // Through the shared atomic writer: a failed export never leaves half a file.
            AtomicFiles.export(file, bytes -> {
                Writer out = new OutputStreamWriter(bytes, StandardCharsets.UTF_8);
                out.write('\uFEFF'); // so spreadsheet programs read the file as UTF-8
                model.writeCsv(out);
                out.flush();
            });
            exportLabel.setText(context.text("present.exported", file.toString()));
            return true;
        } catch (IOException | RuntimeException e) {
            exportLabel.setText(context.text("present.exportFailed", String.valueOf(e.getMessage())));
            return false;
        }
    }

    private Path chooseFile(Window owner) {
        return context.dialogs().chooseSave(new DialogService.FileRequest(context.text("present.export.title"),
                List.of(new DialogService.FileFilter(context.text("present.export.csv"), List.of("*.csv"))),
                context.text("present.export.file", LocalDate.now().toString()))).orElse(null);
    }

    /** Replaces the file chooser (tests). */
    public void setSaveTarget(Function<Window, Path> target) {
        this.saveTarget = target;
    }

    @FXML
    void close() {
        model.dispose();
        if (root.getScene() != null && root.getScene().getWindow() instanceof Stage stage) {
            stage.close();
        }
    }

    public PresentViewModel model() {
        return model;
    }
}
