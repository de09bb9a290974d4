package org.xistudy.ui.reader;

import java.util.List;
import javafx.geometry.HPos;
import javafx.geometry.VPos;
import javafx.scene.control.Label;
import javafx.scene.control.SkinBase;
import javafx.scene.layout.Pane;
import javafx.scene.shape.Path;
import javafx.scene.shape.PathElement;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.xistudy.content.essay.Essay;

/**
 * Draws a block as a paragraph-number gutter and a text flow, with highlight shapes laid under
 * the text where the highlights fall.
 */
final class EssayBlockSkin extends SkinBase<EssayBlockView> {
    private static final double GUTTER_EM = 3.0;
    private static final double GAP_EM = 0.9;

    private final Label number = new Label();
    private final Pane marks = new Pane();
    private final TextFlow flow = new TextFlow();
    private final Text text = new Text();

    EssayBlockSkin(EssayBlockView control) {
        super(control);
        number.getStyleClass().add("paragraph-number");
        int n = control.getBlock().number();
        number.setText(n > 0 ? "\u00B6" + n : "");
        number.setMinWidth(0);
        marks.getStyleClass().add("highlight-layer");
        marks.setMouseTransparent(true);
        marks.setManaged(false);
        text.getStyleClass().add("essay-text");
        text.setText(control.getBlock().text());
        flow.getStyleClass().add("essay-flow");
        flow.getChildren().add(text);
        getChildren().addAll(number, marks, flow);
        registerChangeListener(control.highlightsProperty(), o -> control.requestLayout());
    }

    private double em() {
        return number.getFont().getSize();
    }

    private double gutter() {
        return getSkinnable().getBlock().number() > 0 || isIndented() ? GUTTER_EM * em() + GAP_EM * em() : 0;
    }

    /** Headings and captions line up with the paragraph text, not the gutter. */
    private boolean isIndented() {
        return getSkinnable().getBlock().kind() != Essay.Kind.TITLE;
    }

    @Override
    protected double computePrefHeight(double width, double top, double right, double bottom, double left) {
        double w = width < 0 ? 640 : width - left - right - gutter();
        return top + bottom + Math.max(flow.prefHeight(Math.max(1, w)), number.prefHeight(-1));
    }

    @Override
    protected double computeMinHeight(double width, double top, double right, double bottom, double left) {
        return computePrefHeight(width, top, right, bottom, left);
    }

    @Override
    protected double computePrefWidth(double height, double top, double right, double bottom, double left) {
        return left + right + gutter() + 640;
    }

    @Override
    protected void layoutChildren(double x, double y, double w, double h) {
        double g = gutter();
        if (g > 0) {
            layoutInArea(number, x, y, GUTTER_EM * em(), h, 0, HPos.RIGHT, VPos.TOP);
        }
        double fx = x + g;
        double fw = Math.max(1, w - g);
        flow.resizeRelocate(fx, y, fw, flow.prefHeight(fw));
        marks.resizeRelocate(fx, y, fw, h);
        drawHighlights();
    }

    private void drawHighlights() {
        List<Highlight> hs = getSkinnable().highlightsProperty().get();
        marks.getChildren().clear();
        int length = text.getText().length();
        for (Highlight hl : hs) {
            int s = Math.max(0, Math.min(length, hl.start()));
            int e = Math.max(s, Math.min(length, hl.end()));
            if (e <= s) {
                continue;
            }
            PathElement[] shape = flow.rangeShape(s, e);
            Path path = new Path(shape);
            path.getStyleClass().addAll("highlight", hl.styleClass());
            path.setManaged(false);
            marks.getChildren().add(path);
        }
    }
}
