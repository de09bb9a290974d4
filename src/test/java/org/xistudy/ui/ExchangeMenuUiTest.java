package org.xistudy.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.scene.Node;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.xistudy.content.PackLoader;
import org.xistudy.ui.common.BackgroundWork;
import org.xistudy.ui.shell.Shell;

/** File › Export and File › Import: file choosers, the work, a progress indication and a summary. */
@ExtendWith(ApplicationExtension.class)
class ExchangeMenuUiTest {
    private static final Path RESOURCES = Path.of(System.getProperty("xistudy.projectDir", "."),
            "src/test/resources/exchange");

    @TempDir
    Path dir;

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    private Shell open(FxRobot robot, FakeDialogs dialogs) {
        Shell[] shell = new Shell[1];
        robot.interact(() -> shell[0] = ShellFixture.open(stage, dir.resolve("data"), null, dialogs));
        ShellFixture.awaitPack(shell[0]);
        return shell[0];
    }

    private static MenuItem item(FxRobot robot, String id) {
        MenuBar bar = robot.lookup(".menu-bar").queryAs(MenuBar.class);
        for (Menu m : bar.getMenus()) {
            MenuItem found = find(m, id);
            if (found != null) {
                return found;
            }
        }
        throw new AssertionError("no menu item " + id);
    }

    private static MenuItem find(Menu menu, String id) {
        for (MenuItem i : menu.getItems()) {
            if (id.equals(i.getId())) {
                return i;
            }
            if (i instanceof Menu sub) {
                MenuItem found = find(sub, id);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private static void fire(FxRobot robot, String id) {
        MenuItem i = item(robot, id);
        assertFalse(i.isDisable() || (i.getParentMenu() != null && i.getParentMenu().isDisable()), id + " is enabled");
        robot.interact(i::fire);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void exportsTheCardsAsAnAnkiDeckAndSaysWhatWasWritten(FxRobot robot) throws Exception {
        FakeDialogs dialogs = new FakeDialogs();
        Shell shell = open(robot, dialogs);
        Path deck = dir.resolve("deck.apkg");
        dialogs.chooseFile(deck);
        fire(robot, "exportAnkiItem");
        assertTrue(Files.size(deck) > 1000);
        assertEquals(shell.context().packs().getIndex().pack().id() + ".apkg", dialogs.fileRequests().get(0).initialName());
        assertTrue(dialogs.fileRequests().get(0).filters().get(0).globs().contains("*.apkg"));
        FakeDialogs.Shown info = dialogs.shown("info").get(0);
        assertEquals("Export finished", info.title());
        int cards = shell.context().packs().getIndex().pack().cards().size();
        assertTrue(info.text().contains("Wrote deck.apkg") && info.text().contains(cards + " notes"), info.text());

        Path timeline = dir.resolve("timeline.json");
        dialogs.chooseFile(timeline);
        fire(robot, "exportTimelineItem");
        assertTrue(Files.readString(timeline).contains("\"events\""));
        int events = shell.context().packs().getIndex().pack().events().size();
        assertTrue(dialogs.shown("info").get(1).text().contains(events + " events"), dialogs.shown("info").get(1).text());

        Path text = dir.resolve("deck.txt");
        dialogs.chooseFile(text);
        fire(robot, "exportAnkiTextItem");
        assertTrue(Files.readString(text).startsWith("#separator:tab\n#html:true\n"));
        assertEquals(List.of(), dialogs.shown("error"));
    }

    @Test
    void cancellingTheChooserDoesNothing(FxRobot robot) {
        FakeDialogs dialogs = new FakeDialogs();
        open(robot, dialogs);
        fire(robot, "exportAnkiItem");
        fire(robot, "importAnkiItem");
        assertEquals(List.of(), dialogs.shown());
    }

    @Test
    void anImportIsSavedWhereTheUserChoosesThenOpened(FxRobot robot) throws Exception {
        FakeDialogs dialogs = new FakeDialogs();
        Shell shell = open(robot, dialogs);
        Path out = dir.resolve("eras.xipack");
        dialogs.chooseFile(RESOURCES.resolve("timelinejs/eras.json")).chooseFile(out);
        fire(robot, "importTimelineItem");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(PackLoader.load(out).isValid());
        assertEquals("Eras Test", shell.context().packs().getIndex().pack().title());
        assertEquals(out.toString(), shell.context().packs().loadedProperty().get().file());
        FakeDialogs.Shown info = dialogs.shown("info").get(0);
        assertTrue(info.text().contains("Made the pack \u201cEras Test\u201d") && info.text().contains("20 events"),
                info.text());
        assertEquals("eras.xipack", dialogs.fileRequests().get(1).initialName());

        // A deck with notes that cannot become cards: the summary says what was left out.
        Path deck = dir.resolve("history.xipack");
        dialogs.chooseFile(RESOURCES.resolve("anki/anki-schema11-deck.apkg")).chooseFile(deck);
        fire(robot, "importAnkiItem");
        assertEquals("World History", shell.context().packs().getIndex().pack().title());
        String summary = dialogs.shown("info").get(1).text();
        assertTrue(summary.contains("8 cards") && summary.contains("1 of 9 left out") && summary.contains("front is empty"),
                summary);
    }

    @Test
    void aFileThatIsNotATimelineIsRefusedAndThePackStays(FxRobot robot) throws Exception {
        FakeDialogs dialogs = new FakeDialogs();
        Shell shell = open(robot, dialogs);
        String title = shell.context().packs().getIndex().pack().title();
        Path bad = Files.writeString(dir.resolve("bad.json"), "{\"events\": 3}");
        Path out = dir.resolve("bad.xipack");
        dialogs.chooseFile(bad).chooseFile(out);
        fire(robot, "importTimelineItem");
        assertFalse(Files.exists(out));
        assertEquals(title, shell.context().packs().getIndex().pack().title());
        FakeDialogs.Shown error = dialogs.shown("error").get(0);
        assertEquals("Import failed", error.title());
        assertTrue(error.text().contains(bad + ":1:1: error:"), error.text());

        Path plain = Files.writeString(dir.resolve("plain"), "x");
        dialogs.chooseFile(plain.resolve("deck.apkg"));
        fire(robot, "exportAnkiItem");
        assertEquals("Export failed", dialogs.shown("error").get(1).title());
        assertEquals("x", Files.readString(plain));
    }

    @Test
    void theHeaderShowsProgressWhileTheWorkRunsAndTheMenuWaits(FxRobot robot) throws Exception {
        Deque<Runnable> queue = new ArrayDeque<>();
        FakeDialogs dialogs = new FakeDialogs();
        Shell[] shell = new Shell[1];
        robot.interact(() -> shell[0] = Shell.open(stage, new AppContext(Locale.ENGLISH, dir.resolve("data"),
                BackgroundWork.on(queue::add), dialogs), null));
        while (!queue.isEmpty()) {
            queue.poll().run(); // the pack loads
        }
        ShellFixture.awaitPack(shell[0]);
        dialogs.chooseFile(dir.resolve("deck.apkg"));
        fire(robot, "exportAnkiItem");
        Node status = robot.lookup(".exchange-status").query();
        assertTrue(status.isVisible(), "the progress shows while the export runs");
        assertTrue(item(robot, "exportAnkiItem").getParentMenu().isDisable(), "no second export meanwhile");
        assertEquals(1, queue.size());
        ProgressBar bar = robot.lookup(".exchange-progress").queryAs(ProgressBar.class);
        assertTrue(bar.isIndeterminate(), "indeterminate until the first note is written");
        List<Double> seen = new CopyOnWriteArrayList<>();
        robot.interact(() -> bar.progressProperty().addListener((obs, old, now) -> seen.add(now.doubleValue())));
        queue.poll().run(); // the export, here on the test thread as on a background thread
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(seen.contains(1.0), "the bar reached the end before the summary: " + seen);
        assertFalse(status.isVisible());
        assertEquals(1, dialogs.shown("info").size());
        assertFalse(item(robot, "exportAnkiItem").getParentMenu().isDisable());
    }
}
