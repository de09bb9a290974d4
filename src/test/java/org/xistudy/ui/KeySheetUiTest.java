package org.xistudy.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.xistudy.ui.common.CompositeBundle;
import org.xistudy.ui.common.KeySheet;
import org.xistudy.ui.common.UiText;
import org.xistudy.ui.shell.Shell;

/** F1 and ? show the key sheet, the current view's keys first; every section has keys. */
@ExtendWith(ApplicationExtension.class)
class KeySheetUiTest {
    @TempDir
    Path dataDir;

    private final FakeDialogs dialogs = new FakeDialogs();
    private Shell shell;

    @Start
    void start(Stage stage) {
        shell = ShellFixture.open(stage, dataDir, null, dialogs);
    }

    private List<String> lastSheet() {
        List<List<KeySheet.Section>> sheets = dialogs.keySheets();
        assertFalse(sheets.isEmpty(), "a key sheet was shown");
        return sheets.get(sheets.size() - 1).stream().map(KeySheet.Section::id).toList();
    }

    @Test
    void f1AndQuestionMarkShowTheCurrentViewsKeysFirst(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        robot.push(KeyCode.F1);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("timeline", lastSheet().get(0));
        assertTrue(lastSheet().containsAll(List.of("app", "institutions", "cards", "quiz", "source", "lessons", "classroom", "present")));

        robot.push(KeyCode.CONTROL, KeyCode.DIGIT3);
        robot.interact(() -> shell.scene().getRoot().fireEvent(new KeyEvent(KeyEvent.KEY_TYPED, "?", "", KeyCode.UNDEFINED, true, false, false, false)));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(2, dialogs.keySheets().size());
        assertEquals("cards", lastSheet().get(0));
    }

    @Test
    void everySectionHasKeysAndEachRowSaysWhatItDoes() {
        UiText text = new UiText(new CompositeBundle(UiPart.bundles(), Locale.ENGLISH));
        List<String> ids = List.of("app", "timeline", "institutions", "cards", "quiz", "source", "lessons", "classroom", "present");
        List<KeySheet.Section> sections = KeySheet.read(text, ids, "quiz");
        assertEquals("quiz", sections.get(0).id());
        assertEquals(ids.size(), sections.size());
        for (KeySheet.Section s : sections) {
            assertFalse(s.title().startsWith("keys."), "a title for " + s.id());
            for (KeySheet.Row r : s.rows()) {
                assertFalse(r.keys().isBlank(), s.id() + ": " + r);
                assertFalse(r.does().isBlank(), s.id() + ": " + r);
            }
        }
    }
}
