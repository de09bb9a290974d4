package org.xistudy.study.exchange;

import java.io.IOException;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.xistudy.content.Problem;
import org.xistudy.content.json.JsonPaths;
import org.xistudy.content.json.JsonPosition;
import org.xistudy.content.model.CardType;
import org.xistudy.study.storage.AtomicFiles;

/**
 * What came of reading a file from another program: a new pack (as the JSON to save) with what
 * it holds, and every problem, located in the file read. Warnings are what was left out or
 * changed; errors mean no pack could be made.
 */
public final class ImportResult {

    /** Whether a pack was made; the values are the command line's exit status. */
    public enum Status {
        IMPORTED, INVALID, UNREADABLE;

        public int exitCode() {
            return ordinal();
        }
    }

    /**
     * What the new pack holds and what was left out. {@code read} counts the notes (Anki) or
     * slides (TimelineJS) in the file; {@code skipped} those that made nothing; {@code media} the
     * pictures and sounds that were left out.
     */
    public record Counts(String title, int read, int skipped, int media, Map<CardType, Integer> cardTypes, int events,
            int lanes, int eras, int references) {
        public Counts {
            cardTypes = Map.copyOf(cardTypes);
        }

        public int cards() {
            return cardTypes.values().stream().mapToInt(Integer::intValue).sum();
        }

        static Map<CardType, Integer> noCards() {
            return new EnumMap<>(CardType.class);
        }
    }

    private final Status status;
    private final String file;
    private final byte[] pack;
    private final Counts counts;
    private final List<Problem> problems;

    private ImportResult(Status status, String file, byte[] pack, Counts counts, List<Problem> problems) {
        this.status = status;
        this.file = file;
        this.pack = pack;
        this.counts = counts;
        this.problems = List.copyOf(problems);
    }

    static ImportResult imported(String file, byte[] pack, Counts counts, List<Problem> warnings) {
        return new ImportResult(Status.IMPORTED, file, pack.clone(), counts, warnings);
    }

    static ImportResult invalid(String file, List<Problem> problems) {
        return new ImportResult(Status.INVALID, file, null, null, problems);
    }

    /** A file that could not be read at all; the problems say why. */
    static ImportResult unreadable(String file, List<Problem> problems) {
        return new ImportResult(Status.UNREADABLE, file, null, null, problems);
    }

    static ImportResult unreadable(String file, String why) {
        return new ImportResult(Status.UNREADABLE, file, null, null, List.of(new Problem(Problem.Severity.ERROR,
                file, JsonPosition.START, JsonPaths.ROOT, "the file " + why)));
    }

    public Status status() {
        return status;
    }

    public boolean isImported() {
        return status == Status.IMPORTED;
    }

    /** The file that was read. */
    public String file() {
        return file;
    }

    /** What the pack holds; null unless imported. */
    public Counts counts() {
        return counts;
    }

    /** Every problem: warnings when imported, and at least one error otherwise. */
    public List<Problem> problems() {
        return problems;
    }

    /** The new pack as the UTF-8 JSON it is saved as; null unless imported. */
    public byte[] packJson() {
        return pack == null ? null : pack.clone();
    }

    /** Saves the new pack, atomically: the file holds the whole pack or what it held before. */
    public void write(Path out) throws IOException {
        if (pack == null) {
            throw new IllegalStateException("nothing was imported from " + file);
        }
        AtomicFiles.write(out, pack);
    }
}
