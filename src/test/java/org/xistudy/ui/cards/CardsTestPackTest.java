package org.xistudy.ui.cards;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xistudy.content.LoadResult;
import org.xistudy.content.PackLoader;

/** The UI tests' pack is itself valid, so a failing UI test never means a bad fixture. */
class CardsTestPackTest {
    @Test
    void theTestPackIsValid(@TempDir Path dir) {
        LoadResult r = PackLoader.load(CardsTestPack.write(dir));
        assertTrue(r.isValid(), r.problems().toString());
        assertEquals(8, r.pack().cards().size());
        assertEquals(CardsTestPack.ID, r.pack().id());
    }
}
