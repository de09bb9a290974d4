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
 * Removes from the test log exactly two known traces of one toolkit bug, and nothing else.
 * JavaFX 21's {@code UploadingPainter} under the headless Monocle 17.0.10 build (the newest that
 * runs on Java 17) reuses a window's pixel buffer after Monocle's {@code Framebuffer.composite}
 * narrowed its limit (it does when a window, a tooltip or popup near the screen edge say, lies
 * partly outside the headless screen); {@code Pixels.getPixels()} rewinds the buffer but leaves
 * the narrowed limit. A frame of the same size then overflows it in {@code IntBuffer.put}
 * ({@code java.nio.BufferOverflowException}); a larger frame, when a window grows to the whole
 * screen (F11), is refused by the {@code Pixels} constructor, which checks the limit where the
 * painter checked the capacity ({@code IllegalArgumentException: Too small int buffer size}). The
 * render thread catches and prints either and paints the next frame; nothing else is affected.
 * A trace is dropped only when its first lines are exactly those of one of the two; any other
 * output, any other trace, and any trace that merely mentions these classes passes through.
 */
public final class KnownNoise extends OutputStream {
    static final String EXCEPTION = "java.nio.BufferOverflowException";
    static final String FIRST_FRAME = "\tat java.base/java.nio.IntBuffer.put(";
    static final String SECOND_FRAME = "\tat com.sun.javafx.tk.quantum.UploadingPainter.run(";
    /** The larger frame's trace: its first line starts so, then these frames. */
    static final String TOO_SMALL = "java.lang.IllegalArgumentException: Too small int buffer size ";
    static final List<String> TOO_SMALL_FRAMES = List.of("\tat com.sun.glass.ui.Pixels.<init>(",
            "\tat com.sun.glass.ui.monocle.MonoclePixels.<init>(",
            "\tat com.sun.glass.ui.monocle.MonocleApplication.createPixels(",
            "\tat com.sun.prism.impl.QueuedPixelSource.getUnusedPixels(",
            "\tat com.sun.javafx.tk.quantum.UploadingPainter.run(");
    /** Each known trace as the starts of its first lines (the first exact for the overflow). */
    private static final List<List<String>> KNOWN = List.of(List.of(EXCEPTION, FIRST_FRAME, SECOND_FRAME),
            concat(TOO_SMALL, TOO_SMALL_FRAMES));

    private static List<String> concat(String first, List<String> rest) {
        List<String> out = new ArrayList<>();
        out.add(first);
        out.addAll(rest);
        return List.copyOf(out);
    }

    private static boolean installed;
    private static int dropped;

    private final OutputStream out;
    private final ByteArrayOutputStream line = new ByteArrayOutputStream();
    private final List<String> held = new ArrayList<>();
    private final List<String> heldRaw = new ArrayList<>();

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
            if (matching(t) != null) {
                held.add(t);
                heldRaw.add(text);
            } else {
                pass(text);
            }
            return;
        }
        List<String> known = matching(held.get(0));
        int n = held.size();
        if ((n < known.size() && t.startsWith(known.get(n))) || (n >= known.size() && t.startsWith("\tat "))) {
            held.add(t);
            heldRaw.add(text);
            return;
        }
        if (n >= known.size()) {
            synchronized (KnownNoise.class) {
                dropped++;
            }
        } else {
            heldRaw.forEach(this::pass);
        }
        held.clear();
        heldRaw.clear();
        endLine(text);
    }

    /** The known trace whose first line this is, or null. */
    private static List<String> matching(String firstLine) {
        for (List<String> k : KNOWN) {
            if (k.get(0).equals(EXCEPTION) ? firstLine.equals(EXCEPTION) : firstLine.startsWith(k.get(0))) {
                return k;
            }
        }
        return null;
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
