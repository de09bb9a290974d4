package org.xistudy.ui.lessons;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.xistudy.content.model.Lesson;
import org.xistudy.content.model.LessonStep;
import org.xistudy.study.lessons.LessonEntry;
import org.xistudy.study.lessons.LessonStore;
import org.xistudy.ui.FakeDialogs;
import org.xistudy.ui.ShellFixture;
import org.xistudy.ui.Target;
import org.xistudy.ui.ViewId;
import org.xistudy.ui.services.LessonService;
import org.xistudy.ui.shell.Shell;

/**
 * A teacher builds a lesson of their own: Ctrl+L in the timeline, the chart and the cards; then in
 * Lessons (Ctrl+6) reorders it by keyboard, writes a teacher note, and finds it all again on disk;
 * duplicates the pack's read-only lesson to edit it; shares a lesson as a file and imports it; a
 * bad lesson file is refused with its problems.
 */
@ExtendWith(ApplicationExtension.class)
class LessonEditorUiTest {
    @TempDir
    Path dataDir;
    @TempDir
    Path files;

    private final FakeDialogs dialogs = new FakeDialogs();
    private Shell shell;

    @Start
    void start(Stage stage) {
        shell = ShellFixture.open(stage, dataDir, null, dialogs);
    }

    private LessonService lessons() {
        return LessonService.of(shell.context());
    }

    private void keys(FxRobot robot, KeyCode... codes) {
        robot.push(codes);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Lesson current() {
        return lessons().current().orElseThrow().lesson();
    }

    @Test
    void aLessonBuiltFromThreeViewsIsReorderedAnnotatedAndKept(FxRobot robot) throws Exception {
        assertTrue(lessons().current().orElseThrow().isReadOnly(), "the pack's lesson is current at first");
        robot.interact(() -> shell.context().navigator().open(new Target.EventTarget("ev-xi-general-secretary")));
        keys(robot, KeyCode.CONTROL, KeyCode.L);
        LessonEntry mine = lessons().current().orElseThrow();
        assertFalse(mine.isReadOnly(), "adding to the pack's lesson makes a lesson of the teacher's");
        assertEquals(List.of(LessonStep.Kind.EVENT), mine.lesson().steps().stream().map(LessonStep::kind).toList());

        keys(robot, KeyCode.CONTROL, KeyCode.DIGIT2);
        keys(robot, KeyCode.CONTROL, KeyCode.L);
        keys(robot, KeyCode.CONTROL, KeyCode.DIGIT3);
        keys(robot, KeyCode.CONTROL, KeyCode.L);
        assertEquals(List.of(LessonStep.Kind.EVENT, LessonStep.Kind.YEAR, LessonStep.Kind.CARD),
                current().steps().stream().map(LessonStep::kind).toList());
        String status = robot.lookup(".status-text").queryAs(Label.class).getText();
        assertTrue(status.startsWith("Added") && status.contains("(3 steps)"), status);

        keys(robot, KeyCode.CONTROL, KeyCode.DIGIT7);
        assertEquals(ViewId.LESSONS, shell.context().navigator().getCurrent());
        ListView<LessonStep> steps = robot.lookup(".lessons-steps").queryListView();
        robot.interact(() -> {
            steps.requestFocus();
            steps.getSelectionModel().select(2);
        });
        WaitForAsyncUtils.waitForFxEvents();
        keys(robot, KeyCode.ALT, KeyCode.UP);
        assertEquals(List.of(LessonStep.Kind.EVENT, LessonStep.Kind.CARD, LessonStep.Kind.YEAR),
                current().steps().stream().map(LessonStep::kind).toList(), "Alt+Up moved the card up");
        assertEquals(1, steps.getSelectionModel().getSelectedIndex(), "the moved step stays chosen");

        TextArea notes = robot.lookup(".lessons-notes").query();
        robot.interact(() -> {
            notes.requestFocus();
            notes.setText("Ask: why does a card belong here?");
            steps.requestFocus(); // leaving the field saves it
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Ask: why does a card belong here?", current().step(1).teacherNotes());

        // on disk, as a restarted app reads it
        String packId = shell.context().packs().getIndex().pack().id();
        Lesson saved = LessonStore.open(dataDir, packId).lessons().stream().filter(l -> l.id().equals(mine.id()))
                .findFirst().orElseThrow();
        assertEquals(current(), saved);
    }

    @Test
    void thePacksLessonIsReadOnlyAndDuplicateMakesAnEditableCopy(FxRobot robot) {
        keys(robot, KeyCode.CONTROL, KeyCode.DIGIT7);
        Lesson pack = current();
        ListView<LessonStep> steps = robot.lookup(".lessons-steps").queryListView();
        robot.interact(() -> {
            steps.requestFocus();
            steps.getSelectionModel().select(1);
        });
        keys(robot, KeyCode.ALT, KeyCode.DOWN);
        keys(robot, KeyCode.DELETE);
        assertEquals(pack, current(), "the pack's lesson cannot be changed");
        assertTrue(robot.lookup(".lessons-readonly").query().isVisible());

        robot.clickOn(robot.lookup(".button").match(n -> n.toString().contains("Duplicate")).queryButton());
        WaitForAsyncUtils.waitForFxEvents();
        LessonEntry copy = lessons().current().orElseThrow();
        assertFalse(copy.isReadOnly());
        assertNotEquals(pack.id(), copy.id());
        assertEquals(pack.steps(), copy.lesson().steps());
        robot.interact(() -> {
            steps.requestFocus();
            steps.getSelectionModel().select(0);
        });
        keys(robot, KeyCode.DELETE);
        assertEquals(pack.size() - 1, current().size(), "the copy can be edited");
        assertFalse(robot.lookup(".lessons-readonly").query().isVisible());
    }

    @Test
    void aLessonIsSharedAsAFileAndABadFileIsRefused(FxRobot robot) throws Exception {
        keys(robot, KeyCode.CONTROL, KeyCode.DIGIT7);
        Lesson pack = current();
        Path shared = files.resolve("essay.lessons.json");
        dialogs.chooseFile(shared);
        robot.clickOn(robot.lookup(".button").match(n -> n.toString().contains("Export")).queryButton());
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(Files.size(shared) > 100, "the lesson was written");

        int before = lessons().lessons().size();
        dialogs.chooseFile(shared);
        robot.clickOn(robot.lookup(".button").match(n -> n.toString().contains("Import")).queryButton());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(before + 1, lessons().lessons().size(), "imported as a lesson of the teacher's");
        LessonEntry imported = lessons().current().orElseThrow();
        assertFalse(imported.isReadOnly());
        assertEquals(pack.steps(), imported.lesson().steps());

        Path bad = files.resolve("bad.lessons.json");
        Files.writeString(bad, Files.readString(shared).replace("\"kind\": \"event\"", "\"kind\": \"fireworks\""));
        dialogs.chooseFile(bad);
        robot.clickOn(robot.lookup(".button").match(n -> n.toString().contains("Import")).queryButton());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(before + 1, lessons().lessons().size(), "nothing was imported from the bad file");
        List<FakeDialogs.Shown> problems = dialogs.shown("problems");
        assertFalse(problems.isEmpty(), "the problems were shown");
        String text = problems.get(problems.size() - 1).text();
        assertTrue(text.contains("fireworks") || text.contains("kind"), text);
        assertTrue(text.matches("(?s).*:\\d+.*"), "with a line: " + text);
    }
}
