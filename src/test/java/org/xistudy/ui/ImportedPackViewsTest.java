package org.xistudy.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.xistudy.study.exchange.Exchange;
import org.xistudy.study.exchange.Format;
import org.xistudy.study.exchange.ImportResult;
import org.xistudy.study.exchange.Progress;
import org.xistudy.ui.shell.Shell;

/**
 * A pack made by an import has no essay, and one made from a deck has no timeline: it opens in
 * every view without an error, and the Source view says there is no essay.
 */
@ExtendWith(ApplicationExtension.class)
class ImportedPackViewsTest {
    private static final Path RESOURCES = Path.of(System.getProperty("xistudy.projectDir", "."),
            "src/test/resources/exchange");

    @TempDir
    static Path dir;

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    private static Path imported(Format format, String resource, String name) throws Exception {
        ImportResult r = Exchange.importFile(format, RESOURCES.resolve(resource), Clock.systemUTC(), Progress.NONE);
        assertTrue(r.isImported(), r.problems().toString());
        Path out = dir.resolve(name);
        r.write(out);
        return out;
    }

    /** Exceptions JavaFX only logs (in bindings and listeners), which must not pass silently either. */
    private static final class Logged extends Handler {
        final List<String> thrown = new CopyOnWriteArrayList<>();

        @Override
        public void publish(LogRecord r) {
            if (r.getThrown() != null) {
                StringWriter w = new StringWriter();
                r.getThrown().printStackTrace(new PrintWriter(w));
                thrown.add(w.toString().lines().limit(4).collect(Collectors.joining("\n")));
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }

    private void everyViewOpens(FxRobot robot, Path pack) {
        Logged logged = new Logged();
        Logger fx = Logger.getLogger("javafx");
        fx.addHandler(logged);
        try {
            everyViewOpens(robot, pack, logged);
        } finally {
            fx.removeHandler(logged);
        }
    }

    private void everyViewOpens(FxRobot robot, Path pack, Logged logged) {
        FakeDialogs dialogs = new FakeDialogs();
        Shell[] shell = new Shell[1];
        robot.interact(() -> shell[0] = ShellFixture.open(stage, dir.resolve("data-" + pack.getFileName()), pack,
                dialogs));
        ShellFixture.awaitPack(shell[0]);
        assertEquals(pack.toString(), shell[0].context().packs().loadedProperty().get().file());
        for (ViewId view : ViewId.values()) {
            robot.interact(() -> shell[0].context().navigator().show(view));
            WaitForAsyncUtils.waitForFxEvents();
            assertEquals(view, shell[0].context().navigator().getCurrent());
            if (view == ViewId.CARDS) {
                // Study the first card: turn it over and grade it Good.
                robot.type(KeyCode.SPACE).type(KeyCode.DIGIT3);
                WaitForAsyncUtils.waitForFxEvents();
            }
            if (view == ViewId.QUIZ) {
                var start = robot.lookup("#startButton").tryQuery();
                if (start.isPresent() && start.get().isVisible() && !start.get().isDisabled()) {
                    robot.clickOn(start.get());
                    WaitForAsyncUtils.waitForFxEvents();
                }
            }
        }
        robot.interact(() -> shell[0].context().navigator().show(ViewId.SOURCE));
        WaitForAsyncUtils.waitForFxEvents();
        Node empty = robot.lookup(".reader-no-essay").query();
        assertTrue(empty.isVisible(), "the Source view says the pack has no essay");
        assertTrue(robot.lookup(".reader-no-essay").queryAs(Label.class).getText().contains("no essay"));
        assertTrue(robot.lookup(".reader-no-essay").queryAs(Label.class).getText().contains("essay\u2019s words"),
                "apostrophes survive the message format");
        assertTrue(!robot.lookup(".reader-cited").query().isVisible(), "no paragraphs, so nothing can be cited here");
        assertTrue(robot.lookup(".search-field").query().isDisabled(), "nothing to search");
        String credit = robot.lookup(".source-credit").queryAs(Label.class).getText();
        assertTrue(!credit.contains("null") && !credit.contains("essay by"), credit);
        assertEquals(List.of(), dialogs.shown("unexpected"), "no error in any view");
        assertEquals(List.of(), dialogs.shown("problems"));
        assertEquals(List.of(), logged.thrown, "no exception logged by a binding or listener");
    }

    @Test
    void aPackFromATimelineOpensInEveryView(FxRobot robot) throws Exception {
        everyViewOpens(robot, imported(Format.TIMELINEJS, "timelinejs/eras.json", "eras.json"));
    }

    @Test
    void aPackFromAnAnkiDeckOpensInEveryView(FxRobot robot) throws Exception {
        everyViewOpens(robot, imported(Format.ANKI, "anki/anki-schema11-deck.apkg", "history.json"));
    }
}
