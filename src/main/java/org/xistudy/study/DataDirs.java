package org.xistudy.study;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Where the user's data lives: the per-user data folder of the operating system, unless the
 * {@code xistudy.dataDir} system property or the {@code XISTUDY_DATA_DIR} environment variable
 * names another (tests always do).
 */
public final class DataDirs {
    /** The folder name under the OS data folder. */
    public static final String APP_FOLDER = "xi-policy-study";
    public static final String PROPERTY = "xistudy.dataDir";
    public static final String ENVIRONMENT = "XISTUDY_DATA_DIR";

    private DataDirs() {
    }

    public static Path resolve() {
        return resolve(System.getProperties().entrySet().stream().collect(Collectors.toMap(
                e -> String.valueOf(e.getKey()), e -> String.valueOf(e.getValue()))), System.getenv());
    }

    /** Resolves from explicit system properties and environment, for tests. */
    public static Path resolve(Map<String, String> props, Map<String, String> env) {
        String override = props.get(PROPERTY);
        if (isSet(override)) {
            return Path.of(override);
        }
        override = env.get(ENVIRONMENT);
        if (isSet(override)) {
            return Path.of(override);
        }
        String os = props.getOrDefault("os.name", "").toLowerCase(Locale.ROOT);
        String home = props.getOrDefault("user.home", ".");
        if (os.startsWith("windows")) {
            String appData = env.get("APPDATA");
            return isSet(appData) ? Path.of(appData, APP_FOLDER)
                    : Path.of(home, "AppData", "Roaming", APP_FOLDER);
        }
        if (os.startsWith("mac")) {
            return Path.of(home, "Library", "Application Support", APP_FOLDER);
        }
        String xdg = env.get("XDG_DATA_HOME");
        if (isSet(xdg) && Path.of(xdg).isAbsolute()) {
            return Path.of(xdg, APP_FOLDER);
        }
        return Path.of(home, ".local", "share", APP_FOLDER);
    }

    private static boolean isSet(String s) {
        return s != null && !s.isBlank();
    }
}
