package org.xistudy.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/** The application's name and version, as the build recorded them. */
public final class BuildInfo {
    private static final Properties PROPS = new Properties();

    static {
        try (InputStream in = BuildInfo.class.getResourceAsStream("/org/xistudy/build.properties")) {
            if (in != null) {
                PROPS.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            // keep the defaults below
        }
    }

    private BuildInfo() {
    }

    public static String name() {
        return PROPS.getProperty("name", "Xi Policy Study");
    }

    public static String version() {
        String v = PROPS.getProperty("version", "dev");
        return v.startsWith("${") ? "dev" : v;
    }
}
