package org.xistudy.ui.institutions;

import java.io.IOException;
import java.nio.file.Path;
import javafx.scene.control.Label;
import javafx.scene.image.WritableImage;
import org.xistudy.ui.common.PngFiles;
import javafx.scene.layout.VBox;

/** Pictures of the chart: a titled image of the year shown with its key, written as PNG. */
public final class ChartExport {
    /** Export resolution relative to the screen: sharp when printed or projected large. */
    public static final double SCALE = PngFiles.SCALE;

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

    /** Writes an image as a PNG file (through the app's one PNG writer). */
    public static void writePng(WritableImage image, Path file) throws IOException {
        PngFiles.write(image, file);
    }
}
