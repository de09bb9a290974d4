package org.xistudy.ui.common;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import org.xistudy.study.chart.PngEncoder;
import org.xistudy.study.storage.AtomicFiles;

/** Pictures of a view written as PNG files, for slides and handouts: one writer for every view. */
public final class PngFiles {
    /** Export resolution relative to the screen: sharp when projected or printed large. */
    public static final double SCALE = 2;

    private PngFiles() {
    }

    /** The path with a {@code .png} ending, added when the user left it out. */
    public static Path withExtension(Path path) {
        return path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".png") ? path
                : path.resolveSibling(path.getFileName() + ".png");
    }

    /** Writes an image as a PNG file, atomically: a failed export never leaves half a file. */
    public static void write(WritableImage image, Path file) throws IOException {
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        int[] argb = new int[w * h];
        image.getPixelReader().getPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), argb, 0, w);
        AtomicFiles.export(file, out -> PngEncoder.write(argb, w, h, (int) Math.round(96 * SCALE), out));
    }
}
