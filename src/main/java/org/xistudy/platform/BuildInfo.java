package org.xistudy.platform;

/**
 * The application's name and version. The version comes from the jar's manifest
 * ({@code Implementation-Version}, written by the build); run from a classes folder it is "dev".
 */
public final class BuildInfo {
    private static final String NAME = "Xi Policy Study";

    private BuildInfo() {
    }

    public static String name() {
        return NAME;
    }

    public static String version() {
        String v = BuildInfo.class.getPackage().getImplementationVersion();
        return v == null || v.isBlank() ? "dev" : v;
    }
}
