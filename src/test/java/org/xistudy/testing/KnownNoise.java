package org.xistudy.testing;

import java.io.ByteArrayOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Removes from the test log exactly one known trace, and nothing else: the
 * {@code java.nio.BufferOverflowException} that JavaFX 21's {@code UploadingPainter} prints (and
 * recovers from, repainting the next frame) under the headless Monocle 17.0.10 build, the newest
 * that runs on Java 17. Monocle's {@code Framebuffer.composite} narrows the limit of the window's
 * pixel buffer when a window (a tooltip or popup near the screen edge, say) lies partly outside
 * the headless screen; the buffer is then reused for a frame of the same size, and
 * {@code Pixels.getPixels()} rewinds it but leaves the narrowed limit, so the next
 * {@code IntBuffer.put} overflows. The render thread catches and prints it; nothing else is
 * affected. A trace is dropped only when it is that exception thrown at that line; any other
 * output, any other trace, and any trace that merely mentions these classes passes through.
 */
public final class KnownNoise extends OutputStream {
    static final String EXCEPTION = "java.nio.BufferOverflowException";
    static final String FIRST_FRAME = "\tat java.base/java.nio.IntBuffer.put(";
    static final String SECOND_FRAME = "\tat com.sun.javafx.tk.quantum.UploadingPainter.run(";

    private static boolean installed;
    private static int dropped;

    private final OutputStream out;
    private final ByteArrayOutputStream line = new ByteArrayOutputStream();
    private final List<String> held = new ArrayList<>();

    KnownNoise(OutputStream out) {
        this.out = out;
    }

    /** Filters the JVM's standard error stream (once). */
    static synchronized void install() {
        if (installed) {
            return;
        }
        installed = true;
        PrintStream original = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        System.setErr(new PrintStream(new KnownNoise(original), true, StandardCharsets.UTF_8));
    }

    /** How many known traces were dropped so far. */
    public static synchronized int dropped() {
        return dropped;
    }

    @Override
    public synchronized void write(int b) {
        if (b == '\n') {
            endLine(line.toString(StandardCharsets.UTF_8));
            line.reset();
        } else {
            line.write(b);
        }
    }

    @Override
    public synchronized void flush() throws IOException {
        if (held.isEmpty()) {
            if (line.size() > 0) {
                out.write(line.toByteArray());
                line.reset();
            }
            out.flush();
        }
    }

    private void endLine(String text) {
        String t = text.endsWith("\r") ? text.substring(0, text.length() - 1) : text;
        if (held.isEmpty()) {
            if (t.equals(EXCEPTION)) {
                held.add(text);
            } else {
                pass(text);
            }
            return;
        }
        if ((held.size() == 1 && t.startsWith(FIRST_FRAME)) || (held.size() == 2 && t.startsWith(SECOND_FRAME))
                || (held.size() >= 3 && t.startsWith("\tat "))) {
            held.add(text);
            return;
        }
        if (held.size() >= 3) {
            synchronized (KnownNoise.class) {
                dropped++;
            }
        } else {
            held.forEach(this::pass);
        }
        held.clear();
        endLine(text);
    }

    private void pass(String text) {
        try {
            out.write((text + "\n").getBytes(StandardCharsets.UTF_8));
            out.flush();
        } catch (IOException e) {
            // standard error is gone; nothing to report to
        }
    }
}
