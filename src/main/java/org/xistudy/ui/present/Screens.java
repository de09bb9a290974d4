package org.xistudy.ui.present;

import java.util.List;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Window;

/**
 * The screens a presentation can use, as bounds. The running app reads JavaFX's screens; tests
 * give their own, since the headless toolkit has only one, so that both the one-screen and the
 * two-screen cases are tried.
 */
public interface Screens {

    /** The bounds of every screen, the primary first. */
    List<Rectangle2D> all();

    /** The bounds of the screen a window is on (the primary when it is on none, or is null). */
    Rectangle2D of(Window window);

    /** JavaFX's screens. */
    static Screens system() {
        return new Screens() {
            @Override
            public List<Rectangle2D> all() {
                Screen primary = Screen.getPrimary();
                List<Rectangle2D> out = new java.util.ArrayList<>();
                out.add(primary.getBounds());
                Screen.getScreens().stream().filter(s -> !s.equals(primary)).forEach(s -> out.add(s.getBounds()));
                return List.copyOf(out);
            }

            @Override
            public Rectangle2D of(Window w) {
                if (w != null) {
                    var found = Screen.getScreensForRectangle(w.getX(), w.getY(), Math.max(1, w.getWidth()),
                            Math.max(1, w.getHeight()));
                    if (!found.isEmpty()) {
                        return found.get(0).getBounds();
                    }
                }
                return Screen.getPrimary().getBounds();
            }
        };
    }

    /** Fixed screens (tests): {@code of} answers the first that holds most of the window. */
    static Screens fixed(List<Rectangle2D> bounds) {
        List<Rectangle2D> all = List.copyOf(bounds);
        return new Screens() {
            @Override
            public List<Rectangle2D> all() {
                return all;
            }

            @Override
            public Rectangle2D of(Window w) {
                if (w != null) {
                    for (Rectangle2D b : all) {
                        if (b.contains(w.getX() + w.getWidth() / 2, w.getY() + w.getHeight() / 2)) {
                            return b;
                        }
                    }
                }
                return all.get(0);
            }
        };
    }
}
