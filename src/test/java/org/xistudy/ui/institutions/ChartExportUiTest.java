package org.xistudy.ui.institutions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import javafx.scene.control.Button;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
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

/** Export PNG on the chart leaves the selection's highlight out of the picture, and keeps the selection. */
@ExtendWith(ApplicationExtension.class)
class ChartExportUiTest {
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
    void theExportedChartHasNoSelectionHighlight(FxRobot robot) throws Exception {
        robot.interact(() -> shell.context().navigator().open(new Target.InstitutionTarget(ID, 2018)));
        WaitForAsyncUtils.waitForFxEvents();
        InstitutionChart chart = robot.lookup(".institution-chart").queryAs(InstitutionChart.class);
        robot.interact(chart::finishTransition);
        assertEquals(ID, chart.selectedProperty().get());
        WritableImage[] selected = new WritableImage[1];
        WritableImage[] plain = new WritableImage[1];
        String title = shell.context().text("institutions.export.title", "2018");
        String subtitle = shell.context().packs().getIndex().pack().title();
        robot.interact(() -> selected[0] = ChartExport.render(chart, title, subtitle, 2));

        Path file = out.resolve("chart.png");
        dialogs.chooseFile(file);
        robot.clickOn(robot.lookup(".button").match(n -> n instanceof Button b && b.getText().startsWith("Export PNG"))
                .queryButton());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(ID, chart.selectedProperty().get(), "the selection comes back");
        BufferedImage written = ImageIO.read(file.toFile());
        assertNotNull(written);

        robot.interact(() -> {
            chart.selectedProperty().set(null);
            chart.applyCss();
            chart.layout();
            chart.finishTransition();
            plain[0] = ChartExport.render(chart, title, subtitle, 2);
        });
        assertTrue(differ(selected[0], plain[0]), "the highlight shows in a picture taken with the selection");
        assertEquals((int) plain[0].getWidth(), written.getWidth());
        long toPlain = differences(written, plain[0]);
        long toSelected = differences(written, selected[0]);
        assertTrue(toPlain * 2 < toSelected, "the export is the chart without the selection, not with it: "
                + toPlain + " pixels differ from the one without, " + toSelected + " from the one with");
    }

    private static final String ID = "cfac";

    /** How many sampled pixels differ between a written picture and a rendered one. */
    private static long differences(BufferedImage a, WritableImage b) {
        int w = (int) Math.min(a.getWidth(), b.getWidth());
        int h = (int) Math.min(a.getHeight(), b.getHeight());
        long n = 0;
        for (int y = 0; y < h; y += 2) {
            for (int x = 0; x < w; x += 2) {
                if ((a.getRGB(x, y) | 0xff000000) != (b.getPixelReader().getArgb(x, y) | 0xff000000)) {
                    n++;
                }
            }
        }
        return n;
    }

    private static boolean differ(WritableImage a, WritableImage b) {
        int w = (int) Math.min(a.getWidth(), b.getWidth());
        int h = (int) Math.min(a.getHeight(), b.getHeight());
        for (int y = 0; y < h; y += 2) {
            for (int x = 0; x < w; x += 2) {
                if (a.getPixelReader().getArgb(x, y) != b.getPixelReader().getArgb(x, y)) {
                    return true;
                }
            }
        }
        return a.getWidth() != b.getWidth() || a.getHeight() != b.getHeight();
    }
}
