package org.xistudy.ui.answer;

import java.util.ArrayList;
import java.util.List;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.DataFormat;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** Draws an {@link OrderList}: numbered rows with a grip, movable by drag and drop or small arrows. */
final class OrderListSkin extends AnswerSkin<OrderList> {
    private static final PseudoClass DROP = PseudoClass.getPseudoClass("drop-target");
    private static final DataFormat PLACE = new DataFormat("application/x-xistudy-order-place");

    private final VBox box;
    private final List<HBox> rows = new ArrayList<>();

    OrderListSkin(OrderList control) {
        this(control, new VBox());
    }

    private OrderListSkin(OrderList control, VBox box) {
        super(control, box);
        this.box = box;
        box.getStyleClass().add("order-rows");
        onChange(this::rebuild, control.getArrangement(), control.getTexts(), control.getCorrectOrder(),
                control.revealedProperty(), control.editableProperty());
        onChange(this::mark, control.selectedProperty(), control.focusedProperty());
        onKey(this::key);
        rebuild();
    }

    private void key(KeyEvent e) {
        OrderList c = getSkinnable();
        boolean move = e.isShiftDown() || e.isAltDown() || e.isControlDown() || e.isShortcutDown();
        if (e.getCode() == KeyCode.UP || e.getCode() == KeyCode.DOWN) {
            int delta = e.getCode() == KeyCode.UP ? -1 : 1;
            if (move) {
                c.moveSelectedBy(delta);
            } else {
                c.select(c.selectedProperty().get() + delta);
            }
            e.consume();
        } else if (e.getCode() == KeyCode.HOME || e.getCode() == KeyCode.END) {
            int place = e.getCode() == KeyCode.HOME ? 0 : c.getArrangement().size() - 1;
            if (move) {
                c.moveSelectedTo(place);
            } else {
                c.select(place);
            }
            e.consume();
        }
    }

    private void rebuild() {
        OrderList c = getSkinnable();
        rows.clear();
        boolean revealed = c.revealedProperty().get();
        for (int place = 0; place < c.getArrangement().size(); place++) {
            int item = c.getArrangement().get(place);
            Label number = new Label(Integer.toString(place + 1));
            number.getStyleClass().add("order-number");
            number.setMinWidth(Region.USE_PREF_SIZE);
            Region grip = new Region();
            grip.getStyleClass().add("order-grip");
            Label text = new Label(item < c.getTexts().size() ? c.getTexts().get(item) : "");
            text.getStyleClass().add("order-text");
            text.setWrapText(true);
            text.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(text, Priority.ALWAYS);
            Button up = arrow("order-up", place, -1);
            Button down = arrow("order-down", place, 1);
            up.setDisable(place == 0);
            down.setDisable(place == c.getArrangement().size() - 1);
            HBox row = new HBox(number, grip, text, up, down);
            row.getStyleClass().add("order-row");
            row.setAccessibleRole(AccessibleRole.LIST_ITEM);
            row.setAccessibleText((place + 1) + ": " + text.getText());
            if (revealed && c.getCorrectOrder().size() == c.getArrangement().size()) {
                boolean right = c.getCorrectOrder().get(place).equals(item);
                row.pseudoClassStateChanged(CORRECT, right);
                row.pseudoClassStateChanged(WRONG, !right);
                if (!right) {
                    Label belongs = new Label(c.belongsText(c.getCorrectOrder().indexOf(item) + 1));
                    belongs.getStyleClass().add("order-belongs");
                    belongs.setMinWidth(Region.USE_PREF_SIZE);
                    row.getChildren().add(3, belongs);
                }
            }
            boolean movable = !revealed && c.editableProperty().get();
            for (Node n : List.of(up, down, grip)) {
                n.setVisible(movable);
                n.setManaged(movable);
            }
            wireDrag(row, place);
            rows.add(row);
        }
        box.getChildren().setAll(rows);
        mark();
    }

    private Button arrow(String style, int place, int delta) {
        Button b = new Button();
        b.getStyleClass().addAll("order-arrow", style);
        b.setFocusTraversable(false);
        Region glyph = new Region();
        glyph.getStyleClass().add("order-arrow-glyph");
        b.setGraphic(glyph);
        b.setOnAction(e -> {
            OrderList c = getSkinnable();
            c.select(place);
            c.moveSelectedBy(delta);
            c.requestFocus();
        });
        return b;
    }

    private void wireDrag(HBox row, int place) {
        OrderList c = getSkinnable();
        row.setOnMousePressed(e -> {
            c.requestFocus();
            c.select(place);
        });
        row.setOnDragDetected(e -> {
            if (!c.editableProperty().get() || c.revealedProperty().get()) {
                return;
            }
            var board = row.startDragAndDrop(TransferMode.MOVE);
            ClipboardContent content = new ClipboardContent();
            content.put(PLACE, place);
            board.setContent(content);
            board.setDragView(row.snapshot(null, null));
            e.consume();
        });
        row.setOnDragOver(e -> {
            if (e.getDragboard().hasContent(PLACE) && e.getGestureSource() instanceof HBox src && rows.contains(src)) {
                e.acceptTransferModes(TransferMode.MOVE);
                row.pseudoClassStateChanged(DROP, true);
            }
            e.consume();
        });
        row.setOnDragExited(e -> row.pseudoClassStateChanged(DROP, false));
        row.setOnDragDropped(e -> {
            Object from = e.getDragboard().getContent(PLACE);
            boolean done = from instanceof Integer;
            if (done) {
                c.move((Integer) from, place);
            }
            e.setDropCompleted(done);
            e.consume();
        });
    }

    private void mark() {
        OrderList c = getSkinnable();
        for (int i = 0; i < rows.size(); i++) {
            rows.get(i).pseudoClassStateChanged(SELECTED, i == c.selectedProperty().get() && !c.revealedProperty().get()
                    && c.editableProperty().get());
        }
    }
}
