package org.xistudy.ui.institutions;

import java.io.IOException;
import java.nio.file.Path;
import javafx.scene.control.Label;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.VBox;
import org.xistudy.study.chart.PngEncoder;
import org.xistudy.study.storage.AtomicFiles;

/** Pictures of the chart: a titled image of the year shown with its key, written as PNG. */
public final class ChartExport {
    /** Export resolution relative to the screen: sharp when printed or projected large. */
    public static final double SCALE = 2;

    private ChartExport() {
    }

    /** The chart of the year shown, with a title above and the key below. */
    public static WritableImage render(InstitutionChart chart, String title, String subtitle, double scale) {
        Label heading = new Label(title);
        heading.getStyleClass().add("export-title");
        Label sub = new Label(subtitle);
        sub.getStyleClass().add("export-subtitle");
        VBox header = new VBox(heading, sub);
        header.getStyleClass().add("export-header");
        var legend = ChartLegend.forExport(chart.getGraph(), chart.text());
        return chart.snapshot(scale, header, legend);
    }

    /** Writes an image as a PNG file. */
    public static void writePng(WritableImage image, Path file) throws IOException {
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        int[] argb = new int[w * h];
        image.getPixelReader().getPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), argb, 0, w);
        // Through the shared atomic writer: a failed export never leaves half a file.
        AtomicFiles.export(file, out -> PngEncoder.write(argb, w, h, (int) Math.round(96 * SCALE), out));
    }
}
