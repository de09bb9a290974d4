package org.xistudy.study;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DataDirsTest {
    @Test
    void followsEachOperatingSystemsConvention() {
        assertEquals(Path.of("/home/u/.local/share/xi-policy-study"),
                DataDirs.resolve(Map.of("os.name", "Linux", "user.home", "/home/u"), Map.of()));
        assertEquals(Path.of("/data/xi-policy-study"),
                DataDirs.resolve(Map.of("os.name", "Linux", "user.home", "/home/u"), Map.of("XDG_DATA_HOME", "/data")));
        assertEquals(Path.of("/home/u/.local/share/xi-policy-study"),
                DataDirs.resolve(Map.of("os.name", "Linux", "user.home", "/home/u"), Map.of("XDG_DATA_HOME", "rel")),
                "a relative XDG_DATA_HOME is ignored, as the spec says");
        assertEquals(Path.of("/Users/u/Library/Application Support/xi-policy-study"),
                DataDirs.resolve(Map.of("os.name", "Mac OS X", "user.home", "/Users/u"), Map.of()));
        assertEquals(Path.of("C:\\Users\\u\\AppData\\Roaming", "xi-policy-study"),
                DataDirs.resolve(Map.of("os.name", "Windows 11", "user.home", "C:\\Users\\u"),
                        Map.of("APPDATA", "C:\\Users\\u\\AppData\\Roaming")));
    }

    @Test
    void overridesWinPropertyFirst() {
        assertEquals(Path.of("/tmp/p"), DataDirs.resolve(Map.of("xistudy.dataDir", "/tmp/p", "os.name", "Linux"),
                Map.of("XISTUDY_DATA_DIR", "/tmp/e")));
        assertEquals(Path.of("/tmp/e"), DataDirs.resolve(Map.of("os.name", "Linux"), Map.of("XISTUDY_DATA_DIR", "/tmp/e")));
    }
}
