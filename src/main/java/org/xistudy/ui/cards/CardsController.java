package org.xistudy.ui.cards;

import java.util.Locale;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Toggle;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import org.xistudy.content.ItemLink;
import org.xistudy.content.PackIndex;
import org.xistudy.content.model.LessonStep;
import org.xistudy.study.lessons.LessonSteps;
import org.xistudy.study.progress.ProgressStore;
import org.xistudy.ui.AppContext;
import org.xistudy.ui.StudyView;
import org.xistudy.ui.Target;
import org.xistudy.ui.services.StudyService;

/**
 * The Cards view: three pages (study session, card browser, statistics) under one toolbar, and
 * a notice when progress is read-only. {@code reveal(CardTarget)} opens the card in the browser.
 */
public final class CardsController implements StudyView {
    private final AppContext context;
    private final StudyService service;

    @FXML private BorderPane root;
    @FXML private ToggleGroup pages;
    @FXML private ToggleButton studyTab;
    @FXML private ToggleButton browseTab;
    @FXML private ToggleButton statsTab;
    @FXML private Label accessNotice;
    @FXML private StackPane pageHost;
    @FXML private Node session;
    @FXML private Node browser;
    @FXML private Node stats;
    @FXML private StudySessionController sessionController;
    @FXML private CardBrowserController browserController;
    @FXML private CardStatsController statsController;

    public CardsController(AppContext context) {
        this.context = context;
        this.service = StudyService.of(context);
    }

    @FXML
    private void initialize() {
        session.visibleProperty().bind(studyTab.selectedProperty());
        browser.visibleProperty().bind(browseTab.selectedProperty());
        stats.visibleProperty().bind(statsTab.selectedProperty());
        // a hidden page takes no room: the shown one alone sets the view's minimum size
        for (Node page : new Node[] {session, browser, stats}) {
            page.managedProperty().bind(page.visibleProperty());
        }
        pages.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null && old != null) {
                pages.selectToggle(old); // a click on the selected page keeps it
            } else if (now != null) {
                pageShown(now);
            }
        });
        accessNotice.textProperty().bind(Bindings.createStringBinding(() -> notice(service.accessProperty().get()),
                service.accessProperty()));
        accessNotice.visibleProperty().bind(accessNotice.textProperty().isNotEmpty());
        sessionController.setOnBrowse(this::showBrowser);
        browserController.setOnStudy(key -> {
            studyTab.setSelected(true);
            sessionController.studyFirst(key);
        });
    }

    private String notice(ProgressStore.Access a) {
        if (a == ProgressStore.Access.WRITABLE) {
            return "";
        }
        return context.text(a == null ? "cards.readOnly.folder"
                : "cards.readOnly." + a.name().toLowerCase(Locale.ROOT));
    }

    private void pageShown(Toggle page) {
        if (page == studyTab) {
            sessionController.model().refresh();
            sessionController.focusCard();
        } else if (page == browseTab) {
            browserController.model().refresh();
            browserController.focus();
        } else {
            statsController.refresh();
        }
    }

    private void showBrowser() {
        browseTab.setSelected(true);
    }

    @Override
    public void reveal(Target target) {
        if (target instanceof Target.CardTarget t) {
            browseTab.setSelected(true);
            browserController.reveal(t.cardId());
        }
    }

    /** Add to lesson: the card on the study screen, or the first card selected in the browser. */
    @Override
    public Optional<LessonStep> lessonStep() {
        PackIndex index = context.packs().getIndex();
        if (index == null) {
            return Optional.empty();
        }
        String id = null;
        if (studyTab.isSelected() && sessionController.model().getCurrent() != null) {
            id = sessionController.model().getCurrent().card().id();
        } else if (browseTab.isSelected()) {
            id = browserController.selectedCardId().orElse(null);
        }
        return id == null ? Optional.empty() : LessonSteps.forItem(index, id);
    }

    /** Copy link: the card on screen, in the study session or the browser. */
    @Override
    public Optional<String> link() {
        CardPresentation shown = studyTab.isSelected() ? sessionController.model().currentProperty().get()
                : browseTab.isSelected() ? browserController.shownCard() : null;
        return shown == null ? Optional.empty() : ItemLink.of(ItemLink.Kind.CARD, shown.card().id()).map(ItemLink::format);
    }

    @Override
    public void activated() {
        Toggle page = pages.getSelectedToggle();
        if (page != null) {
            pageShown(page);
        }
    }

    /** For tests: the pages' controllers. */
    public StudySessionController session() {
        return sessionController;
    }

    public CardBrowserController browser() {
        return browserController;
    }

    public CardStatsController statistics() {
        return statsController;
    }
}
