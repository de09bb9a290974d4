package org.xistudy.study.lessons;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.xistudy.content.LessonStepAdapter;
import org.xistudy.content.model.Lesson;
import org.xistudy.study.storage.JsonStore;
import org.xistudy.study.storage.TimeAdapters;

/**
 * The lessons a teacher made in the app for one pack, kept in the data folder as
 * {@code lessons/<pack id>.json} with the crash-safe {@link JsonStore}: every {@link #save} is
 * atomic and durable (temporary file, fsync, rename) before it returns; a damaged file is moved
 * aside as {@code <pack id>.corrupt-<time>.json} and never overwritten; a file from a newer
 * version of the app is left alone and nothing is written over it.
 *
 * <p>The file holds the lessons in the same JSON as a pack's {@code lessons}, inside the store's
 * envelope: {@code {"kind": "xi-policy-study/lessons", "version": 2, "saved": ..., "data":
 * {"packId": "...", "lessons": [...]}}}.
 */
public final class LessonStore {
    /** What the file holds, for the store's envelope. */
    public static final String KIND = "xi-policy-study/lessons";
    /**
     * The format version written: 2 since claim steps. A version-1 file is read as it is (it holds
     * no step a version-2 app lacks); an app that reads only version 1 refuses a version-2 file,
     * which may hold claim steps, and leaves it alone instead of setting it aside as damaged.
     */
    public static final int VERSION = 2;
    /** The folder under the data folder. */
    public static final String FOLDER = "lessons";

    /** What went wrong when the file was read. */
    public record Problem(Kind kind, Path movedTo, String detail) {
        public enum Kind {
            /** The file was damaged; it was moved aside to {@code movedTo}, and the lessons start empty. */
            DAMAGED,
            /** A newer version of the app wrote the file; it is left alone and not written. */
            NEWER,
            /** The file could not be read nor moved aside, or may not be written now; it is left alone. */
            UNREADABLE
        }
    }

    /** The stored value. */
    static final class Data {
        String packId;
        List<Lesson> lessons = new ArrayList<>();
    }

    private final JsonStore<Data> store;
    private final String packId;
    private final boolean writable;
    private final Problem problem;
    private List<Lesson> lessons;

    private LessonStore(JsonStore<Data> store, String packId, boolean readOnly) {
        this.store = store;
        this.packId = packId;
        JsonStore.Result<Data> r = readOnly ? store.peek() : store.load();
        this.lessons = List.copyOf(r.value().lessons);
        this.writable = !readOnly && r.canSave();
        this.problem = switch (r.status()) {
            case QUARANTINED -> new Problem(Problem.Kind.DAMAGED, r.movedTo(), r.problem());
            case REFUSED -> r.problem() == null ? null : new Problem(r.isNewerVersion() ? Problem.Kind.NEWER
                    : Problem.Kind.UNREADABLE, null, r.problem());
            default -> null;
        };
    }

    /** Opens (or starts) the lessons of a pack under the data folder. Never throws for bad files. */
    public static LessonStore open(Path dataDir, String packId) {
        return new LessonStore(jsonStore(file(dataDir, packId)), packId, false);
    }

    /**
     * Reads the lessons without changing anything on disk, for a copy of the app that may not
     * write (another copy holds the data folder); {@link #save} then always fails.
     */
    public static LessonStore openReadOnly(Path dataDir, String packId) {
        return new LessonStore(jsonStore(file(dataDir, packId)), packId, true);
    }

    static JsonStore<Data> jsonStore(Path file) {
        return JsonStore.builder(file, Data.class).kind(KIND).version(VERSION).fresh(Data::new)
                .gson(gson()).check(LessonStore::tidy).build();
    }

    /** The Gson for stored and exported lessons: steps by kind, {@code java.time} as ISO strings. */
    static Gson gson() {
        return LessonStepAdapter.register(TimeAdapters.register(new GsonBuilder().disableHtmlEscaping())).create();
    }

    /** Where a pack's lessons are kept. Pack ids are made safe as file names, and kept apart. */
    public static Path file(Path dataDir, String packId) {
        String safe = packId.replaceAll("[^A-Za-z0-9._-]", "_");
        if (!safe.equals(packId) || safe.startsWith(".")) {
            safe = safe.replaceFirst("^\\.+", "_") + "-" + Integer.toHexString(packId.hashCode());
        }
        return dataDir.resolve(FOLDER).resolve(safe + ".json");
    }

    /**
     * Drops what a damaged or hand-edited file might hold that cannot be shown: lessons without
     * an id or title, and repeated ids (the first is kept). A lesson may be empty: a teacher may
     * have deleted every step of a lesson still being written.
     */
    private static Data tidy(Data d) {
        List<Lesson> ok = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        if (d.lessons != null) {
            for (Lesson l : d.lessons) {
                if (l != null && l.id() != null && !l.id().isBlank() && l.title() != null && seen.add(l.id())
                        && l.steps().stream().allMatch(Objects::nonNull)) {
                    ok.add(l);
                }
            }
        }
        d.lessons = ok;
        return d;
    }

    /** The pack these lessons belong to. */
    public String packId() {
        return packId;
    }

    public Path file() {
        return store.file();
    }

    /** The lessons, in the teacher's order. */
    public List<Lesson> lessons() {
        return lessons;
    }

    /** Whether {@link #save} may write. */
    public boolean isWritable() {
        return writable;
    }

    /** What went wrong when the file was read, for the user; empty when all is well. */
    public Optional<Problem> problem() {
        return Optional.ofNullable(problem);
    }

    /**
     * Replaces all the pack's lessons and writes them; when this returns, they are safe on disk.
     *
     * @throws IOException when the disk refuses the write (the file then still holds the last
     *     lessons saved), or the file may not be written (see {@link #problem()})
     */
    public synchronized void save(List<Lesson> newLessons) throws IOException {
        if (!writable) {
            throw new IOException("the lessons file " + store.file() + " is not written: "
                    + (problem == null ? "this copy of the app may not write the data folder" : problem.detail()));
        }
        Data d = new Data();
        d.packId = packId;
        d.lessons = new ArrayList<>(newLessons);
        store.save(d);
        lessons = List.copyOf(newLessons);
    }
}
