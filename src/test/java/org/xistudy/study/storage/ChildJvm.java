package org.xistudy.study.storage;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Builds the command line that runs a test class's {@code main} in a separate JVM. */
public final class ChildJvm {
    private ChildJvm() {
    }

    public static List<String> command(Class<?> main, String... args) {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("-Xshare:auto");
        cmd.add("-XX:TieredStopAtLevel=1");
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add(main.getName());
        cmd.addAll(List.of(args));
        return cmd;
    }
}
