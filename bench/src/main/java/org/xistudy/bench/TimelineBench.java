package org.xistudy.bench;

import java.lang.management.ManagementFactory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.xistudy.content.PartialDate;
import org.xistudy.content.model.Cite;
import org.xistudy.content.model.Era;
import org.xistudy.content.model.Event;
import org.xistudy.content.model.Lane;
import org.xistudy.study.timeline.TimeWindow;
import org.xistudy.study.timeline.TimelineData;
import org.xistudy.ui.UiPart;
import org.xistudy.ui.common.CompositeBundle;
import org.xistudy.ui.timeline.TimelineText;
import org.xistudy.ui.timeline.TimelineView;

/**
 * Frame times of the timeline with 100 and with 10,000 events, measured side by side in one run.
 *
 * <p>A frame is what one user action costs: change the window (a pan by a tenth of the screen, or
 * a zoom by one step of + or -), then lay out (CSS, the skin's layout pass: packing when the zoom
 * level changed, the visible-range queries, pooled nodes, canvas drawing commands), then render the
 * scene to an image with the software pipeline. Zoom frames walk monotonically through the zoom
 * levels so every one of them packs afresh (the worst case; the view caches recent levels).
 *
 * <p>Run with {@code mvn -B -q -Pbench test-compile exec:exec@timeline-bench} (see bench/README.md).
 * Prints a Markdown table.
 */
public final class TimelineBench {
    private static final int WIDTH = 1600;
    private static final int HEIGHT = 900;
    private static final int WARMUP_ROUNDS = Integer.getInteger("bench.warmup", 6);
    private static final int ROUNDS = Integer.getInteger("bench.rounds", 12);
    private static final int FRAMES_PER_ROUND = 40;

    private TimelineBench() {
    }

    /** One measured view: its size, its stage and the image it renders into. */
    private static final class Subject {
        final int events;
        final TimelineView view;
        final Scene scene;
        final WritableImage image = new WritableImage(WIDTH, HEIGHT);
        final List<long[]> pan = new ArrayList<>();
        final List<long[]> zoom = new ArrayList<>();
        long firstFrame;
        int panSign = 1;
        TimeWindow all;

        Subject(int events, TimelineView view, Scene scene) {
            this.events = events;
            this.view = view;
            this.scene = scene;
        }
    }

    public static void main(String[] args) throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        int[] sizes = {100, 10_000};
        List<Subject> subjects = new ArrayList<>();
        for (int n : sizes) {
            subjects.add(onFx(() -> open(n)));
        }
        for (int round = 0; round < WARMUP_ROUNDS + ROUNDS; round++) {
            boolean measured = round >= WARMUP_ROUNDS;
            // Frames of the two sizes alternate one by one, so both meet the same machine load.
            onFx(() -> {
                for (Subject s : subjects) {
                    s.view.showOpening();
                    frame(s.scene, s.image);
                }
                for (int i = 0; i < FRAMES_PER_ROUND; i++) {
                    for (Subject s : subjects) {
                        panFrame(s, measured);
                    }
                }
                for (Subject s : subjects) {
                    s.view.fitAll();
                    frame(s.scene, s.image);
                    s.all = s.view.getWindow();
                }
                for (int i = 0; i < FRAMES_PER_ROUND; i++) {
                    for (Subject s : subjects) {
                        zoomFrame(s, measured);
                    }
                }
                return null;
            });
        }
        // Loading a pack again, after warm-up: labels measured, packed and drawn from scratch.
        for (Subject s : subjects) {
            onFx(() -> {
                TimelineData data = s.view.getData();
                s.view.dataProperty().set(null);
                frame(s.scene, s.image);
                long t0 = System.nanoTime();
                s.view.dataProperty().set(data);
                frame(s.scene, s.image);
                s.firstFrame = System.nanoTime() - t0;
                return null;
            });
        }
        report(subjects);
        Platform.exit();
    }

    private static Subject open(int n) {
        TimelineData data = new TimelineData(lanes(), events(n, 20231215L), eras(), LocalDate.of(2024, 1, 1));
        TimelineView view = new TimelineView();
        view.textProperty().set(new TimelineText(new CompositeBundle(UiPart.bundles(), Locale.ENGLISH)));
        Scene scene = new Scene(new StackPane(view), WIDTH, HEIGHT);
        scene.getStylesheets().addAll(css("/css/palette-light.css"), css("/css/app.css"), css("/css/timeline.css"));
        Stage stage = new Stage();
        stage.setScene(scene);
        stage.show();
        view.dataProperty().set(data);
        frame(scene, null);
        return new Subject(n, view, scene);
    }

    private static String css(String path) {
        return TimelineBench.class.getResource(path).toExternalForm();
    }

    /** A pan by a tenth of the screen, alternately left and right of the opening view. */
    private static void panFrame(Subject s, boolean keep) {
        s.panSign = -s.panSign;
        long t0 = System.nanoTime();
        s.view.pan(0.1 * s.panSign);
        long[] t = frame(s.scene, s.image);
        if (keep) {
            s.pan.add(new long[] {t[0] - t0, t[1] - t[0]});
        }
    }

    /**
     * A zoom by one step of +. From the whole period the frames walk in towards a few weeks, so
     * each lands on a zoom level not packed before, then jump back out to the whole period.
     */
    private static void zoomFrame(Subject s, boolean keep) {
        long t0 = System.nanoTime();
        if (s.view.getWindow().span() <= TimelineData.MIN_SPAN_DAYS * 1.01) {
            s.view.setWindow(s.all);
        } else {
            s.view.zoom(TimelineView.ZOOM_STEP, 0.85);
        }
        long[] t = frame(s.scene, s.image);
        if (keep) {
            s.zoom.add(new long[] {t[0] - t0, t[1] - t[0]});
        }
    }

    /** Lays out and renders one frame; returns the times at which layout and rendering ended. */
    private static long[] frame(Scene scene, WritableImage image) {
        scene.getRoot().applyCss();
        scene.getRoot().layout();
        long laidOut = System.nanoTime();
        if (image != null) {
            scene.snapshot(image);
        }
        return new long[] {laidOut, System.nanoTime()};
    }

    private static void report(List<Subject> subjects) {
        System.out.println();
        System.out.printf(Locale.ROOT, "Timeline frame times, %d x %d, %s, Java %s, %d rounds of %d frames%n%n", WIDTH,
                HEIGHT, System.getProperty("prism.order", "default pipeline"), System.getProperty("java.version"),
                ROUNDS, FRAMES_PER_ROUND);
        System.out.println("| events | action | layout median ms | render median ms | frame median ms | frame p90 ms |");
        System.out.println("|---:|---|---:|---:|---:|---:|");
        double[][] medians = new double[subjects.size()][2];
        for (int k = 0; k < subjects.size(); k++) {
            Subject s = subjects.get(k);
            medians[k][0] = row(s.events, "pan", s.pan);
            medians[k][1] = row(s.events, "zoom", s.zoom);
        }
        System.out.println();
        Subject small = subjects.get(0);
        Subject big = subjects.get(subjects.size() - 1);
        System.out.printf(Locale.ROOT, "Ratio %,d / %,d events (median frame): pan %.2f, zoom %.2f%n", big.events,
                small.events, medians[subjects.size() - 1][0] / medians[0][0], medians[subjects.size() - 1][1]
                        / medians[0][1]);
        System.out.printf(Locale.ROOT, "Ratio of layout alone: pan %.2f, zoom %.2f%n",
                median(big.pan, 0) / median(small.pan, 0), median(big.zoom, 0) / median(small.zoom, 0));
        System.out.printf(Locale.ROOT, "Opening a pack (labels measured, packed, drawn; once per pack): %,d events "
                + "%.1f ms, %,d events %.1f ms%n", small.events, small.firstFrame / 1e6, big.events,
                big.firstFrame / 1e6);
        System.out.printf(Locale.ROOT, "Load average while measuring: %.2f on %d processors%n",
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                Runtime.getRuntime().availableProcessors());
    }

    private static double row(int events, String action, List<long[]> samples) {
        double layout = median(samples, 0);
        double render = median(samples, 1);
        double[] totals = samples.stream().mapToDouble(t -> (t[0] + t[1]) / 1e6).sorted().toArray();
        double frame = totals[totals.length / 2];
        double p90 = totals[(int) Math.floor(totals.length * 0.9)];
        System.out.printf(Locale.ROOT, "| %,d | %s | %.2f | %.2f | %.2f | %.2f |%n", events, action, layout, render,
                frame, p90);
        return frame;
    }

    private static double median(List<long[]> samples, int part) {
        double[] v = samples.stream().mapToDouble(t -> t[part] / 1e6).sorted().toArray();
        return v[v.length / 2];
    }

    private static <T> T onFx(Callable<T> work) throws Exception {
        AtomicReference<T> result = new AtomicReference<>();
        AtomicReference<Exception> failure = new AtomicReference<>();
        CountDownLatch done = new CountDownLatch(1);
        Platform.runLater(() -> {
            try {
                result.set(work.call());
            } catch (Exception e) {
                failure.set(e);
            } finally {
                done.countDown();
            }
        });
        done.await();
        if (failure.get() != null) {
            throw failure.get();
        }
        return result.get();
    }

    // ---- generated content ------------------------------------------------------------------

    private static final String[] WORDS = ("party state commission conference foreign affairs leading group reform "
            + "security minister congress plenum summit visit treaty initiative campaign policy central office "
            + "national council army navy trade talks crisis agreement strategy dialogue").split(" ");

    private static List<Lane> lanes() {
        List<Lane> out = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            out.add(new Lane("lane-" + i, "Lane number " + (i + 1), null));
        }
        return out;
    }

    private static List<Era> eras() {
        String[][] spans = {{"1949", "1976"}, {"1978", "1992"}, {"1989", "2002"}, {"2002", "2012"}, {"2012", null}};
        List<Era> out = new ArrayList<>();
        for (int i = 0; i < spans.length; i++) {
            out.add(new Era("era-" + i, "Era " + (i + 1), PartialDate.parse(spans[i][0]),
                    spans[i][1] == null ? null : PartialDate.parse(spans[i][1]), false, null, List.of()));
        }
        return out;
    }

    /**
     * {@code n} events spread evenly over 1949 to 2023 in six lanes: most known to the day, some to
     * the month or year, one in eight a span of one to ten years, one in twelve approximate.
     */
    static List<Event> events(int n, long seed) {
        Random r = new Random(seed);
        List<Event> out = new ArrayList<>(n);
        List<Cite> cite = List.of(new Cite(null, "ref", null));
        for (int i = 0; i < n; i++) {
            int y = 1949 + r.nextInt(75);
            int kind = r.nextInt(100);
            String date = kind < 15 ? String.format("%04d", y)
                    : kind < 30 ? String.format("%04d-%02d", y, 1 + r.nextInt(12))
                    : String.format("%04d-%02d-%02d", y, 1 + r.nextInt(12), 1 + r.nextInt(28));
            PartialDate end = kind >= 88 ? PartialDate.parse(String.format("%04d", Math.min(2023, y + 1 + r.nextInt(10))))
                    : null;
            int words = 3 + r.nextInt(7);
            StringBuilder title = new StringBuilder();
            for (int w = 0; w < words; w++) {
                String word = WORDS[r.nextInt(WORDS.length)];
                title.append(w == 0 ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : " " + word);
            }
            out.add(new Event(String.format("ev-%05d", i), PartialDate.parse(date), end, r.nextInt(12) == 0,
                    "lane-" + r.nextInt(6), title.toString(), "Generated.", List.of(), List.of(), List.of(), cite));
        }
        return out;
    }
}
