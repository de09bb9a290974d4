package org.xistudy.content;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.TypeAdapter;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.xistudy.content.LoadResult.Status;
import org.xistudy.content.Problem.Severity;
import org.xistudy.content.essay.Essay;
import org.xistudy.content.json.JsonPaths;
import org.xistudy.content.json.JsonPosition;
import org.xistudy.content.json.JsonSyntaxError;
import org.xistudy.content.json.ParsedJson;
import org.xistudy.content.json.PositionedJsonParser;
import org.xistudy.content.model.Pack;
import org.xistudy.content.model.Source;
import org.xistudy.content.validate.PackValidator;
import org.xistudy.content.validate.SeedLookup;

/**
 * Reads a content file: bytes, strict UTF-8, strict JSON with positions, validation, and only then
 * binding to the model with Gson. It never throws for bad input; every problem comes back in the
 * {@link LoadResult}.
 */
public final class PackLoader {
    /** Largest content file accepted. The full pack is well under 1 MB. */
    public static final long MAX_BYTES = 16L * 1024 * 1024;

    /**
     * From this size on, a pack is bound to the model on a second thread while it is validated
     * (bench/README.md, "Opening a large pack"); below it the thread would cost more than it saves.
     */
    static final int BIND_ASIDE_BYTES = 1024 * 1024;

    /** The pack the application opens by default, as a class-path resource. */
    public static final String DEFAULT_PACK = "/content/xi-power-concentration.json";

    private static final Gson GSON = ItemBinding.register(LessonStepAdapter.register(new GsonBuilder()))
            .registerTypeAdapter(PartialDate.class, new PartialDateAdapter().nullSafe())
            .disableJdkUnsafe()
            .create();

    private PackLoader() {
    }

    /** Loads a pack file from disk, looking for its essay near it. */
    public static LoadResult load(Path file) {
        String name = file.toString();
        try {
            if (Files.isDirectory(file)) {
                return unreadable(name, Messages.Text.of("fileIsFolder"));
            }
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                return unreadable(name, Messages.Text.of("fileSizeOver", size / (1024 * 1024), MAX_BYTES / (1024 * 1024)));
            }
            byte[] bytes = Files.readAllBytes(file);
            return load(name, bytes, SeedFiles.near(file));
        } catch (NoSuchFileException e) {
            return unreadable(name, Messages.Text.of("fileMissing"));
        } catch (AccessDeniedException e) {
            return unreadable(name, Messages.Text.of("fileDenied"));
        } catch (IOException | SecurityException e) {
            return unreadable(name, Messages.Text.of("fileUnreadable", e.getMessage()));
        } catch (OutOfMemoryError e) {
            return unreadable(name, Messages.Text.of("fileTooLargeToRead"));
        }
    }

    /** Loads the pack bundled with the application. */
    public static LoadResult loadDefault() {
        return loadResource(DEFAULT_PACK);
    }

    /** Loads a pack from the class path; its essay must be bundled too. */
    public static LoadResult loadResource(String resource) {
        try (InputStream in = PackLoader.class.getResourceAsStream(resource)) {
            if (in == null) {
                return unreadable(resource, Messages.Text.of("fileNotBundled"));
            }
            byte[] bytes = in.readNBytes((int) MAX_BYTES + 1);
            if (bytes.length > MAX_BYTES) {
                return unreadable(resource, Messages.Text.of("fileTooLarge", MAX_BYTES / (1024 * 1024)));
            }
            return load(resource, bytes, SeedFiles.bundled());
        } catch (IOException e) {
            return unreadable(resource, Messages.Text.of("fileUnreadable", e.getMessage()));
        }
    }

    /** Loads a pack from bytes. {@code name} is used in problem reports. */
    public static LoadResult load(String name, byte[] bytes, SeedLookup seeds) {
        return load(name, bytes, seeds, bytes.length >= BIND_ASIDE_BYTES);
    }

    /** As {@link #load(String, byte[], SeedLookup)}, binding aside or not as told (for tests). */
    static LoadResult load(String name, byte[] bytes, SeedLookup seeds, boolean bindAside) {
        if (bytes.length > MAX_BYTES) {
            return unreadable(name, Messages.Text.of("fileTooLarge", MAX_BYTES / (1024 * 1024)));
        }
        ParsedJson json;
        try {
            json = PositionedJsonParser.parse(bytes);
        } catch (JsonSyntaxError e) {
            Problem p = new Problem(Severity.ERROR, name, e.position(), e.path(), e.text());
            return new LoadResult(name, Status.INVALID, null, null, List.of(p));
        } catch (StackOverflowError | OutOfMemoryError e) {
            Problem p = Problem.error(name, JsonPosition.START, JsonPaths.ROOT, "fileTooComplex");
            return new LoadResult(name, Status.INVALID, null, null, List.of(p));
        }
        // A large pack is bound to the model and indexed while it is validated, on the second core;
        // both are used only if the pack is valid. Binding never changes the tree the validator
        // reads, and both sides share one reading of the essay.
        SeedLookup once = new OnceSeedLookup(seeds);
        Aside<PackIndex> binding = null;
        if (bindAside) {
            ParsedJson tree = json;
            binding = Aside.start("pack-bind", () -> {
                Pack bound = bind(tree);
                return new PackIndex(bound, essayOf(bound, once));
            });
        }
        Essay[] essay = new Essay[1];
        SeedLookup remembering = (seed, author) -> {
            var found = once.find(seed, author);
            found.ifPresent(e -> essay[0] = e);
            return found;
        };
        List<Problem> problems = new ArrayList<>();
        for (Problem p : PackValidator.validate(json, remembering)) {
            problems.add(p.withFile(name));
        }
        if (problems.stream().anyMatch(Problem::isError)) {
            return new LoadResult(name, Status.INVALID, null, essay[0], problems);
        }
        try {
            if (binding == null) {
                return new LoadResult(name, Status.VALID, bind(json), essay[0], problems);
            }
            PackIndex index = binding.join();
            if (index.essay() != essay[0]) {
                index = new PackIndex(index.pack(), essay[0]);
            }
            return new LoadResult(name, Status.VALID, index.pack(), essay[0], problems, index);
        } catch (RuntimeException e) {
            // The validator should make this impossible (Gson's JsonParseException, or a model
            // or index that refuses what it was given); if it happens, report it rather than crash.
            problems.add(new Problem(Severity.ERROR, name, JsonPosition.START, JsonPaths.ROOT,
                    "the pack passed validation but could not be read: " + e.getMessage()));
            return new LoadResult(name, Status.INVALID, null, essay[0], problems);
        }
    }

    /** The model of a validated tree. */
    static Pack bind(ParsedJson json) {
        return GSON.fromJson(json.root(), Pack.class);
    }

    /** The essay a bound pack names, as the validator looks it up. */
    private static Essay essayOf(Pack pack, SeedLookup seeds) {
        Source source = pack.source();
        if (source == null || source.seed() == null || source.seed().isBlank()) {
            return null;
        }
        return seeds.find(source.seed(), source.author()).orElse(null);
    }

    /**
     * Reads each essay once, however often it is asked for and from whichever thread: the
     * validator asks for it for the lessons and for the quotes, and the index built aside too.
     */
    private static final class OnceSeedLookup implements SeedLookup {
        private final SeedLookup seeds;
        private final Map<List<String>, Optional<Essay>> found = new HashMap<>();

        OnceSeedLookup(SeedLookup seeds) {
            this.seeds = seeds;
        }

        @Override
        public synchronized Optional<Essay> find(String seed, String author) {
            return found.computeIfAbsent(Arrays.asList(seed, author), k -> seeds.find(seed, author));
        }
    }

    private static LoadResult unreadable(String name, Messages.Text why) {
        Problem p = new Problem(Severity.ERROR, name, JsonPosition.START, JsonPaths.ROOT, why);
        return new LoadResult(name, Status.UNREADABLE, null, null, List.of(p));
    }

    /** Reads and writes {@link PartialDate} as its ISO-style string. */
    static final class PartialDateAdapter extends TypeAdapter<PartialDate> {
        @Override
        public void write(JsonWriter out, PartialDate value) throws IOException {
            out.value(value.toString());
        }

        @Override
        public PartialDate read(JsonReader in) throws IOException {
            return PartialDate.parse(in.nextString());
        }
    }
}
