package org.xistudy.content;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Which file names are content packs. A pack is JSON; it may be saved as {@code .json} or with
 * the app's own extension {@code .xipack}, which the installers register with the desktop so
 * that double-clicking a pack opens it in the app without claiming every JSON file.
 */
public final class PackFiles {
    /** The app's own extension for content packs, without the dot. */
    public static final String EXTENSION = "xipack";

    /** The MIME type the installers register for {@link #EXTENSION}. */
    public static final String MIME_TYPE = "application/x-xipack+json";

    /** Every extension a pack may have, without the dot, the app's own first. */
    public static final List<String> EXTENSIONS = List.of(EXTENSION, "json");

    private PackFiles() {
    }

    /** Whether a file name looks like a content pack (by its extension, ignoring case). */
    public static boolean isPackName(String fileName) {
        if (fileName == null) {
            return false;
        }
        String lower = fileName.toLowerCase(Locale.ROOT);
        for (String ext : EXTENSIONS) {
            if (lower.endsWith("." + ext) && lower.length() > ext.length() + 1) {
                return true;
            }
        }
        return false;
    }

    /**
     * The pack among files dropped on the window: exactly one file, named like a pack. Several
     * files, or anything else, are not taken, so a stray drop never replaces the open pack.
     */
    public static Optional<Path> droppedPack(List<Path> files) {
        if (files == null || files.size() != 1 || files.get(0).getFileName() == null
                || !isPackName(files.get(0).getFileName().toString())) {
            return Optional.empty();
        }
        return Optional.of(files.get(0));
    }

    /** Glob patterns for file choosers, such as {@code *.xipack}. */
    public static List<String> globs() {
        return EXTENSIONS.stream().map(ext -> "*." + ext).toList();
    }
}
