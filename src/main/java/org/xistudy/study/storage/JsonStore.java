package org.xistudy.study.storage;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import com.google.gson.Strictness;
import com.google.gson.reflect.TypeToken;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import java.io.IOException;
import java.io.StringReader;
import java.lang.reflect.Type;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * One JSON file holding one value of type {@code T}, kept safe against crashes, corruption and
 * newer versions of the app. Any feature can use it for its own file.
 *
 * <p>On disk the value sits in an envelope that names what the file is and its format version:
 * <pre>{"kind": "xi-policy-study/progress", "version": 1, "saved": "2026-01-15T10:15:02Z", "data": {...}}</pre>
 *
 * <ul>
 * <li>{@link #save} is atomic and durable (see {@link AtomicFiles}): after a crash the file holds
 *     either the previous value or the new one, complete.</li>
 * <li>{@link #load} never loses data. A file that cannot be parsed or read is moved aside as
 *     {@code NAME.corrupt-20260115T101502Z.json} next to it and reported as
 *     {@link Status#QUARANTINED}; a file written by a newer format version is left exactly as it
 *     is and reported as {@link Status#REFUSED}, after which {@link #save} refuses too, so it can
 *     never be overwritten.</li>
 * <li>A store does not stop two processes from writing one file; hold an {@link InstanceLock} on
 *     the folder for that.</li>
 * </ul>
 *
 * <pre>{@code
 * JsonStore<History> store = JsonStore.builder(dir.resolve("quiz-history.json"), History.class)
 *         .kind("xi-policy-study/quiz-history").version(1).fresh(History::new).build();
 * JsonStore.Result<History> r = store.load();   // tell the user when r.status() is QUARANTINED or REFUSED
 * History h = r.value();
 * ...
 * store.save(h);                                // throws IOException when the disk fails
 * }</pre>
 *
 * @param <T> the stored value; Gson must be able to read and write it
 */
public final class JsonStore<T> {

    /** What {@link #load} found. */
    public enum Status {
        /** There was no file; the value is new. */
        FRESH,
        /** The file was read. */
        LOADED,
        /** The file was unreadable or corrupt; it was moved aside and the value is new. */
        QUARANTINED,
        /**
         * The file was left untouched and must not be overwritten: it is from a newer format
         * version, or it is unreadable and could not be moved aside. The value is new and saving
         * is refused.
         */
        REFUSED
    }

    /**
     * The outcome of {@link #load}.
     *
     * @param status what happened
     * @param value the loaded value, or a fresh one when nothing could be loaded; never null
     * @param file the store's file
     * @param foundVersion the format version found in the file, or 0 when none could be read
     * @param supportedVersion the newest format version this build reads and writes
     * @param movedTo where a {@link Status#QUARANTINED} file now is, else null
     * @param problem what was wrong, in technical English (for logs and details), else null
     */
    public record Result<T>(Status status, T value, Path file, int foundVersion, int supportedVersion, Path movedTo,
            String problem) {
        /** Whether {@link JsonStore#save} is allowed after this load. */
        public boolean canSave() {
            return status != Status.REFUSED;
        }

        /** Whether the file was refused because a newer version of the app wrote it. */
        public boolean isNewerVersion() {
            return status == Status.REFUSED && foundVersion > supportedVersion;
        }
    }

    /** Turns the {@code data} of an older format version into the current one. */
    @FunctionalInterface
    public interface Upgrade {
        JsonElement apply(int fromVersion, JsonElement data);
    }

    /** Files bigger than this are not read (a store is meant for megabytes, not gigabytes). */
    public static final long DEFAULT_MAX_BYTES = 64L * 1024 * 1024;

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    private final Path file;
    private final Type type;
    private final String kind;
    private final int version;
    private final Supplier<T> fresh;
    private final Gson gson;
    private final Upgrade upgrade;
    private final UnaryOperator<T> check;
    private final Clock clock;
    private final long maxBytes;
    private volatile boolean refused;

    private JsonStore(Builder<T> b) {
        this.file = b.file;
        this.type = b.type;
        this.kind = Objects.requireNonNull(b.kind, "kind");
        this.version = b.version;
        this.fresh = Objects.requireNonNull(b.fresh, "fresh");
        this.gson = b.gson;
        this.upgrade = b.upgrade;
        this.check = b.check;
        this.clock = b.clock;
        this.maxBytes = b.maxBytes;
    }

    /** Starts a store for {@code file}, whose data is read and written as {@code type}. */
    public static <T> Builder<T> builder(Path file, Class<T> type) {
        return new Builder<>(file, type);
    }

    /** Starts a store for a generic type, such as {@code new TypeToken<List<Entry>>() { }}. */
    public static <T> Builder<T> builder(Path file, TypeToken<T> type) {
        return new Builder<>(file, type.getType());
    }

    /** A Gson that also reads and writes {@code java.time} values as ISO-8601 strings. */
    public static Gson defaultGson() {
        return TimeAdapters.register(new GsonBuilder().disableHtmlEscaping()).create();
    }

    public Path file() {
        return file;
    }

    /** Whether {@link #save} is allowed: false after a load or peek that refused the file. */
    public boolean canSave() {
        return !refused;
    }

    /** The format version this store writes. */
    public int version() {
        return version;
    }

    /**
     * Reads the file. Never throws for bad content: a corrupt file is moved aside, a newer one
     * is refused, and either way the result carries a usable fresh value.
     */
    public Result<T> load() {
        Result<T> r = read();
        refused = r.status() == Status.REFUSED;
        return r;
    }

    /**
     * Reads the file without changing anything on disk, for a copy of the app that may not write
     * (another copy holds the data folder). A corrupt file is reported as {@link Status#REFUSED}
     * and left where it is; saving stays refused until a {@link #load()} succeeds.
     */
    public Result<T> peek() {
        Result<T> r = read(false);
        refused = true;
        return r;
    }

    private Result<T> read() {
        return read(true);
    }

    private Result<T> read(boolean mayMoveAside) {
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (size > maxBytes) {
                return quarantine(mayMoveAside, 0, "the file is " + size + " bytes, more than the " + maxBytes + " allowed");
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return result(Status.FRESH, fresh.get(), 0, null, null);
        } catch (IOException e) {
            return quarantine(mayMoveAside, 0, "cannot read the file: " + e);
        }
        if (bytes.length == 0) {
            return quarantine(mayMoveAside, 0, "the file is empty");
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return quarantine(mayMoveAside, 0, "the file is not UTF-8 text");
        }
        JsonObject envelope;
        try {
            envelope = parseStrict(text);
        } catch (JsonParseException | IOException | IllegalStateException e) {
            return quarantine(mayMoveAside, 0, "the file is not valid JSON: " + e.getMessage());
        }
        int found = intField(envelope, "version");
        if (found <= 0) {
            return quarantine(mayMoveAside, 0, "the file has no format version");
        }
        if (found > version) {
            return result(Status.REFUSED, fresh.get(), found, null,
                    "the file has format version " + found + "; this version of the app reads up to " + version);
        }
        JsonElement k = envelope.get("kind");
        if (!(k instanceof JsonPrimitive p && p.isString() && kind.equals(p.getAsString()))) {
            return quarantine(mayMoveAside, found, "the file is not a \"" + kind + "\" file");
        }
        JsonElement data = envelope.get("data");
        if (data == null || data.isJsonNull()) {
            return quarantine(mayMoveAside, found, "the file has no data");
        }
        try {
            if (found < version) {
                data = upgrade.apply(found, data);
            }
            T value = gson.fromJson(data, type);
            if (value == null) {
                return quarantine(mayMoveAside, found, "the file has no data");
            }
            return result(Status.LOADED, check.apply(value), found, null, null);
        } catch (RuntimeException e) {
            // Gson and the check report wrong shapes with assorted runtime exceptions.
            return quarantine(mayMoveAside, found, "the data does not have the expected shape: " + e.getMessage());
        }
    }

    private static JsonObject parseStrict(String text) throws IOException {
        JsonReader reader = new JsonReader(new StringReader(text));
        reader.setStrictness(Strictness.STRICT);
        reader.setNestingLimit(200);
        JsonElement root = JsonParser.parseReader(reader);
        if (reader.peek() != JsonToken.END_DOCUMENT) {
            throw new JsonParseException("text after the end of the JSON value");
        }
        if (!root.isJsonObject()) {
            throw new JsonParseException("the file is not a JSON object");
        }
        return root.getAsJsonObject();
    }

    private static int intField(JsonObject o, String name) {
        JsonElement e = o.get(name);
        if (e instanceof JsonPrimitive p && p.isNumber()) {
            double d = p.getAsDouble();
            if (d == Math.rint(d) && d > 0 && d < Integer.MAX_VALUE) {
                return (int) d;
            }
        }
        return 0;
    }

    /** Moves the file aside; if even that fails, refuses it so nothing ever overwrites it. */
    private Result<T> quarantine(boolean mayMoveAside, int found, String problem) {
        if (!mayMoveAside) {
            return result(Status.REFUSED, fresh.get(), found, null, problem);
        }
        String name = file.getFileName().toString();
        String base = name.endsWith(".json") ? name.substring(0, name.length() - 5) : name;
        String stamp = STAMP.format(clock.instant());
        try {
            for (int i = 0; ; i++) {
                Path aside = file.resolveSibling(base + ".corrupt-" + stamp + (i == 0 ? "" : "-" + i) + ".json");
                if (Files.exists(aside)) {
                    continue;
                }
                Files.move(file, aside);
                AtomicFiles.syncFolder(file.toAbsolutePath().getParent());
                return result(Status.QUARANTINED, fresh.get(), found, aside, problem);
            }
        } catch (IOException e) {
            return result(Status.REFUSED, fresh.get(), found, null, problem + "; it could not be moved aside: " + e);
        }
    }

    private Result<T> result(Status status, T value, int found, Path movedTo, String problem) {
        return new Result<>(status, value, file, found, version, movedTo, problem);
    }

    /**
     * Writes {@code value} atomically and durably; when this returns normally, it is on disk.
     *
     * @throws IOException when the disk refuses the write; the file then still holds the last value saved
     * @throws IllegalStateException when the last {@link #load} refused the file
     */
    public synchronized void save(T value) throws IOException {
        if (refused) {
            throw new IllegalStateException("saving to " + file + " is refused: the file is from a newer "
                    + "version of the app or could not be read");
        }
        JsonObject envelope = new JsonObject();
        envelope.addProperty("kind", kind);
        envelope.addProperty("version", version);
        envelope.addProperty("saved", clock.instant().toString());
        envelope.add("data", gson.toJsonTree(value, type));
        AtomicFiles.write(file, gson.toJson(envelope).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Saves {@code value} when this store may write ({@link #canSave}); false when it may not or
     * the disk refuses, for files whose loss costs nothing but a default (settings, what a start
     * learnt), where the app goes on either way.
     */
    public boolean trySave(T value) {
        if (!canSave()) {
            return false;
        }
        try {
            save(value);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** Configures a {@link JsonStore}. {@link #kind} and {@link #fresh} are required. */
    public static final class Builder<T> {
        private final Path file;
        private final Type type;
        private String kind;
        private int version = 1;
        private Supplier<T> fresh;
        private Gson gson = defaultGson();
        private Upgrade upgrade = (from, data) -> data;
        private UnaryOperator<T> check = UnaryOperator.identity();
        private Clock clock = Clock.systemUTC();
        private long maxBytes = DEFAULT_MAX_BYTES;

        private Builder(Path file, Type type) {
            this.file = Objects.requireNonNull(file);
            this.type = Objects.requireNonNull(type);
        }

        /** What the file holds, such as {@code "xi-policy-study/progress"}; a file of another kind is not read. */
        public Builder<T> kind(String kind) {
            this.kind = kind;
            return this;
        }

        /** The format version written; files with a higher one are refused. Starts at 1. */
        public Builder<T> version(int version) {
            if (version < 1) {
                throw new IllegalArgumentException("versions start at 1");
            }
            this.version = version;
            return this;
        }

        /** Makes the value used when there is no file, or it could not be used. */
        public Builder<T> fresh(Supplier<T> fresh) {
            this.fresh = fresh;
            return this;
        }

        /** The Gson used for the data (by default {@link JsonStore#defaultGson()}). */
        public Builder<T> gson(Gson gson) {
            this.gson = Objects.requireNonNull(gson);
            return this;
        }

        /** Upgrades data from older format versions before it is read. */
        public Builder<T> upgrade(Upgrade upgrade) {
            this.upgrade = Objects.requireNonNull(upgrade);
            return this;
        }

        /**
         * Checks and tidies a loaded value (for example replaces missing lists with empty ones).
         * It may throw an unchecked exception to declare the file corrupt.
         */
        public Builder<T> check(UnaryOperator<T> check) {
            this.check = Objects.requireNonNull(check);
            return this;
        }

        /** The clock for the {@code saved} stamp and quarantine names (tests fix it). */
        public Builder<T> clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock);
            return this;
        }

        /** The largest file {@link JsonStore#load} will read. */
        public Builder<T> maxBytes(long maxBytes) {
            this.maxBytes = maxBytes;
            return this;
        }

        public JsonStore<T> build() {
            return new JsonStore<>(this);
        }
    }
}
