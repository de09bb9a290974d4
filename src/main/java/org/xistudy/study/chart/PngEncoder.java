package org.xistudy.study.chart;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

/**
 * Writes 8-bit RGBA pixels as a PNG file, so the chart can be exported without AWT or Swing.
 * Each row uses the "up" filter, which suits the flat colours of a chart.
 */
public final class PngEncoder {
    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    private PngEncoder() {
    }

    /**
     * Encodes {@code argb} (one int per pixel, 0xAARRGGBB, row by row) of the given size.
     * {@code dpi} (if positive) is recorded so printed copies come out at the right size.
     */
    public static void write(int[] argb, int width, int height, int dpi, OutputStream out) throws IOException {
        if (width <= 0 || height <= 0 || argb.length != (long) width * height) {
            throw new IllegalArgumentException("pixels do not match the size " + width + "x" + height);
        }
        DataOutputStream data = new DataOutputStream(out);
        data.write(SIGNATURE);
        ByteArrayOutputStream header = new ByteArrayOutputStream();
        DataOutputStream h = new DataOutputStream(header);
        h.writeInt(width);
        h.writeInt(height);
        h.writeByte(8); // bits per channel
        h.writeByte(6); // RGBA
        h.writeByte(0);
        h.writeByte(0);
        h.writeByte(0);
        chunk(data, "IHDR", header.toByteArray());
        if (dpi > 0) {
            ByteArrayOutputStream phys = new ByteArrayOutputStream();
            DataOutputStream p = new DataOutputStream(phys);
            int perMetre = (int) Math.round(dpi / 0.0254);
            p.writeInt(perMetre);
            p.writeInt(perMetre);
            p.writeByte(1);
            chunk(data, "pHYs", phys.toByteArray());
        }
        ByteArrayOutputStream compressed = new ByteArrayOutputStream();
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
        try (DeflaterOutputStream z = new DeflaterOutputStream(compressed, deflater, 1 << 16)) {
            byte[] previous = new byte[width * 4];
            byte[] row = new byte[width * 4];
            byte[] filtered = new byte[width * 4 + 1];
            for (int y = 0; y < height; y++) {
                for (int x = 0; x < width; x++) {
                    int c = argb[y * width + x];
                    row[x * 4] = (byte) (c >> 16);
                    row[x * 4 + 1] = (byte) (c >> 8);
                    row[x * 4 + 2] = (byte) c;
                    row[x * 4 + 3] = (byte) (c >>> 24);
                }
                filtered[0] = 2; // filter: up
                for (int i = 0; i < row.length; i++) {
                    filtered[i + 1] = (byte) (row[i] - previous[i]);
                }
                z.write(filtered);
                byte[] t = previous;
                previous = row;
                row = t;
            }
        } finally {
            deflater.end();
        }
        chunk(data, "IDAT", compressed.toByteArray());
        chunk(data, "IEND", new byte[0]);
        data.flush();
    }

    private static void chunk(DataOutputStream out, String type, byte[] body) throws IOException {
        byte[] t = type.getBytes(StandardCharsets.US_ASCII);
        out.writeInt(body.length);
        out.write(t);
        out.write(body);
        CRC32 crc = new CRC32();
        crc.update(t);
        crc.update(body);
        out.writeInt((int) crc.getValue());
    }
}
