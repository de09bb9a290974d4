package org.xistudy.ui.reader;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.DoubleBinding;
import javafx.beans.value.ChangeListener;
import javafx.collections.FXCollections;
import javafx.css.PseudoClass;
import javafx.fxml.FXML;
import javafx.geometry.Bounds;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import org.xistudy.content.ItemLink;
import org.xistudy.content.PackIndex;
import org.xistudy.content.SafeUrl;
import org.xistudy.content.essay.Essay;
import org.xistudy.content.model.Cited;
import org.xistudy.content.model.LessonStep;
import org.xistudy.content.model.Source;
import org.xistudy.study.lessons.LessonSteps;
import org.xistudy.ui.AppContext;
import org.xistudy.ui.StudyView;
import org.xistudy.ui.Target;
import org.xistudy.ui.common.FindKeys;
import org.xistudy.ui.common.ItemCells;
import org.xistudy.ui.common.WebLinks;

/** The Source view: the essay with its sections, paragraph anchors, quote highlights and search. */
public final class ReaderController implements StudyView {
    private final AppContext context;
    private final ReaderViewModel model = new ReaderViewModel();
    private final Map<String, EssayBlockView> blockViews = new HashMap<>();

    /** Width, in the view's em, under which the side panels and margins narrow. */
    static final double NARROW_EMS = 64;
    /** Width, in the view's em, under which the contents give way to the page. */
    static final double CRAMPED_EMS = 46;
    private static final PseudoClass NARROW = PseudoClass.getPseudoClass("narrow");

    @FXML private BorderPane root;
    @FXML private TextField searchField;
    @FXML private Label matchLabel;
    @FXML private Button previousButton;
    @FXML private Button nextButton;
    @FXML private ListView<Essay.Section> contents;
    @FXML private ScrollPane scroll;
    @FXML private VBox page;
    @FXML private VBox blocks;
    @FXML private Label essayTitle;
    @FXML private Label byline;
    @FXML private Hyperlink originalLink;
    @FXML private Label citedHint;
    @FXML private Label noEssay;
    @FXML private VBox contentsPanel;
    @FXML private VBox citedPanel;
    @FXML private ListView<Cited> citedList;
    private BooleanBinding narrow;
    private BooleanBinding cramped;
    private final ChangeListener<Boolean> narrowChanged = (obs, was, now) -> root.pseudoClassStateChanged(NARROW, now);

    public ReaderController(AppContext context) {
        this.context = context;
    }

    public ReaderViewModel model() {
        return model;
    }

    @FXML
    private void initialize() {
        model.indexProperty().bind(context.packs().indexProperty());
        model.queryProperty().bind(searchField.textProperty());

        essayTitle.textProperty().bind(Bindings.createStringBinding(() -> model.getEssay() != null
                ? model.getEssay().title() : model.indexProperty().get() == null ? ""
                : model.indexProperty().get().pack().source().title(), model.essayProperty(), model.indexProperty()));
        byline.textProperty().bind(Bindings.createStringBinding(this::bylineText, model.indexProperty()));
        // A pack made by an import has no essay: the page says so, and there is nothing to search.
        noEssay.visibleProperty().bind(Bindings.createBooleanBinding(() -> model.indexProperty().get() != null
                && model.getEssay() == null, model.indexProperty(), model.essayProperty()));
        noEssay.managedProperty().bind(noEssay.visibleProperty());
        noEssay.textProperty().bind(Bindings.createStringBinding(() -> {
            PackIndex idx = model.indexProperty().get();
            return idx == null ? "" : context.text("reader.noEssay", idx.pack().source().title());
        }, model.indexProperty()));
        searchField.disableProperty().bind(noEssay.visibleProperty());
        // Large text in a small window: the side panels and the page's margins narrow first
        // (:narrow), then the contents give way, so that the page keeps a readable measure.
        DoubleBinding em = Bindings.createDoubleBinding(() -> searchField.getFont().getSize(),
                searchField.fontProperty());
        narrow = root.widthProperty().lessThan(em.multiply(NARROW_EMS));
        cramped = root.widthProperty().lessThan(em.multiply(CRAMPED_EMS));
        root.pseudoClassStateChanged(NARROW, narrow.get());
        narrow.addListener(narrowChanged);
        // never narrower than the longest word of a heading, so that headings wrap between words
        contentsPanel.minWidthProperty().bind(Bindings.createDoubleBinding(() -> longestHeadingWord()
                + 4.5 * searchField.getFont().getSize(), model.essayProperty(), searchField.fontProperty()));
        contentsPanel.visibleProperty().bind(noEssay.visibleProperty().not().and(cramped.not()));
        citedPanel.visibleProperty().bind(noEssay.visibleProperty().not());
        for (VBox panel : List.of(contentsPanel, citedPanel)) {
            panel.managedProperty().bind(panel.visibleProperty());
        }
        originalLink.visibleProperty().bind(Bindings.createBooleanBinding(() -> sourceUrl() != null,
                model.indexProperty()));
        // Only a safe address is a link; any other is shown as text (SafeUrl, issue 15).
        originalLink.disableProperty().bind(Bindings.createBooleanBinding(() -> !SafeUrl.isSafe(sourceUrl()),
                model.indexProperty()));
        originalLink.textProperty().bind(Bindings.createStringBinding(() -> SafeUrl.isSafe(sourceUrl())
                || sourceUrl() == null ? context.text("reader.original") : context.text("link.web.refused",
                context.text("reader.original"), SafeUrl.problem(sourceUrl()).orElse(""), SafeUrl.shown(sourceUrl())),
                model.indexProperty()));
        originalLink.tooltipProperty().bind(Bindings.createObjectBinding(() -> SafeUrl.isSafe(sourceUrl())
                ? new Tooltip(WebLinks.tip(sourceUrl(), context.uiText()::format)) : null, model.indexProperty()));

        matchLabel.textProperty().bind(Bindings.createStringBinding(() -> {
            int n = model.matchesProperty().getValue().size();
            if (searchField.getText().isBlank()) {
                return "";
            }
            return n == 0 ? context.text("reader.search.none")
                    : context.text("reader.search.count", model.matchIndexProperty().get() + 1, n);
        }, model.matchesProperty(), model.matchIndexProperty(), searchField.textProperty()));
        previousButton.disableProperty().bind(Bindings.createBooleanBinding(
                () -> model.matchesProperty().getValue().isEmpty(), model.matchesProperty()));
        nextButton.disableProperty().bind(previousButton.disableProperty());

        contents.itemsProperty().bind(Bindings.createObjectBinding(() -> model.getEssay() == null
                ? FXCollections.observableArrayList() : FXCollections.observableArrayList(model.getEssay().sections()),
                model.essayProperty()));
        contents.setCellFactory(list -> new SectionCell());
        contents.getSelectionModel().selectedItemProperty().addListener((obs, old, s) -> {
            if (s != null && !s.blocks().isEmpty()) {
                scrollTo(s.blocks().get(0).anchor());
            }
        });

        citedList.itemsProperty().bind(Bindings.createObjectBinding(
                () -> FXCollections.observableArrayList(model.citedHereProperty().getValue()),
                model.citedHereProperty()));
        citedList.setCellFactory(list -> ItemCells.citedCell(context.packs()::getIndex, context.uiText(), context::itemLabel));
        citedHint.textProperty().bind(Bindings.createStringBinding(() -> {
            String a = model.selectedAnchorProperty().get();
            if (a == null) {
                return context.text("reader.cited.none");
            }
            int n = model.citedHereProperty().getValue().size();
            return context.text("reader.cited.count", anchorLabel(a), n);
        }, model.selectedAnchorProperty(), model.citedHereProperty()));
        citedList.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                openSelectedCited();
            }
        });
        citedList.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                openSelectedCited();
                e.consume();
            }
        });

        model.essayProperty().addListener((obs, old, essay) -> rebuild(essay));
        rebuild(model.getEssay());
        model.revealCountProperty().addListener((obs, o, n) -> scrollToSelected());
        model.matchIndexProperty().addListener((obs, o, n) -> {
            if (model.currentMatch() != null) {
                scrollTo(model.currentMatch().block().anchor());
            }
        });

        FindKeys.stepThroughMatches(searchField, model::nextMatch, model::previousMatch, null);
        FindKeys.focusOnShortcut(root, searchField);
    }

    private void openSelectedCited() {
        Cited c = citedList.getSelectionModel().getSelectedItem();
        if (c != null) {
            context.navigator().openItem(c.id());
        }
    }

    private void rebuild(Essay essay) {
        blockViews.clear();
        if (essay == null) {
            blocks.getChildren().clear();
            return;
        }
        var nodes = new ArrayList<EssayBlockView>();
        for (Essay.Block b : essay.blocks()) {
            if (b.kind() == Essay.Kind.TITLE) {
                continue; // shown in the masthead
            }
            EssayBlockView v = new EssayBlockView(b, b.number() > 0
                    ? context.text("reader.paragraph.a11y", String.valueOf(b.number()), b.text()) : b.text());
            String anchor = b.anchor();
            v.highlightsProperty().bind(Bindings.createObjectBinding(() -> model.highlightsFor(anchor),
                    model.highlightDependencies()));
            v.selectedProperty().bind(Bindings.equal(model.selectedAnchorProperty(), anchor));
            v.setOnMouseClicked(e -> {
                model.select(anchor);
                if (v.isFocusTraversable()) {
                    v.requestFocus();
                }
            });
            v.focusedProperty().addListener((obs, was, is) -> {
                if (is) {
                    model.select(anchor);
                }
            });
            blockViews.put(anchor, v);
            nodes.add(v);
        }
        blocks.getChildren().setAll(nodes);
    }

    private String bylineText() {
        PackIndex idx = model.indexProperty().get();
        if (idx == null) {
            return "";
        }
        Source s = idx.pack().source();
        if (!s.hasEssay() || idx.essay() == null) {
            return context.text("reader.noEssay.byline");
        }
        return context.text("reader.byline", s.author(), s.publisher(), context.uiText().shortDate(s.date()));
    }

    private String sourceUrl() {
        PackIndex idx = model.indexProperty().get();
        return idx == null ? null : idx.pack().source().url();
    }

    @FXML
    private void openOriginal() {
        String url = sourceUrl();
        if (url != null) {
            context.openUrl(url);
        }
    }

    @FXML
    private void nextMatch() {
        model.nextMatch();
    }

    @FXML
    private void previousMatch() {
        model.previousMatch();
    }

    private String anchorLabel(String anchor) {
        EssayBlockView v = blockViews.get(anchor);
        if (v != null && v.getBlock().number() > 0) {
            return "\u00B6" + v.getBlock().number();
        }
        return v == null ? anchor : abbreviate(v.getBlock().text());
    }

    private static String abbreviate(String s) {
        return s.length() <= 40 ? s : s.substring(0, 39) + "…";
    }

    @Override
    public void reveal(Target target) {
        if (target instanceof Target.PassageTarget p) {
            if (model.getEssay() == null) {
                return;
            }
            if (!model.reveal(p.quote(), p.anchor())) {
                context.dialogs().showError(context.text("reader.notFound.title"),
                        context.text("reader.notFound.body", p.quote() == null ? p.anchor() : p.quote()));
            }
        }
    }

    /** Add to lesson: the passage a link opened (its quote marked), or the selected paragraph. */
    @Override
    public Optional<LessonStep> lessonStep() {
        PackIndex index = context.packs().getIndex();
        if (index == null) {
            return Optional.empty();
        }
        Essay.Passage quoted = model.quotedProperty().get();
        String anchor = model.selectedAnchorProperty().get();
        if (quoted != null && (anchor == null || anchor.equals(quoted.block().anchor()))) {
            String words = quoted.block().text().substring(quoted.start(), quoted.end());
            return LessonSteps.passage(index, quoted.block().anchor(), words);
        }
        return anchor == null ? Optional.empty() : LessonSteps.passage(index, anchor, null);
    }

    /** Copy link: the paragraph selected or last shown. */
    @Override
    public Optional<String> link() {
        String anchor = model.selectedAnchorProperty().get();
        Essay essay = model.getEssay();
        return essay == null || anchor == null ? Optional.empty() : essay.block(anchor)
                .filter(b -> b.kind() == Essay.Kind.PARAGRAPH).map(b -> ItemLink.paragraph(b.number()).format());
    }

    @Override
    public void activated() {
        Platform.runLater(() -> {
            String a = model.selectedAnchorProperty().get();
            EssayBlockView v = a == null ? null : blockViews.get(a);
            if (v != null && v.isFocusTraversable()) {
                v.requestFocus();
            } else if (!blocks.getChildren().isEmpty()) {
                blocks.getChildren().stream().filter(n -> n.isFocusTraversable()).findFirst()
                        .ifPresent(n -> n.requestFocus());
            }
        });
    }

    private void scrollToSelected() {
        String a = model.selectedAnchorProperty().get();
        if (a != null) {
            scrollTo(a);
            EssayBlockView v = blockViews.get(a);
            if (v != null && v.isFocusTraversable() && !searchField.isFocused()) {
                v.requestFocus();
            }
        }
    }

    /** Scrolls so that the block sits near the top third of the viewport. */
    void scrollTo(String anchor) {
        EssayBlockView v = blockViews.get(anchor);
        if (v == null) {
            return;
        }
        // Lay out from the scene's root: a view that was just attached has no size of its own yet.
        Parent top = root.getScene() == null ? root : root.getScene().getRoot();
        top.applyCss();
        top.layout();
        double contentHeight = scroll.getContent().getLayoutBounds().getHeight();
        double viewport = scroll.getViewportBounds().getHeight();
        if (contentHeight <= viewport) {
            return;
        }
        Bounds b = scroll.getContent().sceneToLocal(v.localToScene(v.getLayoutBounds()));
        double target = b.getMinY() - viewport / 4;
        scroll.setVvalue(Math.max(0, Math.min(1, target / (contentHeight - viewport))));
    }

    private double longestHeadingWord() {
        Essay essay = model.getEssay();
        if (essay == null) {
            return 0;
        }
        Text measure = new Text();
        measure.setFont(searchField.getFont());
        double widest = 0;
        for (Essay.Section s : essay.sections()) {
            String heading = s.heading() == null ? context.text("reader.opening") : s.heading();
            for (String word : heading.split("\\s+")) {
                measure.setText(word);
                widest = Math.max(widest, measure.getLayoutBounds().getWidth());
            }
        }
        return widest;
    }

    /** Whether a block is inside the visible part of the page; for tests. */
    boolean isShowing(String anchor) {
        EssayBlockView v = blockViews.get(anchor);
        if (v == null) {
            return false;
        }
        Bounds inScroll = scroll.sceneToLocal(v.localToScene(v.getLayoutBounds()));
        return inScroll.getMaxY() > 0 && inScroll.getMinY() < scroll.getHeight();
    }

    /** The block views, for tests. */
    Map<String, EssayBlockView> blockViews() {
        return Map.copyOf(blockViews);
    }

    /** The highlights shown in a block, for tests. */
    List<Highlight> highlightsOf(String anchor) {
        EssayBlockView v = blockViews.get(anchor);
        return v == null ? List.of() : v.highlightsProperty().get();
    }

    private final class SectionCell extends ListCell<Essay.Section> {
        SectionCell() {
            setWrapText(true);
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(Essay.Section s, boolean empty) {
            super.updateItem(s, empty);
            if (empty || s == null) {
                setText(null);
            } else {
                setText(s.heading() == null ? context.text("reader.opening") : s.heading());
            }
        }
    }
}
