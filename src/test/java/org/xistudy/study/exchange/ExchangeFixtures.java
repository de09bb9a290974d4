package org.xistudy.study.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.xistudy.content.LoadResult;
import org.xistudy.content.PackIndex;
import org.xistudy.content.PackLoader;

/** Shared pieces for the exchange tests: the bundled pack, a fixed clock, test files. */
final class ExchangeFixtures {
    /** 15 March 2026, 10:00 UTC. */
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-15T10:00:00Z"), ZoneOffset.UTC);

    private ExchangeFixtures() {
    }

    static PackIndex bundled() {
        LoadResult r = PackLoader.loadDefault();
        if (!r.isValid()) {
            throw new AssertionError(r.problems());
        }
        return r.index().orElseThrow();
    }

    /** A test resource under {@code exchange/} as a file. */
    static Path resource(String name) {
        Path p = Path.of(System.getProperty("xistudy.projectDir", "."), "src/test/resources/exchange", name);
        if (!Files.isRegularFile(p)) {
            throw new AssertionError("no test file " + p);
        }
        return p;
    }

    /** Copies one zip entry to a file. */
    static Path extract(Path zip, String entry, Path to) throws IOException {
        try (ZipFile z = new ZipFile(zip.toFile())) {
            ZipEntry e = z.getEntry(entry);
            if (e == null) {
                throw new AssertionError(zip + " has no " + entry);
            }
            try (InputStream in = z.getInputStream(e)) {
                Files.copy(in, to);
            }
        }
        return to;
    }

    /** Loads a pack file the way --validate does. */
    static LoadResult validate(Path pack) {
        return PackLoader.load(pack);
    }
}
