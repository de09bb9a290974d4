package org.xistudy.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.xistudy.content.PackIndex;
import org.xistudy.content.PackLoader;
import org.xistudy.ui.shell.Shell;
import org.xistudy.ui.timeline.TimelineView;

/**
 * Live reload as an author meets it: the test writes a pack to a temporary folder, opens it, and
 * saves it as an editor would (a new file renamed over the old one): a valid change, then one with
 * an error, then the fix. Each time it checks the pack, the view, the selection and the bar.
 */
@ExtendWith(ApplicationExtension.class)
class LiveReloadUiTest {
    private static final String EVENT = "ev-term-limits";
    private static final String TITLE = "\"title\": \"Presidential term limit abolished\"";

    @TempDir
    static Path dir;

    private Shell shell;
    private FakeDialogs dialogs;
    private Path pack;
    private String original;

    @Start
    void start(Stage stage) {
        try (InputStream in = PackLoader.class.getResourceAsStream(PackLoader.DEFAULT_PACK)) {
            original = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            pack = dir.resolve("week-3.json");
            Files.writeString(pack, original);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        dialogs = new FakeDialogs();
        shell = ShellFixture.open(stage, dir.resolve("data"), pack, dialogs);
    }

    /** Saves as many editors do: a new file in the same folder, renamed over the pack. */
    private void save(String content) throws IOException {
        Path temp = dir.resolve(".week-3.json.swp");
        Files.writeString(temp, content);
        Files.move(temp, pack, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static void await(String what, BooleanSupplier condition) throws TimeoutException {
        try {
            WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, condition::getAsBoolean);
        } catch (TimeoutException e) {
            throw new TimeoutException(what);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    private PackIndex index() {
        return shell.context().packs().getIndex();
    }

    private String title() {
        return index().event(EVENT).orElseThrow().title();
    }

    @Test
    void aValidSaveReloadsAnInvalidOneShowsTheBarAndTheFixClearsIt(FxRobot robot) throws Exception {
        ShellFixture.awaitPack(shell);
        robot.interact(() -> shell.context().navigator().open(new Target.EventTarget(EVENT)));
        TimelineView timeline = robot.lookup(".timeline").queryAs(TimelineView.class);
        assertEquals(EVENT, timeline.selectedIdProperty().get());
        Node bar = robot.lookup(".reload-bar").query();
        assertFalse(bar.isVisible());

        // 1. a valid change: the new version is installed, the view and its selection stay
        PackIndex before = index();
        save(original.replace(TITLE, "\"title\": \"Two-term limit removed\""));
        await("the valid change is loaded", () -> title().equals("Two-term limit removed"));
        assertNotSame(before, index());
        await("the timeline shows the event again", () -> EVENT.equals(timeline.selectedIdProperty().get()));
        assertEquals(ViewId.TIMELINE, shell.context().navigator().getCurrent());
        Navigator nav = shell.context().navigator();
        robot.interact(nav::goBack);
        assertFalse(nav.canGoBackProperty().get(), "a reload adds nothing to the history");
        robot.interact(nav::goForward);
        assertEquals(EVENT, timeline.selectedIdProperty().get());
        assertFalse(bar.isVisible());
        assertTrue(dialogs.shown().isEmpty(), "no dialog: " + dialogs.shown());

        // 2. an error: the bar says so, with the first problem's place; the last good version stays
        PackIndex good = index();
        save(original.replace(TITLE, "\"title\": \"Two-term limit removed\"").replaceFirst("\"date\": \"2018-03-11\"",
                "\"date\": \"2018-13-11\""));
        await("the bar appears", bar::isVisible);
        assertSame(good, index(), "the last good version stays open");
        assertEquals("Two-term limit removed", title());
        String message = robot.lookup(".reload-message").queryAs(Label.class).getText();
        String problems = robot.lookup(".reload-problems").queryAs(Label.class).getText();
        assertTrue(message.contains("one error"), message);
        assertTrue(problems.startsWith("week-3.json:"), "the place comes first: " + problems);
        assertTrue(problems.contains("month 13"), problems);
        assertEquals(ViewId.TIMELINE, shell.context().navigator().getCurrent());
        assertEquals(EVENT, timeline.selectedIdProperty().get());
        assertTrue(dialogs.shown().isEmpty(), "the bar is not a dialog");
        robot.clickOn(robot.lookup(".reload-bar .button").queryAllAs(Button.class).stream()
                .filter(b -> b.getText().equals("Show all")).findFirst().orElseThrow());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, dialogs.shown("problems").size(), "Show all lists every problem");
        assertTrue(dialogs.shown("problems").get(0).text().contains("month 13"));

        // 3. the fix: the bar goes, the fixed version is installed
        save(original.replace(TITLE, "\"title\": \"Term limit abolished\""));
        await("the fix is loaded", () -> title().equals("Term limit abolished"));
        await("the bar goes", () -> !bar.isVisible());
        assertEquals(EVENT, timeline.selectedIdProperty().get());
        assertEquals(ViewId.TIMELINE, shell.context().navigator().getCurrent());
    }
}
