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
import org.xistudy.content.LoadResult;
import org.xistudy.content.PackIndex;
import org.xistudy.content.PackLoader;
import org.xistudy.content.Problem;
import org.xistudy.content.SeedFiles;
import org.xistudy.content.json.ParsedJson;
import org.xistudy.content.json.PositionedJsonParser;
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
    private PackLoadBench() {
    }

    public static void main(String[] args) throws IOException {
        int events = Integer.getInteger("bench.events", 10_000);
        int cards = Integer.getInteger("bench.cards", 10_000);
        int warmup = Integer.getInteger("bench.warmup", 5);
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
        System.out.printf(Locale.ROOT, "ratio app / Gson: %.2f (target at most 1.5)%n", appMs / gsonMs);

        phases(bytes, rounds);

        long appAlloc = allocated(() -> index(bytes));
        long gsonAlloc = allocated(() -> gson(bytes));
        long appKept = retained(() -> index(bytes));
        long gsonKept = retained(() -> gson(bytes));
        System.out.printf(Locale.ROOT, "allocated while loading: app %.0f MB, Gson %.0f MB%n", appAlloc / 1e6, gsonAlloc / 1e6);
        System.out.printf(Locale.ROOT, "kept after loading:      app %.0f MB (model + index + essay), Gson %.0f MB (JSON tree)%n",
                appKept / 1e6, gsonKept / 1e6);
    }

    /** Where the app's load spends its time: medians of each phase, run one after another. */
    private static void phases(byte[] bytes, int rounds) {
        long[][] t = new long[4][rounds];
        for (int r = 0; r < rounds; r++) {
            System.gc();
            long t0 = System.nanoTime();
            ParsedJson json = unchecked(() -> PositionedJsonParser.parse(bytes));
            long t1 = System.nanoTime();
            List<Problem> problems = PackValidator.validate(json, SeedFiles.bundled());
            long t2 = System.nanoTime();
            LoadResult result = load(bytes);
            long t3 = System.nanoTime();
            PackIndex index = result.index().orElseThrow();
            long t4 = System.nanoTime();
            if (problems.size() != result.problems().size() || index.pack() == null) {
                throw new IllegalStateException("phases disagree with the whole load");
            }
            t[0][r] = t1 - t0;
            t[1][r] = t2 - t1;
            t[2][r] = (t3 - t2) - (t2 - t0); // the whole load less parse and validation
            t[3][r] = t4 - t3;
        }
        String[] names = {"parse (strict UTF-8 and JSON)", "validate", "bind to the model (rest of the load)",
                "build the index"};
        for (int i = 0; i < names.length; i++) {
            System.out.printf(Locale.ROOT, "  phase %-38s median %7.1f ms%n", names[i], median(t[i]) / 1e6);
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
     * load itself, and where it falls is chance; so each side starts with none due, and what each
     * leaves to collect is reported as its allocation instead.
     */
    private static long time(Supplier<?> work) {
        System.gc();
        long start = System.nanoTime();
        Object result = work.get();
        long took = System.nanoTime() - start;
        if (result == null) {
            throw new IllegalStateException("no result");
        }
        return took;
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
