package org.xistudy.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xistudy.study.settings.DisplaySettings;
import org.xistudy.study.settings.DisplaySettingsFile;
import org.xistudy.study.storage.JsonStore;

class DisplaySettingsFileTest {
    @TempDir
    Path dir;

    @Test
    void roundTripAndDefaults() {
        DisplaySettingsFile file = new DisplaySettingsFile(dir);
        DisplaySettingsFile.Loaded first = file.load();
        assertEquals(JsonStore.Status.FRESH, first.status());
        assertEquals(DisplaySettings.defaults(), first.settings());
        assertTrue(file.save(new DisplaySettings(DisplaySettings.DARK, 3)));
        assertEquals(new DisplaySettings(DisplaySettings.DARK, 3), new DisplaySettingsFile(dir).load().settings());
    }

    @Test
    void outOfRangeValuesAreNormalised() {
        assertEquals(new DisplaySettings(DisplaySettings.LIGHT, DisplaySettings.MAX_SCALE),
                new DisplaySettings("purple", 99).normalized());
        assertEquals(new DisplaySettings(DisplaySettings.LIGHT, 0), new DisplaySettings(null, -4).normalized());
    }

    @Test
    void aDamagedFileIsSetAsideNotOverwritten(@TempDir Path other) throws IOException {
        Path f = dir.resolve(DisplaySettingsFile.FILE_NAME);
        Files.writeString(f, "{\"kind\": \"xi-policy-study/display-settings\", \"version\": 1, \"data\": {");
        DisplaySettingsFile.Loaded loaded = new DisplaySettingsFile(dir).load();
        assertEquals(JsonStore.Status.QUARANTINED, loaded.status());
        assertEquals(DisplaySettings.defaults(), loaded.settings());
        assertNotNull(loaded.movedTo());
        assertTrue(Files.readString(loaded.movedTo()).endsWith("\"data\": {"), "the damaged bytes are kept");
    }

    @Test
    void aNewerFileIsLeftAlone() throws IOException {
        Path f = dir.resolve(DisplaySettingsFile.FILE_NAME);
        String newer = "{\"kind\": \"xi-policy-study/display-settings\", \"version\": 9, \"data\": {\"palette\": \"dark\"}}";
        Files.writeString(f, newer);
        DisplaySettingsFile file = new DisplaySettingsFile(dir);
        assertEquals(JsonStore.Status.REFUSED, file.load().status());
        assertFalse(file.save(new DisplaySettings(DisplaySettings.LIGHT, 1)));
        assertEquals(newer, Files.readString(f));
    }
}
