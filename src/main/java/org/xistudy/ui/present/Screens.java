package org.xistudy.ui.present;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
                List<Rectangle2D> out = new ArrayList<>();
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

    /**
     * The screens named by the system property {@code xistudy.screens} ("x,y,w,h;x,y,w,h", the
     * teacher's first), for looking at both windows where the toolkit sees one screen (a wide
     * virtual display); otherwise JavaFX's. A malformed value is ignored.
     */
    static Screens configured() {
        return parse(System.getProperty("xistudy.screens")).map(Screens::fixed).orElseGet(Screens::system);
    }

    /** Screens written as "x,y,w,h;x,y,w,h"; empty when the text is missing or malformed. */
    static Optional<List<Rectangle2D>> parse(String spec) {
        if (spec == null || spec.isBlank()) {
            return Optional.empty();
        }
        List<Rectangle2D> out = new ArrayList<>();
        try {
            for (String part : spec.split(";")) {
                String[] n = part.trim().split(",");
                if (n.length != 4) {
                    return Optional.empty();
                }
                double w = Double.parseDouble(n[2].trim());
                double h = Double.parseDouble(n[3].trim());
                if (!(w > 0 && h > 0)) {
                    return Optional.empty();
                }
                out.add(new Rectangle2D(Double.parseDouble(n[0].trim()), Double.parseDouble(n[1].trim()), w, h));
            }
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        return Optional.of(List.copyOf(out));
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
