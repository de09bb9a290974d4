package org.xistudy.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xistudy.study.settings.DisplaySettings;
import org.xistudy.study.settings.DisplaySettingsFile;
import org.xistudy.study.storage.JsonStore;
import org.xistudy.study.storage.KillHarness;

/**
 * Kills a JVM that changes the display settings in a loop: the file always loads as saved, never
 * set aside as damaged. (Its two fields hold no growing version, so the check is that it is whole.)
 */
class DisplaySettingsKillTest {
    @TempDir
    Path dir;

    @Test
    void theSettingsFileIsWholeAfterEveryKill() throws Exception {
        Path file = dir.resolve(DisplaySettingsFile.FILE_NAME);
        KillHarness.run("DisplaySettingsKillTest", Changer.class, file, 20261205L, KillHarness.kills(8, null),
                (kill, acked) -> {
                    if (acked <= 0 && !Files.exists(file)) {
                        return -1;
                    }
                    DisplaySettingsFile.Loaded l = new DisplaySettingsFile(dir).load();
                    assertEquals(JsonStore.Status.LOADED, l.status(), "after kill " + kill);
                    assertTrue(Changer.states().contains(l.settings()), "after kill " + kill + ": " + l.settings());
                    return -1;
                }, dir.toString());
        KillHarness.assertOnly(dir, DisplaySettingsFile.FILE_NAME);
        assertNotEquals(0, Files.size(file));
    }

    /** The child: goes through every palette and text size, over and over, saving each. */
    public static final class Changer {
        static List<DisplaySettings> states() {
            List<DisplaySettings> all = new ArrayList<>();
            for (int s = 0; s <= DisplaySettings.MAX_SCALE; s++) {
                all.add(new DisplaySettings(DisplaySettings.LIGHT, s));
                all.add(new DisplaySettings(DisplaySettings.DARK, s));
            }
            return all;
        }

        public static void main(String[] args) {
            DisplaySettingsFile f = new DisplaySettingsFile(Path.of(args[0]));
            DisplaySettingsFile.Loaded l = f.load();
            if (l.status() != JsonStore.Status.LOADED && l.status() != JsonStore.Status.FRESH) {
                System.err.println("child: " + l.status());
                System.exit(3);
            }
            System.out.println("loaded 0");
            System.out.flush();
            var states = states();
            for (int n = 1; ; n++) {
                if (!f.save(states.get(n % states.size()))) {
                    System.err.println("child: save failed");
                    System.exit(4);
                }
                System.out.println("ack " + n);
                System.out.flush();
            }
        }
    }
}
