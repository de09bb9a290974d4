package org.xistudy.content.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.xistudy.content.LoadResult;
import org.xistudy.content.PackLoader;
import org.xistudy.content.Problem;
import org.xistudy.content.SeedFiles;

/**
 * Feeds the loader seeded mutations of the bundled pack. For every input it must not throw, must
 * finish within a second, and must either say the pack is valid or report at least one problem
 * located at a line and column with a JSON path. A bounded run is part of {@code mvn verify};
 * the long run is {@code mvn -B -o test -Dtest=PackFuzzTest -Dfuzz.inputs=100000} (README).
 */
class PackFuzzTest {
    private static final int INPUTS = Integer.getInteger("fuzz.inputs", 600);
    private static final long FIRST_SEED = Long.getLong("fuzz.seed", 1L);
    private static final long BUDGET_NANOS = 1_000_000_000L;

    @Test
    void theLoaderSurvivesEveryMutation() throws IOException {
        byte[] original;
        try (InputStream in = PackLoader.class.getResourceAsStream(PackLoader.DEFAULT_PACK)) {
            original = in.readAllBytes();
        }
        PackMutator mutator = new PackMutator(original);
        assertTrue(mutator.tokenCount() > 1000, "the pack was tokenized");
        SeedFiles seeds = SeedFiles.bundled();
        // Warm up, so the first timed input does not pay for class loading and the JIT.
        for (int i = 0; i < 3; i++) {
            assertTrue(PackLoader.load("warm-up.json", original, seeds).isValid());
        }
        List<String> failures = new ArrayList<>();
        Map<LoadResult.Status, Integer> outcomes = new EnumMap<>(LoadResult.Status.class);
        long slowest = 0;
        PackMutator.Input slowestInput = null;
        for (long seed = FIRST_SEED; seed < FIRST_SEED + INPUTS; seed++) {
            PackMutator.Input input = mutator.mutate(seed);
            long t0 = System.nanoTime();
            LoadResult result;
            try {
                result = PackLoader.load("fuzz.json", input.bytes(), seeds);
            } catch (RuntimeException | StackOverflowError e) {
                failures.add(input + ": threw " + e);
                continue;
            }
            long took = System.nanoTime() - t0;
            if (took > slowest) {
                slowest = took;
                slowestInput = input;
            }
            if (took > BUDGET_NANOS) {
                failures.add(input + ": took " + took / 1_000_000 + " ms");
            }
            outcomes.merge(result.status(), 1, Integer::sum);
            String wrong = check(result);
            if (wrong != null) {
                failures.add(input + ": " + wrong);
            }
            if (failures.size() > 20) {
                break;
            }
        }
        System.out.println("fuzz: " + INPUTS + " inputs from seed " + FIRST_SEED + ": " + outcomes
                + "; slowest " + slowest / 1_000_000 + " ms (" + slowestInput + ")");
        if (!failures.isEmpty()) {
            fail(failures.size() + " inputs broke the loader:\n" + String.join("\n", failures));
        }
    }

    /** What is wrong with a result, or null when it is what the loader promises. */
    static String check(LoadResult r) {
        if (r.isValid()) {
            if (r.index().isEmpty()) {
                return "valid but no index";
            }
            return null;
        }
        if (r.errors().isEmpty()) {
            return "not valid, yet no error reported";
        }
        for (Problem p : r.errors()) {
            if (p.position().line() < 1 || p.position().column() < 1 || p.path() == null || !p.path().startsWith("$")) {
                return "unlocated problem: " + p.format();
            }
            if (p.message().contains("passed validation but could not be read")) {
                return "the validator let through what the model cannot read: " + p.format();
            }
        }
        return null;
    }

    @Test
    void theMutatorIsReproducibleAndVaried() throws IOException {
        byte[] original;
        try (InputStream in = PackLoader.class.getResourceAsStream(PackLoader.DEFAULT_PACK)) {
            original = in.readAllBytes();
        }
        PackMutator m = new PackMutator(original);
        assertEquals(m.mutate(42).toString(), m.mutate(42).toString());
        assertTrue(Arrays.equals(m.mutate(42).bytes(), m.mutate(42).bytes()));
        Set<PackMutator.Kind> seen = EnumSet.noneOf(PackMutator.Kind.class);
        for (long s = 0; s < 200; s++) {
            seen.addAll(m.mutate(s).kinds());
        }
        assertEquals(EnumSet.allOf(PackMutator.Kind.class), seen, "every kind of mutation occurs");
    }
}
