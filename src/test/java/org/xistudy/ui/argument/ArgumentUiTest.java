package org.xistudy.ui.argument;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.xistudy.content.PackIndex;
import org.xistudy.content.model.Claim;
import org.xistudy.content.model.LessonStep;
import org.xistudy.study.lessons.LessonEntry;
import org.xistudy.ui.FakeDialogs;
import org.xistudy.ui.ShellFixture;
import org.xistudy.ui.ViewId;
import org.xistudy.ui.common.TextClipboard;
import org.xistudy.ui.services.LessonService;
import org.xistudy.ui.shell.Shell;
import org.xistudy.ui.timeline.TimelineView;

@ExtendWith(ApplicationExtension.class)
class ArgumentUiTest {
    @TempDir
    static Path dataDir;

    private Shell shell;
    private final FakeDialogs dialogs = new FakeDialogs();

    @Start
    void start(Stage stage) {
        shell = ShellFixture.open(stage, dataDir, null, dialogs);
    }

    private PackIndex index() {
        return shell.context().packs().getIndex();
    }

    private ArgumentMap map(FxRobot robot) {
        return robot.lookup(".argument-map").queryAs(ArgumentMap.class);
    }

    private static void key(FxRobot robot, KeyCode... keys) {
        robot.push(keys);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void ctrl6ShowsTheWholeArgumentAndTheArrowKeysWalkIt(FxRobot robot) {
        ShellFixture.awaitPack(shell);
        key(robot, KeyCode.CONTROL, KeyCode.DIGIT6);
        assertEquals(ViewId.ARGUMENT, shell.context().navigator().getCurrent());
        ArgumentMap map = map(robot);
        assertEquals(index().claims().size(), robot.lookup(".claim-box").queryAll().size(), "a box per claim");
        assertEquals("thesis", map.selectedIdProperty().get(), "it opens on the thesis");
        assertTrue(map.isFocused(), "and takes the keys");
        Claim thesis = index().thesis().orElseThrow();
        assertEquals(thesis.title(), robot.lookup(".argument-claim-title").queryAs(Label.class).getText());

        List<Claim> beneath = index().childrenOf("thesis");
        key(robot, KeyCode.RIGHT);
        assertEquals(beneath.get(0).id(), map.selectedIdProperty().get(), "→ the first claim it rests on");
        key(robot, KeyCode.DOWN);
        assertEquals(beneath.get(1).id(), map.selectedIdProperty().get(), "↓ the next in the essay's order");
        assertEquals(beneath.get(1).title(), robot.lookup(".argument-claim-title").queryAs(Label.class).getText(),
                "the detail follows");
        key(robot, KeyCode.UP);
        assertEquals(beneath.get(0).id(), map.selectedIdProperty().get());
        key(robot, KeyCode.LEFT);
        assertEquals("thesis", map.selectedIdProperty().get(), "← the claim it supports");
        key(robot, KeyCode.RIGHT);
        key(robot, KeyCode.HOME);
        assertEquals("thesis", map.selectedIdProperty().get(), "Home: the thesis");

        // Every box lies inside the map's drawing, beside its parent's column, none over another.
        for (Claim c : index().claims()) {
            Bounds b = robot.lookup("#claim-" + c.id()).query().getBoundsInParent();
            if (c.parent() != null) {
                Bounds p = robot.lookup("#claim-" + c.parent()).query().getBoundsInParent();
                assertTrue(b.getMinX() > p.getMaxX(), c.id() + " stands right of " + c.parent());
            }
        }
    }

    @Test
    void aClaimsEvidenceOpensTheTimelineAndBackReturnsToTheClaim(FxRobot robot) {
        ShellFixture.awaitPack(shell);
        robot.interact(() -> shell.context().navigator().openItem("implication-4"));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(ViewId.ARGUMENT, shell.context().navigator().getCurrent(), "a claim opens on the map");
        assertEquals("implication-4", map(robot).selectedIdProperty().get());
        Claim claim = index().claim("implication-4").orElseThrow();
        String strength = robot.lookup(".argument-strength").queryAs(Label.class).getText();
        assertTrue(strength.startsWith(claim.support().size() + " items back it"), strength);

        String event = claim.support().stream().filter(id -> index().event(id).isPresent()).findFirst().orElseThrow();
        String label = shell.context().itemLabel(event);
        Optional<Button> link = robot.lookup(".argument-detail .evidence-item").queryAllAs(Button.class).stream()
                .filter(b -> label.equals(b.getText())).findFirst();
        assertTrue(link.isPresent(), "the claim links to " + event);
        robot.interact(() -> link.get().fire());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(ViewId.TIMELINE, shell.context().navigator().getCurrent());
        assertEquals(event, robot.lookup(".timeline").queryAs(TimelineView.class).selectedIdProperty().get());

        key(robot, KeyCode.ALT, KeyCode.LEFT);
        assertEquals(ViewId.ARGUMENT, shell.context().navigator().getCurrent(), "Back returns to the map");
        assertEquals("implication-4", map(robot).selectedIdProperty().get(), "at the same claim");
        List<String> copied = new ArrayList<>();
        shell.context().register(TextClipboard.class, copied::add);
        key(robot, KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.C);
        assertEquals(List.of("claim:implication-4"), copied, "Copy link names the claim");
    }

    @Test
    void exportPngSavesTheWholeMapAndKeepsTheSelection(FxRobot robot, @TempDir Path out) throws IOException {
        ShellFixture.awaitPack(shell);
        robot.interact(() -> shell.context().navigator().openItem("implication-4"));
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(".argument-view #wholeButton"); // full boxes, the map scrolls
        WaitForAsyncUtils.waitForFxEvents();
        Path file = out.resolve("map");
        dialogs.chooseFile(file);
        robot.clickOn(".argument-view #exportButton");
        WaitForAsyncUtils.waitForFxEvents();
        Path png = out.resolve("map.png");
        assertTrue(Files.exists(png), "saved with its .png ending");
        byte[] bytes = Files.readAllBytes(png);
        assertEquals(0x89, bytes[0] & 0xff);
        assertEquals("PNG", new String(bytes, 1, 3, StandardCharsets.US_ASCII));
        int width = ByteBuffer.wrap(bytes, 16, 4).getInt();
        int height = ByteBuffer.wrap(bytes, 20, 4).getInt();
        Region board = robot.lookup(".argument-board").queryAs(Region.class);
        assertEquals(Math.round(board.getPrefWidth() * 2), width, 2, "the whole map, twice the screen's size");
        assertEquals(Math.round(board.getPrefHeight() * 2), height, 2);
        ScrollPane scroll = robot.lookup(".argument-scroll").queryAs(ScrollPane.class);
        assertTrue(height > scroll.getViewportBounds().getHeight() * 2, "more than the part in view");
        assertEquals("implication-4", map(robot).selectedIdProperty().get(), "the selection is back");
    }

    @Test
    void addToLessonAddsTheSelectedClaimAsAClaimStep(FxRobot robot) {
        ShellFixture.awaitPack(shell);
        LessonService lessons = LessonService.of(shell.context());
        robot.interact(() -> lessons.currentLessonProperty().set("lesson-essay-45"));
        robot.interact(() -> shell.context().navigator().openItem("implication-4"));
        WaitForAsyncUtils.waitForFxEvents();
        key(robot, KeyCode.CONTROL, KeyCode.L);
        LessonEntry mine = lessons.current().orElseThrow();
        assertFalse(mine.isReadOnly(), "the pack's lesson stays as it is: the claim starts a lesson of the teacher's");
        assertEquals(List.of(new LessonStep.ClaimStep("implication-4", null)), mine.lesson().steps());
        String status = robot.lookup(".status-text").queryAs(Label.class).getText();
        assertTrue(status.startsWith("Added \u201CClaim \u00B7 Implication: Security laws drive business away\u201D"), status);

        key(robot, KeyCode.DOWN);
        assertEquals("implication-5", map(robot).selectedIdProperty().get());
        key(robot, KeyCode.CONTROL, KeyCode.L);
        assertEquals(List.of(new LessonStep.ClaimStep("implication-4", null), new LessonStep.ClaimStep("implication-5", null)),
                lessons.current().orElseThrow().lesson().steps(), "the selected claim, added to the same lesson");

        key(robot, KeyCode.CONTROL, KeyCode.DIGIT7);
        assertEquals(ViewId.LESSONS, shell.context().navigator().getCurrent());
        List<String> cells = robot.lookup(".lessons-steps .list-cell").queryAllAs(ListCell.class)
                .stream().map(c -> c.getText()).filter(t -> t != null).toList();
        assertEquals(List.of("1.  Claim \u00B7 Implication: Security laws drive business away",
                "2.  Claim \u00B7 Implication: " + index().claim("implication-5").orElseThrow().title()), cells);
    }

    @Test
    void wholeArgumentShowsEveryClaimOnOneScreenAndFullBoxesScroll(FxRobot robot) {
        ShellFixture.awaitPack(shell);
        key(robot, KeyCode.CONTROL, KeyCode.DIGIT6);
        ToggleButton whole = robot.lookup(".argument-view #wholeButton")
                .queryAs(ToggleButton.class);
        assertTrue(whole.isSelected(), "the whole argument is the view's first look");
        Node board = robot.lookup(".argument-board").query();
        Bounds room = map(robot).localToScene(map(robot).getLayoutBounds());
        for (Claim c : index().claims()) {
            Bounds b = robot.lookup("#claim-" + c.id()).query()
                    .localToScene(robot.lookup("#claim-" + c.id()).query().getLayoutBounds());
            assertTrue(b.getMinX() >= room.getMinX() - 1 && b.getMaxX() <= room.getMaxX() + 1
                    && b.getMinY() >= room.getMinY() - 1 && b.getMaxY() <= room.getMaxY() + 1,
                    c.id() + " is on the screen: " + b + " in " + room);
        }
        assertTrue(robot.lookup(".claim-kind").queryAll().isEmpty(), "boxes show their titles only");
        key(robot, KeyCode.RIGHT);
        assertEquals(index().childrenOf("thesis").get(0).id(), map(robot).selectedIdProperty().get(), "keys as ever");

        robot.clickOn(whole);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(index().claims().size(), robot.lookup(".claim-kind").queryAll().size(), "full boxes again");
        assertTrue(board.getTransforms().isEmpty(), "at full size");
        ScrollPane scroll = robot.lookup(".argument-scroll").queryAs(ScrollPane.class);
        assertTrue(((Region) board).getPrefHeight() > scroll.getViewportBounds().getHeight(),
                "and the map scrolls");
    }

    @Test
    void studyTheseCardsOpensCardsWithTheClaimsCards(FxRobot robot) {
        ShellFixture.awaitPack(shell);
        robot.interact(() -> shell.context().navigator().openItem("trigger-2"));
        WaitForAsyncUtils.waitForFxEvents();
        int cards = index().cardsOfClaim("trigger-2").size();
        Button study = robot.lookup(".argument-study").queryAs(Button.class);
        assertEquals("Study these " + cards + " cards", study.getText());
        robot.clickOn(study);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(ViewId.CARDS, shell.context().navigator().getCurrent());
    }
}
