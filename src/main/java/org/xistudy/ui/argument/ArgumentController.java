package org.xistudy.ui.argument;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.BorderPane;
import org.xistudy.content.ItemLink;
import org.xistudy.content.PackIndex;
import org.xistudy.content.model.Claim;
import org.xistudy.content.model.LessonStep;
import org.xistudy.study.lessons.LessonSteps;
import org.xistudy.ui.AppContext;
import org.xistudy.ui.StudyView;
import org.xistudy.ui.Target;
import org.xistudy.ui.ViewId;
import org.xistudy.ui.common.DialogService;
import org.xistudy.ui.common.PngFiles;
import org.xistudy.ui.evidence.EvidenceView;
import org.xistudy.ui.services.StudyService;

/**
 * Binds the argument view: the map to the view model's claims and selection, the detail panel
 * to the selected claim (its place in the argument, how much backs it, the shared evidence panel
 * whose links open the timeline, chart and essay), "Study these cards", and Add to lesson (a
 * claim step for the selected claim).
 */
public final class ArgumentController implements StudyView {
    private final AppContext context;
    private final ArgumentViewModel model;

    @FXML private BorderPane root;
    @FXML private ArgumentMap map;
    @FXML private Label emptyLabel;
    @FXML private ScrollPane detailScroll;
    @FXML private Label kindLine;
    @FXML private Label claimTitle;
    @FXML private Label summary;
    @FXML private Label strengthLine;
    @FXML private Button studyButton;
    @FXML private EvidenceView evidence;
    @FXML private Button exportButton;
    @FXML private ToggleButton wholeButton;

    public ArgumentController(AppContext context) {
        this.context = context;
        this.model = new ArgumentViewModel(context.uiText());
    }

    public ArgumentViewModel model() {
        return model;
    }

    @FXML
    private void initialize() {
        model.indexProperty().bind(context.packs().indexProperty());
        map.claimsProperty().bind(model.claimsProperty());
        map.fittedProperty().bind(wholeButton.selectedProperty());
        map.selectedIdProperty().bindBidirectional(model.selectedIdProperty());
        map.captionsProperty().bind(model.captionsProperty());
        map.kindNamesProperty().set(model::kindName);
        map.onOpenProperty().set(id -> Platform.runLater(evidence::requestFocus));

        exportButton.disableProperty().bind(Bindings.createBooleanBinding(() -> model.claimsProperty().get().isEmpty(),
                model.claimsProperty()));
        emptyLabel.visibleProperty().bind(Bindings.createBooleanBinding(() -> model.claimsProperty().get().isEmpty(),
                model.claimsProperty()));
        map.visibleProperty().bind(emptyLabel.visibleProperty().not());
        detailScroll.visibleProperty().bind(model.selectedProperty().isNotNull());
        detailScroll.managedProperty().bind(detailScroll.visibleProperty());

        kindLine.textProperty().bind(model.kindLineProperty());
        claimTitle.textProperty().bind(Bindings.createStringBinding(() -> model.selectedProperty().get() == null ? ""
                : model.selectedProperty().get().title(), model.selectedProperty()));
        summary.textProperty().bind(Bindings.createStringBinding(() -> {
            Claim c = model.selectedProperty().get();
            return c == null || c.summary() == null ? "" : c.summary();
        }, model.selectedProperty()));
        summary.visibleProperty().bind(summary.textProperty().isNotEmpty());
        summary.managedProperty().bind(summary.visibleProperty());
        strengthLine.textProperty().bind(model.strengthLineProperty());
        studyButton.textProperty().bind(model.studyLabelProperty());
        studyButton.disableProperty().bind(Bindings.createBooleanBinding(
                () -> model.strengthProperty().get() == null || model.strengthProperty().get().cards() == 0,
                model.strengthProperty()));

        evidence.textProperty().set(context.uiText());
        evidence.evidenceProperty().bind(model.evidenceProperty());
        evidence.onOpenItemProperty().set(id -> context.navigator().openItem(id));
        evidence.onOpenQuoteProperty().set(q -> context.navigator().open(Target.PassageTarget.quote(q)));
        evidence.onOpenUrlProperty().set(context::openUrl);
        evidence.itemLabelsProperty().set(context::itemLabel);
    }

    /** Puts the selected claim's cards first in the next study session and opens Cards. */
    @FXML
    void studyCards() {
        List<String> cards = model.cardsOfSelected();
        if (cards.isEmpty()) {
            return;
        }
        StudyService study = StudyService.of(context);
        if (!study.canSave()) {
            context.dialogs().showError(context.text("argument.study.failed.title"), context.text("quiz.study.readOnly"));
            return;
        }
        if (study.makeDueNow(cards)) {
            context.navigator().show(ViewId.CARDS);
        }
    }

    /** Saves the whole map as a PNG file, at twice the screen's resolution. */
    @FXML
    void exportPng() {
        if (model.claimsProperty().get().isEmpty()) {
            return;
        }
        context.dialogs().chooseSave(new DialogService.FileRequest(context.text("argument.export.dialog"),
                List.of(new DialogService.FileFilter(context.text("argument.export.png"), List.of("*.png"))),
                context.text("argument.export.fileName"), null)).map(PngFiles::withExtension).ifPresent(path -> {
                    try {
                        PngFiles.write(map.picture(PngFiles.SCALE), path);
                    } catch (IOException | RuntimeException e) {
                        context.dialogs().showError(context.text("argument.export.failedTitle"),
                                context.text("argument.export.failed", path.toString(), String.valueOf(e.getMessage())));
                    }
                });
    }

    @Override
    public void reveal(Target target) {
        if (target instanceof Target.ClaimTarget t && model.indexProperty().get() != null
                && model.indexProperty().get().claim(t.claimId()).isPresent()) {
            model.selectedIdProperty().set(t.claimId());
        }
        activated();
    }

    @Override
    public void activated() {
        Platform.runLater(map::requestFocus);
    }

    /** Add to lesson: the selected claim, shown on the map with the essay's words for it. */
    @Override
    public Optional<LessonStep> lessonStep() {
        PackIndex index = model.indexProperty().get();
        Claim c = model.selectedProperty().get();
        return index == null || c == null ? Optional.empty() : LessonSteps.claim(index, c.id());
    }

    /** Copy link: the selected claim. */
    @Override
    public Optional<String> link() {
        Claim c = model.selectedProperty().get();
        return c == null ? Optional.empty() : ItemLink.of(ItemLink.Kind.CLAIM, c.id()).map(ItemLink::format);
    }
}
