package org.xistudy.content.validate;

import java.util.Optional;
import org.xistudy.content.essay.Essay;

/** Finds the essay a pack's {@code source.seed} names. */
@FunctionalInterface
public interface SeedLookup {

    /** The essay, or empty when no file by that name can be found or read. */
    Optional<Essay> find(String seedPath, String authorName);
}
