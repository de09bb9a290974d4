package org.xistudy.study.chart;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class PngEncoderTest {
    @Test
    void pixelsSurviveARoundTripThroughAStandardDecoder() throws IOException {
        int w = 5;
        int h = 3;
        int[] px = new int[w * h];
        for (int i = 0; i < px.length; i++) {
            px[i] = (0xFF << 24) | (i * 17 << 16) | ((255 - i * 13) << 8) | (i * 7);
        }
        px[4] = 0x80102030; // half transparent
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PngEncoder.write(px, w, h, 192, out);
        byte[] bytes = out.toByteArray();
        assertArrayEquals(new byte[] {(byte) 0x89, 'P', 'N', 'G'}, Arrays.copyOf(bytes, 4));
        BufferedImage img = ImageIO.read(new ByteArrayInputStream(bytes));
        assertEquals(w, img.getWidth());
        assertEquals(h, img.getHeight());
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                assertEquals(px[y * w + x], img.getRGB(x, y), "pixel " + x + "," + y);
            }
        }
    }

    @Test
    void aSizeThatDoesNotMatchThePixelsIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> PngEncoder.write(new int[5], 2, 2, 0,
                new ByteArrayOutputStream()));
    }
}
