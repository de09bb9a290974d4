package org.xistudy.ui.timeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.DataInputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.Button;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.xistudy.ui.FakeDialogs;
import org.xistudy.ui.ShellFixture;
import org.xistudy.ui.Target;
import org.xistudy.ui.shell.Shell;

/** Export PNG on the timeline: the view as shown, at twice its size, the selection kept on screen. */
@ExtendWith(ApplicationExtension.class)
class TimelineExportUiTest {
    @TempDir
    Path dataDir;
    @TempDir
    Path out;

    private final FakeDialogs dialogs = new FakeDialogs();
    private Shell shell;

    @Start
    void start(Stage stage) {
        shell = ShellFixture.open(stage, dataDir, null, dialogs);
    }

    @Test
    void theTimelineIsSavedAsAPictureForSlides(FxRobot robot) throws Exception {
        robot.interact(() -> shell.context().navigator().open(new Target.EventTarget("ev-xi-general-secretary")));
        WaitForAsyncUtils.waitForFxEvents();
        TimelineView timeline = robot.lookup(".timeline").queryAs(TimelineView.class);
        Path file = out.resolve("slide");
        dialogs.chooseFile(file);
        Button export = robot.lookup(".toolbar-button").match(n -> n instanceof Button b
                && b.getText().startsWith("Export PNG")).queryButton();
        robot.clickOn(export);
        WaitForAsyncUtils.waitForFxEvents();

        Path png = out.resolve("slide.png");
        assertTrue(Files.isRegularFile(png), "the .png ending is added");
        try (InputStream in = Files.newInputStream(png); DataInputStream data = new DataInputStream(in)) {
            byte[] signature = new byte[8];
            data.readFully(signature);
            assertArrayEquals(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'}, signature);
            data.readInt(); // IHDR length
            data.readInt(); // "IHDR"
            int width = data.readInt();
            int height = data.readInt();
            assertEquals(Math.round(timeline.getWidth() * 2), width, 2, "twice the width on screen");
            assertEquals(Math.round(timeline.getHeight() * 2), height, 2);
        }
        assertEquals("ev-xi-general-secretary", timeline.getSelectedId(), "the selection comes back");
        assertTrue(dialogs.shown("error").isEmpty(), dialogs.shown().toString());
    }
}
