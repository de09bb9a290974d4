package org.xistudy.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.xistudy.content.PackIndex;
import org.xistudy.content.TestPacks;
import org.xistudy.ui.common.TextClipboard;
import org.xistudy.ui.reader.EssayBlockView;
import org.xistudy.ui.reader.Highlight;
import org.xistudy.ui.shell.Shell;

@ExtendWith(ApplicationExtension.class)
class ReaderAndProblemsTest {
    @TempDir
    static Path dataDir;

    private Shell shell;

    @Start
    void start(Stage stage) {
        shell = ShellFixture.open(stage, dataDir, null);
    }

    @Test
    void aQuoteOpensTheReaderAtItsPassageHighlighted(FxRobot robot) {
        ShellFixture.awaitPack(shell);
        String quote = "Xi’s security obsession has increased his risk tolerance";
        robot.interact(() -> shell.context().navigator().open(Target.PassageTarget.quote(quote)));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(ViewId.SOURCE, shell.context().navigator().getCurrent());
        EssayBlockView block = robot.lookup("#block-p16").queryAs(EssayBlockView.class);
        assertNotNull(block);
        Highlight h = block.highlightsProperty().get().get(0);
        assertEquals(Highlight.QUOTE, h.styleClass());
        assertEquals(quote, block.getBlock().text().substring(h.start(), h.end()));
        assertTrue(block.isFocused() || block.getPseudoClassStates().stream().anyMatch(p -> p.getPseudoClassName()
                .equals("selected")), "the passage is selected");
        // The passage was scrolled into view: it lies inside the scroll pane's viewport.
        Node scroll = robot.lookup(".reader-scroll").query();
        var inScroll = scroll.sceneToLocal(block.localToScene(block.getLayoutBounds()));
        assertTrue(inScroll.getMinY() >= 0 && inScroll.getMinY() < scroll.getLayoutBounds().getHeight(),
                "block at " + inScroll + " should be visible in " + scroll.getLayoutBounds());
        // A drawn highlight shape exists under the text.
        assertTrue(robot.lookup(".quote-highlight").tryQuery().isPresent());
    }

    @Test
    void citedHereWrapsTitlesBetweenWordsNeverInsideOne(FxRobot robot) {
        ShellFixture.awaitPack(shell);
        // The paragraph that cites the Counter-espionage Law (a long word, once broken as "espionag/e").
        robot.interact(() -> shell.context().navigator().open(Target.PassageTarget.quote(
                "making foreign business operations in China increasingly difficult")));
        WaitForAsyncUtils.waitForFxEvents();
        List<Label> titles = robot.lookup(".cited-list .item-title").queryAllAs(Label.class).stream()
                .filter(l -> l.isVisible() && l.getText() != null && !l.getText().isEmpty()).toList();
        assertTrue(titles.stream().anyMatch(l -> l.getText().contains("Counter-espionage")),
                "the law is cited here: " + titles.stream().map(Label::getText).toList());
        for (Label l : titles) {
            Text measure = new Text();
            measure.setFont(l.getFont());
            double room = l.getWidth() - l.snappedLeftInset() - l.snappedRightInset();
            for (String word : l.getText().split("\\s+")) {
                measure.setText(word);
                assertTrue(measure.getLayoutBounds().getWidth() <= room + 0.5,
                        "\"" + word + "\" (" + measure.getLayoutBounds().getWidth() + " px) fits its line ("
                                + room + " px) in \"" + l.getText() + "\"");
            }
        }
    }

    @Test
    void readerSearchByKeyboard(FxRobot robot) {
        ShellFixture.awaitPack(shell);
        robot.press(KeyCode.CONTROL).press(KeyCode.DIGIT5).release(KeyCode.DIGIT5).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        robot.press(KeyCode.CONTROL).press(KeyCode.F).release(KeyCode.F).release(KeyCode.CONTROL);
        robot.write("wolf warrior");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("1 of 2", robot.lookup(".match-label").queryLabeled().getText());
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("2 of 2", robot.lookup(".match-label").queryLabeled().getText());
        assertTrue(robot.lookup(".search-current").tryQuery().isPresent());
    }

    @Test
    void aBadPackShowsItsProblemsAndTheOldPackStays(FxRobot robot, @TempDir Path dir) throws IOException {
        ShellFixture.awaitPack(shell);
        PackIndex before = shell.context().packs().getIndex();
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\n  \"format\": 1,\n  \"id\": \"x\",\n  \"title\": 7\n}\n");
        robot.interact(() -> shell.open(bad));
        DialogPane dialog = awaitDialog(robot);
        assertTrue(dialog.getHeaderText().contains("bad.json"), dialog.getHeaderText());
        String problems = ((TextArea) dialog.lookup(".problem-list")).getText();
        assertTrue(problems.contains(bad + ":4:12: error: $.title: expected a string but found the number 7"), problems);
        assertTrue(problems.contains("missing required field \"source\""), problems);
        // Long lines wrap rather than scroll sideways, each begins with where the problem is, and
        // Copy puts them all on the clipboard.
        assertTrue(((TextArea) dialog.lookup(".problem-list")).isWrapText(), "long problems wrap");
        for (String line : problems.split("\n")) {
            assertTrue(line.startsWith(bad + ":"), "the location first: " + line);
        }
        List<String> copied = new ArrayList<>();
        shell.context().register(TextClipboard.class, copied::add);
        Button copy = (Button) dialog.getButtonTypes().stream().map(dialog::lookupButton)
                .filter(b -> "Copy".equals(((Button) b).getText())).findFirst().orElseThrow();
        robot.interact(copy::fire);
        assertEquals(List.of(problems), copied, "Copy copies the problems");
        assertTrue(dialog.getScene().getWindow().isShowing(), "and leaves the dialog open");
        assertSame(before, shell.context().packs().getIndex(), "the old pack stays open");
        assertEquals(before.pack().title(), robot.lookup(".pack-title").queryLabeled().getText());
        robot.interact(() -> ((Stage) dialog.getScene().getWindow()).close());
    }

    @Test
    void aGoodPackFromDiskReplacesTheOpenOne(FxRobot robot, @TempDir Path dir) throws IOException {
        ShellFixture.awaitPack(shell);
        Path seeds = Files.createDirectories(dir.resolve("seeds"));
        Files.copy(Path.of(System.getProperty("xistudy.projectDir", "."), TestPacks.SEED),
                seeds.resolve("zhao-2023-xi-power-concentration.txt"));
        Path good = dir.resolve("good.json");
        Files.writeString(good, TestPacks.text(TestPacks.minimal()));
        robot.interact(() -> shell.open(good));
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                    () -> "test-pack".equals(shell.context().packs().getIndex().pack().id()));
        } catch (TimeoutException e) {
            throw new AssertionError("the new pack was not installed", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Test pack", robot.lookup(".pack-title").queryLabeled().getText());
    }

    private static DialogPane awaitDialog(FxRobot robot) {
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.listWindows().stream()
                    .anyMatch(w -> w.getScene() != null && w.getScene().getRoot() instanceof DialogPane));
        } catch (TimeoutException e) {
            throw new AssertionError("no dialog appeared", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
        for (Window w : robot.listWindows()) {
            if (w.getScene() != null && w.getScene().getRoot() instanceof DialogPane pane) {
                return pane;
            }
        }
        throw new AssertionError("no dialog");
    }
}
