package org.xistudy.ui.timeline;

import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Font;
import org.xistudy.study.timeline.TimelineData;
import org.xistudy.ui.common.Tips;

/** A lane's heading in the left column: its colour, its title and how many of its events are hidden here. */
final class LaneHeader extends VBox {
    private static final PseudoClass COMPACT = PseudoClass.getPseudoClass("compact");
    private final Label title = new Label();
    private final Label hidden = new Label();
    private boolean compact;

    LaneHeader(TimelineData.LaneInfo lane) {
        getStyleClass().addAll("lane-header", "lane-" + (1 + lane.index() % TimelineView.Ink.LANE_COLOURS));
        setManaged(false);
        Region swatch = new Region();
        swatch.getStyleClass().add("lane-swatch");
        swatch.setMinSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        title.getStyleClass().add("lane-title");
        title.setText(lane.title());
        title.setWrapText(true);
        title.setMinWidth(0);
        Tips.install(title, lane.title());
        HBox.setHgrow(title, Priority.ALWAYS);
        HBox top = new HBox(swatch, title);
        top.getStyleClass().add("lane-header-top");
        top.setAlignment(Pos.TOP_LEFT);
        hidden.getStyleClass().add("lane-hidden");
        hidden.setWrapText(true);
        hidden.setMinWidth(0);
        getChildren().addAll(top, hidden);
        setAccessibleText(lane.title());
    }

    /**
     * Lanes too low for two lines of their titles: the titles get smaller, so that they still wrap
     * rather than end in "…". Decided from the lanes' room alone, never from the titles' own height,
     * so that it cannot flip back and forth between layouts. The new size applies at once, so that
     * the title's height can be measured in the same layout.
     */
    void setCompact(boolean compact) {
        if (compact != this.compact) {
            this.compact = compact;
            pseudoClassStateChanged(COMPACT, compact);
            applyCss();
        }
    }

    String title() {
        return title.getText();
    }

    Font titleFont() {
        return title.getFont();
    }

    /** The height the title needs at a width: a lane is never shorter than this. */
    double titleHeight(double width) {
        Insets in = getInsets();
        return in.getTop() + in.getBottom() + getChildren().get(0).prefHeight(Math.max(1, width - in.getLeft()
                - in.getRight()));
    }

    /** Shows how many events are hidden here, when there are some and the lane is tall enough. */
    void setHidden(String text, double width, double height) {
        boolean show = text != null;
        if (show) {
            hidden.setText(text);
            Insets in = getInsets();
            double w = Math.max(1, width - in.getLeft() - in.getRight());
            show = titleHeight(width) + getSpacing() + hidden.prefHeight(w) <= height;
        }
        hidden.setVisible(show);
        hidden.setManaged(show);
    }
}
