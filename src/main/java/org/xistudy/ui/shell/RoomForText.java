package org.xistudy.ui.shell;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.DoubleBinding;
import javafx.css.PseudoClass;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.Region;
import org.xistudy.ui.common.Tips;

/**
 * How the main window makes room when the text is large for its size (the back row, low vision, a
 * 1280x720 projector): measured in the window's own em, a window under {@link #NARROW_EMS} wide is
 * {@code :narrow} (the navigation shows its icons only, each with its name as a tooltip, and the
 * side credit and the status line's file name give way), and one under {@link #SHORT_EMS} high is
 * {@code :short} (the header loses its subtitle and its title gets smaller). Everything else
 * wraps where it stands.
 */
final class RoomForText {
    /** Width, in em, under which the navigation folds to icons. */
    static final double NARROW_EMS = 66;
    /** Height, in em, under which the header folds to one line. */
    static final double SHORT_EMS = 43.5;

    private static final PseudoClass NARROW = PseudoClass.getPseudoClass("narrow");
    private static final PseudoClass SHORT = PseudoClass.getPseudoClass("short");

    private final BooleanBinding narrow;
    private final BooleanBinding shortWindow;

    /**
     * @param root the window's root
     * @param em a label whose font is the window's base size
     * @param nav the navigation buttons
     * @param narrowHidden what gives way in a narrow window
     * @param shortHidden what gives way in a short window
     */
    RoomForText(Region root, Label em, List<ToggleButton> nav, List<Labeled> narrowHidden, List<Labeled> shortHidden) {
        DoubleBinding size = Bindings.createDoubleBinding(() -> em.getFont().getSize(), em.fontProperty());
        narrow = root.widthProperty().lessThan(size.multiply(NARROW_EMS));
        shortWindow = root.heightProperty().lessThan(size.multiply(SHORT_EMS));
        root.pseudoClassStateChanged(NARROW, narrow.get());
        root.pseudoClassStateChanged(SHORT, shortWindow.get());
        narrow.addListener((obs, was, now) -> root.pseudoClassStateChanged(NARROW, now));
        shortWindow.addListener((obs, was, now) -> root.pseudoClassStateChanged(SHORT, now));
        for (ToggleButton b : nav) {
            b.contentDisplayProperty().bind(Bindings.when(narrow).then(ContentDisplay.GRAPHIC_ONLY)
                    .otherwise(ContentDisplay.LEFT));
            // the name as a tooltip where only the icon shows
            Tips.install(b, Bindings.when(narrow).then(b.textProperty()).otherwise(""));
        }
        for (Labeled l : narrowHidden) {
            l.visibleProperty().bind(narrow.not());
            l.managedProperty().bind(l.visibleProperty());
        }
        for (Labeled l : shortHidden) {
            l.visibleProperty().bind(shortWindow.not());
            l.managedProperty().bind(l.visibleProperty());
        }
    }

    boolean narrow() {
        return narrow.get();
    }

    boolean isShort() {
        return shortWindow.get();
    }
}
