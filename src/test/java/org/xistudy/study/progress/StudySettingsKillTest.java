package org.xistudy.study.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xistudy.study.storage.JsonStore;
import org.xistudy.study.storage.KillHarness;

/**
 * Kills a JVM that changes the study settings in a loop: the settings file always loads, at the
 * last acknowledged change or later. Each change n is encoded in the two fields (see {@link Changer#settings}).
 */
class StudySettingsKillTest {
    @TempDir
    Path dir;

    @Test
    void everyAcknowledgedChangeSurvivesAKill() throws Exception {
        KillHarness.run("StudySettingsKillTest", Changer.class, dir.resolve(ProgressStore.SETTINGS_FILE), 20261206L,
                KillHarness.kills(8, null), (kill, acked) -> {
                    ProgressStore.Opened o = ProgressStore.open(dir);
                    try {
                        JsonStore.Result<StudySettings> s = o.settings();
                        if (s.status() == JsonStore.Status.FRESH) {
                            return 0;
                        }
                        assertEquals(JsonStore.Status.LOADED, s.status(), "after kill " + kill + ": " + s.problem());
                        return Changer.version(s.value());
                    } finally {
                        o.store().close();
                    }
                }, dir.toString());
        KillHarness.assertOnly(dir, ProgressStore.SETTINGS_FILE, ".lock");
    }

    /** The child: saves settings 1, 2, 3... */
    public static final class Changer {
        static StudySettings settings(int n) {
            return new StudySettings(1 + n % 500, 0.70 + (n / 500) * 0.01);
        }

        static int version(StudySettings s) {
            int hundreds = (int) Math.round((s.desiredRetention() - 0.70) / 0.01);
            int v = hundreds * 500 + s.dailyNewLimit() - 1;
            assertEquals(settings(v), s, "the settings are one of those saved");
            return v;
        }

        public static void main(String[] args) throws IOException {
            ProgressStore.Opened o = ProgressStore.open(Path.of(args[0]));
            if (!o.store().canSave()) {
                System.err.println("child: " + o.store().access());
                System.exit(3);
            }
            int n = o.settings().status() == JsonStore.Status.LOADED ? version(o.settings().value()) : 0;
            System.out.println("loaded " + n);
            System.out.flush();
            while (true) {
                o.store().setSettings(settings(++n));
                System.out.println("ack " + n);
                System.out.flush();
            }
        }
    }
}
