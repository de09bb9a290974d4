package org.xistudy.ui;

import static org.xistudy.ui.MonkeyHands.SHORTCUT;
import static org.xistudy.ui.MonkeyHands.at;
import static org.xistudy.ui.MonkeyHands.center;
import static org.xistudy.ui.MonkeyHands.closeRequest;
import static org.xistudy.ui.MonkeyHands.controlsOf;
import static org.xistudy.ui.MonkeyHands.fx;
import static org.xistudy.ui.MonkeyHands.onScreen;
import static org.xistudy.ui.MonkeyHands.showing;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import javafx.geometry.Point2D;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.MouseButton;
import javafx.stage.PopupWindow;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import org.xistudy.study.quiz.MutableClock;
import org.xistudy.testing.FxErrorGuard;
import org.xistudy.ui.MonkeyHands.Chord;
import org.xistudy.ui.shell.Shell;

/**
 * A seeded UI monkey: key presses (the menus' accelerators, read from the menu bar, and the keys
 * the views answer), clicks, drags and wheel turns at random points and on random controls of the
 * windows that show, and now and then a "goal" that takes it somewhere it would rarely wander
 * into by chance (a view, the lesson presentation, the classroom quiz, a menu's item). Every
 * choice comes from one {@link Random}, so a seed replays the same events. The last
 * {@link #LOG_SIZE} events are kept for the failure report and printed nowhere else.
 */
final class Monkey {
    static final int LOG_SIZE = 50;
    /** Random events between two goals. */
    static final int BURST = 6;
    /** {@code -Dxistudy.monkey.trace=true} prints every event as it is sent, with its time. */
    private static final boolean TRACE = Boolean.getBoolean("xistudy.monkey.trace");
    /**
     * File › Quit calls {@code Platform.exit()} directly ({@code MainController.quit}); there is no
     * service to swap, and an exit would end the toolkit for every later test. So its accelerator
     * is never sent and the item itself is disarmed before each event, against a click on it in
     * the open File menu (or Enter on it).
     */
    static final KeyCodeCombination QUIT = new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN);
    private static final List<KeyCode> PLAIN = List.of(KeyCode.TAB, KeyCode.ESCAPE, KeyCode.ENTER, KeyCode.SPACE,
            KeyCode.UP, KeyCode.DOWN, KeyCode.LEFT, KeyCode.RIGHT, KeyCode.PAGE_UP, KeyCode.PAGE_DOWN, KeyCode.HOME,
            KeyCode.END, KeyCode.F1, KeyCode.F5, KeyCode.F11, KeyCode.BACK_SPACE, KeyCode.DELETE, KeyCode.SLASH,
            KeyCode.PERIOD, KeyCode.MINUS, KeyCode.EQUALS);
    private static final String[] PROMPTS = {"year:2018", "year:1066", "paragraph:3", "paragraph:99999",
        "event:nope", "xistudy:year:2013", "not a link", "", "   year:2020  "};
    private static final String[] FILE_ENDINGS = {".json", ".xipack", ".apkg", ".txt", ".csv", ".pdf", ".png", ""};

    private record Goal(String name, Runnable action) {
    }

    private final FxRobot robot;
    private final Shell shell;
    private final FakeDialogs dialogs;
    private final MutableClock clock;
    private final Path outDir;
    private final long seed;
    private final Random random;
    private final Deque<String> log = new ArrayDeque<>();
    private final Set<String> reached = new TreeSet<>();
    private final List<Chord> accelerators;
    private final Stage main;
    private int step;
    private int events;
    private int unexpectedSeen;
    private int dialogsSeen;
    private int quitRequests;
    private Parent disarmedRoot;
    private final MonkeyHands hands;

    Monkey(FxRobot robot, Shell shell, FakeDialogs dialogs, MutableClock clock, Path outDir, long seed) {
        this.robot = robot;
        this.shell = shell;
        this.dialogs = dialogs;
        this.clock = clock;
        this.outDir = outDir;
        this.seed = seed;
        this.random = new Random(seed);
        this.main = (Stage) shell.scene().getWindow();
        this.hands = new MonkeyHands(robot);
        this.accelerators = fx(this::readAccelerators);
    }

    /** The menus' accelerators, File › Quit's left out (see {@link #QUIT}), in menu order. */
    private List<Chord> readAccelerators() {
        List<Chord> out = new ArrayList<>();
        for (MenuItem item : menuItems()) {
            if (item.getAccelerator() instanceof KeyCodeCombination c && !c.equals(QUIT)) {
                Chord chord = Chord.of(c);
                if (!out.contains(chord)) {
                    out.add(chord);
                }
            }
        }
        return List.copyOf(out);
    }

    private List<MenuItem> menuItems() {
        List<MenuItem> out = new ArrayList<>();
        MenuBar bar = (MenuBar) shell.scene().getRoot().lookup(".menu-bar");
        if (bar != null) {
            bar.getMenus().forEach(m -> collect(m, out));
        }
        return out;
    }

    private static void collect(MenuItem item, List<MenuItem> out) {
        out.add(item);
        if (item instanceof Menu m) {
            m.getItems().forEach(i -> collect(i, out));
        }
    }

    List<Chord> accelerators() {
        return accelerators;
    }

    /** The accelerators that show a view (Shortcut and a digit), in menu order. */
    List<Chord> viewKeys() {
        return accelerators.stream().filter(Chord::isViewKey).toList();
    }

    /** Where the monkey got to: "view:QUIZ", "window:lesson-audience", "dialog:keys"... */
    Set<String> reached() {
        return Collections.unmodifiableSet(reached);
    }

    int quitRequests() {
        return quitRequests;
    }

    /**
     * Sends {@code events} events: a goal, then {@link #BURST} random ones, and again. Fails at
     * the first exception nobody caught (or any failure of the robot), with {@link #report}.
     */
    void run(int events) {
        this.events = events;
        try {
            List<Goal> goals = goals();
            int next = 0;
            disarmQuit();
            while (step < events) {
                if (step % (BURST + 1) == 0) {
                    Goal g = next < goals.size() ? goals.get(next++) : goals.get(random.nextInt(goals.size()));
                    event("goal " + g.name(), g.action());
                } else {
                    randomEvent();
                }
            }
        } catch (AssertionError | RuntimeException e) {
            throw failure(e);
        }
    }

    /** {@code e} with the seed, how to replay it, and the last events. */
    AssertionError failure(Throwable e) {
        return new AssertionError(report(String.valueOf(e.getMessage())), e);
    }

    /** Every accelerator, the classroom quiz and a menu's item, shuffled; the views, F5 and dialogs first. */
    private List<Goal> goals() {
        List<Goal> first = new ArrayList<>();
        List<Goal> later = new ArrayList<>();
        for (Chord c : accelerators) {
            Goal g = new Goal(c.toString(), () -> {
                toMainWindow();
                press(c);
            });
            boolean essential = c.isViewKey() || c.modifiers().isEmpty() && (c.key() == KeyCode.F5 || c.key() == KeyCode.F1)
                    || c.equals(Chord.of(KeyCode.P, SHORTCUT));
            (essential ? first : later).add(g);
        }
        first.add(new Goal("classroom quiz", this::classroom));
        later.add(new Goal("menu item", this::menuItem));
        later.add(new Goal("menu item", this::menuItem));
        Collections.shuffle(first, random);
        Collections.shuffle(later, random);
        first.addAll(later);
        return first;
    }

    /** How many events run before every essential goal has run once. */
    int essentialEvents() {
        long essentials = accelerators.stream().filter(c -> c.isViewKey() || c.modifiers().isEmpty()
                && (c.key() == KeyCode.F5 || c.key() == KeyCode.F1) || c.equals(Chord.of(KeyCode.P, SHORTCUT))).count() + 1;
        return (int) essentials * (BURST + 1);
    }

    private void randomEvent() {
        int r = random.nextInt(100);
        if (r < 30) {
            Chord c = plainKey();
            event("key " + c, () -> press(c));
        } else if (r < 38) {
            Chord c = accelerators.get(random.nextInt(accelerators.size()));
            event("key " + c, () -> press(c));
        } else if (r < 42) {
            List<KeyCode> word = new ArrayList<>();
            for (int i = random.nextInt(6) + 1; i > 0; i--) {
                word.add(random.nextInt(4) == 0 ? digit(random.nextInt(10)) : letter(random.nextInt(26)));
            }
            event("type " + word.stream().map(KeyCode::getName).collect(Collectors.joining()), () -> {
                for (KeyCode k : word) {
                    press(Chord.of(k));
                }
            });
        } else if (r < 58) {
            click(pointIn(pickWindow()));
        } else if (r < 78) {
            clickControl();
        } else if (r < 86) {
            scroll();
        } else if (r < 90) {
            drag();
        } else if (r < 92) {
            closeByWindowManager();
        } else if (r < 95) {
            Duration d = Duration.ofSeconds(1 + random.nextInt(random.nextBoolean() ? 40 : 4000));
            event("time passes " + d.toSeconds() + " s", () -> robot.interact(() -> clock.advance(d)));
        } else {
            scriptDialogs();
        }
    }

    private Chord plainKey() {
        int r = random.nextInt(10);
        if (r < 2) {
            return Chord.of(digit(random.nextInt(10)), random.nextInt(4) == 0 ? new KeyCode[] {KeyCode.SHIFT} : new KeyCode[0]);
        } else if (r < 4) {
            return Chord.of(letter(random.nextInt(26)), random.nextInt(5) == 0 ? new KeyCode[] {KeyCode.SHIFT} : new KeyCode[0]);
        }
        KeyCode k = PLAIN.get(random.nextInt(PLAIN.size()));
        int m = random.nextInt(8);
        if (m == 0 && k != KeyCode.F11) {
            return Chord.of(k, KeyCode.SHIFT); // Shift+Tab, Shift+F5, Shift+arrows, "?"
        } else if (m == 1 && k != KeyCode.TAB) {
            return Chord.of(k, SHORTCUT);
        }
        return Chord.of(k);
    }

    private static KeyCode digit(int d) {
        return KeyCode.valueOf("DIGIT" + d);
    }

    private static KeyCode letter(int i) {
        return KeyCode.valueOf(String.valueOf((char) ('A' + i)));
    }

    /** Queues answers for the next dialogs: a file for a chooser, a prompt's text, yes or no. */
    private void scriptDialogs() {
        int r = random.nextInt(4);
        if (r == 0) {
            Path file = outDir.resolve("monkey-" + step + FILE_ENDINGS[random.nextInt(FILE_ENDINGS.length)]);
            event("next chooser answers " + file.getFileName(), () -> dialogs.chooseFile(file));
        } else if (r == 1) {
            String text = PROMPTS[random.nextInt(PROMPTS.length)];
            event("next prompt answers '" + text + "'", () -> dialogs.answerPrompt(text));
        } else {
            boolean yes = r == 2;
            event("confirmations answer " + (yes ? "yes" : "no"), () -> {
                if (yes) {
                    dialogs.answerYes();
                } else {
                    dialogs.answerNo();
                }
            });
        }
    }

    // --- mouse

    private Window pickWindow() {
        List<Window> windows = fx(MonkeyHands::showing);
        Window focused = fx(this::focused);
        return random.nextInt(10) < 7 || windows.size() < 2 ? focused : windows.get(random.nextInt(windows.size()));
    }

    /** A random point of the window's part on the screen, or null when none of it is. */
    private Point2D pointIn(Window w) {
        Rectangle2D area = fx(() -> onScreen(w));
        double x = random.nextDouble();
        double y = random.nextDouble();
        return area == null ? null : new Point2D(area.getMinX() + x * area.getWidth(), area.getMinY() + y * area.getHeight());
    }

    private void click(Point2D p) {
        if (p == null) {
            event("click: no window on the screen", () -> { });
            return;
        }
        int r = random.nextInt(10);
        MouseButton button = r == 0 ? MouseButton.SECONDARY : MouseButton.PRIMARY;
        boolean twice = r == 1;
        event((twice ? "double-click " : button == MouseButton.SECONDARY ? "right-click " : "click ") + at(p),
                () -> hands.click(p, button, twice ? 2 : 1));
    }

    /** Clicks a control of a window (a button, a field, a list's row...), where it shows. */
    private void clickControl() {
        Window w = pickWindow();
        List<Point2D> targets = fx(() -> controlsOf(w));
        if (targets.isEmpty()) {
            click(pointIn(w));
            return;
        }
        click(targets.get(random.nextInt(targets.size())));
    }

    private void scroll() {
        Point2D p = pointIn(pickWindow());
        if (p == null) {
            event("scroll: no window on the screen", () -> { });
            return;
        }
        int amount = 1 + random.nextInt(5);
        int r = random.nextInt(10);
        boolean sideways = r == 0;
        boolean zoom = r == 1;
        boolean up = random.nextBoolean();
        event((zoom ? "ctrl-" : "") + "scroll " + amount + (sideways ? (up ? " left " : " right ") : up ? " up " : " down ")
                + at(p), () -> hands.scroll(p, amount, up,
                        zoom ? List.of(SHORTCUT) : sideways ? List.of(KeyCode.SHIFT) : List.of()));
    }

    private void drag() {
        Window w = pickWindow();
        Point2D from = pointIn(w);
        Point2D to = pointIn(w);
        if (from == null || to == null) {
            event("drag: no window on the screen", () -> { });
            return;
        }
        event("drag " + at(from) + " to " + at(to), () -> hands.drag(from, to));
    }

    // --- windows

    /**
     * The window that has the keyboard: the last shown of the focused ones (Monocle leaves the
     * main window focused when another opens over it), else the main one.
     */
    private Window focused() {
        List<Window> focused = showing().stream().filter(Window::isFocused).toList();
        return focused.isEmpty() ? main : focused.get(focused.size() - 1);
    }

    /** What a window is, for the log: main, a popup, or its root's style class (lesson-audience...). */
    private String name(Window w) {
        if (w == main) {
            return "main";
        }
        if (w instanceof PopupWindow) {
            return "popup";
        }
        Scene s = w.getScene();
        return s == null || s.getRoot() == null ? "window" : s.getRoot().getStyleClass().stream()
                .filter(c -> !c.equals("root")).findFirst().orElse("window");
    }

    /** The windows showing besides the main one (popups too), as named in the log. */
    List<String> extraWindows() {
        return fx(() -> showing().stream().filter(w -> w != main).map(this::name).toList());
    }

    /** As the window manager's close button does, for a window that is not the main one. */
    private void closeByWindowManager() {
        List<Window> stages = fx(() -> showing().stream().filter(w -> w != main && w instanceof Stage).toList());
        if (stages.isEmpty()) {
            send(Chord.of(KeyCode.ESCAPE)); // nothing to close: an Esc stands in
            return;
        }
        Window w = stages.get(random.nextInt(stages.size()));
        event("close window " + fx(() -> name(w)), () -> robot.interact(() -> closeRequest(w)));
    }

    /**
     * Closes every window besides the main one as a user would: Esc in it (twice for the
     * classroom quiz, which asks), then its close button; popups are dismissed with Esc or a
     * click outside them. Then the main window has the keyboard.
     */
    void closeExtraWindows() {
        for (int round = 0; round < 12; round++) {
            List<Window> extra = fx(() -> showing().stream().filter(w -> w != main).toList());
            if (extra.isEmpty()) {
                break;
            }
            Window w = extra.get(extra.size() - 1);
            if (round % 4 == 3 && w instanceof Stage) {
                robot.interact(() -> closeRequest(w));
            } else if (round % 4 == 3) {
                robot.interact(w::hide); // a popup a click outside would have closed
            } else {
                robot.interact(() -> {
                    if (!(w instanceof PopupWindow)) {
                        w.requestFocus();
                    }
                });
                hands.press(Chord.of(KeyCode.ESCAPE));
                hands.settle();
            }
            WaitForAsyncUtils.waitForFxEvents();
        }
        robot.interact(main::requestFocus);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void toMainWindow() {
        closeExtraWindows();
    }

    // --- goals

    /** Quiz view by its rail button, out of a running quiz if need be, then the classroom's start button. */
    private void classroom() {
        toMainWindow();
        clickIfShowing("#navQuiz");
        if (fx(() -> shell.context().navigator().getCurrent()) != ViewId.QUIZ) {
            // the rail's button was out of reach (the window moved or shrank): go as Ctrl+4 would
            fx(() -> {
                shell.context().navigator().show(ViewId.QUIZ);
                return null;
            });
            WaitForAsyncUtils.waitForFxEvents();
        }
        // the quiz view's own buttons: the lessons view has a #presentButton too
        String start = ".quiz-view #presentButton";
        if (!showingNode(start)) {
            dialogs.answerYes(); // "End quiz?" yes, to reach the set-up
            clickIfShowing(".quiz-view #endButton");
            clickIfShowing(".quiz-view #setupButton");
        }
        clickIfShowing(start);
        // At large text the set-up scrolls and its start button may lie below the fold, where a
        // click at its centre misses: press it as the keyboard would.
        if (showingNode(start) && extraWindows().isEmpty()) {
            fx(() -> {
                ((ButtonBase) shell.scene().getRoot().lookup(start)).fire();
                return null;
            });
            WaitForAsyncUtils.waitForFxEvents();
        }
    }

    /** Opens a random menu of the menu bar and clicks one of its items (a submenu's too). */
    private void menuItem() {
        toMainWindow();
        List<Node> menus = fx(() -> new ArrayList<>(shell.scene().getRoot().lookupAll(".menu-bar .menu-button")));
        if (menus.isEmpty()) {
            return;
        }
        Node menu = menus.get(random.nextInt(menus.size()));
        hands.clickAndSettle(fx(() -> center(menu)));
        for (int depth = 0; depth < 2; depth++) {
            List<Node> items = fx(() -> showing().stream().filter(w -> w instanceof PopupWindow && w.getScene() != null)
                    .flatMap(w -> w.getScene().getRoot().lookupAll(".menu-item").stream())
                    .filter(n -> n.isVisible() && !n.isDisabled()).toList());
            if (items.isEmpty()) {
                return;
            }
            Node item = items.get(random.nextInt(items.size()));
            disarmQuit();
            hands.clickAndSettle(fx(() -> center(item)));
            if (fx(() -> showing().stream().noneMatch(w -> w instanceof PopupWindow))) {
                return;
            }
        }
    }

    private boolean showingNode(String query) {
        return fx(() -> {
            Node n = shell.scene().getRoot().lookup(query);
            for (Node p = n; p != null; p = p.getParent()) {
                if (!p.isVisible()) {
                    return false;
                }
            }
            return n != null && !n.isDisabled() && n.getScene() != null;
        });
    }

    private void clickIfShowing(String query) {
        if (showingNode(query)) {
            hands.clickAndSettle(fx(() -> center(shell.scene().getRoot().lookup(query))));
        }
    }

    // --- the keyboard

    private void press(Chord c) {
        if (c.key() == QUIT.getCode() && c.modifiers().equals(List.of(SHORTCUT))) {
            throw new IllegalStateException("the monkey must not send File › Quit's accelerator");
        }
        hands.press(c);
    }

    /** Sends one chord as an event of its own (the end checks use it). */
    void send(Chord c) {
        event("key " + c, () -> press(c));
    }

    // --- events and their log

    private void event(String what, Runnable action) {
        step++;
        String where = fx(() -> {
            ViewId view = shell.context().navigator().getCurrent();
            return name(focused()) + "/" + view;
        });
        log.addLast("#" + step + " [" + where + "] " + what);
        if (log.size() > LOG_SIZE) {
            log.removeFirst();
        }
        long started = System.nanoTime();
        disarmQuit();
        try {
            action.run();
        } finally {
            hands.settle();
        }
        note();
        if (TRACE) {
            System.out.printf("monkey %d %5d ms %s -> %s%n", seed, (System.nanoTime() - started) / 1_000_000,
                    log.getLast(), fx(() -> showing().stream().map(w -> name(w) + (w.isFocused() ? "*" : "")).toList()));
        }
        List<Throwable> errors = dialogs.unexpected();
        if (errors.size() > unexpectedSeen) {
            List<Throwable> fresh = errors.subList(unexpectedSeen, errors.size());
            unexpectedSeen = errors.size();
            // the one known toolkit bug (headless Monocle's drag and drop), as FxErrorGuard lets it through
            Throwable t = fresh.stream().filter(e -> !FxErrorGuard.isMonocleDragLeave(e)).reduce((a, b) -> b).orElse(null);
            if (t != null) {
                throw new AssertionError("the app met an exception nobody caught: " + t, t);
            }
        }
    }

    /** Records where the monkey is now: the view, the windows showing, the dialogs shown. */
    private void note() {
        fx(() -> {
            ViewId view = shell.context().navigator().getCurrent();
            if (view != null) {
                reached.add("view:" + view);
            }
            showing().forEach(w -> reached.add("window:" + name(w)));
            return null;
        });
        List<FakeDialogs.Shown> shown = dialogs.shown();
        shown.subList(dialogsSeen, shown.size()).forEach(s -> reached.add("dialog:" + s.kind()));
        dialogsSeen = shown.size();
    }

    /** Keeps File › Quit from calling Platform.exit (see {@link #QUIT}); again after the window was rebuilt. */
    private void disarmQuit() {
        fx(() -> {
            Parent root = shell.scene().getRoot();
            if (root != disarmedRoot) {
                disarmedRoot = root;
                for (MenuItem item : menuItems()) {
                    if (QUIT.equals(item.getAccelerator())) {
                        item.setOnAction(e -> quitRequests++);
                    }
                }
            }
            return null;
        });
    }

    /** The failure report: the seed, how to replay it, and the last events. */
    String report(String what) {
        return "monkey seed " + seed + ", event " + step + " of " + events + ": " + what
                + "\nreplay: mvn -B -o test -Dtest=MonkeyUiTest -Dxistudy.monkey.seeds=" + seed
                + " -Dxistudy.monkey.events=" + events
                + "\nthe last " + log.size() + " events:\n  " + String.join("\n  ", log);
    }
}
