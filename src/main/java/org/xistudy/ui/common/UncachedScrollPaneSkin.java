package org.xistudy.ui.common;

import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.skin.ScrollPaneSkin;

/**
 * JavaFX's scroll pane skin without the bitmap cache on its viewport. The stock skin caches the
 * viewport as an image the size of the visible area, and keeps it while the pane exists, also
 * while its view is not shown; with the software pipeline that image lives in the Java heap, and
 * the app's ten or so scroll panes held about 22 MB that way once every view had been shown
 * (bench/README.md, "Start-up"). Nor did the cache save work here: scrolling the reader 40 wheel
 * steps down and up again took 3.7 s of processor time without it against 4.1 to 4.4 s with it
 * (7 Dec, three runs each, alternated). Every scroll pane gets this skin from app.css.
 */
public class UncachedScrollPaneSkin extends ScrollPaneSkin {
    public UncachedScrollPaneSkin(ScrollPane pane) {
        super(pane);
        for (Node child : getChildren()) {
            if (child.getStyleClass().contains("viewport")) {
                child.setCache(false);
            }
        }
    }
}
