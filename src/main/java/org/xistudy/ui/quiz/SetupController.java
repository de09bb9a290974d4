package org.xistudy.ui.quiz;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javafx.beans.InvalidationListener;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.xistudy.content.PackIndex;
import org.xistudy.content.Tags;
import org.xistudy.content.model.Card;
import org.xistudy.study.quiz.ClassroomGame;
import org.xistudy.study.quiz.Question;
import org.xistudy.study.quiz.QuestionFormat;
import org.xistudy.study.quiz.QuizGenerator;
import org.xistudy.study.quiz.QuizSettings;
import org.xistudy.ui.AppContext;
import org.xistudy.ui.answer.QuizTexts;
import org.xistudy.ui.common.Spinners;
import org.xistudy.ui.present.Presenter;

/**
 * The quiz set-up: what to ask (sections, tags, formats), how many, how timed; and the
 * classroom quiz (teams, countdown). It only turns the controls into {@link QuizSettings}.
 */
public final class SetupController {
    /** Countdown choices for the classroom, in seconds; 0 is none. */
    static final List<Integer> COUNTDOWNS = List.of(0, 10, 15, 20, 30, 45, 60, 90, 120);

    private final AppContext context;
    private QuizViewModel model;
    private QuizTexts texts;
    private final Map<String, CheckBox> sectionChecks = new LinkedHashMap<>();
    private final Map<String, ToggleButton> tagChips = new LinkedHashMap<>();
    private final Map<QuestionFormat, CheckBox> formatChecks = new EnumMap<>(QuestionFormat.class);
    private final List<TextField> teamFields = new ArrayList<>();
    private final InvalidationListener recount = o -> recount();

    @FXML private ScrollPane root;
    @FXML private Label lastScoreLabel;
    @FXML private VBox sectionsBox;
    @FXML private FlowPane tagsPane;
    @FXML private Label claimTagsLabel;
    @FXML private FlowPane claimTagsPane;
    @FXML private FlowPane formatsPane;
    @FXML private Spinner<Integer> countSpinner;
    @FXML private Label availableLabel;
    @FXML private ToggleGroup timingGroup;
    @FXML private RadioButton untimedRadio;
    @FXML private RadioButton perQuestionRadio;
    @FXML private RadioButton wholeQuizRadio;
    @FXML private Spinner<Integer> secondsSpinner;
    @FXML private Spinner<Integer> minutesSpinner;
    @FXML private Button startButton;
    @FXML private Label noticeLabel;
    @FXML private VBox teamsBox;
    @FXML private Button addTeamButton;
    @FXML private Button removeTeamButton;
    @FXML private ChoiceBox<Integer> countdownChoice;
    @FXML private Button presentButton;

    public SetupController(AppContext context) {
        this.context = context;
    }

    void bind(QuizViewModel model, QuizTexts texts) {
        this.model = model;
        this.texts = texts;
        Spinners.integers(countSpinner, QuizSettings.MIN_COUNT, QuizSettings.MAX_COUNT, 10, 1);
        Spinners.integers(secondsSpinner, 10, 600, 45, 5);
        Spinners.integers(minutesSpinner, 1, 120, 10, 1);
        secondsSpinner.disableProperty().bind(perQuestionRadio.selectedProperty().not());
        minutesSpinner.disableProperty().bind(wholeQuizRadio.selectedProperty().not());
        countSpinner.valueProperty().addListener(recount);
        timingGroup.selectedToggleProperty().addListener(recount);
        noticeLabel.textProperty().bind(model.noticeProperty());
        noticeLabel.visibleProperty().bind(model.noticeProperty().isNotEmpty());
        noticeLabel.managedProperty().bind(noticeLabel.visibleProperty());
        // the cards' topics that are parts of the essay's argument stand apart, under their own line
        claimTagsLabel.visibleProperty().bind(Bindings.isNotEmpty(claimTagsPane.getChildren()));
        claimTagsLabel.managedProperty().bind(claimTagsLabel.visibleProperty());
        claimTagsPane.managedProperty().bind(claimTagsLabel.visibleProperty());

        countdownChoice.getItems().setAll(COUNTDOWNS);
        countdownChoice.setValue(30);
        countdownChoice.setConverter(new StringConverter<>() {
            @Override
            public String toString(Integer s) {
                return s == null ? "" : s == 0 ? context.text("quiz.classroom.noCountdown")
                        : context.text("quiz.classroom.seconds", s);
            }

            @Override
            public Integer fromString(String s) {
                return null;
            }
        });
        addTeam();
        addTeam();

        model.packProperty().addListener((obs, old, now) -> rebuild(now));
        model.attempts().addListener((InvalidationListener) o -> showLastScore());
        rebuild(model.packProperty().get());
    }

    private void rebuild(PackIndex index) {
        sectionChecks.clear();
        tagChips.clear();
        formatChecks.clear();
        sectionsBox.getChildren().clear();
        tagsPane.getChildren().clear();
        claimTagsPane.getChildren().clear();
        formatsPane.getChildren().clear();
        if (index == null) {
            recount();
            return;
        }
        List<Question> all = new QuizGenerator(index).candidates(0);
        Map<String, Integer> perSection = new LinkedHashMap<>();
        all.forEach(q -> perSection.merge(String.valueOf(q.section()), 1, Integer::sum));
        for (String section : model.sectionOrder()) {
            int n = perSection.getOrDefault(section, 0);
            if (n == 0) {
                continue;
            }
            CheckBox box = new CheckBox(context.text("quiz.setup.sectionCount", texts.section(section), n));
            box.getStyleClass().add("section-check");
            box.setWrapText(true);
            box.selectedProperty().addListener(recount);
            sectionChecks.put(section, box);
            sectionsBox.getChildren().add(box);
        }
        Map<String, Integer> tagCounts = new TreeMap<>();
        for (Card c : index.pack().cards()) {
            c.tags().forEach(t -> tagCounts.merge(t, 1, Integer::sum));
        }
        for (String tag : Tags.ordered(tagCounts.keySet(), index)) {
            ToggleButton chip = new ToggleButton(Tags.label(tag, index));
            chip.getStyleClass().add("tag-chip");
            chip.selectedProperty().addListener(recount);
            tagChips.put(tag, chip);
            (index.claim(tag).isPresent() ? claimTagsPane : tagsPane).getChildren().add(chip);
        }
        Map<QuestionFormat, Integer> perFormat = new EnumMap<>(QuestionFormat.class);
        all.forEach(q -> perFormat.merge(q.format(), 1, Integer::sum));
        QuizSettings last = model.settings();
        for (QuestionFormat f : QuestionFormat.values()) {
            CheckBox box = new CheckBox(texts.format(f));
            box.getStyleClass().add("format-check");
            int n = perFormat.getOrDefault(f, 0);
            box.setSelected(last.formats().contains(f) && n > 0);
            box.setDisable(n == 0);
            box.selectedProperty().addListener(recount);
            formatChecks.put(f, box);
            formatsPane.getChildren().add(box);
        }
        countSpinner.getValueFactory().setValue(last.count());
        showLastScore();
        recount();
    }

    private void showLastScore() {
        var attempts = model.attempts();
        if (attempts.isEmpty()) {
            lastScoreLabel.setText("");
        } else {
            var a = attempts.get(attempts.size() - 1);
            lastScoreLabel.setText(context.text("quiz.setup.lastScore", a.correct(), a.total(),
                    Math.round(100 * a.score()), attempts.size()));
        }
        lastScoreLabel.setVisible(!attempts.isEmpty());
        lastScoreLabel.setManaged(!attempts.isEmpty());
    }

    /** The settings the controls describe. */
    QuizSettings settings() {
        List<String> sections = new ArrayList<>();
        sectionChecks.forEach((id, box) -> {
            if (box.isSelected()) {
                sections.add(id);
            }
        });
        List<String> tags = new ArrayList<>();
        tagChips.forEach((tag, chip) -> {
            if (chip.isSelected()) {
                tags.add(tag);
            }
        });
        Set<QuestionFormat> formats = EnumSet.noneOf(QuestionFormat.class);
        formatChecks.forEach((f, box) -> {
            if (box.isSelected() && !box.isDisabled()) {
                formats.add(f);
            }
        });
        QuizSettings.Timing timing = QuizSettings.Timing.UNTIMED;
        Duration limit = null;
        if (perQuestionRadio.isSelected()) {
            timing = QuizSettings.Timing.PER_QUESTION;
            limit = Duration.ofSeconds(secondsSpinner.getValue());
        } else if (wholeQuizRadio.isSelected()) {
            timing = QuizSettings.Timing.WHOLE_QUIZ;
            limit = Duration.ofMinutes(minutesSpinner.getValue());
        }
        int count = countSpinner.getValue() == null ? 10 : countSpinner.getValue();
        return new QuizSettings(sections, tags, count, formats, timing, limit);
    }

    private void recount() {
        if (model == null || model.packProperty().get() == null) {
            availableLabel.setText("");
            startButton.setDisable(true);
            presentButton.setDisable(true);
            return;
        }
        QuizSettings s = settings();
        int available = model.available(s);
        availableLabel.setText(available == 0 ? context.text("quiz.setup.noneAvailable")
                : context.text("quiz.setup.available", available, Math.min(available, s.count())));
        startButton.setDisable(available == 0);
        presentButton.setDisable(available == 0);
    }

    @FXML
    void start() {
        model.start(settings());
    }

    @FXML
    void addTeam() {
        if (teamFields.size() >= ClassroomGame.MAX_TEAMS) {
            return;
        }
        TextField field = new TextField(context.text("quiz.classroom.defaultTeam", teamFields.size() + 1));
        field.getStyleClass().add("team-field");
        field.setAccessibleText(context.text("quiz.classroom.teamName", teamFields.size() + 1));
        teamFields.add(field);
        teamsBox.getChildren().add(field);
        updateTeamButtons();
    }

    @FXML
    void removeTeam() {
        if (teamFields.size() > ClassroomGame.MIN_TEAMS) {
            TextField last = teamFields.remove(teamFields.size() - 1);
            teamsBox.getChildren().remove(last);
        }
        updateTeamButtons();
    }

    private void updateTeamButtons() {
        addTeamButton.setDisable(teamFields.size() >= ClassroomGame.MAX_TEAMS);
        removeTeamButton.setDisable(teamFields.size() <= ClassroomGame.MIN_TEAMS);
    }

    /** The team names as typed; an empty name becomes "Team N". */
    List<String> teams() {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < teamFields.size(); i++) {
            String name = teamFields.get(i).getText() == null ? "" : teamFields.get(i).getText().strip();
            out.add(name.isEmpty() ? context.text("quiz.classroom.defaultTeam", i + 1) : name);
        }
        return out;
    }

    @FXML
    void present() {
        PackIndex index = model.packProperty().get();
        if (index == null) {
            return;
        }
        QuizSettings s = settings();
        var quiz = new QuizGenerator(index).generate(s, QuizServices.seeds(context).getAsLong());
        if (quiz.questions().isEmpty()) {
            return;
        }
        Integer seconds = countdownChoice.getValue();
        Presenter.open(context, quiz.questions(), teams(), Duration.ofSeconds(seconds == null ? 0 : seconds),
                QuizServices.clock(context));
    }

    /**
     * Ctrl+Enter starts the quiz from anywhere on the page; Enter does on the start button, which
     * has the focus when the page shows (Enter on other controls keeps its usual meaning).
     */
    void key(KeyEvent e) {
        if (e.getCode() == KeyCode.ENTER && e.isShortcutDown() && !startButton.isDisabled()) {
            start();
            e.consume();
        }
    }

    void focus() {
        startButton.requestFocus();
    }
}
