package org.xistudy.ui.common;

import javafx.scene.control.Label;
import javafx.scene.layout.Region;

/** Small factories for the labels that many panes make the same way. */
public final class Labels {
    private Labels() {
    }

    /**
     * A label that wraps its text between words and is never squeezed below the height its
     * wrapped lines need (a VBox would otherwise cut it to one line with an ellipsis).
     */
    public static Label wrapping(String text, String styleClass) {
        Label l = new Label(text);
        l.getStyleClass().add(styleClass);
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);
        return l;
    }
}
