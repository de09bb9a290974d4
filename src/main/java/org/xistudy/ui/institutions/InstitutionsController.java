package org.xistudy.ui.institutions;

import org.xistudy.content.ItemLink;
import org.xistudy.study.lessons.LessonSteps;
import org.xistudy.content.model.LessonStep;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.List;
import java.util.Optional;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.xistudy.ui.common.DialogService;
import org.xistudy.ui.common.FindKeys;
import org.xistudy.ui.common.Focus;
import org.xistudy.content.PackIndex;
import org.xistudy.content.model.RelationType;
import org.xistudy.study.chart.ChartDiff;
import org.xistudy.study.chart.ChartNode;
import org.xistudy.study.chart.YearGraph;
import org.xistudy.ui.AppContext;
import org.xistudy.ui.StudyView;
import org.xistudy.ui.Target;

/** The Institutions view: binds the chart, the year control, the search, the key and the detail panel. */
public final class InstitutionsController implements StudyView {
    private final AppContext context;
    private final InstitutionsViewModel model = new InstitutionsViewModel();
    private ChartText text;
    private InstitutionChart chart;
    private DetailPane detail;
    private final ToggleGroup legendGroup = new ToggleGroup();
    /** Kept so that it is not collected: whether the key would crowd the chart. */
    private BooleanBinding legendTight;

    @FXML private BorderPane root;
    @FXML private TextField searchField;
    @FXML private Label matchLabel;
    @FXML private Button zoomOutButton;
    @FXML private Button zoomInButton;
    @FXML private Button fitButton;
    @FXML private Button exportButton;
    @FXML private Button previousYearButton;
    @FXML private Button nextYearButton;
    @FXML private Label yearLabel;
    @FXML private Slider yearSlider;
    @FXML private Label changeHeading;
    @FXML private Label changeText;
    @FXML private StackPane chartHolder;
    @FXML private Label emptyLabel;
    @FXML private FlowPane legend;
    @FXML private VBox chartColumn;
    @FXML private ToggleButton keyButton;
    @FXML private HBox zoomControls;
    @FXML private ScrollPane detailScroll;
    @FXML private VBox detailHolder;

    public InstitutionsController(AppContext context) {
        this.context = context;
    }

    public InstitutionsViewModel model() {
        return model;
    }

    /** The chart control, for tests. */
    InstitutionChart chart() {
        return chart;
    }

    DetailPane detail() {
        return detail;
    }

    @FXML
    private void initialize() {
        text = new ChartText(context.bundle(), context.nameStyleProperty().get());
        model.indexProperty().bind(context.packs().indexProperty());

        chart = new InstitutionChart(text);
        chart.setAccessibleText(context.text("institutions.chart.a11y"));
        chartHolder.getChildren().add(0, chart);
        chart.graphProperty().bind(model.graphProperty());
        chart.yearProperty().bind(model.yearProperty());
        chart.selectedProperty().bindBidirectional(model.selectedProperty());
        chart.matchesProperty().bind(model.matchIdsProperty());
        chart.focusTypeProperty().bind(model.legendFocusProperty());
        chart.setOnYearStep(d -> model.setYear(model.getYear() + d));
        chart.setOnActivate(id -> focusDetail());
        chart.setOnTypeToSearch(c -> {
            searchField.requestFocus();
            searchField.setText(c);
            searchField.positionCaret(searchField.getText().length());
        });
        emptyLabel.visibleProperty().bind(Bindings.createBooleanBinding(
                () -> model.getGraph() == null || model.getGraph().nodes().isEmpty(), model.graphProperty()));

        // The panel never takes more than a third of the view, so at large text the chart keeps room.
        detailScroll.maxWidthProperty().bind(root.widthProperty().multiply(0.32));
        detail = new DetailPane(context, text, model);
        detailHolder.getChildren().setAll(detail);
        Runnable showDetail = () -> {
            detail.show(model.indexProperty().get(), model.getGraph(), model.yearGraphProperty().getValue(),
                    model.selectedProperty().get());
            detailScroll.setVvalue(0);
        };
        model.selectedProperty().addListener((obs, o, n) -> showDetail.run());
        model.yearGraphProperty().addListener((obs, o, n) -> showDetail.run());
        model.legendFocusProperty().addListener((obs, o, n) -> showDetail.run());
        showDetail.run();

        bindYear();
        bindSearch();
        bindLegend();

        changeHeading.textProperty().bind(Bindings.createStringBinding(() -> {
            ChartDiff d = model.diffProperty().getValue();
            return d == null ? "" : text.format("institutions.change.heading", Integer.toString(d.fromYear()));
        }, model.diffProperty()));
        changeText.textProperty().bind(Bindings.createStringBinding(() -> {
            ChartDiff d = model.diffProperty().getValue();
            if (d == null) {
                return "";
            }
            List<String> phrases = ChangeSummary.phrases(text, model.getGraph(), d);
            String change = phrases.isEmpty() ? text.get("institutions.change.none")
                    : String.join(text.get("institutions.separator"), phrases);
            if (model.getYear() > model.dataYearProperty().get()) {
                // Open-ended relations would otherwise seem to be known for years the pack never saw.
                change = text.format("institutions.change.beyondData",
                        Integer.toString(model.dataYearProperty().get())) + text.get("institutions.separator") + change;
            }
            return change;
        }, model.diffProperty(), model.dataYearProperty()));
        changeText.accessibleTextProperty().bind(Bindings.concat(changeHeading.textProperty(), " ",
                changeText.textProperty()));

        Integer focus = context.focusYearProperty().get();
        if (focus != null) {
            model.setYear(focus);
        }
        context.focusYearProperty().addListener((obs, o, n) -> {
            if (n != null) {
                model.setYear(n);
            }
        });

        FindKeys.focusOnShortcut(root, searchField);
    }

    private void bindYear() {
        yearSlider.setMin(InstitutionsViewModel.MIN_YEAR);
        yearSlider.setMax(InstitutionsViewModel.maxYear());
        yearSlider.setValue(model.getYear());
        // The slider moves in whole years: it sets the year, and follows it when it changes elsewhere.
        yearSlider.valueProperty().addListener((obs, o, n) -> model.setYear((int) Math.round(n.doubleValue())));
        model.yearProperty().addListener((obs, o, n) -> {
            if (Math.round(yearSlider.getValue()) != n.intValue()) {
                yearSlider.setValue(n.intValue());
            }
        });
        yearSlider.setLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Double d) {
                // only the round decades: the axis also labels its last year, which would run
                // into the decade before it ("20202026")
                long year = Math.round(d);
                return year % 10 == 0 ? Long.toString(year) : "";
            }

            @Override
            public Double fromString(String s) {
                return Double.valueOf(s);
            }
        });
        yearLabel.textProperty().bind(model.yearProperty().asString());
        yearSlider.accessibleTextProperty().bind(Bindings.createStringBinding(
                () -> text.format("institutions.year.a11y", Integer.toString(model.getYear())), model.yearProperty()));
        previousYearButton.disableProperty().bind(model.yearProperty().lessThanOrEqualTo(InstitutionsViewModel.MIN_YEAR));
        nextYearButton.disableProperty().bind(model.yearProperty().greaterThanOrEqualTo(InstitutionsViewModel.maxYear()));
    }

    private void bindSearch() {
        model.queryProperty().bind(searchField.textProperty());
        matchLabel.textProperty().bind(Bindings.createStringBinding(() -> {
            if (searchField.getText().isBlank()) {
                return "";
            }
            List<ChartNode> m = model.matchesProperty().getValue();
            if (m.isEmpty()) {
                return text.get("institutions.search.none");
            }
            YearGraph yg = model.yearGraphProperty().getValue();
            long here = m.stream().filter(n -> yg != null && yg.contains(n.id())).count();
            return here == m.size() ? text.format("institutions.search.count", m.size())
                    : text.format("institutions.search.countElsewhere", m.size(), m.size() - here);
        }, model.matchesProperty(), model.yearGraphProperty(), searchField.textProperty()));
        searchField.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                model.selectNextMatch();
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                searchField.clear();
                chart.requestFocus();
                e.consume();
            } else if (e.getCode() == KeyCode.DOWN) {
                if (model.selectedProperty().get() == null) {
                    model.selectNextMatch();
                }
                chart.requestFocus();
                e.consume();
            }
        });
    }

    private void bindLegend() {
        // The key folds away by itself when it would take more than a third of the chart's column
        // (large text in a low window) and comes back when there is room; Key shows or hides it at will.
        legend.visibleProperty().bind(keyButton.selectedProperty());
        legend.managedProperty().bind(legend.visibleProperty());
        BooleanBinding tight = Bindings.createBooleanBinding(
                () -> chartColumn.getHeight() > 0
                        && legend.prefHeight(Math.max(1, chartColumn.getWidth() - zoomControls.getWidth())) * 3
                                > chartColumn.getHeight(),
                chartColumn.heightProperty(), chartColumn.widthProperty(), zoomControls.widthProperty(),
                legend.getChildren());
        tight.addListener((obs, was, now) -> keyButton.setSelected(!now));
        legendTight = tight;
        Runnable fill = () -> ChartLegend.fill(legend, model.getGraph(), text, legendGroup);
        model.graphProperty().addListener((obs, o, n) -> fill.run());
        fill.run();
        legendGroup.selectedToggleProperty().addListener((obs, o, n) ->
                model.legendFocusProperty().set(n == null ? null : (RelationType) n.getUserData()));
        model.legendFocusProperty().addListener((obs, o, n) -> {
            if (n == null && legendGroup.getSelectedToggle() != null) {
                legendGroup.selectToggle(null);
            }
        });
    }

    /** Enter on the chart: the focus goes to the first thing the details offer (a link, the quote). */
    private void focusDetail() {
        Node first = Focus.firstFocusable(detail);
        if (first != null) {
            first.requestFocus();
            detailScroll.setVvalue(0);
        }
    }

    @FXML
    private void zoomIn() {
        chart.zoomIn();
    }

    @FXML
    private void zoomOut() {
        chart.zoomOut();
    }

    @FXML
    private void fit() {
        chart.fit();
    }

    @FXML
    private void previousYear() {
        model.previousYear();
    }

    @FXML
    private void nextYear() {
        model.nextYear();
    }

    /**
     * The picture of the chart that Export saves: the year shown, titled, with its key, without the
     * selection's highlight (the selection comes back afterwards).
     */
    WritableImage exportImage() {
        PackIndex index = model.indexProperty().get();
        String title = text.format("institutions.export.title", Integer.toString(model.getYear()));
        String subtitle = index == null ? "" : index.pack().title();
        String selected = chart.selectedProperty().get();
        chart.selectedProperty().set(null);
        try {
            chart.applyCss();
            chart.layout();
            chart.finishTransition();
            return ChartExport.render(chart, title, subtitle, ChartExport.SCALE);
        } finally {
            chart.selectedProperty().set(selected);
            chart.finishTransition();
        }
    }

    @FXML
    private void exportPng() {
        if (model.getGraph() == null) {
            return;
        }
        Optional<Path> chosen = context.dialogs().chooseSave(new DialogService.FileRequest(
                text.get("institutions.export.dialog"),
                List.of(new DialogService.FileFilter(text.get("institutions.export.png"), List.of("*.png"))),
                text.format("institutions.export.fileName", Integer.toString(model.getYear()))));
        if (chosen.isEmpty()) {
            return;
        }
        Path path = chosen.get();
        if (!path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".png")) {
            path = path.resolveSibling(path.getFileName() + ".png");
        }
        try {
            ChartExport.writePng(exportImage(), path);
        } catch (IOException | RuntimeException e) {
            context.dialogs().showError(text.get("institutions.export.failedTitle"),
                    text.format("institutions.export.failed", path.toString(), String.valueOf(e.getMessage())));
        }
    }

    @Override
    public void reveal(Target target) {
        if (!model.reveal(target) && (target instanceof Target.InstitutionTarget
                || target instanceof Target.PersonTarget)) {
            String id = target instanceof Target.InstitutionTarget t ? t.institutionId()
                    : ((Target.PersonTarget) target).personId();
            PackIndex index = model.indexProperty().get();
            context.dialogs().showError(text.get("institutions.notShown.title"),
                    text.format("institutions.notShown.body", index == null ? id : index.label(id)));
        }
        Platform.runLater(() -> chart.requestFocus());
    }

    /** Add to lesson: the chart as of the year shown. */
    @Override
    public Optional<LessonStep> lessonStep() {
        PackIndex index = context.packs().getIndex();
        return index == null ? Optional.empty() : LessonSteps.year(index, model.getYear());
    }

    @Override
    public void activated() {
        Platform.runLater(() -> chart.requestFocus());
    }

    /** Copy link: the selected body or person, else the chart's year. */
    @Override
    public Optional<String> link() {
        PackIndex index = model.indexProperty().get();
        String id = model.selectedProperty().get();
        if (index == null) {
            return Optional.empty();
        }
        Optional<ItemLink> link = id == null ? ItemLink.of(ItemLink.Kind.YEAR, String.valueOf(model.yearProperty().get()))
                : ItemLink.of(index.person(id).isPresent() ? ItemLink.Kind.PERSON : ItemLink.Kind.INSTITUTION, id);
        return link.map(ItemLink::format);
    }
}
