package org.xistudy.study.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.xistudy.content.PackIndex;
import org.xistudy.content.Problem;
import org.xistudy.content.json.JsonPosition;

/**
 * Exports a pack to, and imports a pack from, the files of other programs: Anki's packages and
 * text files, and TimelineJS3 timelines. Everything here is plain Java, without a display; the
 * command line and the File menu both call it. Files are written atomically (a temporary file in
 * the same folder, then a rename), so a failed or interrupted export never leaves a partial file
 * under the name asked for.
 */
public final class Exchange {
    private Exchange() {
    }

    /**
     * Why the pack cannot be written in the format, or empty when it can: TimelineJS refuses a
     * timeline without events, and a deck without cards is no deck.
     */
    public static Optional<String> cannotExport(Format format, PackIndex index) {
        if (format == Format.TIMELINEJS && index.pack().events().isEmpty()) {
            return Optional.of("the pack has no events, and TimelineJS needs at least one");
        }
        if (format != Format.TIMELINEJS && index.pack().cards().isEmpty()) {
            return Optional.of("the pack has no study cards to make Anki notes of");
        }
        return Optional.empty();
    }

    /**
     * Writes the pack in the format; the file holds the whole export or is left as it was.
     *
     * @throws IllegalArgumentException when {@link #cannotExport} gives a reason
     */
    public static ExportResult export(Format format, PackIndex index, Path out, Clock clock, Progress progress)
            throws IOException {
        cannotExport(format, index).ifPresent(why -> {
            throw new IllegalArgumentException(why);
        });
        switch (format) {
            case ANKI:
                return new ApkgWriter(clock).write(index, out, progress);
            case ANKI_TEXT:
                return new AnkiTextWriter().write(index, out, progress);
            default:
                return new TimelineJsWriter().write(index, out, progress);
        }
    }

    /**
     * Reads a file of the format into a new pack. For {@link Format#ANKI} the file may be a package
     * ({@code .apkg}, {@code .colpkg}) or a text file, told apart by its content. Never throws for a
     * bad file: its problems come back in the result.
     */
    public static ImportResult importFile(Format format, Path in, Clock clock, Progress progress) {
        String name = in.toString();
        String stem = stem(in);
        if (format == Format.TIMELINEJS) {
            return new TimelineJsReader(name, stem, clock).read(in, progress);
        }
        try {
            List<AnkiNote> notes;
            int mediaFiles = 0;
            if (format == Format.ANKI && looksLikeZip(in)) {
                ApkgReader.Contents c = new ApkgReader(name).read(in);
                notes = c.notes();
                mediaFiles = c.mediaFiles();
            } else {
                notes = new AnkiTextReader(name).read(in);
            }
            if (notes.isEmpty()) {
                return ImportResult.invalid(name, List.of(new Problem(Problem.Severity.ERROR, name,
                        JsonPosition.START, "$", "the deck holds no notes, so there are no cards to import")));
            }
            return new AnkiToPack(name, stem, clock).convert(notes, mediaFiles, progress);
        } catch (BadFile e) {
            return e.toResult(name);
        }
    }

    private static boolean looksLikeZip(Path in) {
        try (InputStream s = Files.newInputStream(in)) {
            byte[] head = s.readNBytes(4);
            return head.length == 4 && head[0] == 'P' && head[1] == 'K';
        } catch (IOException e) {
            // Let the package reader say why the file cannot be read.
            return Format.isApkgName(in.getFileName() == null ? "" : in.getFileName().toString());
        }
    }

    /** The file's name without its extension: the title of a pack when the file names none. */
    static String stem(Path file) {
        String name = file.getFileName() == null ? "Imported" : file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String s = dot > 0 ? name.substring(0, dot) : name;
        return s.isBlank() ? "Imported" : s.replace('_', ' ').strip();
    }

    /** A file name for a pack's export: the pack id with the format's extension. */
    public static String suggestedName(PackIndex index, Format format) {
        return index.pack().id().toLowerCase(Locale.ROOT) + "." + format.extensions().get(0);
    }
}
