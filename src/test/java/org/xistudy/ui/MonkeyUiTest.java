package org.xistudy.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.xistudy.study.quiz.MutableClock;
import org.xistudy.testing.ExpectsUncaughtErrors;
import org.xistudy.ui.common.TextClipboard;
import org.xistudy.ui.present.LessonPresentation;
import org.xistudy.ui.present.Screens;
import org.xistudy.ui.shell.Shell;

/**
 * A seeded monkey in the real main window with the bundled pack (see {@link Monkey}): random
 * keys, clicks, drags and wheel turns, into every view, the lesson presentation, the classroom
 * quiz, the PDF dialog and the other dialogs (answered by {@link FakeDialogs}, so nothing blocks
 * and no native chooser opens). It fails on any exception nobody caught (the app shows those as
 * "unexpected" dialogs; {@code FxErrorGuard} fails the test for them too), naming the seed and
 * the last events; at the end the extra windows close and the app must still change views.
 *
 * <p>{@code -Dxistudy.monkey.events=N} sets the events per seed, {@code -Dxistudy.monkey.seeds=1,2}
 * the seeds (see README, "Longer runs of the randomised tests").
 */
@ExtendWith(ApplicationExtension.class)
class MonkeyUiTest {
    static final int DEFAULT_EVENTS = 90;
    static final String DEFAULT_SEEDS = "1,2,3,4";

    @TempDir
    Path dataDir;

    private final FakeDialogs dialogs = new FakeDialogs();
    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T09:00:00Z"));
    private Shell shell;

    @Start
    void start(Stage stage) {
        shell = ShellFixture.open(stage, dataDir, null, dialogs);
        shell.context().register(Clock.class, clock); // quiz timers move when the monkey says so
        shell.context().register(TextClipboard.class, text -> { }); // Copy link leaves the desktop's clipboard alone
    }

    static Stream<Long> seeds() {
        return Arrays.stream(System.getProperty("xistudy.monkey.seeds", DEFAULT_SEEDS).split(","))
                .map(String::trim).filter(s -> !s.isEmpty()).map(Long::valueOf);
    }

    static int events() {
        return Integer.getInteger("xistudy.monkey.events", DEFAULT_EVENTS);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void theAppSurvivesTheMonkey(long seed, FxRobot robot) {
        ShellFixture.awaitPack(shell);
        presentOn(robot, seed);
        Monkey monkey = new Monkey(robot, shell, dialogs, clock, dataDir, seed);
        monkey.run(events());
        try {
            monkey.closeExtraWindows();
            assertEquals(List.of(), monkey.extraWindows(), "every other window closed");
            stillAnswers(monkey);
        } catch (AssertionError | RuntimeException e) {
            throw monkey.failure(e);
        }
        if (Boolean.getBoolean("xistudy.monkey.trace")) {
            System.out.println("monkey " + seed + " reached " + monkey.reached());
        }
        if (events() >= monkey.essentialEvents()) {
            Set<String> missed = new TreeSet<>(EXPECTED);
            missed.removeAll(monkey.reached());
            assertTrue(missed.isEmpty(), monkey.report("the monkey never got to " + missed
                    + "; it got to " + monkey.reached()));
        }
    }

    /** The monkey can fail: a key handler that throws at the third key stops it, with the seed and the events. */
    @Test
    @ExpectsUncaughtErrors
    void anExceptionNobodyCaughtStopsTheMonkey(FxRobot robot) {
        ShellFixture.awaitPack(shell);
        int[] keys = {0};
        robot.interact(() -> shell.scene().getWindow().addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (++keys[0] == 3) {
                throw new IllegalStateException("planted by the test");
            }
        }));
        Monkey monkey = new Monkey(robot, shell, dialogs, clock, dataDir, 7);
        AssertionError failure = assertThrows(AssertionError.class, () -> monkey.run(60));
        String report = failure.getMessage();
        assertTrue(report.startsWith("monkey seed 7, event "), report);
        assertTrue(report.contains("planted by the test"), report);
        assertTrue(report.contains("-Dxistudy.monkey.seeds=7 -Dxistudy.monkey.events=60"), report);
        assertTrue(report.contains("\n  #1 ["), "the events are listed from the first: " + report);
        assertEquals(3, keys[0], "the monkey stopped at the event that failed");
    }

    /** Odd seeds present on one screen, even ones on two (side by side on the headless screen). */
    private void presentOn(FxRobot robot, long seed) {
        List<Rectangle2D> screens = seed % 2 == 1 ? List.of(new Rectangle2D(0, 0, 1920, 1200))
                : List.of(new Rectangle2D(0, 0, 960, 1200), new Rectangle2D(960, 0, 960, 1200));
        robot.interact(() -> shell.context().register(LessonPresentation.Options.class,
                new LessonPresentation.Options(Screens.fixed(screens), clock, ZoneOffset.UTC, seed % 4 < 2)));
    }

    /** Every view, the presentation's audience window, the classroom quiz, the PDF dialog, the key sheet. */
    private static final Set<String> EXPECTED = expected();

    private static Set<String> expected() {
        Set<String> out = new TreeSet<>(List.of("window:lesson-audience", "window:present-root",
                "window:export-dialog", "dialog:keys"));
        for (ViewId v : ViewId.values()) {
            out.add("view:" + v);
        }
        return out;
    }

    /** The first and third Go keys (Ctrl+1, Ctrl+3) still change the view, and the window shows it. */
    private void stillAnswers(Monkey monkey) {
        List<MonkeyHands.Chord> go = new ArrayList<>(monkey.viewKeys());
        assertTrue(go.size() >= 3, "the menus have keys for the views: " + monkey.accelerators());
        monkey.send(go.get(0));
        ViewId first = shell.context().navigator().getCurrent();
        assertEquals(first, shown());
        monkey.send(go.get(2));
        ViewId third = shell.context().navigator().getCurrent();
        assertNotEquals(first, third, go.get(2) + " changed the view");
        assertEquals(third, shown());
    }

    private ViewId shown() {
        WaitForAsyncUtils.waitForFxEvents();
        Node view = ((StackPane) shell.scene().getRoot().lookup(".view-host")).getChildren().get(0);
        return Arrays.stream(ViewId.values()).filter(id -> shell.viewRoot(id).orElse(null) == view)
                .findFirst().orElse(null);
    }
}
