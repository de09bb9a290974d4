package org.xistudy.ui.shell;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.xistudy.study.names.NameStyle;
import java.util.Map;
import javafx.application.Platform;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Toggle;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.DragEvent;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.xistudy.content.LoadResult;
import org.xistudy.content.PackFiles;
import org.xistudy.platform.BuildInfo;
import org.xistudy.ui.AppContext;
import org.xistudy.ui.ViewId;
import org.xistudy.ui.common.DialogService;
import org.xistudy.ui.common.KeySheet;
import org.xistudy.ui.common.Theme;
import org.xistudy.ui.present.LessonPresentation;
import org.xistudy.ui.services.LessonService;
import org.xistudy.ui.common.StepText;
import org.xistudy.ui.StudyView;
import org.xistudy.content.model.LessonStep;
import java.util.Optional;
import org.xistudy.ui.print.PrintActions;
import org.xistudy.ui.exchange.ExchangeActions;
import org.xistudy.study.exchange.Format;

/** The main window: header, navigation rail, the current view and the status bar. */
public final class MainController {
    private final AppContext context;
    private final ShellViewModel model;

    @FXML private BorderPane root;
    @FXML private Label packTitle;
    @FXML private Label packSubtitle;
    @FXML private Label sourceCredit;
    @FXML private Label loadingLabel;
    @FXML private Label statusLabel;
    @FXML private Label fileLabel;
    @FXML private StackPane content;
    @FXML private ToggleGroup navGroup;
    @FXML private ToggleButton navTimeline;
    @FXML private ToggleButton navInstitutions;
    @FXML private ToggleButton navCards;
    @FXML private ToggleButton navQuiz;
    @FXML private ToggleButton navSource;
    @FXML private ToggleButton navArgument;
    @FXML private ToggleButton navLessons;
    @FXML private MenuItem backItem;
    @FXML private MenuItem forwardItem;
    @FXML private RadioMenuItem lightItem;
    @FXML private RadioMenuItem darkItem;
    @FXML private RadioMenuItem projectorItem;
    @FXML private RadioMenuItem englishItem;
    @FXML private RadioMenuItem chineseItem;
    @FXML private RadioMenuItem namesEnglishItem;
    @FXML private RadioMenuItem namesBothItem;
    @FXML private RadioMenuItem namesChineseItem;
    @FXML private HBox reloadBar;
    @FXML private Label reloadMessage;
    @FXML private Label reloadProblems;
    @FXML private Button reloadShowAll;
    @FXML private Menu exportMenu;
    @FXML private Menu lessonMenu;
    @FXML private CheckMenuItem audienceProjectorItem;
    @FXML private Menu importMenu;
    @FXML private HBox exchangeStatus;
    @FXML private ProgressBar exchangeProgress;
    @FXML private Label exchangeLabel;

    private ViewHost views;
    private Map<ViewId, ToggleButton> buttons;
    private ExchangeActions exchange;
    private LinkActions links;

    public MainController(AppContext context) {
        this.context = context;
        this.model = new ShellViewModel(context);
    }

    private RoomForText room;

    @FXML
    private void initialize() {
        // the views scroll, as a last resort, when the text is too large for the window
        root.setCenter(new ViewViewport(content));
        views = new ViewHost(context, content);
        context.navigator().setDisplay(views::display);

        packTitle.textProperty().bind(model.titleProperty());
        packSubtitle.textProperty().bind(model.subtitleProperty());
        sourceCredit.textProperty().bind(model.creditProperty());
        statusLabel.textProperty().bind(model.statusProperty());
        fileLabel.textProperty().bind(model.fileProperty());
        loadingLabel.visibleProperty().bind(context.packs().loadingProperty());
        loadingLabel.managedProperty().bind(loadingLabel.visibleProperty());
        backItem.disableProperty().bind(context.navigator().canGoBackProperty().not());
        forwardItem.disableProperty().bind(context.navigator().canGoForwardProperty().not());
        // Radio items are selected by the user too, so they mirror the palette instead of being bound to it.
        Runnable showPalette = () -> (switch (context.theme().paletteProperty().get()) {
            case DARK -> darkItem;
            case PROJECTOR -> projectorItem;
            case LIGHT -> lightItem;
        }).setSelected(true);
        showPalette.run();
        context.theme().paletteProperty().addListener((obs, old, now) -> showPalette.run());

        (Locale.SIMPLIFIED_CHINESE.equals(context.language()) ? chineseItem : englishItem).setSelected(true);
        (switch (context.nameStyleProperty().get()) {
            case ENGLISH -> namesEnglishItem;
            case ENGLISH_CHINESE -> namesBothItem;
            case CHINESE_PINYIN -> namesChineseItem;
        }).setSelected(true);

        buttons = Map.of(ViewId.TIMELINE, navTimeline, ViewId.INSTITUTIONS,
                navInstitutions, ViewId.CARDS, navCards, ViewId.QUIZ, navQuiz, ViewId.SOURCE, navSource,
                ViewId.ARGUMENT, navArgument, ViewId.LESSONS, navLessons);
        buttons.forEach((id, b) -> b.setUserData(id));
        room = new RoomForText(root, packSubtitle, List.of(navTimeline, navInstitutions, navCards, navQuiz, navSource,
                navArgument, navLessons), List.of(sourceCredit, fileLabel), List.of(packSubtitle));
        // The rail mirrors the navigator; a click on the selected button must not clear it.
        context.navigator().currentProperty().addListener((obs, old, now) -> navGroup.selectToggle(buttons.get(now)));
        navGroup.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null && old != null) {
                navGroup.selectToggle(old);
            }
        });

        // Live reload: a non-modal bar while the file on disk has errors; dismissed until the next refusal.
        reloadMessage.textProperty().bind(model.reloadMessageProperty());
        reloadProblems.textProperty().bind(model.reloadProblemsProperty());
        context.packs().refusedReloadProperty().addListener((obs, old, now) -> showReloadBar(now != null));
        // A new version of the same pack keeps the view and what it was asked to show; this runs
        // after the views have taken the new pack.
        context.packs().indexProperty().addListener((obs, old, now) -> {
            if (old != null && now != null && old.pack().id().equals(now.pack().id())) {
                Platform.runLater(context.navigator()::refresh);
            }
        });
        links = new LinkActions(context, views::current, model::say);
        exchange = new ExchangeActions(context);
        exchangeStatus.visibleProperty().bind(exchange.model().busyProperty());
        exchangeStatus.managedProperty().bind(exchangeStatus.visibleProperty());
        exchangeProgress.progressProperty().bind(exchange.model().progressProperty());
        exchangeLabel.textProperty().bind(exchange.model().statusProperty());
        exportMenu.disableProperty().bind(context.packs().indexProperty().isNull().or(exchange.model().busyProperty()));
        importMenu.disableProperty().bind(exchange.model().busyProperty());

        LessonService lessons = LessonService.of(context);
        lessons.setPresenter((lesson, from) -> LessonPresentation.open(context, lesson, from,
                context.service(LessonPresentation.Options.class, LessonPresentation.Options::system)));
        lessonMenu.disableProperty().bind(context.packs().indexProperty().isNull());
        audienceProjectorItem.setSelected(!context.theme().audiencePaletteProperty().isBound()
                && context.theme().audiencePaletteProperty().get() == Theme.Palette.PROJECTOR);

        root.setOnDragOver(this::dragOver);
        root.setOnDragDropped(this::dragDropped);
        // "?" opens the key sheet too (F1 is the menu's accelerator), unless someone is typing.
        root.addEventHandler(KeyEvent.KEY_TYPED, e -> {
            if ("?".equals(e.getCharacter()) && !(root.getScene().getFocusOwner() instanceof TextInputControl)) {
                showKeys();
                e.consume();
            }
        });
    }

    /** Opens the first pack and the first view, then follows {@code link} (an item link, or null). */
    void start(Path contentFile, String link) {
        start(contentFile);
        if (link != null) {
            links.followWhenOpen(link);
        }
    }

    /** Opens the first pack and the first view. */
    void start(Path contentFile) {
        if (contentFile != null) {
            context.packs().open(contentFile, refused -> {
                showProblems(refused);
                context.packs().openDefault(this::showProblems);
            });
        } else {
            context.packs().openDefault(this::showProblems);
        }
        context.navigator().show(ViewId.TIMELINE);
    }

    /** After the window was made again (a switch of language): shows the place the user was at. */
    void resume() {
        ViewId here = context.navigator().getCurrent();
        if (here != null) {
            navGroup.selectToggle(buttons.get(here));
            context.navigator().refresh();
        }
    }

    void showProblems(LoadResult refused) {
        context.dialogs().showProblems(refused.file(), refused.problems());
    }

    @FXML
    void openPack() {
        context.dialogs().chooseOpen(new DialogService.FileRequest(context.text("dialog.open.title"), List.of(
                new DialogService.FileFilter(context.text("dialog.open.packs"), PackFiles.globs()),
                new DialogService.FileFilter(context.text("dialog.open.all"), List.of("*"))), null))
                .ifPresent(this::open);
    }

    /** Opens a pack file; if it has errors, the user sees them and the current pack stays. */
    public void open(Path file) {
        context.packs().open(file, this::showProblems);
    }

    @FXML
    void openBundledPack() {
        context.packs().openDefault(this::showProblems);
    }

    @FXML
    void exportAnki() {
        exchange.export(Format.ANKI);
    }

    @FXML
    void exportAnkiText() {
        exchange.export(Format.ANKI_TEXT);
    }

    @FXML
    void exportTimeline() {
        exchange.export(Format.TIMELINEJS);
    }

    @FXML
    void importAnki() {
        exchange.importFile(Format.ANKI);
    }

    @FXML
    void importTimeline() {
        exchange.importFile(Format.TIMELINEJS);
    }

    private void dragOver(DragEvent e) {
        if (e.getDragboard().hasFiles() && droppedPack(e.getDragboard().getFiles()).isPresent()) {
            e.acceptTransferModes(TransferMode.COPY, TransferMode.LINK);
        }
        e.consume();
    }

    private void dragDropped(DragEvent e) {
        var pack = e.getDragboard().hasFiles() ? droppedPack(e.getDragboard().getFiles())
                : Optional.<Path>empty();
        pack.ifPresent(this::open);
        e.setDropCompleted(pack.isPresent());
        e.consume();
    }

    private static Optional<Path> droppedPack(List<File> files) {
        return PackFiles.droppedPack(files.stream().map(File::toPath).toList());
    }

    private void showReloadBar(boolean show) {
        reloadBar.setVisible(show);
        reloadBar.setManaged(show);
    }

    @FXML
    void showReloadProblems() {
        LoadResult refused = context.packs().refusedReloadProperty().get();
        if (refused != null) {
            showProblems(refused);
        }
    }

    @FXML
    void dismissReload() {
        showReloadBar(false);
    }

    @FXML
    void exportPdf() {
        PrintActions.exportPdf(context);
    }

    @FXML
    void exportQuizHistory() {
        PrintActions.exportQuizHistory(context);
    }

    @FXML
    void exportStatistics() {
        PrintActions.exportStatistics(context);
    }

    @FXML
    void showTimeline() {
        context.navigator().show(ViewId.TIMELINE);
    }

    @FXML
    void showInstitutions() {
        context.navigator().show(ViewId.INSTITUTIONS);
    }

    @FXML
    void showCards() {
        context.navigator().show(ViewId.CARDS);
    }

    @FXML
    void showQuiz() {
        context.navigator().show(ViewId.QUIZ);
    }

    @FXML
    void showSource() {
        context.navigator().show(ViewId.SOURCE);
    }

    @FXML
    void goBack() {
        context.navigator().goBack();
    }

    @FXML
    void goForward() {
        context.navigator().goForward();
    }

    /** Go > Copy link: the link of what the view shows, on the clipboard. */
    @FXML
    void copyLink() {
        links.copy();
    }

    /** Go > Go to link: asks for a link and follows it. */
    @FXML
    void goToLink() {
        links.goTo();
    }

    /** The link of what the current view shows or has selected. */
    Optional<String> currentLink() {
        return links.currentLink();
    }

    /** Follows an item link as Go to link does; false (and the user told why) when it cannot. */
    boolean followLink(String link) {
        return links.follow(link);
    }

    @FXML
    void largerText() {
        context.theme().larger();
    }

    @FXML
    void smallerText() {
        context.theme().smaller();
    }

    @FXML
    void resetText() {
        context.theme().resetSize();
    }

    @FXML
    void lightPalette() {
        context.theme().paletteProperty().set(Theme.Palette.LIGHT);
    }

    @FXML
    void darkPalette() {
        context.theme().paletteProperty().set(Theme.Palette.DARK);
    }

    @FXML
    void projectorPalette() {
        context.theme().paletteProperty().set(Theme.Palette.PROJECTOR);
    }

    @FXML
    void englishLanguage() {
        context.setLanguage(Locale.ENGLISH);
    }

    @FXML
    void chineseLanguage() {
        context.setLanguage(Locale.SIMPLIFIED_CHINESE);
    }

    @FXML
    void namesEnglish() {
        context.nameStyleProperty().set(NameStyle.ENGLISH);
    }

    @FXML
    void namesBoth() {
        context.nameStyleProperty().set(NameStyle.ENGLISH_CHINESE);
    }

    @FXML
    void namesChinese() {
        context.nameStyleProperty().set(NameStyle.CHINESE_PINYIN);
    }

    @FXML
    void toggleFullScreen() {
        Stage stage = (Stage) root.getScene().getWindow();
        stage.setFullScreen(!stage.isFullScreen());
    }

    @FXML
    void quit() {
        Platform.exit();
    }

    /** The key sheet's sections: everywhere, then one per view (named as the view), then the classroom. */
    static final List<String> KEY_SECTIONS = List.of("app", "timeline", "institutions", "cards", "quiz", "source",
            "argument", "lessons", "classroom", "present");

    @FXML
    void showArgument() {
        context.navigator().show(ViewId.ARGUMENT);
    }

    @FXML
    void showLessons() {
        context.navigator().show(ViewId.LESSONS);
    }

    /**
     * Ctrl+L: adds what the view shows (the selected event, the chart's year, the card, the
     * paragraph, the selected claim) to the current lesson, or to a new lesson when the current
     * one is the pack's.
     */
    @FXML
    void addToLesson() {
        Optional<LessonStep> step = views.current().flatMap(StudyView::lessonStep);
        if (step.isEmpty()) {
            model.say(context.text("lessons.add.nothing"));
            return;
        }
        LessonService.of(context).add(step.get(), context.text("lessons.newTitle")).ifPresent(entry ->
                model.say(context.text("lessons.add.done", new StepText(context.uiText(), context.packs().getIndex())
                        .line(step.get()), entry.lesson().title(), entry.lesson().size())));
    }

    /**
     * The audience screen in the projector theme (the default), or in the main window's theme: a
     * dark room may do better with the dark one.
     */
    @FXML
    void audienceTheme() {
        var audience = context.theme().audiencePaletteProperty();
        if (audienceProjectorItem.isSelected()) {
            audience.unbind();
            audience.set(Theme.Palette.PROJECTOR);
        } else {
            audience.bind(context.theme().paletteProperty());
        }
    }

    /** F5: presents the current lesson from its start. */
    @FXML
    void presentFromStart() {
        present(0);
    }

    /** Shift+F5: presents the current lesson from the step chosen in the lesson editor. */
    @FXML
    void presentFromCurrent() {
        present(LessonService.of(context).currentStepProperty().get());
    }

    private void present(int from) {
        if (!LessonService.of(context).present(from)) {
            context.dialogs().showInfo(context.text("lesson.show.title"), null, context.text("lesson.show.nothing"));
        }
    }

    @FXML
    void showKeys() {
        ViewId view = context.navigator().getCurrent();
        String current = view == null ? "app" : view.name().toLowerCase(Locale.ROOT);
        context.dialogs().showKeys(context.text("dialog.keys.title"),
                KeySheet.read(context.uiText(), KEY_SECTIONS, current));
    }

    @FXML
    void showAbout() {
        context.dialogs().showInfo(context.text("dialog.about.title"),
                BuildInfo.name() + " " + BuildInfo.version(), context.text("dialog.about.body"));
    }

    ViewHost views() {
        return views;
    }

    /** For tests and other views: the selected navigation button. */
    Toggle selectedNav() {
        return navGroup.getSelectedToggle();
    }
}
