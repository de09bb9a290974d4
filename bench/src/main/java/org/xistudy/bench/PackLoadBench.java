package org.xistudy.bench;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.sun.management.ThreadMXBean;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.xistudy.content.LoadPhases;
import org.xistudy.content.LoadResult;
import org.xistudy.content.PackIndex;
import org.xistudy.content.PackLoader;
import org.xistudy.content.Problem;
import org.xistudy.content.SeedFiles;
import org.xistudy.content.essay.Essay;
import org.xistudy.content.json.ParsedJson;
import org.xistudy.content.json.PositionedJsonParser;
import org.xistudy.content.model.Pack;
import org.xistudy.content.validate.PackValidator;

/**
 * What opening a large pack costs: the app's whole load (strict UTF-8, the parser that keeps
 * every value's line and JSON path, the validator with every quote looked up in the essay, binding
 * to the model and building the index) against a plain Gson {@code JsonParser.parseReader} of the
 * same bytes, alternated round by round in one JVM. See bench/README.md.
 *
 * <p>The pack is the bundled one grown to {@code bench.events} events and {@code bench.cards}
 * cards (10,000 each by default): copies of its own events and cards under new ids, so every
 * quote in it is a real sentence of the essay and the validator does all its work.
 */
public final class PackLoadBench {
    /** Set on the JVMs the harness starts for its forks. */
    private static final String CHILD = "bench.child";
    private static final String RATIO = "ratio app / Gson: ";
    private static long collectedInside;
    private static long timedSteps;

    private PackLoadBench() {
    }

    /**
     * Runs the benchmark in {@code n} fresh JVMs, one after another, with the same options, and
     * prints each one's ratio and their median. The ratio moves between JVMs more than between
     * the rounds of one (7 Dec: Gson's median alone was about 105 ms in some JVMs and 170 in
     * others, on the same machine within minutes), so one JVM's answer is not the answer.
     */
    private static void forks(int n) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.addAll(ManagementFactory.getRuntimeMXBean().getInputArguments());
        command.add("-D" + CHILD + "=true");
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(PackLoadBench.class.getName());
        double[] ratios = new double[n];
        for (int f = 0; f < n; f++) {
            System.out.printf(Locale.ROOT, "-- fork %d of %d%n", f + 1, n);
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            double ratio = Double.NaN;
            try (var out = new java.io.BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = out.readLine(); line != null; line = out.readLine()) {
                    System.out.println(line);
                    if (line.startsWith(RATIO)) {
                        ratio = Double.parseDouble(line.substring(RATIO.length()).split(" ")[0]);
                    }
                }
            }
            if (p.waitFor() != 0 || Double.isNaN(ratio)) {
                throw new IllegalStateException("fork " + (f + 1) + " failed");
            }
            ratios[f] = ratio;
        }
        double[] sorted = ratios.clone();
        Arrays.sort(sorted);
        double median = n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
        System.out.printf(Locale.ROOT, "== ratios of the %d forks: %s; median %.2f (target at most 1.5)%n", n,
                Arrays.toString(ratios), median);
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        int forks = Integer.getInteger("bench.forks", 3);
        if (forks > 1 && !Boolean.getBoolean(CHILD)) {
            forks(forks);
            return;
        }
        int events = Integer.getInteger("bench.events", 10_000);
        int cards = Integer.getInteger("bench.cards", 10_000);
        int warmup = Integer.getInteger("bench.warmup", 15);
        int rounds = Integer.getInteger("bench.rounds", 15);

        byte[] bytes = grow(bundled(), events, cards);
        LoadResult check = load(bytes);
        if (!check.isValid()) {
            throw new IllegalStateException("the generated pack does not validate: "
                    + check.problems().subList(0, Math.min(5, check.problems().size())));
        }
        System.out.printf(Locale.ROOT, "pack: %,d events, %,d cards, %,d bytes, %d warnings%n",
                check.pack().events().size(), check.pack().cards().size(), bytes.length, check.problems().size());

        long[] app = new long[rounds];
        long[] gson = new long[rounds];
        for (int r = -warmup; r < rounds; r++) {
            // alternate which goes first, so neither always meets a freshly collected heap
            boolean appFirst = (r & 1) == 0;
            long a;
            long g;
            if (appFirst) {
                a = time(() -> index(bytes));
                g = time(() -> gson(bytes));
            } else {
                g = time(() -> gson(bytes));
                a = time(() -> index(bytes));
            }
            if (r >= 0) {
                app[r] = a;
                gson[r] = g;
            }
        }
        double appMs = median(app) / 1e6;
        double gsonMs = median(gson) / 1e6;
        System.out.printf(Locale.ROOT, "app load (parse with positions + validate + model + index): median %.1f ms%n", appMs);
        System.out.printf(Locale.ROOT, "Gson JsonParser.parseReader:                               median %.1f ms%n", gsonMs);
        System.out.printf(Locale.ROOT, RATIO + "%.2f (target at most 1.5)%n", appMs / gsonMs);

        phases(bytes, rounds);

        long appAlloc = allocated(() -> index(bytes));
        long gsonAlloc = allocated(() -> gson(bytes));
        long appKept = retained(() -> index(bytes));
        long gsonKept = retained(() -> gson(bytes));
        System.out.printf(Locale.ROOT, "allocated while loading: app %.0f MB, Gson %.0f MB%n", appAlloc / 1e6, gsonAlloc / 1e6);
        System.out.printf(Locale.ROOT, "kept after loading:      app %.0f MB (model + index + essay), Gson %.0f MB (JSON tree)%n",
                appKept / 1e6, gsonKept / 1e6);
        System.out.printf(Locale.ROOT, "collections inside a timed step: %d of %d steps%n", collectedInside, timedSteps);
    }

    /**
     * Where the app's load spends its time: medians of each step timed alone, each from a
     * collected heap, then the whole load with every step on one thread (as for a small pack)
     * beside the app's own, which binds and indexes a large pack on a second thread.
     */
    private static void phases(byte[] bytes, int rounds) {
        String[] names = {"parse (strict UTF-8 and JSON)", "validate (every quote looked up)", "bind to the model",
                "build the index", "whole load, all on one thread", "whole load, as the app does it"};
        long[][] t = new long[names.length][rounds];
        for (int r = 0; r < rounds; r++) {
            ParsedJson[] json = new ParsedJson[1];
            t[0][r] = time(() -> json[0] = unchecked(() -> PositionedJsonParser.parse(bytes)));
            List<List<Problem>> problems = new ArrayList<>(List.of(List.of()));
            t[1][r] = time(() -> problems.set(0, PackValidator.validate(json[0], SeedFiles.bundled())));
            Pack[] pack = new Pack[1];
            t[2][r] = time(() -> pack[0] = LoadPhases.bind(json[0]));
            LoadResult result = load(bytes);
            Essay essay = result.index().orElseThrow().essay();
            t[3][r] = time(() -> new PackIndex(pack[0], essay));
            t[4][r] = time(() -> LoadPhases.loadOnOneThread("generated.json", bytes, SeedFiles.bundled()).pack());
            t[5][r] = time(() -> index(bytes));
            if (problems.get(0).size() != result.problems().size() || !pack[0].equals(result.pack())) {
                throw new IllegalStateException("the steps disagree with the whole load");
            }
        }
        for (int i = 0; i < names.length; i++) {
            System.out.printf(Locale.ROOT, "  %-40s median %7.1f ms%n", names[i], median(t[i]) / 1e6);
        }
    }

    private interface Step<T> {
        T run() throws Exception;
    }

    private static <T> T unchecked(Step<T> step) {
        try {
            return step.run();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static LoadResult load(byte[] bytes) {
        return PackLoader.load("generated.json", bytes, SeedFiles.bundled());
    }

    private static PackIndex index(byte[] bytes) {
        return load(bytes).index().orElseThrow();
    }

    private static JsonElement gson(byte[] bytes) {
        try (Reader in = new InputStreamReader(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8)) {
            return JsonParser.parseReader(in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonObject bundled() throws IOException {
        try (InputStream in = PackLoader.class.getResourceAsStream(PackLoader.DEFAULT_PACK)) {
            return JsonParser.parseReader(new InputStreamReader(in, StandardCharsets.UTF_8)).getAsJsonObject();
        }
    }

    /**
     * The pack with its events and cards copied until there are {@code events} and {@code cards}.
     * A copy keeps its links to the original people, bodies, events and cards, so none dangles.
     */
    static byte[] grow(JsonObject pack, int events, int cards) {
        copies(pack.getAsJsonArray("events"), events);
        copies(pack.getAsJsonArray("cards"), cards);
        return pack.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void copies(JsonArray items, int total) {
        int originals = items.size();
        for (int i = originals; i < total; i++) {
            JsonObject copy = items.get(i % originals).getAsJsonObject().deepCopy();
            copy.addProperty("id", copy.get("id").getAsString() + "-copy-" + i);
            items.add(copy);
        }
    }

    /**
     * The time {@code work} takes, started from a collected heap. A young collection that falls
     * inside a timed load copies the half-built tree that is still live and takes longer than the
     * load itself, and where it falls is chance; so each side starts with none due (the harness's
     * JVM has a young generation larger than any load allocates), what each leaves to collect is
     * reported as its allocation instead, and any collection that still falls inside is counted.
     */
    private static long time(Supplier<?> work) {
        System.gc();
        long collections = collections();
        long start = System.nanoTime();
        Object result = work.get();
        long took = System.nanoTime() - start;
        collectedInside += collections() - collections;
        timedSteps++;
        if (result == null) {
            throw new IllegalStateException("no result");
        }
        return took;
    }

    private static long collections() {
        long n = 0;
        for (var gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            n += Math.max(0, gc.getCollectionCount());
        }
        return n;
    }

    private static long allocated(Supplier<?> work) {
        var threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();
        long id = Thread.currentThread().getId();
        long before = threads.getThreadAllocatedBytes(id);
        work.get();
        return threads.getThreadAllocatedBytes(id) - before;
    }

    private static long retained(Supplier<?> work) {
        List<Object> keep = new ArrayList<>();
        long before = usedAfterGc();
        keep.add(work.get());
        long after = usedAfterGc();
        if (keep.isEmpty()) {
            throw new IllegalStateException();
        }
        return after - before;
    }

    private static long usedAfterGc() {
        Runtime rt = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return rt.totalMemory() - rt.freeMemory();
    }

    private static double median(long[] values) {
        long[] v = values.clone();
        Arrays.sort(v);
        int n = v.length;
        return n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2.0;
    }
}
