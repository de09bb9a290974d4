package org.xistudy.study.exchange;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The outside formats a pack can be exported to or imported from. */
public enum Format {
    /** Anki's own package: a zip holding a SQLite collection. */
    ANKI("anki", List.of("apkg")),
    /** Anki's text format with file headers ({@code #separator:tab}…), as Anki 2.1.55 and later read it. */
    ANKI_TEXT("anki-tsv", List.of("txt", "tsv")),
    /** Knight Lab's TimelineJS3 JSON. */
    TIMELINEJS("timelinejs", List.of("json"));

    private final String cliName;
    private final List<String> extensions;

    Format(String cliName, List<String> extensions) {
        this.cliName = cliName;
        this.extensions = extensions;
    }

    /** The name on the command line: {@code anki}, {@code anki-tsv}, {@code timelinejs}. */
    public String cliName() {
        return cliName;
    }

    /** File name extensions without the dot, the usual one first. */
    public List<String> extensions() {
        return extensions;
    }

    /** Glob patterns for file choosers. */
    public List<String> globs() {
        return extensions.stream().map(e -> "*." + e).toList();
    }

    public static Optional<Format> byCliName(String name) {
        return Arrays.stream(values()).filter(f -> f.cliName.equals(name)).findFirst();
    }

    /** Whether a file name ends with one of the Anki package's extensions. */
    static boolean isApkgName(String fileName) {
        return fileName.toLowerCase(Locale.ROOT).endsWith(".apkg") || fileName.toLowerCase(Locale.ROOT).endsWith(".colpkg");
    }
}
