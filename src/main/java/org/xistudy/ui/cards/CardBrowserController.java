package org.xistudy.ui.cards;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.collections.transformation.SortedList;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.util.Callback;
import org.xistudy.content.model.CardType;
import org.xistudy.study.progress.IntervalLabel;
import org.xistudy.study.progress.StudyDay;
import org.xistudy.ui.AppContext;
import org.xistudy.ui.Target;
import org.xistudy.ui.answer.QuizTexts;
import org.xistudy.ui.common.DialogService;
import org.xistudy.ui.common.FindKeys;
import org.xistudy.ui.common.Theme;
import org.xistudy.ui.services.StudyService;

/** The card browser page: the table, its filters, the selected card and the actions on it. */
public final class CardBrowserController {
    private final AppContext context;
    private final BrowserViewModel model;
    private Consumer<String> onStudy = key -> { };

    @FXML private BorderPane root;
    @FXML private TextField searchField;
    @FXML private ComboBox<String> tagBox;
    @FXML private ComboBox<CardType> typeBox;
    @FXML private ComboBox<BrowserViewModel.StateFilter> stateBox;
    @FXML private Label countLabel;
    @FXML private TableView<ItemRow> table;
    @FXML private TableColumn<ItemRow, String> promptColumn;
    @FXML private TableColumn<ItemRow, String> typeColumn;
    @FXML private TableColumn<ItemRow, String> stateColumn;
    @FXML private TableColumn<ItemRow, Instant> dueColumn;
    @FXML private TableColumn<ItemRow, Long> intervalColumn;
    @FXML private TableColumn<ItemRow, Integer> repsColumn;
    @FXML private TableColumn<ItemRow, Integer> lapsesColumn;
    @FXML private TableColumn<ItemRow, Integer> flagColumn;
    @FXML private Button studyNowButton;
    @FXML private Button suspendButton;
    @FXML private Button flagButton;
    @FXML private Button resetButton;
    @FXML private GridPane facts;
    @FXML private ScrollPane previewScroll;
    @FXML private StudyCardView preview;
    @FXML private Label selectionHint;
    @FXML private SplitPane split;
    /** Puts the divider where the FXML wants it once the split has a real width (see initialize). */
    private final ChangeListener<Number> firstWidth = new ChangeListener<>() {
        @Override
        public void changed(ObservableValue<? extends Number> obs, Number was, Number now) {
            if (now.doubleValue() >= SPLIT_SETTLED_EMS * searchField.getFont().getSize()) {
                split.widthProperty().removeListener(this);
                split.setDividerPositions(TABLE_SHARE);
            }
        }
    };

    /** The table's share of the width, the rest for the card's preview. */
    static final double TABLE_SHARE = 0.64;
    /** The width, in em, from which the split is taken to be laid out in its window. */
    static final double SPLIT_SETTLED_EMS = 50;

    public CardBrowserController(AppContext context) {
        this.context = context;
        this.model = new BrowserViewModel(StudyService.of(context), context.packs()::getIndex);
    }

    /** The card the preview shows, or null. */
    CardPresentation shownCard() {
        return preview.presentationProperty().get();
    }

    public BrowserViewModel model() {
        return model;
    }

    @FXML
    private void initialize() {
        // A page laid out before its window has its size (narrow, the preview at its minimum)
        // keeps the divider where that squeeze put it (0.42 at 1600x900): set it again once.
        split.widthProperty().addListener(firstWidth);
        searchField.textProperty().bindBidirectional(model.searchProperty());
        setUpFilters();

        SortedList<ItemRow> sorted = new SortedList<>(model.filtered());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        setUpColumns();
        table.getSortOrder().add(dueColumn);
        countLabel.textProperty().bind(Bindings.createStringBinding(
                () -> context.text("cards.browser.count", model.filtered().size(), model.rows().size()),
                model.filtered(), model.rows()));

        preview.textsProperty().set(new QuizTexts(context));
        preview.editableProperty().set(false);
        preview.flippedProperty().set(true);
        preview.animatedProperty().set(false);
        preview.onOpenItemProperty().set(id -> context.navigator().openItem(id));
        preview.onOpenQuoteProperty().set(q -> context.navigator().open(Target.PassageTarget.quote(q)));
        preview.onOpenUrlProperty().set(context::openUrl);

        table.getSelectionModel().getSelectedItems().addListener((ListChangeListener<ItemRow>) c -> showSelection());
        model.service().accessProperty().addListener((obs, old, now) -> showSelection());
        showSelection();

        table.setRowFactory(t -> {
            TableRow<ItemRow> row = new TableRow<>();
            row.itemProperty().addListener((obs, old, now) -> {
                row.getStyleClass().removeAll("row-suspended", "row-flagged");
                if (now != null && now.suspended()) {
                    row.getStyleClass().add("row-suspended");
                }
                if (now != null && now.flagged()) {
                    row.getStyleClass().add("row-flagged");
                }
            });
            return row;
        });
        table.setContextMenu(contextMenu());
        FindKeys.focusOnShortcut(root, searchField);
    }

    private void setUpFilters() {
        tagBox.getItems().add(null);
        tagBox.getItems().addAll(model.tags());
        model.tags().addListener((ListChangeListener<String>) c -> {
            String keep = tagBox.getValue();
            tagBox.getItems().setAll(model.tags());
            tagBox.getItems().add(0, null);
            tagBox.setValue(model.tags().contains(keep) ? keep : null);
        });
        tagBox.valueProperty().bindBidirectional(model.tagProperty());
        tagBox.setCellFactory(l -> labelled(v -> v == null ? context.text("cards.browser.allTags") : "#" + v));
        tagBox.setButtonCell(labelled(v -> v == null ? context.text("cards.browser.allTags") : "#" + v));

        typeBox.getItems().add(null);
        typeBox.getItems().addAll(CardType.values());
        typeBox.valueProperty().bindBidirectional(model.typeProperty());
        typeBox.setCellFactory(l -> labelled(this::typeName));
        typeBox.setButtonCell(labelled(this::typeName));

        stateBox.getItems().addAll(BrowserViewModel.StateFilter.values());
        stateBox.valueProperty().bindBidirectional(model.stateProperty());
        stateBox.setCellFactory(l -> labelled(this::stateFilterName));
        stateBox.setButtonCell(labelled(this::stateFilterName));
    }

    private String typeName(CardType t) {
        return t == null ? context.text("cards.browser.allTypes") : context.text("cards.type." + t.jsonName());
    }

    private String stateFilterName(BrowserViewModel.StateFilter s) {
        return context.text("cards.filter." + (s == null ? "all" : s.name().toLowerCase(Locale.ROOT)));
    }

    private static <T> ListCell<T> labelled(Function<T, String> text) {
        return new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : text.apply(item));
            }
        };
    }

    private void setUpColumns() {
        promptColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(
                (c.getValue().item().reverse() ? "\u21C4 " : "") + c.getValue().prompt()));
        typeColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(typeName(c.getValue().type())));
        stateColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(context.text("cards.state."
                + c.getValue().bucket().name().toLowerCase(Locale.ROOT))));
        dueColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().due()));
        dueColumn.setComparator(Comparator.nullsLast(Comparator.naturalOrder()));
        dueColumn.setCellFactory(textCell(this::dueText));
        intervalColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(
                c.getValue().due() == null ? null : c.getValue().intervalDays()));
        intervalColumn.setComparator(Comparator.nullsLast(Comparator.naturalOrder()));
        intervalColumn.setCellFactory(textCell(d -> d == null ? "" : intervalText(Duration.ofDays(d))));
        repsColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().reps()));
        lapsesColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().lapses()));
        flagColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().flag()));
        flagColumn.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(Integer flag, boolean empty) {
                super.updateItem(flag, empty);
                int f = empty || flag == null ? 0 : flag;
                setText(f == 0 ? null : context.text("cards.flagCell." + f));
                getStyleClass().remove("flag-cell");
                getStyleClass().add("flag-cell");
                StudySessionController.markFlag(this, f);
            }
        });
        promptColumn.setCellFactory(textCell(s -> s));
        // The card text takes what the other columns leave; they keep room for their headings at
        // any text size.
        List<TableColumn<ItemRow, ?>> others = List.of(typeColumn, stateColumn, dueColumn, intervalColumn, repsColumn,
                lapsesColumn, flagColumn);
        double[] ems = {6.0, 4.8, 6.0, 4.8, 4.8, 4.4, 4.4};
        Runnable sizes = () -> {
            double em = 14 * Theme.SCALES.get(context.theme().scaleProperty().get()) / 100.0;
            for (int i = 0; i < others.size(); i++) {
                others.get(i).setMinWidth(ems[i] * em);
                others.get(i).setPrefWidth(ems[i] * em);
            }
            promptColumn.setMinWidth(9 * em);
        };
        sizes.run();
        context.theme().scaleProperty().addListener((obs, old, now) -> sizes.run());
        Observable[] deps = new Observable[others.size() + 1];
        for (int i = 0; i < others.size(); i++) {
            deps[i] = others.get(i).widthProperty();
        }
        deps[others.size()] = table.widthProperty();
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        promptColumn.prefWidthProperty().bind(Bindings.createDoubleBinding(() -> Math.max(promptColumn.getMinWidth(),
                table.getWidth() - others.stream().mapToDouble(TableColumn::getWidth).sum() - scrollRoom()), deps));
    }

    /** What the table's vertical scroll bar and borders take from its width. */
    private double scrollRoom() {
        return 20 + 14 * Theme.SCALES.get(context.theme().scaleProperty().get()) / 100.0;
    }

    private static <T> Callback<TableColumn<ItemRow, T>, TableCell<ItemRow, T>> textCell(
            Function<T, String> text) {
        return col -> new TableCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : text.apply(item));
            }
        };
    }

    String intervalText(Duration d) {
        IntervalLabel l = IntervalLabel.of(d);
        return context.text("cards.unit." + l.unit().name().toLowerCase(Locale.ROOT), l.amount());
    }

    private String dueText(Instant due) {
        if (due == null) {
            return "";
        }
        StudyService s = model.service();
        LocalDate today = StudyDay.of(s.now(), s.zone());
        long days = ChronoUnit.DAYS.between(today, StudyDay.of(due, s.zone()));
        if (days < 0) {
            return context.text("cards.due.overdue", -days);
        }
        if (days == 0) {
            return context.text("cards.due.today");
        }
        if (days == 1) {
            return context.text("cards.due.tomorrow");
        }
        LocalDate date = StudyDay.of(due, s.zone());
        DateTimeFormatter f = DateTimeFormatter.ofPattern(context.text(date.getYear() == today.getYear()
                ? "cards.due.datePattern" : "cards.due.dateYearPattern"), context.bundle().getLocale());
        return f.format(date);
    }

    private ContextMenu contextMenu() {
        MenuItem study = new MenuItem(context.text("cards.action.studyNow"));
        study.setOnAction(e -> studyNow());
        MenuItem suspend = new MenuItem(context.text("cards.action.suspend"));
        suspend.setOnAction(e -> model.service().setSuspended(selectedKeys(), true));
        MenuItem unsuspend = new MenuItem(context.text("cards.action.unsuspend"));
        unsuspend.setOnAction(e -> model.service().setSuspended(selectedKeys(), false));
        MenuItem flag = new MenuItem(context.text("cards.action.flag"));
        flag.setOnAction(e -> model.service().setFlagged(selectedKeys(), true));
        MenuItem unflag = new MenuItem(context.text("cards.action.unflag"));
        unflag.setOnAction(e -> model.service().setFlagged(selectedKeys(), false));
        MenuItem reset = new MenuItem(context.text("cards.action.reset"));
        reset.setOnAction(e -> reset());
        ContextMenu menu = new ContextMenu(study, suspend, unsuspend, flag, unflag, reset);
        menu.setOnShowing(e -> menu.getItems().forEach(i -> i.setDisable(selectedKeys().isEmpty()
                || !model.service().canSave())));
        return menu;
    }

    /** The card of the first selected row, if any. */
    Optional<String> selectedCardId() {
        return selected().stream().findFirst().map(r -> r.item().card().id());
    }

    private List<ItemRow> selected() {
        return List.copyOf(table.getSelectionModel().getSelectedItems());
    }

    private List<String> selectedKeys() {
        return BrowserViewModel.keys(selected());
    }

    private void showSelection() {
        List<ItemRow> rows = selected();
        boolean writable = model.service().canSave();
        boolean none = rows.isEmpty();
        for (Button b : List.of(studyNowButton, suspendButton, flagButton, resetButton)) {
            b.setDisable(none || !writable);
        }
        boolean allSuspended = !none && rows.stream().allMatch(ItemRow::suspended);
        boolean allFlagged = !none && rows.stream().allMatch(ItemRow::flagged);
        suspendButton.setText(context.text(allSuspended ? "cards.action.unsuspend" : "cards.action.suspend"));
        flagButton.setText(context.text(allFlagged ? "cards.action.unflag" : "cards.action.flag"));
        ItemRow one = rows.size() == 1 ? rows.get(0) : null;
        preview.presentationProperty().set(one == null ? null
                : new CardPresentation(one.item(), model.index(), 0));
        previewScroll.setVisible(one != null);
        previewScroll.setManaged(one != null);
        facts.getChildren().clear();
        facts.setVisible(one != null);
        facts.setManaged(one != null);
        if (one != null) {
            fillFacts(one);
        }
        selectionHint.setVisible(one == null);
        selectionHint.setManaged(one == null);
        selectionHint.setText(none ? context.text("cards.browser.selectHint")
                : context.text("cards.browser.selected", rows.size()));
    }

    private void fillFacts(ItemRow r) {
        int row = 0;
        fact(row++, "cards.fact.state", context.text("cards.state." + r.bucket().name().toLowerCase(Locale.ROOT))
                + (r.flag() > 0 ? "  \u00B7  " + context.text("cards.flag." + r.flag()) : ""));
        if (r.due() != null) {
            fact(row++, "cards.fact.due", dueText(r.due()));
            fact(row++, "cards.fact.stability", intervalText(Duration.ofSeconds(
                    Math.round(r.progress().card().stability() * 86400))));
            fact(row++, "cards.fact.difficulty", String.format(context.bundle().getLocale(), "%.1f / 10",
                    r.progress().card().difficulty()));
            fact(row++, "cards.fact.recall", Math.round(r.retrievability() * 100) + "%");
        }
        fact(row, "cards.fact.reviews", context.text("cards.fact.reviewsValue", r.reps(), r.lapses()));
    }

    private void fact(int row, String key, String value) {
        Label k = new Label(context.text(key));
        k.getStyleClass().add("fact-key");
        Label v = new Label(value);
        v.getStyleClass().add("fact-value");
        facts.add(k, 0, row);
        facts.add(v, 1, row);
    }

    @FXML
    void studyNow() {
        List<ItemRow> rows = selected();
        if (rows.isEmpty()) {
            return;
        }
        if (model.service().makeDueNow(rows.stream().map(ItemRow::cardId).distinct().toList())) {
            onStudy.accept(rows.get(0).key());
        }
    }

    @FXML
    void toggleSuspend() {
        boolean allSuspended = selected().stream().allMatch(ItemRow::suspended);
        reselectAfter(() -> model.service().setSuspended(selectedKeys(), !allSuspended));
    }

    @FXML
    void toggleFlag() {
        boolean allFlagged = selected().stream().allMatch(ItemRow::flagged);
        reselectAfter(() -> model.service().setFlagged(selectedKeys(), !allFlagged));
    }

    @FXML
    void reset() {
        List<String> keys = selectedKeys();
        if (keys.isEmpty()) {
            return;
        }
        String title = context.text("cards.reset.title");
        context.dialogs().confirm(new DialogService.Question(title, title, context.text("cards.reset.body",
                keys.size()), context.text("cards.reset.confirm")), () -> reselectAfter(() -> model.service().reset(keys)));
    }

    /** Runs a change that rebuilds the rows, then selects the same items again. */
    private void reselectAfter(Runnable change) {
        List<String> keys = selectedKeys();
        change.run();
        select(keys);
    }

    private void select(List<String> keys) {
        table.getSelectionModel().clearSelection();
        for (int i = 0; i < table.getItems().size(); i++) {
            if (keys.contains(table.getItems().get(i).key())) {
                table.getSelectionModel().select(i);
            }
        }
        showSelection();
    }

    /** Shows a card's rows (both directions of a reversed card), clearing filters that hide them. */
    void reveal(String cardId) {
        List<String> keys = model.rows().stream().filter(r -> r.cardId().equals(cardId)).map(ItemRow::key).toList();
        if (keys.isEmpty()) {
            return;
        }
        boolean hidden = model.filtered().stream().noneMatch(r -> r.cardId().equals(cardId));
        if (hidden) {
            model.searchProperty().set("");
            model.tagProperty().set(null);
            model.typeProperty().set(null);
            model.stateProperty().set(BrowserViewModel.StateFilter.ALL);
        }
        select(keys);
        int first = table.getSelectionModel().getSelectedIndex();
        if (first >= 0) {
            table.scrollTo(first);
        }
        table.requestFocus();
    }

    /** What "Study now" does after making the cards due: the key to study first. */
    void setOnStudy(Consumer<String> c) {
        onStudy = c;
    }

    void focus() {
        table.requestFocus();
    }

}
