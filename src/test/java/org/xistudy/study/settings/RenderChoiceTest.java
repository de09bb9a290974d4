package org.xistudy.study.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RenderChoiceTest {
    private static final String HERE = "Linux 6 amd64 /opt/java display=:0";
    private static final Instant LEARNT = Instant.parse("2026-12-01T08:00:00Z");

    @TempDir
    Path dir;

    @Test
    void softwareAtOnceOnlyWhereSoftwareWasAllThereWasLately() {
        RenderChoice software = RenderChoice.learnt(HERE, true, LEARNT);
        assertTrue(software.softwareAtOnce(HERE, LEARNT.plus(Duration.ofDays(3)), null));
        assertFalse(software.softwareAtOnce(HERE, LEARNT.plus(RenderChoice.TRY_AGAIN), null), "the GPU is tried again");
        assertFalse(software.softwareAtOnce("Linux 6 amd64 /opt/java display=:1", LEARNT.plusSeconds(60), null),
                "another display");
        assertFalse(software.softwareAtOnce(HERE, LEARNT.plusSeconds(60), "es2"), "the user chose");
        assertFalse(software.softwareAtOnce(HERE, LEARNT.minusSeconds(60), null), "learnt in the future: a clock moved");
        assertFalse(RenderChoice.learnt(HERE, false, LEARNT).softwareAtOnce(HERE, LEARNT.plusSeconds(60), null),
                "the GPU worked");
        assertFalse(RenderChoice.none().softwareAtOnce(HERE, LEARNT, null));
        assertFalse(new RenderChoice(HERE, true, "yesterday").softwareAtOnce(HERE, LEARNT, null), "an unreadable date");
    }

    @Test
    void theFileKeepsItAndADamagedOneMeansNothingLearnt() throws IOException {
        RenderChoiceFile file = new RenderChoiceFile(dir);
        assertEquals(RenderChoice.none(), file.load());
        assertTrue(file.save(RenderChoice.learnt(HERE, true, LEARNT)));
        assertEquals(RenderChoice.learnt(HERE, true, LEARNT), new RenderChoiceFile(dir).load());
        Files.writeString(dir.resolve(RenderChoiceFile.FILE_NAME), "{\"kind\":");
        assertEquals(RenderChoice.none(), new RenderChoiceFile(dir).load());
        try (var files = Files.list(dir)) {
            assertTrue(files.anyMatch(p -> p.getFileName().toString().startsWith("render-choice.corrupt-")),
                    "the damaged file is set aside");
        }
    }
}
