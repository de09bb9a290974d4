package org.xistudy.ui.common;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.value.ChangeListener;
import javafx.collections.ListChangeListener;
import javafx.event.EventHandler;
import javafx.geometry.Bounds;
import javafx.geometry.HPos;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.PopupControl;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Skin;
import javafx.scene.control.SkinBase;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * {@link FilterBox}'s skin: the title and an arrow, and below them, once opened, a pop-up list with
 * a check box for each item, bound to the box's check model. The pop-up and its check boxes are
 * made on the first opening and made again when the items change; their texts are read from the
 * converter at each opening, since a converter may count what the items stand for.
 */
final class FilterBoxSkin<T> extends SkinBase<FilterBox<T>> {
    private final Label title = new Label();
    private final StackPane arrow = new StackPane();
    private final StackPane arrowButton = new StackPane(arrow);
    private final List<Row<T>> rows = new ArrayList<>();
    private PopupControl popup;
    private VBox list;
    private boolean rowsStale = true;

    // A change listener, not an invalidation one: those run first, before the check model's own
    // change listener has made the new items' tick properties.
    private final ListChangeListener<T> itemsChanged = c -> itemsChanged();
    private final ChangeListener<Boolean> popupShowing = (obs, was, now) -> getSkinnable().setShowing(now);
    private final EventHandler<MouseEvent> pressed = this::pressed;
    private final EventHandler<KeyEvent> keyPressed = this::keyPressed;

    /** One check box and the item property it is bound to. */
    private record Row<T>(T item, CheckBox box, BooleanProperty ticked) {
        void unbind() {
            box.selectedProperty().unbindBidirectional(ticked);
        }
    }

    FilterBoxSkin(FilterBox<T> box) {
        super(box);
        title.getStyleClass().add("filter-box-title");
        title.textProperty().bind(box.titleProperty());
        title.setMinWidth(0);
        arrowButton.getStyleClass().add("arrow-button");
        arrow.getStyleClass().add("arrow");
        arrow.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        getChildren().setAll(title, arrowButton);
        box.getItems().addListener(itemsChanged);
        box.addEventHandler(MouseEvent.MOUSE_PRESSED, pressed);
        box.addEventHandler(KeyEvent.KEY_PRESSED, keyPressed);
    }

    private void itemsChanged() {
        rowsStale = true;
        if (popup != null && popup.isShowing()) {
            fillRows();
        }
    }

    private void pressed(MouseEvent e) {
        if (e.getButton() != MouseButton.PRIMARY) {
            return;
        }
        getSkinnable().requestFocus();
        if (isShowing()) {
            hide();
        } else {
            show();
        }
        e.consume();
    }

    private void keyPressed(KeyEvent e) {
        KeyCode code = e.getCode();
        if (code == KeyCode.SPACE || code == KeyCode.ENTER || code == KeyCode.DOWN || code == KeyCode.F4) {
            show();
            e.consume();
        }
    }

    private boolean isShowing() {
        return popup != null && popup.isShowing();
    }

    void show() {
        FilterBox<T> box = getSkinnable();
        if (box.getScene() == null || box.getScene().getWindow() == null || box.getItems().isEmpty()) {
            return;
        }
        if (popup == null) {
            makePopup();
        }
        if (rowsStale) {
            fillRows();
        } else {
            refreshTexts();
        }
        Bounds b = box.localToScreen(box.getLayoutBounds());
        list.setMinWidth(b.getWidth());
        popup.show(box, b.getMinX(), b.getMaxY());
        if (!rows.isEmpty()) {
            rows.get(0).box().requestFocus();
        }
    }

    void hide() {
        if (popup != null) {
            popup.hide();
        }
    }

    private void makePopup() {
        list = new VBox();
        list.getStyleClass().add("filter-box-list");
        ScrollPane scroll = new ScrollPane(list);
        scroll.getStyleClass().add("filter-box-popup");
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        // The pop-up is drawn with the window's style sheets and with the box's own, and (a
        // PopupControl, not a plain Popup) inherits the box's font: the user's text size.
        scroll.getStylesheets().add(getSkinnable().getUserAgentStylesheet());
        popup = new PopupControl();
        popup.setAutoHide(true);
        popup.setHideOnEscape(true);
        popup.setAutoFix(true);
        popup.setSkin(new ListSkin(popup, scroll));
        popup.showingProperty().addListener(popupShowing);
    }

    private void fillRows() {
        rows.forEach(Row::unbind);
        rows.clear();
        FilterBox<T> box = getSkinnable();
        for (T item : box.getItems()) {
            CheckBox check = new CheckBox();
            check.getStyleClass().add("filter-box-item");
            check.setMaxWidth(Double.MAX_VALUE);
            check.setMnemonicParsing(false);
            BooleanProperty ticked = box.getItemBooleanProperty(item);
            check.selectedProperty().bindBidirectional(ticked);
            rows.add(new Row<>(item, check, ticked));
        }
        list.getChildren().setAll(rows.stream().map(Row::box).toList());
        rowsStale = false;
        refreshTexts();
    }

    private void refreshTexts() {
        StringConverter<T> converter = getSkinnable().getConverter();
        for (Row<T> row : rows) {
            row.box().setText(converter == null ? String.valueOf(row.item()) : converter.toString(row.item()));
        }
    }

    /** The pop-up's skin: the scrolling list. */
    private record ListSkin(PopupControl getSkinnable, Node getNode) implements Skin<PopupControl> {
        @Override
        public void dispose() {
            // nothing of its own to let go of
        }
    }

    @Override
    protected double computePrefWidth(double height, double top, double right, double bottom, double left) {
        return left + title.prefWidth(-1) + arrowButton.prefWidth(-1) + right;
    }

    @Override
    protected double computePrefHeight(double width, double top, double right, double bottom, double left) {
        return top + Math.max(title.prefHeight(-1), arrowButton.prefHeight(-1)) + bottom;
    }

    @Override
    protected double computeMinWidth(double height, double top, double right, double bottom, double left) {
        return left + arrowButton.minWidth(-1) + right;
    }

    @Override
    protected double computeMinHeight(double width, double top, double right, double bottom, double left) {
        return computePrefHeight(width, top, right, bottom, left);
    }

    @Override
    protected void layoutChildren(double x, double y, double w, double h) {
        double arrowWidth = snapSizeX(arrowButton.prefWidth(h));
        layoutInArea(arrowButton, x + w - arrowWidth, y, arrowWidth, h, 0, HPos.CENTER, VPos.CENTER);
        layoutInArea(title, x, y, Math.max(0, w - arrowWidth), h, 0, HPos.LEFT, VPos.CENTER);
    }

    @Override
    public void dispose() {
        FilterBox<T> box = getSkinnable();
        if (box == null) {
            return;
        }
        box.getItems().removeListener(itemsChanged);
        box.removeEventHandler(MouseEvent.MOUSE_PRESSED, pressed);
        box.removeEventHandler(KeyEvent.KEY_PRESSED, keyPressed);
        title.textProperty().unbind();
        rows.forEach(Row::unbind);
        rows.clear();
        if (popup != null) {
            popup.showingProperty().removeListener(popupShowing);
            popup.hide();
        }
        box.setShowing(false);
        super.dispose();
    }
}
