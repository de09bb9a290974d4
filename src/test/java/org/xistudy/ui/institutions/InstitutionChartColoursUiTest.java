package org.xistudy.ui.institutions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import javafx.scene.Scene;
import javafx.scene.control.SkinBase;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.xistudy.study.chart.ChartTestPack;
import org.xistudy.study.chart.InstitutionGraph;
import org.xistudy.ui.common.Theme;

/**
 * The chart's canvas colours are CSS properties of the control ({@code -chart-surface-color},
 * {@code -chart-band-color}): its own sheet sets them from each palette's looked-up colours, a
 * style sheet can set them, and what they are is what the canvas and the exported picture show.
 */
@ExtendWith(ApplicationExtension.class)
class InstitutionChartColoursUiTest {
    @TempDir
    Path dir;

    private InstitutionChart chart;
    private Scene scene;

    @Start
    void start(Stage stage) {
        chart = new InstitutionChart(new ChartText(ResourceBundle.getBundle("i18n.institutions", Locale.ENGLISH)));
        chart.animatedProperty().set(false);
        chart.graphProperty().set(InstitutionGraph.of(ChartTestPack.foreignPolicy().pack()));
        chart.yearProperty().set(2018);
        scene = new Scene(new StackPane(chart), 900, 650);
        scene.getStylesheets().setAll(sheets(Theme.Palette.LIGHT));
        stage.setScene(scene);
        stage.show();
    }

    private static List<String> sheets(Theme.Palette palette) {
        return List.of(palette.stylesheet(),
                InstitutionChartColoursUiTest.class.getResource("/css/institutions.css").toExternalForm());
    }

    /** A looked-up colour as the palette's file defines it. */
    private static Color paletteColour(Theme.Palette palette, String name) throws IOException {
        String file = palette.stylesheet().substring(palette.stylesheet().lastIndexOf('/'));
        try (InputStream in = InstitutionChartColoursUiTest.class.getResourceAsStream("/css" + file)) {
            String css = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            Matcher m = Pattern.compile(Pattern.quote(name) + "\\s*:\\s*(#[0-9a-fA-F]{3,8})\\s*;").matcher(css);
            assertTrue(m.find(), palette + " defines " + name);
            return Color.web(m.group(1));
        }
    }

    private void settle(FxRobot robot) throws TimeoutException {
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !chart.layoutProperty().get().nodes().isEmpty());
        robot.interact(() -> {
            chart.applyCss();
            chart.layout();
        });
    }

    @Test
    void everyPaletteColoursTheChart(FxRobot robot) throws Exception {
        for (Theme.Palette palette : Theme.Palette.values()) {
            robot.interact(() -> scene.getStylesheets().setAll(sheets(palette)));
            settle(robot);
            assertEquals(paletteColour(palette, "-xs-chart-surface"), chart.getSurfaceColor(), palette + " surface");
            assertEquals(paletteColour(palette, "-xs-chart-band"), chart.getBandColor(), palette + " band");
        }
    }

    @Test
    void aStyleSheetsColoursReachTheCanvasAndThePicture(FxRobot robot) throws Exception {
        settle(robot);
        assertEquals(0, count(column(robot), Color.RED), "no red before");
        Path css = dir.resolve("red.css");
        Files.writeString(css, ".institution-chart { -chart-surface-color: red; -chart-band-color: blue; }\n");
        robot.interact(() -> scene.getStylesheets().add(css.toUri().toString()));
        settle(robot);
        assertEquals(Color.RED, chart.getSurfaceColor());
        assertEquals(Color.BLUE, chart.getBandColor());
        List<Color> left = column(robot);
        assertTrue(count(left, Color.RED) > 20, "the surface is red down the left edge (" + count(left, Color.RED) + " of " + left.size() + ")");
        assertTrue(count(left, Color.BLUE) > 20, "every other layer's band is blue (" + count(left, Color.BLUE) + " of " + left.size() + ")");

        WritableImage[] picture = new WritableImage[1];
        robot.interact(() -> picture[0] = chart.snapshot(1, null, null));
        assertEquals(Color.RED, picture[0].getPixelReader().getColor(1, 1), "the picture's margin is the surface");

        // Back without the sheet: the palette's colour again, drawn at once.
        robot.interact(() -> scene.getStylesheets().remove(css.toUri().toString()));
        settle(robot);
        assertEquals(paletteColour(Theme.Palette.LIGHT, "-xs-chart-surface"), chart.getSurfaceColor());
        assertEquals(0, count(column(robot), Color.RED));
    }

    @Test
    void aReplacedSkinNoLongerDrawsForTheChart(FxRobot robot) throws Exception {
        settle(robot);
        assertTrue(!chart.nodeViews().isEmpty());
        robot.interact(() -> chart.setSkin(new SkinBase<>(chart) { }));
        assertTrue(chart.nodeViews().isEmpty());
        assertThrows(IllegalStateException.class, () -> chart.snapshot(1, null, null));
        // The view is the control's: it still zooms, with no skin to follow it.
        double zoom = chart.zoomProperty().get();
        robot.interact(chart::zoomIn);
        assertEquals(zoom * 1.25, chart.zoomProperty().get(), 1e-9);
    }

    /** The colours down the chart's left edge, inside its border. */
    private List<Color> column(FxRobot robot) {
        WritableImage[] shot = new WritableImage[1];
        robot.interact(() -> shot[0] = chart.snapshot(null, null));
        PixelReader r = shot[0].getPixelReader();
        int x = 6;
        return IntStream.range(6, (int) shot[0].getHeight() - 6).mapToObj(y -> r.getColor(x, y)).toList();
    }

    private static long count(List<Color> colours, Color c) {
        return colours.stream().filter(p -> p.equals(c)).count();
    }
}
