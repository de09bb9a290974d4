package org.xistudy.ui.present;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import javafx.css.PseudoClass;
import javafx.geometry.Bounds;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.xistudy.content.PackIndex;
import org.xistudy.content.TestLessons;
import org.xistudy.content.TestPacks;
import org.xistudy.content.model.Claim;
import org.xistudy.content.model.LessonStep.ClaimStep;
import org.xistudy.content.model.LessonStep;
import org.xistudy.study.quiz.MutableClock;
import org.xistudy.ui.FakeDialogs;
import org.xistudy.ui.ShellFixture;
import org.xistudy.ui.argument.ArgumentMap;
import org.xistudy.ui.services.LessonService;
import org.xistudy.ui.shell.Shell;

/**
 * Claim steps on a 1024x768 projector: the claim's kind, its place and its title, the essay's
 * sentences for it, and the argument map around it with the claim highlighted, drawn for nobody
 * to click; the claim readable from the back of the room, and every claim of the bundled pack
 * fitting the screen.
 */
@ExtendWith(ApplicationExtension.class)
class ClaimStepUiTest {
    private static final Rectangle2D LAPTOP = new Rectangle2D(0, 0, 1280, 800);
    private static final Rectangle2D PROJECTOR = new Rectangle2D(1280, 0, 1024, 768);
    private static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");

    @TempDir
    Path dataDir;

    private Shell shell;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        shell = ShellFixture.open(stage, dataDir, null, new FakeDialogs());
    }

    private PackIndex index() {
        return shell.context().packs().getIndex();
    }

    /** Makes a lesson of the teacher's with these steps and presents it with F5 on the projector. */
    private LessonPresentation present(FxRobot robot, List<LessonStep> steps) {
        ShellFixture.awaitPack(shell);
        robot.interact(() -> {
            shell.context().register(LessonPresentation.Options.class, new LessonPresentation.Options(
                    Screens.fixed(List.of(LAPTOP, PROJECTOR)), new MutableClock(Instant.parse("2026-03-02T09:00:00Z")),
                    ZoneOffset.UTC, false));
            LessonService lessons = LessonService.of(shell.context());
            lessons.currentLessonProperty().set(null);
            steps.forEach(s -> lessons.add(s, "Claims"));
        });
        robot.push(KeyCode.F5);
        WaitForAsyncUtils.waitForFxEvents();
        LessonPresentation p = LessonPresentation.running(shell.context());
        assertNotNull(p, "F5 presents the lesson");
        assertEquals(steps.size(), p.model().size());
        return p;
    }

    private static void goTo(FxRobot robot, LessonPresentation p, int step) {
        robot.interact(() -> p.model().goTo(step));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void aClaimStepShowsTheClaimsTitleAndTheMapWithTheClaimSelected(FxRobot robot) {
        LessonPresentation p = present(robot, List.of(new ClaimStep("trigger-2", null), new ClaimStep("thesis", null)));
        Claim trigger = index().claim("trigger-2").orElseThrow();
        Claim parent = index().claim(trigger.parent()).orElseThrow();
        robot.interact(() -> {
            StepBoard board = p.audienceView().board();
            ClaimBoard page = (ClaimBoard) board.lookup(".step-claim-page");
            assertNotNull(page, "a claim step is drawn as a claim");
            assertEquals(trigger.title(), ((Label) page.lookup(".step-heading")).getText());
            assertEquals("Trigger \u00B7 supports \u201C" + parent.title() + "\u201D", ((Label) page.lookup(".step-label")).getText());

            ArgumentMap map = (ArgumentMap) page.lookup(".step-argument-map");
            assertEquals("trigger-2", map.selectedIdProperty().get(), "the claim is the map's selection");
            assertTrue(map.isMouseTransparent(), "nobody clicks on the projector");
            assertFalse(map.isFocusTraversable());
            assertFalse(page.showsWholeArgument(), "21 claims are too many for the board");
            assertEquals(List.of(parent.id(), "trigger-2"), map.claimsProperty().get().stream().map(Claim::id).toList(),
                    "its branch: the claim it supports, and the claim (which nothing supports)");
            Node box = map.lookup("#claim-trigger-2");
            assertTrue(box.getPseudoClassStates().contains(SELECTED), "highlighted");
            assertFalse(map.lookup("#claim-" + parent.id()).getPseudoClassStates().contains(SELECTED));
            assertInside(box, board, "the highlighted claim");

            // readable from the back of the room: its box's title in body type, and the heading larger still
            Label boxTitle = (Label) box.lookup(".claim-title");
            assertEquals(trigger.title(), boxTitle.getText());
            double boxPx = boxTitle.getFont().getSize() * board.scale() * page.mapScale();
            assertTrue(boxPx >= 28 - 0.01, "the claim on the map: " + boxPx + " px");
            Label heading = (Label) page.lookup(".step-heading");
            assertTrue(heading.getFont().getSize() * board.scale() >= 40, "the title: " + heading.getFont().getSize());

            List<String> quotes = new ArrayList<>();
            page.lookupAll(".evidence-quote").forEach(n -> quotes.add(((Text) n).getText()));
            assertEquals(trigger.cite().stream().filter(c -> c.isQuote()).count(), quotes.size(), quotes::toString);
            assertTrue(quotes.stream().anyMatch(q -> q.contains("Xi used these scandals")), quotes::toString);
        });
        assertEquals("Claim \u00B7 Thesis: " + index().thesis().orElseThrow().title(),
                p.presenterView().nextLabel().getText(), "the presenter view says what comes next");

        goTo(robot, p, 1);
        robot.interact(() -> {
            StepBoard board = p.audienceView().board();
            ClaimBoard page = (ClaimBoard) board.lookup(".step-claim-page");
            assertEquals("Thesis", ((Label) page.lookup(".step-label")).getText(), "the thesis supports nothing");
            ArgumentMap map = (ArgumentMap) page.lookup(".step-argument-map");
            assertEquals("thesis", map.selectedIdProperty().get());
            List<String> shown = map.claimsProperty().get().stream().map(Claim::id).toList();
            List<String> branch = new ArrayList<>(List.of("thesis"));
            index().childrenOf("thesis").forEach(c -> branch.add(c.id()));
            assertEquals(branch, shown, "the thesis and the claims that support it");
            for (String id : shown) {
                assertInside(map.lookup("#claim-" + id), board, id);
            }
        });
        robot.interact(p::close);
    }

    @Test
    void everyClaimOfTheBundledPackFitsTheProjectorWithItsSentencesReadable(FxRobot robot) {
        ShellFixture.awaitPack(shell);
        List<Claim> claims = index().claims();
        List<LessonStep> steps = new ArrayList<>();
        claims.forEach(c -> steps.add(new ClaimStep(c.id(), null)));
        LessonPresentation p = present(robot, steps);
        for (int i = 0; i < claims.size(); i++) {
            goTo(robot, p, i);
            Claim c = claims.get(i);
            List<String> problems = new ArrayList<>();
            robot.interact(() -> {
                StepBoard board = p.audienceView().board();
                ClaimBoard page = (ClaimBoard) board.lookup(".step-claim-page");
                ArgumentMap map = (ArgumentMap) page.lookup(".step-argument-map");
                if (!c.id().equals(map.selectedIdProperty().get())) {
                    problems.add(c.id() + " is not selected");
                }
                Node box = map.lookup("#claim-" + c.id());
                if (box == null || !inside(box, board)) {
                    problems.add(c.id() + ": its box is not on the screen");
                }
                double shrink = page.words().scale();
                if (shrink <= 0.45) {
                    problems.add(c.id() + ": its sentences shrink to " + shrink);
                }
                for (Node q : page.lookupAll(".evidence-quote")) {
                    double px = ((Text) q).getFont().getSize() * board.scale();
                    if (shrink == 1 && px < 28 - 0.01) {
                        problems.add(c.id() + ": a quote at " + px + " px");
                    }
                }
                if (!inside(page.words(), board)) {
                    problems.add(c.id() + ": its sentences run off the screen");
                }
                if (map.claimsProperty().get().size() <= 3 && page.mapScale() < 0.7) {
                    problems.add(c.id() + ": a small branch drawn at " + page.mapScale());
                }
            });
            assertTrue(problems.isEmpty(), String.join("; ", problems));
        }
        robot.interact(p::close);
    }

    @Test
    void aSmallArgumentIsShownWhole(FxRobot robot) throws IOException {
        Path pack = dataDir.resolve("five-claims.json");
        Files.write(pack, TestPacks.bytes(TestLessons.pack()));
        robot.interact(() -> shell = ShellFixture.open(stage, dataDir.resolve("data-small"), pack, new FakeDialogs()));
        ShellFixture.awaitPack(shell);
        assertEquals(5, index().claims().size());
        LessonPresentation p = present(robot, List.of(new ClaimStep("claim-impl", null), new ClaimStep("claim-cnsc", null)));
        for (int i = 0; i < 2; i++) {
            goTo(robot, p, i);
            String id = ((ClaimStep) p.model().stepProperty().get()).claim();
            robot.interact(() -> {
                StepBoard board = p.audienceView().board();
                ClaimBoard page = (ClaimBoard) board.lookup(".step-claim-page");
                ArgumentMap map = (ArgumentMap) page.lookup(".step-argument-map");
                assertTrue(page.showsWholeArgument(), "five claims can be read whole: " + page.mapScale());
                assertTrue(page.mapScale() >= ClaimBoard.LEGIBLE, "at " + page.mapScale());
                assertEquals(index().claims().stream().map(Claim::id).toList(),
                        map.claimsProperty().get().stream().map(Claim::id).toList());
                assertEquals(id, map.selectedIdProperty().get());
                for (Claim c : index().claims()) {
                    assertInside(map.lookup("#claim-" + c.id()), board, c.id());
                }
            });
        }
        robot.interact(p::close);
    }

    private static boolean inside(Node n, StepBoard board) {
        Bounds b = n.localToScene(n.getBoundsInLocal());
        Bounds screen = board.localToScene(board.getLayoutBounds());
        return b.getMinX() >= screen.getMinX() - 1 && b.getMaxX() <= screen.getMaxX() + 1
                && b.getMinY() >= screen.getMinY() - 1 && b.getMaxY() <= screen.getMaxY() + 1;
    }

    private static void assertInside(Node n, StepBoard board, String what) {
        assertNotNull(n, what);
        assertTrue(inside(n, board), what + " lies on the screen: " + n.localToScene(n.getBoundsInLocal()));
    }
}
