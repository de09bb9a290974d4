package org.xistudy.ui.present;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.text.Font;
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
import org.xistudy.content.model.Lesson;
import org.xistudy.content.model.LessonStep;
import org.xistudy.study.lessons.LessonRun;
import org.xistudy.study.quiz.ClassroomGame;
import org.xistudy.study.quiz.MutableClock;
import org.xistudy.ui.FakeDialogs;
import org.xistudy.ui.ShellFixture;
import org.xistudy.ui.ViewId;
import org.xistudy.ui.common.StepText;
import org.xistudy.ui.common.Theme;
import org.xistudy.ui.services.LessonService;
import org.xistudy.ui.shell.Shell;

/**
 * Presenting the bundled 45-minute lesson as a teacher does, with a clicker's keys only: F5 from
 * the main window, every step of every kind, a card's answer, black and white screens, a jump by
 * number, the presenter view's notes and next step, and Esc back to the view the teacher left;
 * with one screen and with two.
 */
@ExtendWith(ApplicationExtension.class)
class LessonPresentationUiTest {
    private static final Rectangle2D LAPTOP = new Rectangle2D(0, 0, 1280, 800);
    private static final Rectangle2D PROJECTOR = new Rectangle2D(1280, 0, 1024, 768);

    @TempDir
    Path dataDir;

    private final FakeDialogs dialogs = new FakeDialogs();
    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T09:00:00Z"));
    private Shell shell;

    @Start
    void start(Stage stage) {
        shell = ShellFixture.open(stage, dataDir, null, dialogs);
    }

    private LessonPresentation present(FxRobot robot, List<Rectangle2D> screens, KeyCode... keys) {
        robot.interact(() -> {
            shell.context().register(LessonPresentation.Options.class,
                    new LessonPresentation.Options(Screens.fixed(screens), clock, ZoneOffset.UTC, false));
            LessonService.of(shell.context()).currentLessonProperty().set("lesson-essay-45");
        });
        robot.push(keys);
        WaitForAsyncUtils.waitForFxEvents();
        LessonPresentation p = LessonPresentation.running(shell.context());
        assertNotNull(p, "F5 opened the presentation");
        return p;
    }

    /** A key as a clicker sends it, to the window that has the keyboard. */
    private static void press(FxRobot robot, Window window, KeyCode code, String text) {
        robot.interact(() -> window.getScene().getRoot().fireEvent(new KeyEvent(KeyEvent.KEY_PRESSED, text, text, code,
                false, false, false, false)));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void press(FxRobot robot, Window window, KeyCode code) {
        press(robot, window, code, "");
    }

    @Test
    void aClickerRunsTheWholeLessonOnOneScreen(FxRobot robot) {
        robot.push(KeyCode.CONTROL, KeyCode.DIGIT2); // the teacher is on the chart
        WaitForAsyncUtils.waitForFxEvents();
        LessonPresentation p = present(robot, List.of(LAPTOP), KeyCode.F5);
        LessonShowModel m = p.model();
        Stage audience = p.audienceWindow();
        assertEquals(LAPTOP.getWidth(), audience.getWidth());
        assertNull(p.presenterWindow(), "one screen: the presenter view waits for S");
        assertEquals(0, m.positionProperty().get());
        Lesson lesson = m.lesson();

        Set<LessonStep.Kind> seen = EnumSet.noneOf(LessonStep.Kind.class);
        int presses = 0;
        while (true) {
            LessonStep step = m.stepProperty().get();
            seen.add(step.kind());
            assertFalse(p.audienceView().board().getChildrenUnmodifiable().isEmpty());
            int before = m.positionProperty().get();
            boolean card = step instanceof LessonStep.CardStep;
            press(robot, audience, KeyCode.PAGE_DOWN);
            presses++;
            if (card && before == m.positionProperty().get()) {
                assertTrue(m.revealedProperty().get(), "the first press on a card shows its answer");
                press(robot, audience, KeyCode.PAGE_DOWN);
                presses++;
            }
            while (m.gameProperty().get() != null && before == m.positionProperty().get()
                    && m.gameProperty().get().phase() != ClassroomGame.Phase.PODIUM) {
                press(robot, audience, KeyCode.DIGIT1, "1"); // team 1 answers right
                press(robot, audience, KeyCode.PAGE_DOWN);
                presses++;
            }
            if (m.gameProperty().get() != null && before == m.positionProperty().get()) {
                assertTrue(m.gameProperty().get().total(0) > 0, "1 gave team 1 its points");
                press(robot, audience, KeyCode.PAGE_DOWN);
                presses++;
            }
            if (before == m.positionProperty().get()) {
                break; // the end
            }
            assertEquals(before + 1, m.positionProperty().get());
            assertTrue(presses < 400, "the lesson ends");
        }
        assertEquals(lesson.size() - 1, m.positionProperty().get());
        assertTrue(seen.containsAll(EnumSet.of(LessonStep.Kind.TITLE, LessonStep.Kind.EVENT, LessonStep.Kind.YEAR,
                LessonStep.Kind.CARD, LessonStep.Kind.PASSAGE, LessonStep.Kind.CLAIM)), "the lesson has every main kind: " + seen);

        press(robot, audience, KeyCode.HOME);
        assertEquals(0, m.positionProperty().get());
        press(robot, audience, KeyCode.DIGIT1, "1");
        press(robot, audience, KeyCode.DIGIT2, "2");
        assertEquals("12", m.typedProperty().get());
        press(robot, audience, KeyCode.ENTER);
        assertEquals(11, m.positionProperty().get(), "12 then Enter goes to step 12");
        press(robot, audience, KeyCode.PAGE_UP);
        assertEquals(10, m.positionProperty().get());

        press(robot, audience, KeyCode.B, "b");
        assertEquals(LessonRun.Screen.BLACK, m.screenProperty().get());
        assertTrue(robot.from(audience.getScene().getRoot()).lookup(".lesson-black").query().isVisible());
        press(robot, audience, KeyCode.X, "x");
        assertEquals(LessonRun.Screen.LESSON, m.screenProperty().get(), "any key returns");
        assertEquals(10, m.positionProperty().get(), "and does not move");
        press(robot, audience, KeyCode.PERIOD, ".");
        assertEquals(LessonRun.Screen.BLACK, m.screenProperty().get());
        press(robot, audience, KeyCode.PAGE_DOWN);
        assertEquals(LessonRun.Screen.LESSON, m.screenProperty().get());
        assertEquals(10, m.positionProperty().get());
        press(robot, audience, KeyCode.W, "w");
        assertTrue(robot.from(audience.getScene().getRoot()).lookup(".lesson-white").query().isVisible());
        press(robot, audience, KeyCode.COMMA, ",");
        assertEquals(LessonRun.Screen.LESSON, m.screenProperty().get());

        press(robot, audience, KeyCode.H, "h");
        assertTrue(m.helpProperty().get(), "H shows the keys");
        assertTrue(robot.from(audience.getScene().getRoot()).lookup(".present-help").query().isVisible());
        press(robot, audience, KeyCode.PAGE_DOWN);
        assertFalse(m.helpProperty().get(), "any key puts them away");
        assertEquals(10, m.positionProperty().get(), "without moving");
        double before = p.audienceView().board().scale();
        robot.interact(() -> audience.getScene().getRoot().fireEvent(new KeyEvent(KeyEvent.KEY_PRESSED, "=", "=",
                KeyCode.EQUALS, false, true, false, false)));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(p.audienceView().board().scale() > before * 1.1, "Ctrl+= makes the audience's text larger");
        robot.interact(() -> audience.getScene().getRoot().fireEvent(new KeyEvent(KeyEvent.KEY_PRESSED, "0", "0",
                KeyCode.DIGIT0, false, true, false, false)));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(before, p.audienceView().board().scale(), 1e-9, "Ctrl+0 as it was");

        press(robot, audience, KeyCode.S, "s");
        Stage presenter = p.presenterWindow();
        assertNotNull(presenter, "S opens the presenter view");
        assertTrue(presenter.isShowing());
        String notes = lesson.step(10).teacherNotes();
        assertEquals(notes == null ? shell.context().text("lesson.show.noNotes") : notes,
                p.presenterView().notesLabel().getText());
        press(robot, presenter, KeyCode.RIGHT);
        assertEquals(11, m.positionProperty().get(), "the presenter view takes the same keys");
        press(robot, presenter, KeyCode.S, "s");
        assertNull(p.presenterWindow(), "S again puts it away");

        press(robot, audience, KeyCode.ESCAPE);
        assertFalse(p.isOpen());
        assertFalse(audience.isShowing());
        assertEquals(ViewId.INSTITUTIONS, shell.context().navigator().getCurrent(), "back where the teacher was");
    }

    @Test
    void withTwoScreensTheAudienceGoesToTheProjectorAndTheNotesStayOnTheLaptop(FxRobot robot) {
        robot.interact(() -> LessonService.of(shell.context()).currentStepProperty().set(5));
        LessonPresentation p = present(robot, List.of(LAPTOP, PROJECTOR), KeyCode.SHIFT, KeyCode.F5);
        LessonShowModel m = p.model();
        assertEquals(5, m.positionProperty().get(), "Shift+F5 starts from the current step");
        Stage audience = p.audienceWindow();
        assertEquals(PROJECTOR.getMinX(), audience.getX());
        assertEquals(PROJECTOR.getWidth(), audience.getWidth());
        Stage presenter = p.presenterWindow();
        assertNotNull(presenter, "two screens: the presenter view opens by itself");
        assertEquals(LAPTOP.getMinX(), presenter.getX());

        PresenterController view = p.presenterView();
        assertEquals(5, view.outline().getSelectionModel().getSelectedIndex());
        assertEquals(new StepText(shell.context().uiText(), m.index()).line(m.lesson().step(6)),
                view.nextLabel().getText());
        robot.interact(() -> {
            view.outline().getSelectionModel().select(20);
            view.outline().requestFocus();
        });
        robot.interact(() -> view.outline().fireEvent(new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.ENTER,
                false, false, false, false)));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(20, m.positionProperty().get(), "Enter in the outline jumps there");

        clock.advance(Duration.ofMinutes(12).plusSeconds(5));
        robot.interact(m::tick);
        assertEquals(shell.context().text("lesson.show.elapsed", "12:05"), presenter.getScene().lookup(".presenter-time")
                .getClass() == Label.class ? ((Label) presenter.getScene().lookup(".presenter-time")).getText() : "");

        press(robot, presenter, KeyCode.ESCAPE);
        assertFalse(presenter.isShowing());
        assertFalse(audience.isShowing());
    }

    @Test
    void bodyTextOnA1024By768ProjectorIsAtLeast28PixelsAndLongTextShrinksRatherThanScrolls(FxRobot robot) {
        LessonPresentation p = present(robot, List.of(LAPTOP, PROJECTOR), KeyCode.F5);
        LessonShowModel m = p.model();
        Set<Integer> fullSize = new TreeSet<>();
        StringBuilder sizes = new StringBuilder();
        for (int i = 0; i < m.size(); i++) {
            int at = i;
            robot.interact(() -> m.goTo(at));
            WaitForAsyncUtils.waitForFxEvents();
            // read the scene graph where it lives: on the FX thread, between pulses
            List<String> problems = new ArrayList<>();
            robot.interact(() -> problems.addAll(measure(p.audienceView().board(), at + 1, sizes, fullSize)));
            assertTrue(problems.isEmpty(), String.join("; ", problems));
        }
        assertTrue(fullSize.size() >= 8, "steps with all their text at full size: " + fullSize + " " + sizes);
        robot.interact(p::close);
    }

    /** Checks one step's text on the board; returns what is wrong with it. */
    private static List<String> measure(StepBoard board, int step, StringBuilder sizes, Set<Integer> fullSize) {
        List<String> problems = new ArrayList<>();
        boolean allFull = true;
        boolean any = false;
        for (String style : List.of(".step-text", ".step-passage-text", ".evidence-quote", ".evidence-note-body")) {
            for (Node n : board.lookupAll(style)) {
                any = true;
                Font font = n instanceof Label l ? l.getFont() : ((Text) n).getFont();
                double shrink = fitScale(n);
                double px = font.getSize() * board.scale() * shrink;
                sizes.append(step).append(style).append('=').append(Math.round(px)).append(' ');
                if (shrink == 1) {
                    if (px < 28 - 0.01) {
                        problems.add("step " + step + " " + style + ": " + px + " px");
                    }
                } else {
                    allFull = false;
                    if (shrink <= 0.45) {
                        problems.add("step " + step + " shrinks to " + shrink + " of its size");
                    }
                }
                Node fit = fitPane(n);
                if (fit != null) {
                    double bottom = fit.localToScene(fit.getBoundsInLocal()).getMaxY();
                    double screenBottom = board.localToScene(board.getLayoutBounds()).getMaxY();
                    if (bottom > screenBottom + 1) {
                        problems.add("step " + step + " does not fit the screen: " + bottom + " > " + screenBottom);
                    }
                }
            }
        }
        if (any && allFull) {
            fullSize.add(step);
        }
        return problems;
    }

    private static Node fitPane(Node n) {
        for (Node at = n; at != null; at = at.getParent()) {
            if (at instanceof FitPane) {
                return at;
            }
        }
        return null;
    }

    @Test
    void theAudienceScreenUsesTheProjectorThemeUnlessTheTeacherChoosesTheirOwn(FxRobot robot) {
        var theme = shell.context().theme();
        robot.interact(() -> theme.paletteProperty().set(Theme.Palette.DARK));
        LessonPresentation p = present(robot, List.of(LAPTOP), KeyCode.F5);
        assertTrue(p.audienceWindow().getScene().getStylesheets().get(0).endsWith("palette-projector.css"),
                "the projector theme by default, whatever the main window uses");
        robot.interact(p::close);
        robot.interact(() -> theme.audiencePaletteProperty().bind(theme.paletteProperty()));
        LessonPresentation q = present(robot, List.of(LAPTOP), KeyCode.F5);
        assertTrue(q.audienceWindow().getScene().getStylesheets().get(0).endsWith("palette-dark.css"),
                "Lesson > Audience screen in the projector theme, off: the main window's theme");
        robot.interact(q::close);
        robot.interact(() -> theme.audiencePaletteProperty().unbind());
    }

    /** The scale of the FitPane that holds a node (1 when none shrinks it). */
    private static double fitScale(Node n) {
        for (Node at = n; at != null; at = at.getParent()) {
            if (at instanceof FitPane f) {
                return f.scale();
            }
        }
        return 1;
    }
}
