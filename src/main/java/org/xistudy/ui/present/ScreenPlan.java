package org.xistudy.ui.present;

import java.util.List;
import java.util.Objects;
import javafx.geometry.Rectangle2D;

/**
 * Where the windows of a presentation go. With two or more screens the audience window fills a
 * screen the teacher's window is not on (the projector) and the presenter view opens on the
 * teacher's screen; with one screen the audience window fills it and the presenter view waits
 * until the teacher asks for it (S), as a window over the audience one.
 *
 * @param audience the audience window's bounds
 * @param presenter the presenter view's bounds, or null when it does not open by itself
 */
public record ScreenPlan(Rectangle2D audience, Rectangle2D presenter) {

    public ScreenPlan {
        Objects.requireNonNull(audience);
    }

    /** Whether the presenter view has a screen of its own. */
    public boolean twoScreens() {
        return presenter != null;
    }

    /** The plan for the given screens, the teacher's window being on {@code teacher}. */
    public static ScreenPlan of(List<Rectangle2D> screens, Rectangle2D teacher) {
        if (screens.isEmpty()) {
            return new ScreenPlan(teacher, null);
        }
        for (Rectangle2D s : screens) {
            if (!s.equals(teacher)) {
                return new ScreenPlan(s, screens.contains(teacher) ? teacher : screens.get(0));
            }
        }
        return new ScreenPlan(screens.get(0), null);
    }

    /**
     * The presenter view's window on a single screen: most of it, centred, so that the teacher
     * can read the notes and put it away again.
     */
    public static Rectangle2D windowOn(Rectangle2D screen) {
        double w = Math.min(screen.getWidth(), Math.max(800, screen.getWidth() * 0.8));
        double h = Math.min(screen.getHeight(), Math.max(600, screen.getHeight() * 0.8));
        return new Rectangle2D(screen.getMinX() + (screen.getWidth() - w) / 2, screen.getMinY() + (screen.getHeight() - h) / 2,
                w, h);
    }
}
