package org.xistudy.ui.argument;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.InvalidationListener;
import javafx.css.PseudoClass;
import javafx.event.EventHandler;
import javafx.geometry.Bounds;
import javafx.scene.AccessibleRole;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SkinBase;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Pane;
import javafx.scene.layout.VBox;
import javafx.scene.text.Font;
import javafx.scene.transform.Scale;
import org.xistudy.content.model.Claim;
import org.xistudy.study.argument.ArgumentLayout;

/**
 * Draws an {@link ArgumentMap}: the lines on a canvas behind, a box node per claim, all in a
 * scroll pane. The boxes are measured with the font CSS gives them and laid out again when the
 * claims, their captions or the text size change.
 */
final class ArgumentMapSkin extends SkinBase<ArgumentMap> {
    private static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");
    private static final PseudoClass NEAR = PseudoClass.getPseudoClass("near");

    private final Canvas lines = new Canvas();
    private final Pane board = new Pane();
    private final ScrollPane scroll = new ScrollPane(board);
    private final Label prototype = new Label();
    private final Map<String, VBox> boxes = new LinkedHashMap<>();
    private ArgumentLayout.Result layout;
    private double pad;
    private boolean dirty = true;
    private boolean revealPending;
    private double fitScale = 1;
    private Font measuredFont;

    private final InvalidationListener rebuild = o -> {
        dirty = true;
        getSkinnable().requestLayout();
    };
    private final InvalidationListener selectionChanged = o -> showSelection(true);
    private final InvalidationListener repaint = o -> paint();
    private final EventHandler<KeyEvent> onKey = this::keyPressed;

    ArgumentMapSkin(ArgumentMap control) {
        super(control);
        scroll.getStyleClass().add("argument-scroll");
        scroll.setFocusTraversable(false);
        scroll.setPannable(true);
        board.getStyleClass().add("argument-board");
        prototype.getStyleClass().add("claim-title");
        prototype.setManaged(false);
        prototype.setVisible(false);
        board.getChildren().addAll(lines, prototype);
        getChildren().add(scroll);
        control.claimsProperty().addListener(rebuild);
        control.captionsProperty().addListener(rebuild);
        control.kindNamesProperty().addListener(rebuild);
        control.wholeTreeProperty().addListener(rebuild);
        control.fittedProperty().addListener(rebuild);
        control.boxWidthProperty().addListener(rebuild);
        prototype.fontProperty().addListener(rebuild);
        control.selectedIdProperty().addListener(selectionChanged);
        control.edgeProperty().addListener(repaint);
        control.edgeSelectedProperty().addListener(repaint);
        control.addEventHandler(KeyEvent.KEY_PRESSED, onKey);
    }

    @Override
    public void dispose() {
        ArgumentMap c = getSkinnable();
        if (c != null) {
            c.claimsProperty().removeListener(rebuild);
            c.captionsProperty().removeListener(rebuild);
            c.kindNamesProperty().removeListener(rebuild);
            c.wholeTreeProperty().removeListener(rebuild);
            c.fittedProperty().removeListener(rebuild);
            c.boxWidthProperty().removeListener(rebuild);
            c.selectedIdProperty().removeListener(selectionChanged);
            c.edgeProperty().removeListener(repaint);
            c.edgeSelectedProperty().removeListener(repaint);
            c.removeEventHandler(KeyEvent.KEY_PRESSED, onKey);
        }
        prototype.fontProperty().removeListener(rebuild);
        super.dispose();
    }

    @Override
    protected void layoutChildren(double x, double y, double w, double h) {
        buildIfNeeded();
        super.layoutChildren(x, y, w, h);
        fitToRoom(w, h);
        if (revealPending && !getSkinnable().fittedProperty().get()) {
            revealPending = false;
            scroll.layout();
            VBox box = boxes.get(getSkinnable().selectedIdProperty().get());
            if (box != null) {
                reveal(box);
            }
        }
    }

    /** When fitted: the board scaled down, never up, to the room the map has. */
    private void fitToRoom(double w, double h) {
        double s = 1;
        if (getSkinnable().fittedProperty().get() && board.getPrefWidth() > 0 && board.getPrefHeight() > 0) {
            double rw = w - scroll.snappedLeftInset() - scroll.snappedRightInset();
            double rh = h - scroll.snappedTopInset() - scroll.snappedBottomInset();
            s = Math.max(0.05, Math.min(1, Math.min(rw / board.getPrefWidth(), rh / board.getPrefHeight())));
        }
        if (s != fitScale) {
            fitScale = s;
            if (s == 1) {
                board.getTransforms().clear();
            } else {
                board.getTransforms().setAll(new Scale(s, s, 0, 0));
            }
        }
    }

    /** The scale of the board now: 1 unless the map is fitted to a room smaller than the tree. */
    double fitScale() {
        return fitScale;
    }

    @Override
    protected double computePrefWidth(double height, double top, double right, double bottom, double left) {
        if (getSkinnable().wholeTreeProperty().get()) {
            buildIfNeeded();
            return left + right + scroll.snappedLeftInset() + scroll.snappedRightInset() + board.getPrefWidth();
        }
        return left + right + 60 * em();
    }

    @Override
    protected double computePrefHeight(double width, double top, double right, double bottom, double left) {
        if (getSkinnable().wholeTreeProperty().get()) {
            buildIfNeeded();
            return top + bottom + scroll.snappedTopInset() + scroll.snappedBottomInset() + board.getPrefHeight();
        }
        return top + bottom + 30 * em();
    }

    @Override
    protected double computeMinWidth(double height, double top, double right, double bottom, double left) {
        return left + right + boxEms() * em() * 1.5;
    }

    @Override
    protected double computeMinHeight(double width, double top, double right, double bottom, double left) {
        return top + bottom + 8 * em();
    }

    /** A box's width, in the title font's em. */
    private double boxEms() {
        return Math.max(4, getSkinnable().boxWidthProperty().get());
    }

    private double em() {
        Font f = prototype.getFont();
        return f == null ? 13 : f.getSize();
    }

    private void buildIfNeeded() {
        if (dirty || (measuredFont != null && !measuredFont.equals(prototype.getFont()))) {
            build();
        }
    }

    /** Makes the boxes again, measures them and lays the tree out. */
    private void build() {
        dirty = false;
        ArgumentMap c = getSkinnable();
        ScrollPane.ScrollBarPolicy bars = c.wholeTreeProperty().get() || c.fittedProperty().get()
                ? ScrollPane.ScrollBarPolicy.NEVER : ScrollPane.ScrollBarPolicy.AS_NEEDED;
        if (c.fittedProperty().get()) {
            scroll.setHvalue(0);
            scroll.setVvalue(0);
        }
        scroll.setHbarPolicy(bars);
        scroll.setVbarPolicy(bars);
        board.getChildren().removeIf(n -> n instanceof VBox);
        boxes.clear();
        prototype.applyCss();
        measuredFont = prototype.getFont();
        double em = em();
        pad = em;
        double width = boxEms() * em;
        Map<String, ArgumentLayout.Size> sizes = new HashMap<>();
        List<Claim> claims = c.claimsProperty().get() == null ? List.of() : c.claimsProperty().get();
        for (Claim claim : claims) {
            VBox box = box(claim);
            boxes.put(claim.id(), box);
            board.getChildren().add(box);
            box.applyCss();
            // laid out on its side (the thesis on the left, each layer a column): sizes go in turned
            sizes.put(claim.id(), new ArgumentLayout.Size(Math.ceil(box.prefHeight(width)), width));
        }
        layout = claims.isEmpty() ? null : ArgumentLayout.ofClaims(claims, sizes, new ArgumentLayout.Gaps(0.8 * em,
                2.6 * em)).transposed();
        double bw = layout == null ? 0 : layout.width() + 2 * pad;
        double bh = layout == null ? 0 : layout.height() + 2 * pad;
        board.setPrefSize(bw, bh);
        board.setMinSize(bw, bh);
        lines.setWidth(bw);
        lines.setHeight(bh);
        if (layout != null) {
            for (Map.Entry<String, VBox> e : boxes.entrySet()) {
                ArgumentLayout.Box b = layout.box(e.getKey());
                e.getValue().resizeRelocate(pad + b.x(), pad + b.y(), b.width(), b.height());
            }
        }
        showSelection(false);
        revealPending = true;
    }

    private VBox box(Claim claim) {
        ArgumentMap c = getSkinnable();
        Label kind = new Label(c.kindNamesProperty().get().apply(claim.kind()));
        kind.getStyleClass().add("claim-kind");
        Label title = new Label(claim.title());
        title.getStyleClass().add("claim-title");
        title.setWrapText(true);
        boolean compact = c.fittedProperty().get();
        VBox box = compact ? new VBox(title) : new VBox(kind, title);
        String caption = c.captionsProperty().get().get(claim.id());
        if (!compact && caption != null && !caption.isEmpty()) {
            Label cap = new Label(caption);
            cap.getStyleClass().add("claim-caption");
            cap.setWrapText(true);
            box.getChildren().add(cap);
        }
        box.getStyleClass().addAll("claim-box", "claim-" + claim.kind().jsonName());
        box.setManaged(false);
        box.setId("claim-" + claim.id());
        box.setAccessibleRole(AccessibleRole.TREE_ITEM);
        box.setAccessibleText(kind.getText() + ": " + claim.title() + (caption == null ? "" : ". " + caption));
        box.setOnMousePressed(e -> {
            if (e.getButton() == MouseButton.PRIMARY) {
                c.selectedIdProperty().set(claim.id());
                c.requestFocus();
            }
        });
        box.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                c.onOpenProperty().get().accept(claim.id());
            }
        });
        box.addEventHandler(MouseEvent.DRAG_DETECTED, MouseEvent::consume);
        return box;
    }

    /** Marks the selected box and its neighbours, draws the lines and, if asked, scrolls to it. */
    private void showSelection(boolean scrollTo) {
        ArgumentMap c = getSkinnable();
        String sel = c.selectedIdProperty().get();
        String parent = c.claim(sel).map(Claim::parent).orElse(null);
        for (Map.Entry<String, VBox> e : boxes.entrySet()) {
            boolean selected = e.getKey().equals(sel);
            boolean near = !selected && (e.getKey().equals(parent)
                    || c.claim(e.getKey()).map(x -> sel != null && sel.equals(x.parent())).orElse(false));
            e.getValue().pseudoClassStateChanged(SELECTED, selected);
            e.getValue().pseudoClassStateChanged(NEAR, near);
        }
        paint();
        VBox box = sel == null ? null : boxes.get(sel);
        if (scrollTo && box != null) {
            reveal(box);
        }
    }

    private void reveal(VBox box) {
        Bounds view = scroll.getViewportBounds();
        double cw = board.getPrefWidth();
        double ch = board.getPrefHeight();
        if (cw > view.getWidth()) {
            double left = (cw - view.getWidth()) * scroll.getHvalue();
            double x = box.getLayoutX();
            if (x < left || x + box.getWidth() > left + view.getWidth()) {
                double target = x + box.getWidth() / 2 - view.getWidth() / 2;
                scroll.setHvalue(clamp(target / (cw - view.getWidth())));
            }
        }
        if (ch > view.getHeight()) {
            double top = (ch - view.getHeight()) * scroll.getVvalue();
            double y = box.getLayoutY();
            if (y < top || y + box.getHeight() > top + view.getHeight()) {
                double target = y + box.getHeight() / 2 - view.getHeight() / 2;
                scroll.setVvalue(clamp(target / (ch - view.getHeight())));
            }
        }
    }

    private static double clamp(double v) {
        return Math.max(0, Math.min(1, v));
    }

    private void paint() {
        GraphicsContext g = lines.getGraphicsContext2D();
        g.clearRect(0, 0, lines.getWidth(), lines.getHeight());
        if (layout == null) {
            return;
        }
        String sel = getSkinnable().selectedIdProperty().get();
        double em = em();
        for (boolean highlighted : new boolean[] {false, true}) {
            g.setStroke(highlighted ? getSkinnable().edgeSelectedPaint() : getSkinnable().edgePaint());
            g.setLineWidth(highlighted ? Math.max(2, 0.18 * em) : Math.max(1, 0.09 * em));
            for (ArgumentLayout.Edge e : layout.edges()) {
                boolean on = sel != null && (sel.equals(e.parent()) || sel.equals(e.child()));
                if (on != highlighted) {
                    continue;
                }
                List<ArgumentLayout.Point> pts = e.points();
                g.beginPath();
                g.moveTo(pad + pts.get(0).x(), pad + pts.get(0).y());
                for (int i = 1; i < pts.size(); i++) {
                    g.lineTo(pad + pts.get(i).x(), pad + pts.get(i).y());
                }
                g.stroke();
            }
        }
    }

    private void keyPressed(KeyEvent e) {
        ArgumentMap c = getSkinnable();
        if (layout == null) {
            return;
        }
        String sel = c.selectedIdProperty().get();
        String next = null;
        switch (e.getCode()) {
            case HOME -> next = layout.layers().get(0).get(0);
            case LEFT -> next = sel == null ? layout.layers().get(0).get(0) : c.claim(sel).map(Claim::parent).orElse(null);
            case RIGHT -> next = sel == null ? layout.layers().get(0).get(0) : firstChild(sel);
            case UP -> next = beside(sel, -1);
            case DOWN -> next = beside(sel, 1);
            case ENTER -> {
                if (sel != null) {
                    c.onOpenProperty().get().accept(sel);
                    e.consume();
                }
                return;
            }
            default -> {
                return;
            }
        }
        if (next != null) {
            c.selectedIdProperty().set(next);
        }
        e.consume();
    }

    private String firstChild(String id) {
        return layout.edges().stream().filter(e -> e.parent().equals(id)).map(ArgumentLayout.Edge::child)
                .min(Comparator.comparingDouble(child -> layout.box(child).y())).orElse(null);
    }

    /** The claim above ({@code -1}) or below ({@code 1}) in the same column, or null. */
    private String beside(String id, int step) {
        if (id == null) {
            return layout.layers().get(0).get(0);
        }
        for (List<String> layer : layout.layers()) {
            if (layer.contains(id)) {
                List<String> sorted = new ArrayList<>(layer);
                sorted.sort(Comparator.comparingDouble(k -> layout.box(k).y()));
                int i = sorted.indexOf(id) + step;
                return i >= 0 && i < sorted.size() ? sorted.get(i) : null;
            }
        }
        return null;
    }

    // ---- for tests ----------------------------------------------------------------------------

    /** The box of a claim as laid out, in the board's coordinates, or null. */
    VBox boxOf(String id) {
        return boxes.get(id);
    }

    ArgumentLayout.Result currentLayout() {
        return layout;
    }
}
