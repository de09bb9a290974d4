package org.xistudy.ui.print;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.xistudy.study.print.Paper;
import org.xistudy.ui.FakeDialogs;
import org.xistudy.ui.ShellFixture;
import org.xistudy.ui.shell.Shell;

/** File › Export PDF and the CSV exports, with the file chooser answered by the test. */
@ExtendWith(ApplicationExtension.class)
class ExportUiTest {
    @TempDir
    static Path dir;

    private Shell shell;
    private FakeDialogs dialogs;

    @Start
    void start(Stage stage) {
        dialogs = new FakeDialogs();
        shell = ShellFixture.open(stage, dir.resolve("data"), null, dialogs);
    }

    private String id() {
        return shell.context().packs().getIndex().pack().id();
    }

    private static String pdfText(Path pdf) throws IOException {
        try (PDDocument d = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(d);
        }
    }

    private Window dialogWindow(FxRobot robot) {
        return robot.listWindows().stream().filter(w -> w.getScene() != null
                && w.getScene().getRoot().getStyleClass().contains("export-dialog")).findFirst().orElse(null);
    }

    @Test
    void theFileMenuHasTheExports(FxRobot robot) {
        ShellFixture.awaitPack(shell);
        MenuBar bar = robot.lookup(".menu-bar").queryAs(MenuBar.class);
        Menu export = bar.getMenus().get(0).getItems().stream().filter(i -> i instanceof Menu)
                .map(i -> (Menu) i).filter(m -> "Export".equals(m.getText())).findFirst().orElseThrow();
        List<String> items = export.getItems().stream().map(MenuItem::getText).toList();
        assertTrue(items.containsAll(List.of("Handout as PDF (study guide, quiz, chart)\u2026",
                "Quiz history as CSV\u2026", "Study statistics as CSV\u2026")), items.toString());
    }

    @Test
    void aQuizWorksheetIsSavedWithTheChosenSeedAndPaper(FxRobot robot) throws IOException {
        ShellFixture.awaitPack(shell);
        Path out = dir.resolve("quiz-handout.pdf");
        dialogs.chooseFile(dir.resolve("quiz-handout"));
        robot.interact(() -> PrintActions.exportPdf(shell.context()));
        Window window = dialogWindow(robot);
        assertTrue(window != null && window.isShowing(), "the dialog shows");
        var inDialog = robot.from(window.getScene().getRoot());
        robot.clickOn(inDialog.lookup("Quiz worksheet with answer key").queryAs(RadioButton.class));
        TextField seed = robot.from(window.getScene().getRoot()).lookup(".export-seed").queryAs(TextField.class);
        Button save = robot.from(window.getScene().getRoot()).lookup("Save PDF\u2026").queryAs(Button.class);
        robot.interact(() -> seed.setText("twelve"));
        assertTrue(save.isDisabled(), "a seed that is not a number cannot be saved");
        Label problem = robot.from(window.getScene().getRoot()).lookup(".export-problem").queryAs(Label.class);
        assertTrue(problem.getText().contains("whole number"), problem.getText());
        robot.interact(() -> seed.setText("1234"));
        assertFalse(save.isDisabled());
        robot.clickOn(save);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(window.isShowing(), "the dialog closes");
        assertEquals(id() + "-quiz-1234.pdf", dialogs.fileRequests().get(0).initialName());
        assertTrue(Files.exists(out), "\".pdf\" is added to the chosen name");
        String text = pdfText(out);
        assertTrue(text.contains("seed 1234"), "the worksheet names its seed");
        assertTrue(text.contains("Answer key"));
        assertTrue(dialogs.shown("info").get(0).text().contains(out.toString()), "the user is told where it went");
        assertEquals(List.of(), dialogs.shown("error"));
    }

    @Test
    void theDialogStartsAtTheFocusYearAndCancelWritesNothing(FxRobot robot) {
        ShellFixture.awaitPack(shell);
        robot.interact(() -> shell.context().focusYearProperty().set(2014));
        ExportController[] shown = new ExportController[1];
        robot.interact(() -> shown[0] = ExportDialog.show(shell.context()));
        Window window = dialogWindow(robot);
        assertTrue(window.isShowing());
        ExportViewModel m = shown[0].model();
        assertEquals(2014, m.yearProperty().get(), "the chart year is the year the user looked at");
        robot.clickOn(robot.from(window.getScene().getRoot()).lookup("Institution chart").queryAs(RadioButton.class));
        assertEquals(ExportViewModel.Handout.CHART, m.handoutProperty().get());
        assertEquals(id() + "-chart-2014.pdf", m.suggestedName());
        robot.interact(() -> m.paperProperty().set(Paper.LETTER));
        assertTrue(m.validProperty().get());
        robot.clickOn(robot.from(window.getScene().getRoot()).lookup("Cancel").queryAs(Button.class));
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(window.isShowing());
        assertTrue(dialogs.fileRequests().isEmpty(), "nothing was asked or written");
    }

    @Test
    void theQuizHistoryAndStatisticsAreSavedAsCsv(FxRobot robot) throws IOException {
        ShellFixture.awaitPack(shell);
        Path history = dir.resolve("history.csv");
        Path stats = dir.resolve("stats.csv");
        dialogs.chooseFile(history);
        robot.interact(() -> PrintActions.exportQuizHistory(shell.context()));
        dialogs.chooseFile(stats);
        robot.interact(() -> PrintActions.exportStatistics(shell.context()));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(), dialogs.shown("error"));
        assertTrue(Files.readString(history, StandardCharsets.UTF_8).startsWith("\uFEFFAttempt,"));
        assertTrue(Files.readString(stats, StandardCharsets.UTF_8).startsWith("\uFEFFDay,Reviews,"));
        assertEquals(id() + "-quiz-history.csv", dialogs.fileRequests().get(0).initialName());
    }

    @Test
    void aFileThatCannotBeWrittenIsReported(FxRobot robot) {
        ShellFixture.awaitPack(shell);
        dialogs.chooseFile(dir.resolve("no-such-folder").resolve("h.csv"));
        robot.interact(() -> PrintActions.exportQuizHistory(shell.context()));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, dialogs.shown("error").size());
        assertTrue(dialogs.shown("error").get(0).text().contains("no-such-folder"));
    }
}
