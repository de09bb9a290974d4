package org.xistudy.ui.common;

import java.util.ArrayList;
import java.util.List;
import javafx.css.CssMetaData;
import javafx.css.Styleable;
import javafx.css.StyleableDoubleProperty;
import javafx.css.StyleableProperty;
import javafx.css.converter.SizeConverter;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Separator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;

/**
 * A tool bar that gives way to large text: its items stand in one row, as in an {@link HBox}, while
 * they fit, and wrap onto further rows when they do not, each item at its preferred width (so that
 * no button is cut down to "…"). A child with {@code HBox.hgrow="ALWAYS"} (a spacer, a search
 * field) takes what its row has left over, which pushes the items after it to the right edge. A
 * vertical separator that would start or end a row is given no width.
 */
public class WrapBar extends Pane {
    private static final CssMetaData<WrapBar, Number> HGAP = new CssMetaData<>("-fx-hgap", SizeConverter.getInstance(), 0.0) {
        @Override
        public boolean isSettable(WrapBar bar) {
            return !bar.hgap.isBound();
        }

        @Override
        public StyleableProperty<Number> getStyleableProperty(WrapBar bar) {
            return bar.hgap;
        }
    };
    private static final CssMetaData<WrapBar, Number> VGAP = new CssMetaData<>("-fx-vgap", SizeConverter.getInstance(), 0.0) {
        @Override
        public boolean isSettable(WrapBar bar) {
            return !bar.vgap.isBound();
        }

        @Override
        public StyleableProperty<Number> getStyleableProperty(WrapBar bar) {
            return bar.vgap;
        }
    };
    private static final List<CssMetaData<? extends Styleable, ?>> CSS;

    static {
        List<CssMetaData<? extends Styleable, ?>> all = new ArrayList<>(Pane.getClassCssMetaData());
        all.add(HGAP);
        all.add(VGAP);
        CSS = List.copyOf(all);
    }

    private final StyleableDoubleProperty hgap = new StyleableDoubleProperty(0) {
        @Override
        protected void invalidated() {
            requestLayout();
        }

        @Override
        public Object getBean() {
            return WrapBar.this;
        }

        @Override
        public String getName() {
            return "hgap";
        }

        @Override
        public CssMetaData<WrapBar, Number> getCssMetaData() {
            return HGAP;
        }
    };
    private final StyleableDoubleProperty vgap = new StyleableDoubleProperty(0) {
        @Override
        protected void invalidated() {
            requestLayout();
        }

        @Override
        public Object getBean() {
            return WrapBar.this;
        }

        @Override
        public String getName() {
            return "vgap";
        }

        @Override
        public CssMetaData<WrapBar, Number> getCssMetaData() {
            return VGAP;
        }
    };

    public WrapBar() {
        getStyleClass().add("wrap-bar");
    }

    public static List<CssMetaData<? extends Styleable, ?>> getClassCssMetaData() {
        return CSS;
    }

    @Override
    public List<CssMetaData<? extends Styleable, ?>> getCssMetaData() {
        return CSS;
    }

    public final StyleableDoubleProperty hgapProperty() {
        return hgap;
    }

    public final double getHgap() {
        return hgap.get();
    }

    public final void setHgap(double value) {
        hgap.set(value);
    }

    public final StyleableDoubleProperty vgapProperty() {
        return vgap;
    }

    public final double getVgap() {
        return vgap.get();
    }

    public final void setVgap(double value) {
        vgap.set(value);
    }

    @Override
    public Orientation getContentBias() {
        return Orientation.HORIZONTAL;
    }

    /** One item placed: its width in its row. */
    private record Placed(Node node, double width) {
    }

    /** The rows for {@code width}, each a list of its items with their widths. */
    private List<List<Placed>> rows(double width) {
        double room = Math.max(0, width - snappedLeftInset() - snappedRightInset());
        List<List<Placed>> rows = new ArrayList<>();
        List<Placed> row = new ArrayList<>();
        double used = 0;
        for (Node n : getManagedChildren()) {
            double w = Math.min(Math.max(n.minWidth(-1), n.prefWidth(-1)), Math.max(room, n.minWidth(-1)));
            double gap = row.isEmpty() ? 0 : snapSpaceX(getHgap());
            if (!row.isEmpty() && used + gap + w > room + 0.5) {
                rows.add(row);
                row = new ArrayList<>();
                used = 0;
                gap = 0;
            }
            row.add(new Placed(n, w));
            used += gap + w;
        }
        if (!row.isEmpty()) {
            rows.add(row);
        }
        return rows;
    }

    private static boolean isSeparator(Node n) {
        return n instanceof Separator s && s.getOrientation() == Orientation.VERTICAL;
    }

    private static double rowHeight(List<Placed> row) {
        double h = 0;
        for (Placed p : row) {
            h = Math.max(h, p.node().prefHeight(p.width()));
        }
        return h;
    }

    @Override
    protected double computeMinWidth(double height) {
        double w = 0;
        for (Node n : getManagedChildren()) {
            w = Math.max(w, n.minWidth(-1));
        }
        return snappedLeftInset() + w + snappedRightInset();
    }

    @Override
    protected double computePrefWidth(double height) {
        double w = 0;
        List<Node> children = getManagedChildren();
        for (Node n : children) {
            w += Math.max(n.minWidth(-1), n.prefWidth(-1));
        }
        w += Math.max(0, children.size() - 1) * snapSpaceX(getHgap());
        return snappedLeftInset() + w + snappedRightInset();
    }

    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(width);
    }

    @Override
    protected double computePrefHeight(double width) {
        double w = width < 0 ? computePrefWidth(-1) : width;
        List<List<Placed>> rows = rows(w);
        double h = 0;
        for (List<Placed> row : rows) {
            h += rowHeight(row);
        }
        h += Math.max(0, rows.size() - 1) * snapSpaceY(getVgap());
        return snappedTopInset() + h + snappedBottomInset();
    }

    @Override
    protected void layoutChildren() {
        Insets in = getInsets();
        double room = getWidth() - snappedLeftInset() - snappedRightInset();
        double y = snappedTopInset();
        for (List<Placed> row : rows(getWidth())) {
            List<Placed> items = new ArrayList<>(row);
            // a separator at either end of a row separates nothing
            while (!items.isEmpty() && isSeparator(items.get(0).node())) {
                items.get(0).node().resize(0, 0);
                items.remove(0);
            }
            while (!items.isEmpty() && isSeparator(items.get(items.size() - 1).node())) {
                items.get(items.size() - 1).node().resize(0, 0);
                items.remove(items.size() - 1);
            }
            double used = 0;
            int growers = 0;
            for (Placed p : items) {
                used += p.width();
                if (HBox.getHgrow(p.node()) == Priority.ALWAYS) {
                    growers++;
                }
            }
            used += Math.max(0, items.size() - 1) * snapSpaceX(getHgap());
            double extra = growers == 0 ? 0 : Math.max(0, room - used) / growers;
            double h = rowHeight(items);
            double x = in.getLeft();
            for (Placed p : items) {
                Node n = p.node();
                double w = p.width() + (HBox.getHgrow(n) == Priority.ALWAYS ? extra : 0);
                double nh = Math.min(h, Math.max(n.minHeight(w), n.prefHeight(w)));
                if (n.isResizable() && n.maxHeight(w) >= h) {
                    nh = isSeparator(n) ? h : nh;
                }
                n.resizeRelocate(snapPositionX(x), snapPositionY(y + (h - nh) / 2), snapSizeX(w), snapSizeY(nh));
                x += w + snapSpaceX(getHgap());
            }
            y += h + snapSpaceY(getVgap());
        }
    }
}
