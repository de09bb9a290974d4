package org.xistudy.ui.cards;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.matcher.control.LabeledMatchers;
import org.testfx.util.WaitForAsyncUtils;
import org.xistudy.study.progress.Statistics;
import org.xistudy.ui.ShellFixture;
import org.xistudy.ui.Target;
import org.xistudy.ui.services.StudyService;
import org.xistudy.ui.shell.Shell;

@ExtendWith(ApplicationExtension.class)
class CardBrowserUiTest {
    @TempDir
    Path dataDir;
    @TempDir
    Path packDir;

    private Shell shell;

    @Start
    void start(Stage stage) {
        shell = ShellFixture.open(stage, dataDir, CardsTestPack.write(packDir));
    }

    @SuppressWarnings("unchecked")
    private static TableView<ItemRow> table(FxRobot robot) {
        return robot.lookup(".card-table").queryAs(TableView.class);
    }

    private static List<String> keys(FxRobot robot) {
        return table(robot).getItems().stream().map(ItemRow::key).toList();
    }

    private void openBrowser(FxRobot robot) {
        ShellFixture.awaitPack(shell);
        robot.push(KeyCode.CONTROL, KeyCode.DIGIT3);
        robot.clickOn("Browse");
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void at1600x900TheTableGetsMostOfTheWidthAndTheCardColumnItsTextWidth(FxRobot robot) {
        robot.interact(() -> {
            Stage stage = (Stage) shell.scene().getWindow();
            stage.setWidth(1600);
            stage.setHeight(900);
        });
        openBrowser(robot);
        TableView<ItemRow> table = table(robot);
        SplitPane split = robot.lookup(".browser-split").queryAs(SplitPane.class);
        assertTrue(table.getWidth() > split.getWidth() * 0.55, "the table has most of the width: " + table.getWidth()
                + " of " + split.getWidth());
        assertTrue(table.getColumns().get(0).getWidth() >= 300, "the card column shows its text: "
                + table.getColumns().get(0).getWidth());
    }

    /** Picks an entry of a filter's drop-down by mouse. */
    private static void choose(FxRobot robot, String filterId, String entry) {
        ComboBox<?> box = robot.lookup(filterId).queryAs(ComboBox.class);
        robot.clickOn(box);
        Node cell = robot.lookup(".combo-box-popup .list-cell").match(LabeledMatchers.hasText(entry)).query();
        robot.clickOn(cell);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void filtersBySearchTagTypeAndState(FxRobot robot) {
        openBrowser(robot);
        assertEquals(9, keys(robot).size(), "every study item, both sides of the reversed card");

        choose(robot, "#typeBox", "Cloze");
        assertEquals(List.of("c-cloze"), keys(robot));
        choose(robot, "#typeBox", "All types");

        choose(robot, "#tagBox", "#gamma");
        assertEquals(List.of("c-order", "c-match", "c-reversed", "c-reversed#reverse"),
                keys(robot).stream().sorted((a, b) -> order(a) - order(b)).toList());

        robot.clickOn("#searchField").write("reversed");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(2, keys(robot).size());
        assertTrue(keys(robot).containsAll(List.of("c-reversed", "c-reversed#reverse")));
        robot.doubleClickOn("#searchField").push(KeyCode.CONTROL, KeyCode.A).push(KeyCode.BACK_SPACE);
        choose(robot, "#tagBox", "All tags");
        assertEquals(9, keys(robot).size());

        // Suspend one card with the action button; the state filter finds it.
        choose(robot, "#stateBox", "Suspended");
        assertTrue(keys(robot).isEmpty());
        choose(robot, "#stateBox", "Any state");
        robot.clickOn(robot.lookup(".card-table .table-cell").match(LabeledMatchers.hasText("Xi chairs the CNSC."))
                .queryAs(Node.class));
        robot.clickOn("#suspendButton");
        WaitForAsyncUtils.waitForFxEvents();
        choose(robot, "#stateBox", "Suspended");
        assertEquals(List.of("c-truefalse"), keys(robot));
        assertEquals(Statistics.Bucket.SUSPENDED, table(robot).getItems().get(0).bucket());
        choose(robot, "#stateBox", "New");
        assertEquals(8, keys(robot).size());
        assertTrue(StudyService.of(shell.context()).item("c-truefalse").suspended(), "saved through the service");
    }

    private static int order(String key) {
        return List.of("c-order", "c-match", "c-reversed", "c-reversed#reverse").indexOf(key);
    }

    @Test
    void aCardLinkOpensTheCardInTheBrowser(FxRobot robot) {
        openBrowser(robot);
        choose(robot, "#typeBox", "Cloze");
        robot.clickOn("Study");
        robot.interact(() -> shell.context().navigator().open(new Target.CardTarget("c-reversed")));
        WaitForAsyncUtils.waitForFxEvents();
        ToggleButton browse = robot.lookup("#browseTab").queryAs(ToggleButton.class);
        assertTrue(browse.isSelected());
        List<String> selected = table(robot).getSelectionModel().getSelectedItems().stream().map(ItemRow::key).toList();
        assertEquals(List.of("c-reversed", "c-reversed#reverse"), selected, "a filter that hid it was cleared");

        // Study now: the card comes first in the session.
        robot.clickOn("#studyNowButton");
        WaitForAsyncUtils.waitForFxEvents();
        StudyCardView card = robot.lookup(".study-session .study-card-view").queryAs(StudyCardView.class);
        assertEquals("c-reversed", card.presentationProperty().get().card().id());
    }
}
