package org.xistudy.ui.timeline;

import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ChangeListener;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.SnapshotParameters;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.scene.transform.Transform;
import javafx.util.StringConverter;
import org.xistudy.content.ItemLink;
import org.xistudy.content.PackIndex;
import org.xistudy.content.Tags;
import org.xistudy.content.model.Event;
import org.xistudy.content.model.LessonStep;
import org.xistudy.content.model.Note;
import org.xistudy.study.lessons.LessonSteps;
import org.xistudy.study.timeline.EventTags;
import org.xistudy.study.timeline.TimeWindow;
import org.xistudy.study.timeline.TimelineData;
import org.xistudy.ui.AppContext;
import org.xistudy.ui.StudyView;
import org.xistudy.ui.Target;
import org.xistudy.ui.common.DialogService;
import org.xistudy.ui.common.FilterBox;
import org.xistudy.ui.common.FindKeys;
import org.xistudy.ui.common.Focus;
import org.xistudy.ui.common.PngFiles;
import org.xistudy.ui.common.Tips;

/** The timeline view: the toolbar, the timeline control and the detail panel, bound to the view model. */
public final class TimelineController implements StudyView {
    private final AppContext context;
    private final TimelineViewModel model = new TimelineViewModel();
    private EventDetailPane details;
    private String pendingReveal;
    private boolean syncingLanes;
    private boolean syncingTags;

    @FXML private BorderPane root;
    @FXML private Button openingButton;
    @FXML private Button fitButton;
    @FXML private FilterBox<TimelineData.LaneInfo> laneFilter;
    @FXML private FilterBox<String> tagFilter;
    @FXML private TextField searchField;
    @FXML private Label matchLabel;
    @FXML private Button previousMatchButton;
    @FXML private Button nextMatchButton;
    @FXML private TimelineView timeline;
    @FXML private ScrollPane detailScroll;
    @FXML private VBox detailBox;

    public TimelineController(AppContext context) {
        this.context = context;
    }

    public TimelineViewModel model() {
        return model;
    }

    private final ChangeListener<Node> followFocus = (o, was, now) -> scrollToShow(now);

    @FXML
    private void initialize() {
        // The details never take more than a third of the view, however large the text.
        detailScroll.maxWidthProperty().bind(root.widthProperty().multiply(0.3));
        TimelineText text = new TimelineText(context.bundle());
        model.indexProperty().bind(context.packs().indexProperty());
        model.queryProperty().bind(searchField.textProperty());

        timeline.textProperty().set(text);
        timeline.dataProperty().bind(model.dataProperty());
        timeline.selectedIdProperty().bindBidirectional(model.selectedIdProperty());
        timeline.hiddenLanesProperty().bind(model.hiddenLanesProperty());
        timeline.matchesProperty().bind(model.matchSetProperty());
        timeline.onOpenProperty().set(e -> openDetails());

        details = new EventDetailPane(context, text, detailBox, timeline::selectPrevious, timeline::selectNext);
        model.selectedItemProperty().addListener((obs, old, item) -> showDetails(item));
        showDetails(model.selectedItemProperty().getValue());
        model.selectedItemProperty().addListener((obs, old, item) -> {
            if (item != null) {
                context.focusYearProperty().set(item.year());
            }
        });
        // Keep what the keyboard reaches in the details in sight.
        // One listener, moved from scene to scene: the view leaves and rejoins the window on every visit.
        root.sceneProperty().addListener((obs, old, scene) -> {
            if (old != null) {
                old.focusOwnerProperty().removeListener(followFocus);
            }
            if (scene != null) {
                scene.focusOwnerProperty().addListener(followFocus);
            }
        });
        if (root.getScene() != null) {
            root.getScene().focusOwnerProperty().addListener(followFocus);
        }
        detailBox.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                timeline.requestFocus();
                e.consume();
            }
        });

        model.textsProperty().set(context.uiText());
        openingButton.textProperty().bind(model.openingLabelProperty());
        Tips.install(openingButton, model.openingTipProperty());
        Tips.fromHelp(root);
        openingButton.visibleProperty().bind(Bindings.createBooleanBinding(model::hasOpeningEra, model.dataProperty()));
        openingButton.managedProperty().bind(openingButton.visibleProperty());

        setUpLaneFilter();
        setUpTagFilter();

        matchLabel.textProperty().bind(model.searchStatusProperty());
        previousMatchButton.disableProperty().bind(Bindings.createBooleanBinding(
                () -> model.matchesProperty().getValue().isEmpty(), model.matchesProperty()));
        nextMatchButton.disableProperty().bind(previousMatchButton.disableProperty());
        FindKeys.stepThroughMatches(searchField, model::nextMatch, model::previousMatch, timeline::requestFocus);
        FindKeys.focusOnShortcut(root, searchField);

        model.dataProperty().addListener((obs, old, d) -> {
            if (d != null && pendingReveal != null) {
                String id = pendingReveal;
                pendingReveal = null;
                revealEvent(id);
            }
        });
    }

    private void setUpLaneFilter() {
        laneFilter.setConverter(new StringConverter<>() {
            @Override
            public String toString(TimelineData.LaneInfo lane) {
                return lane == null ? "" : lane.title();
            }

            @Override
            public TimelineData.LaneInfo fromString(String s) {
                return null;
            }
        });
        Runnable fill = () -> {
            syncingLanes = true;
            TimelineData d = model.getData();
            laneFilter.getItems().setAll(d == null ? FXCollections.observableArrayList() : d.lanes());
            for (TimelineData.LaneInfo l : laneFilter.getItems()) {
                if (model.isLaneShown(l.id())) {
                    laneFilter.getCheckModel().check(l);
                }
            }
            syncingLanes = false;
        };
        model.dataProperty().addListener((obs, old, d) -> fill.run());
        fill.run();
        laneFilter.getCheckModel().getCheckedItems().addListener((ListChangeListener<TimelineData.LaneInfo>) c -> {
            if (syncingLanes) {
                return;
            }
            Set<String> shown = new HashSet<>();
            for (TimelineData.LaneInfo l : laneFilter.getCheckModel().getCheckedItems()) {
                shown.add(l.id());
            }
            model.setShownLanes(shown);
        });
        // A reveal may show a hidden lane again: keep the ticks in step with the model.
        model.hiddenLanesProperty().addListener((obs, old, hidden) -> {
            syncingLanes = true;
            for (TimelineData.LaneInfo l : laneFilter.getItems()) {
                boolean shown = !hidden.contains(l.id());
                if (shown != laneFilter.getCheckModel().isChecked(l)) {
                    if (shown) {
                        laneFilter.getCheckModel().check(l);
                    } else {
                        laneFilter.getCheckModel().clearCheck(l);
                    }
                }
            }
            syncingLanes = false;
        });
        laneFilter.titleProperty().bind(Bindings.createStringBinding(() -> {
            int all = laneFilter.getItems().size();
            int shown = all - model.hiddenLanesProperty().get().size();
            return shown >= all ? context.text("timeline.lanes.all") : context.text("timeline.lanes.some", shown, all);
        }, model.hiddenLanesProperty(), laneFilter.getItems()));
    }

    /** The topic filter: the tags of the events' cards; ticking some shows only their events. */
    private void setUpTagFilter() {
        tagFilter.setConverter(new StringConverter<>() {
            @Override
            public String toString(String tag) {
                EventTags t = model.tagsProperty().getValue();
                return tag == null || t == null ? ""
                        : context.text("timeline.tags.item", Tags.label(tag, context.packs().getIndex()), t.count(tag));
            }

            @Override
            public String fromString(String s) {
                return null;
            }
        });
        Runnable fill = () -> {
            syncingTags = true;
            EventTags t = model.tagsProperty().getValue();
            tagFilter.getItems().setAll(t == null ? List.of() : Tags.ordered(t.tags(), context.packs().getIndex()));
            syncingTags = false;
        };
        model.tagsProperty().addListener((obs, old, t) -> fill.run());
        fill.run();
        tagFilter.getCheckModel().getCheckedItems().addListener((ListChangeListener<String>) c -> {
            if (!syncingTags) {
                model.setChosenTags(Set.copyOf(tagFilter.getCheckModel().getCheckedItems()));
            }
        });
        // A reveal may clear the filter: keep the ticks in step with the model.
        model.chosenTagsProperty().addListener((obs, old, chosen) -> {
            syncingTags = true;
            for (String tag : tagFilter.getItems()) {
                if (chosen.contains(tag) != tagFilter.getCheckModel().isChecked(tag)) {
                    if (chosen.contains(tag)) {
                        tagFilter.getCheckModel().check(tag);
                    } else {
                        tagFilter.getCheckModel().clearCheck(tag);
                    }
                }
            }
            syncingTags = false;
        });
        tagFilter.titleProperty().bind(Bindings.createStringBinding(() -> {
            TimelineData d = model.getData();
            int all = model.indexProperty().get() == null ? 0 : model.indexProperty().get().pack().events().size();
            return model.chosenTagsProperty().get().isEmpty() || d == null ? context.text("timeline.tags.all")
                    : context.text("timeline.tags.some", d.items().size(), all);
        }, model.chosenTagsProperty(), model.dataProperty()));
        tagFilter.visibleProperty().bind(Bindings.isNotEmpty(tagFilter.getItems()));
        tagFilter.managedProperty().bind(tagFilter.visibleProperty());
    }

    private void showDetails(TimelineData.Item item) {
        var index = context.packs().getIndex();
        if (item == null || index == null) {
            details.showGuide();
        } else {
            details.show(index, model.getData(), item);
        }
        detailScroll.setVvalue(0);
    }

    /** Scrolls the details so that a node inside them is in view. */
    void scrollToShow(Node node) {
        if (node == null || !Focus.isInside(node, detailBox)) {
            return;
        }
        double content = detailBox.getHeight();
        double viewport = detailScroll.getViewportBounds().getHeight();
        if (content <= viewport) {
            return;
        }
        Bounds b = detailBox.sceneToLocal(node.localToScene(node.getLayoutBounds()));
        double top = detailScroll.getVvalue() * (content - viewport);
        double pad = 8;
        if (b.getMinY() - pad < top) {
            detailScroll.setVvalue(Math.max(0, (b.getMinY() - pad) / (content - viewport)));
        } else if (b.getMaxY() + pad > top + viewport) {
            detailScroll.setVvalue(Math.min(1, (b.getMaxY() + pad - viewport) / (content - viewport)));
        }
    }

    /** Enter on the timeline: into the details, to follow their links by keyboard. */
    private void openDetails() {
        Node first = details.firstFocusable();
        if (first != null) {
            first.requestFocus();
        }
    }

    @FXML
    private void showOpening() {
        timeline.showOpening();
    }

    @FXML
    private void fitAll() {
        timeline.fitAll();
    }

    @FXML
    private void zoomIn() {
        timeline.zoomIn();
    }

    @FXML
    private void zoomOut() {
        timeline.zoomOut();
    }

    @FXML
    private void previousMatch() {
        model.previousMatch();
    }

    @FXML
    private void nextMatch() {
        model.nextMatch();
    }

    /** The guide in the detail panel; the selection stays, and a button leads back to it. */
    @FXML
    private void showHelp() {
        TimelineData.Item item = model.selectedItemProperty().getValue();
        if (item == null) {
            details.showGuide();
        } else {
            details.showGuide(() -> {
                showDetails(model.selectedItemProperty().getValue());
                timeline.requestFocus();
            });
        }
        detailScroll.setVvalue(0);
    }

    private void revealEvent(String id) {
        if (model.reveal(id)) {
            timeline.reveal(id);
        }
    }

    @Override
    public void reveal(Target target) {
        if (target instanceof Target.EventTarget t) {
            if (model.getData() == null) {
                pendingReveal = t.eventId();
            } else {
                revealEvent(t.eventId());
            }
        }
    }

    /**
     * Export PNG: the timeline as it is shown, at twice the screen's resolution for slides, without
     * the selection's highlight (the selection and the view come back afterwards).
     */
    @FXML
    void exportPng() {
        if (timeline.getData() == null) {
            return;
        }
        context.dialogs().chooseSave(new DialogService.FileRequest(context.text("timeline.export.dialog"),
                List.of(new DialogService.FileFilter(context.text("timeline.export.png"), List.of("*.png"))),
                context.text("timeline.export.fileName"), null)).map(PngFiles::withExtension).ifPresent(path -> {
                    try {
                        PngFiles.write(exportImage(), path);
                    } catch (IOException | RuntimeException e) {
                        context.dialogs().showError(context.text("timeline.export.failedTitle"),
                                context.text("timeline.export.failed", path.toString(), String.valueOf(e.getMessage())));
                    }
                });
    }

    /** The picture the export writes. */
    WritableImage exportImage() {
        String selected = model.selectedIdProperty().get();
        TimeWindow window = timeline.getWindow();
        model.selectedIdProperty().set(null);
        try {
            timeline.applyCss();
            timeline.layout();
            SnapshotParameters params = new SnapshotParameters();
            params.setTransform(Transform.scale(PngFiles.SCALE, PngFiles.SCALE));
            return timeline.snapshot(params, null);
        } finally {
            model.selectedIdProperty().set(selected);
            timeline.setWindow(window);
        }
    }

    /** Add to lesson: the selected event, with the first reading note about it. */
    @Override
    public Optional<LessonStep> lessonStep() {
        PackIndex index = context.packs().getIndex();
        String id = model.selectedIdProperty().get();
        if (index == null || id == null) {
            return Optional.empty();
        }
        String note = index.notesAbout(id).stream().map(Note::id).findFirst().orElse(null);
        return LessonSteps.event(index, id, note);
    }

    @Override
    public void activated() {
        Platform.runLater(timeline::requestFocus);
    }

    /** Copy link: the selected event. */
    @Override
    public Optional<String> link() {
        Event e = model.selectedEventProperty().getValue();
        return e == null ? Optional.empty() : ItemLink.of(ItemLink.Kind.EVENT, e.id()).map(ItemLink::format);
    }

    /** The timeline control, for tests. */
    TimelineView timeline() {
        return timeline;
    }
}
