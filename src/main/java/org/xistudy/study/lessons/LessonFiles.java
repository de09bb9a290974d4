package org.xistudy.study.lessons;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.reflect.TypeToken;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.xistudy.content.LessonStepAdapter;
import org.xistudy.content.LoadResult.Status;
import org.xistudy.content.PackIndex;
import org.xistudy.content.Problem;
import org.xistudy.content.Problem.Severity;
import org.xistudy.content.json.JsonPaths;
import org.xistudy.content.json.JsonPosition;
import org.xistudy.content.json.JsonSyntaxError;
import org.xistudy.content.json.ParsedJson;
import org.xistudy.content.json.PositionedJsonParser;
import org.xistudy.content.model.Lesson;
import org.xistudy.content.validate.PackValidator;
import org.xistudy.study.storage.AtomicFiles;

/**
 * Lesson files: one or more lessons exported to a small JSON file to share with a colleague, and
 * read back. The file is
 * <pre>{"format": 1, "pack": "xi-power-concentration", "lessons": [ ...as in a pack... ]}</pre>
 * ({@code resources/content/schema/lessons.schema.json}). Reading never throws for bad input: it
 * validates the file against the open pack, and every problem comes back with its JSON path and
 * line, as for packs.
 */
public final class LessonFiles {
    /** The usual ending of a lesson file's name. */
    public static final String EXTENSION = ".lessons.json";
    /** The format version written and read. */
    public static final int FORMAT = 1;
    /** Largest lesson file read. */
    public static final long MAX_BYTES = 4L * 1024 * 1024;

    private static final Gson GSON = LessonStepAdapter.register(new GsonBuilder().disableHtmlEscaping()
            .setPrettyPrinting()).create();

    /**
     * What came of reading a lesson file.
     *
     * @param lessons the lessons, when the file is valid (warnings allowed); else empty
     * @param problems every problem, in file order, each naming the file
     */
    public record ImportResult(String file, Status status, List<Lesson> lessons, List<Problem> problems) {
        public ImportResult {
            lessons = List.copyOf(lessons);
            problems = List.copyOf(problems);
        }

        public boolean isValid() {
            return status == Status.VALID;
        }

        public List<Problem> errors() {
            return problems.stream().filter(Problem::isError).toList();
        }
    }

    private LessonFiles() {
    }

    /** A suggested file name for exporting a lesson: its title as a slug, plus {@link #EXTENSION}. */
    public static String suggestedName(Lesson lesson) {
        return LessonIds.slug(lesson.title()) + EXTENSION;
    }

    /**
     * The file's text.
     *
     * @throws IllegalArgumentException when there are no lessons or a lesson has no steps (such a
     *     file could not be read back)
     */
    public static String toJson(String packId, List<Lesson> lessons) {
        if (lessons.isEmpty()) {
            throw new IllegalArgumentException("nothing to export: no lessons");
        }
        for (Lesson l : lessons) {
            if (l.steps().isEmpty()) {
                throw new IllegalArgumentException("the lesson \"" + l.title() + "\" has no steps");
            }
        }
        JsonObject file = new JsonObject();
        file.addProperty("format", FORMAT);
        file.addProperty("pack", packId);
        file.add("lessons", GSON.toJsonTree(lessons, new TypeToken<List<Lesson>>() { }.getType()));
        return GSON.toJson(file) + "\n";
    }

    /** Exports lessons to a file, atomically: the file holds either its old content or the new, whole. */
    public static void write(Path file, String packId, List<Lesson> lessons) throws IOException {
        AtomicFiles.write(file, toJson(packId, lessons).getBytes(StandardCharsets.UTF_8));
    }

    /** Reads a lesson file and checks it against the open pack. Never throws for bad input. */
    public static ImportResult read(Path file, PackIndex index) {
        String name = file.toString();
        try {
            if (Files.isDirectory(file)) {
                return unreadable(name, "is a folder, not a lesson file");
            }
            if (Files.size(file) > MAX_BYTES) {
                return unreadable(name, "is larger than " + (MAX_BYTES / (1024 * 1024)) + " MB; lesson files are small");
            }
            return read(name, Files.readAllBytes(file), index);
        } catch (NoSuchFileException e) {
            return unreadable(name, "does not exist");
        } catch (AccessDeniedException e) {
            return unreadable(name, "cannot be read: permission denied");
        } catch (IOException | SecurityException e) {
            return unreadable(name, "cannot be read: " + e.getMessage());
        }
    }

    /** Reads a lesson file from bytes; {@code name} is used in problem reports. */
    public static ImportResult read(String name, byte[] bytes, PackIndex index) {
        if (bytes.length > MAX_BYTES) {
            return unreadable(name, "is larger than " + (MAX_BYTES / (1024 * 1024)) + " MB; lesson files are small");
        }
        ParsedJson json;
        try {
            json = PositionedJsonParser.parse(bytes);
        } catch (JsonSyntaxError e) {
            return new ImportResult(name, Status.INVALID, List.of(),
                    List.of(new Problem(Severity.ERROR, name, e.position(), e.path(), e.text())));
        } catch (StackOverflowError | OutOfMemoryError e) {
            return new ImportResult(name, Status.INVALID, List.of(), List.of(new Problem(Severity.ERROR, name,
                    JsonPosition.START, JsonPaths.ROOT, "the file is too complex to read")));
        }
        List<Problem> problems = new ArrayList<>();
        for (Problem p : PackValidator.validateLessonFile(json, index)) {
            problems.add(p.withFile(name));
        }
        if (problems.stream().anyMatch(Problem::isError)) {
            return new ImportResult(name, Status.INVALID, List.of(), problems);
        }
        try {
            List<Lesson> lessons = GSON.fromJson(json.root().getAsJsonObject().get("lessons"),
                    new TypeToken<List<Lesson>>() { }.getType());
            return new ImportResult(name, Status.VALID, lessons, problems);
        } catch (JsonParseException | IllegalArgumentException | NullPointerException e) {
            // The validator should make this impossible; if it happens, report it rather than crash.
            problems.add(new Problem(Severity.ERROR, name, JsonPosition.START, JsonPaths.ROOT,
                    "the lessons passed validation but could not be read: " + e.getMessage()));
            return new ImportResult(name, Status.INVALID, List.of(), problems);
        }
    }

    /**
     * Checks lessons against a pack as an import would, for a teacher's lessons made with an
     * older edition of the pack: problems name paths such as {@code $.lessons[0].steps[3].event}.
     * Lessons without steps are reported too.
     */
    public static List<Problem> check(List<Lesson> lessons, PackIndex index) {
        JsonObject file = new JsonObject();
        file.addProperty("format", FORMAT);
        file.addProperty("pack", index.pack().id());
        file.add("lessons", GSON.toJsonTree(lessons, new TypeToken<List<Lesson>>() { }.getType()));
        try {
            return PackValidator.validateLessonFile(PositionedJsonParser.parse(GSON.toJson(file)), index);
        } catch (JsonSyntaxError e) {
            throw new IllegalStateException("Gson wrote JSON that cannot be read back", e);
        }
    }

    private static ImportResult unreadable(String name, String why) {
        return new ImportResult(name, Status.UNREADABLE, List.of(), List.of(new Problem(Severity.ERROR, name,
                JsonPosition.START, JsonPaths.ROOT, "the file " + why)));
    }
}
