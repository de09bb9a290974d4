package org.xistudy.content;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;
import org.xistudy.content.essay.Essay;
import org.xistudy.content.essay.EssayParser;
import org.xistudy.content.validate.SeedLookup;

/**
 * Finds the essay file a pack names. A pack names its seed relative to a project folder, such as
 * {@code seeds/essay.txt}. It is looked for next to the pack, then in each folder above it, then
 * in the application's bundled resources.
 */
public final class SeedFiles implements SeedLookup {
    private static final long MAX_SEED_BYTES = 4L * 1024 * 1024;

    private final Path near;

    private SeedFiles(Path near) {
        this.near = near;
    }

    /** Looks near {@code packFile} first, then in the bundled resources. */
    public static SeedFiles near(Path packFile) {
        Path abs = packFile.toAbsolutePath().getParent();
        return new SeedFiles(abs);
    }

    /** Looks only in the bundled resources. */
    public static SeedFiles bundled() {
        return new SeedFiles(null);
    }

    @Override
    public Optional<Essay> find(String seedPath, String authorName) {
        return read(seedPath).map(text -> EssayParser.parse(text, authorName));
    }

    /** The text of the seed file, if it can be found. */
    public Optional<String> read(String seedPath) {
        if (seedPath == null || seedPath.isBlank() || seedPath.contains("..")) {
            return Optional.empty();
        }
        try {
            for (Path dir = near; dir != null; dir = dir.getParent()) {
                Path candidate = dir.resolve(seedPath);
                if (Files.isRegularFile(candidate) && Files.size(candidate) <= MAX_SEED_BYTES) {
                    return Optional.of(Files.readString(candidate, StandardCharsets.UTF_8));
                }
            }
        } catch (IOException | InvalidPathException | UncheckedIOException e) {
            // fall through to the bundled copy
        }
        String resource = "/" + seedPath.replace('\\', '/');
        try (InputStream in = SeedFiles.class.getResourceAsStream(resource)) {
            if (in != null) {
                return Optional.of(new String(in.readNBytes((int) MAX_SEED_BYTES), StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }
}
