package org.xistudy.content;

import java.util.List;
import java.util.Optional;
import org.xistudy.content.essay.Essay;
import org.xistudy.content.model.Pack;

/**
 * What came of loading a content file: the pack when it is valid, with its index, and every
 * problem found.
 */
public record LoadResult(String file, Status status, Pack pack, Essay essay, List<Problem> problems,
        PackIndex packIndex) {

    /** Whether the pack can be used. */
    public enum Status {
        /** Valid; there may be warnings. */
        VALID,
        /** Read, but it has errors. */
        INVALID,
        /** The file cannot be read at all. */
        UNREADABLE;

        /** The exit status of {@code --validate}: 0, 1 or 2. */
        public int exitCode() {
            return ordinal();
        }
    }

    public LoadResult {
        problems = List.copyOf(problems);
        if (packIndex != null && (packIndex.pack() != pack || packIndex.essay() != essay)) {
            throw new IllegalArgumentException("the index is of another pack or essay");
        }
        if (status == Status.VALID && packIndex == null) {
            packIndex = new PackIndex(pack, essay);
        } else if (status != Status.VALID) {
            packIndex = null;
        }
    }

    /** A result whose index, when it is valid, is built from its pack and essay. */
    public LoadResult(String file, Status status, Pack pack, Essay essay, List<Problem> problems) {
        this(file, status, pack, essay, problems, null);
    }

    public boolean isValid() {
        return status == Status.VALID;
    }

    public Optional<PackIndex> index() {
        return Optional.ofNullable(packIndex);
    }

    public List<Problem> errors() {
        return problems.stream().filter(Problem::isError).toList();
    }

    public List<Problem> warnings() {
        return problems.stream().filter(p -> !p.isError()).toList();
    }
}
