package org.xistudy.ui;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Control;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.MouseButton;
import javafx.stage.Screen;
import javafx.stage.Window;
import javafx.stage.WindowEvent;
import org.testfx.api.FxRobot;
import org.testfx.robot.KeyboardRobot;
import org.testfx.robot.MouseRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The monkey's hands: keys and the mouse through TestFX's robots, and what of the windows they
 * can reach. The robots' no-wait calls queue the events in order and each of the monkey's events
 * ends with one {@code waitForFxEvents} ({@link #settle}): FxRobot's glide of up to 200 steps and
 * its wait after every press and release cost about half a second a click on a two-core machine,
 * too much for the budget of {@code mvn verify}. Every key and button pressed is let go of,
 * whatever happens, so no Ctrl stays down into the next event.
 */
final class MonkeyHands {
    static final KeyCode SHORTCUT = System.getProperty("os.name", "").toLowerCase(Locale.ROOT)
            .startsWith("mac") ? KeyCode.META : KeyCode.CONTROL;
    private static final int MOVE_STEPS = 4;

    /** One press: modifiers held, one key typed. */
    record Chord(List<KeyCode> modifiers, KeyCode key) {
        static Chord of(KeyCode key, KeyCode... modifiers) {
            return new Chord(List.of(modifiers), key);
        }

        /** The keys that make an accelerator (Shortcut is Ctrl, or Cmd on a Mac). */
        static Chord of(KeyCodeCombination c) {
            List<KeyCode> mods = new ArrayList<>();
            if (c.getShortcut() == KeyCombination.ModifierValue.DOWN) {
                mods.add(SHORTCUT);
            }
            if (c.getControl() == KeyCombination.ModifierValue.DOWN && !mods.contains(KeyCode.CONTROL)) {
                mods.add(KeyCode.CONTROL);
            }
            if (c.getMeta() == KeyCombination.ModifierValue.DOWN && !mods.contains(KeyCode.META)) {
                mods.add(KeyCode.META);
            }
            if (c.getAlt() == KeyCombination.ModifierValue.DOWN) {
                mods.add(KeyCode.ALT);
            }
            if (c.getShift() == KeyCombination.ModifierValue.DOWN) {
                mods.add(KeyCode.SHIFT);
            }
            return new Chord(List.copyOf(mods), c.getCode());
        }

        /** Shortcut and a digit from 1: the keys of the views. */
        boolean isViewKey() {
            return modifiers.equals(List.of(SHORTCUT)) && key.isDigitKey() && key != KeyCode.DIGIT0;
        }

        @Override
        public String toString() {
            StringBuilder sb = new StringBuilder();
            modifiers.forEach(m -> sb.append(m.getName()).append('+'));
            return sb.append(key.getName()).toString();
        }
    }

    private final FxRobot robot;
    private Point2D lastMouse;

    MonkeyHands(FxRobot robot) {
        this.robot = robot;
    }

    private MouseRobot mouse() {
        return robot.robotContext().getMouseRobot();
    }

    private KeyboardRobot keyboard() {
        return robot.robotContext().getKeyboardRobot();
    }

    /**
     * Holds the modifiers, presses the key and holds it until the app has taken the press in,
     * then lets go of it and of the modifiers in reverse. Monocle picks the window a key event
     * goes to when the robot sends it: a release sent at once would go to a window the press is
     * about to close (Esc in the classroom quiz), and JavaFX 21 throws a NullPointerException
     * in {@code GlassViewEventHandler.checkFullScreenKeyEvent} for a key event to a full-screen
     * view whose stage is gone. A hand lets go later, so it does too.
     */
    void press(Chord c) {
        List<KeyCode> mods = c.modifiers();
        try {
            mods.forEach(m -> keyboard().pressNoWait(m));
            keyboard().pressNoWait(c.key());
            WaitForAsyncUtils.waitForFxEvents();
            keyboard().releaseNoWait(c.key());
        } finally {
            for (int i = mods.size() - 1; i >= 0; i--) {
                keyboard().releaseNoWait(mods.get(i));
            }
        }
    }

    /** Moves the mouse in a few steps (entering and leaving what lies between, as a hand does). */
    void moveTo(Point2D to) {
        Point2D from = lastMouse == null ? to : lastMouse;
        for (int i = 1; i <= MOVE_STEPS; i++) {
            double f = (double) i / MOVE_STEPS;
            mouse().moveNoWait(new Point2D(from.getX() + (to.getX() - from.getX()) * f,
                    from.getY() + (to.getY() - from.getY()) * f));
        }
        lastMouse = to;
    }

    /** One click, or two in a row (a double click). */
    void click(Point2D p, MouseButton button, int times) {
        moveTo(p);
        for (int i = 0; i < times; i++) {
            mouse().pressNoWait(button);
            mouse().releaseNoWait(button);
        }
    }

    /** Wheel turns at {@code p}, with {@code held} keys down (Ctrl to zoom, Shift to go sideways). */
    void scroll(Point2D p, int amount, boolean up, List<KeyCode> held) {
        moveTo(p);
        try {
            held.forEach(k -> keyboard().pressNoWait(k));
            for (int i = 0; i < amount; i++) {
                mouse().scrollNoWait(up ? -1 : 1);
            }
        } finally {
            held.forEach(k -> keyboard().releaseNoWait(k));
        }
    }

    /** Presses the primary button at {@code from}, moves to {@code to} and lets go. */
    void drag(Point2D from, Point2D to) {
        moveTo(from);
        try {
            mouse().pressNoWait(MouseButton.PRIMARY);
            moveTo(to);
        } finally {
            mouse().releaseNoWait(MouseButton.PRIMARY);
        }
    }

    /** A click that waits until the app has taken it in (within a goal). */
    void clickAndSettle(Point2D p) {
        click(p, MouseButton.PRIMARY, 1);
        settle();
    }

    /** Lets go of anything still pressed, then waits for the FX thread to take in the events. */
    void settle() {
        if (!keyboard().getPressedKeys().isEmpty()) {
            robot.release(new KeyCode[0]); // a stuck Ctrl would change every later event
        }
        if (!mouse().getPressedButtons().isEmpty()) {
            robot.release(new MouseButton[0]);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Runs {@code c} on the FX thread and returns its answer. */
    static <T> T fx(Callable<T> c) {
        try {
            return WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, WaitForAsyncUtils.asyncFx(c));
        } catch (Exception e) {
            throw new IllegalStateException("the FX thread did not answer within 20 s", e);
        }
    }

    /** The windows showing, in the order they were shown (FX thread). */
    static List<Window> showing() {
        return Window.getWindows().stream().filter(Window::isShowing).toList();
    }

    /** The part of a window on the (headless) screen, a pixel in from its edges; null when none (FX thread). */
    static Rectangle2D onScreen(Window w) {
        Rectangle2D screen = Screen.getPrimary().getBounds();
        double x0 = Math.max(w.getX(), screen.getMinX()) + 1;
        double y0 = Math.max(w.getY(), screen.getMinY()) + 1;
        double x1 = Math.min(w.getX() + w.getWidth(), screen.getMaxX()) - 1;
        double y1 = Math.min(w.getY() + w.getHeight(), screen.getMaxY()) - 1;
        return x1 > x0 && y1 > y0 ? new Rectangle2D(x0, y0, x1 - x0, y1 - y0) : null;
    }

    /**
     * The centres of a window's visible controls (buttons, fields, rows...) and of other nodes
     * that take clicks, where they lie on the screen; in scene-graph order (FX thread).
     */
    static List<Point2D> controlsOf(Window w) {
        Scene scene = w.getScene();
        Rectangle2D area = onScreen(w);
        List<Point2D> out = new ArrayList<>();
        if (scene == null || area == null) {
            return out;
        }
        Deque<Node> todo = new ArrayDeque<>(List.of(scene.getRoot()));
        while (!todo.isEmpty() && out.size() < 2000) {
            Node n = todo.pop();
            if (!n.isVisible()) {
                continue;
            }
            if (n instanceof Control || n.getOnMouseClicked() != null || n.getOnMousePressed() != null) {
                Bounds b = n.localToScreen(n.getBoundsInLocal());
                if (b != null && b.getWidth() > 0 && b.getHeight() > 0) {
                    Point2D c = new Point2D(b.getCenterX(), b.getCenterY());
                    if (area.contains(c)) {
                        out.add(c);
                    }
                }
            }
            if (n instanceof Parent p) {
                todo.addAll(p.getChildrenUnmodifiable());
            }
        }
        return out;
    }

    /** A node's centre on the screen (FX thread). */
    static Point2D center(Node n) {
        Bounds b = n.localToScreen(n.getBoundsInLocal());
        return new Point2D(b.getCenterX(), b.getCenterY());
    }

    /**
     * A close request, then hide, as the toolkit does when the user clicks a window's close
     * button (no window of the app vetoes the request, so it need not be told from a consumed
     * one) (FX thread).
     */
    static void closeRequest(Window w) {
        w.fireEvent(new WindowEvent(w, WindowEvent.WINDOW_CLOSE_REQUEST));
        if (w.isShowing()) {
            w.hide();
        }
    }

    static String at(Point2D p) {
        return "(" + Math.round(p.getX()) + "," + Math.round(p.getY()) + ")";
    }
}
