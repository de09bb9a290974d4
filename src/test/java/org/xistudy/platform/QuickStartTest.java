package org.xistudy.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class QuickStartTest {
    private static final String JAVA = "/usr/lib/jvm/java-17/bin/java";
    private static final UnaryOperator<String> NO_PROPERTIES = name -> null;

    private static Optional<List<String>> child(String exe, UnaryOperator<String> properties, String... args) {
        return QuickStart.childCommand(Optional.of(exe), Optional.of(args), properties, NO_PROPERTIES);
    }

    @Test
    void aPlainJarStartsAgainWithTheQuickCompilerAndTheSameCommandLine() {
        Optional<List<String>> command = child(JAVA, NO_PROPERTIES, "-Dxistudy.dataDir=/tmp/d", "-jar", "app.jar",
                "--open", "event:e1");
        assertEquals(Optional.of(List.of(JAVA, QuickStart.QUICK_COMPILER, "-XX:+UseSerialGC", "-Xmn16m", "-Xms48m",
                "-Dxistudy.quickStart=child", "-Dxistudy.dataDir=/tmp/d", "-jar", "app.jar", "--open", "event:e1")),
                command);
        // the same on Windows, with its own executables
        assertTrue(child("C:\\Java\\bin\\javaw.exe", NO_PROPERTIES, "-jar", "app.jar").isPresent());
        assertTrue(child("C:\\Java\\bin\\java.exe", NO_PROPERTIES, "-cp", "a.jar;b.jar", "org.xistudy.Launcher")
                .isPresent());
    }

    @Test
    void theStartedJvmAndAUserWhoSaysOffGoOnThemselves() {
        assertEquals(Optional.empty(), child(JAVA, Map.of(QuickStart.PROPERTY, QuickStart.CHILD)::get, "-jar", "a.jar"));
        assertEquals(Optional.empty(), child(JAVA, Map.of(QuickStart.PROPERTY, "off")::get, "-jar", "a.jar"));
    }

    @Test
    void theAppImagesLauncherHasItsOwnOptions() {
        assertEquals(Optional.empty(), child(JAVA, Map.of("jpackage.app-version", "1.0.0")::get, "-jar", "a.jar"));
        assertEquals(Optional.empty(), child("/opt/xi-policy-study/bin/xi-policy-study", NO_PROPERTIES, "--open", "x"));
    }

    @Test
    void aChosenCompilerOrAnAttachedToolIsLeftAlone() {
        for (String option : List.of("-XX:TieredStopAtLevel=4", "-XX:-TieredCompilation", "-Xint",
                "-agentlib:jdwp=transport=dt_socket,server=y,address=5005", "-javaagent:/x/agent.jar",
                "-XX:StartFlightRecording:filename=a.jfr", "-XX:DumpLoadedClassList=classes.lst",
                "-XX:ArchiveClassesAtExit=app.jsa", "-XX:AOTCacheOutput=app.aot", "-Xlog:class+load:file=l.txt")) {
            assertEquals(Optional.empty(), child(JAVA, NO_PROPERTIES, "-Xmx1g", option, "-jar", "a.jar"), option);
        }
    }

    @Test
    void optionsFromTheEnvironmentCountToo() {
        // The java launcher adds JDK_JAVA_OPTIONS, the JVM JAVA_TOOL_OPTIONS: neither is on the command line.
        String[] jar = {"-jar", "a.jar"};
        for (String variable : List.of("JDK_JAVA_OPTIONS", "JAVA_TOOL_OPTIONS")) {
            UnaryOperator<String> debugging = Map.of(variable, " -Xmx1g  -agentlib:jdwp=server=y,address=5005 ")::get;
            assertEquals(Optional.empty(),
                    QuickStart.childCommand(Optional.of(JAVA), Optional.of(jar), NO_PROPERTIES, debugging), variable);
        }
        UnaryOperator<String> memoryOnly = Map.of("JDK_JAVA_OPTIONS", "-Xmx1g")::get;
        assertTrue(QuickStart.childCommand(Optional.of(JAVA), Optional.of(jar), NO_PROPERTIES, memoryOnly).isPresent());
    }

    @Test
    void aChosenCollectorOrHeapSizeGetsNoSmallHeap() {
        // Two collectors stop a JVM from starting, and so does an -Xmx below the added -Xms.
        for (String option : List.of("-XX:+UseG1GC", "-XX:+UseZGC", "-XX:+UseParallelGC", "-Xmx32m", "-Xms1g",
                "-Xmn64m", "-XX:MaxHeapSize=1g", "-XX:MaxRAMPercentage=50", "-XX:NewSize=8m")) {
            List<String> command = child(JAVA, NO_PROPERTIES, option, "-jar", "a.jar").orElseThrow();
            assertEquals(List.of(JAVA, QuickStart.QUICK_COMPILER, "-Dxistudy.quickStart=child", option, "-jar", "a.jar"),
                    command, option);
        }
        UnaryOperator<String> fromEnvironment = Map.of("JAVA_TOOL_OPTIONS", "-XX:+UseShenandoahGC")::get;
        List<String> command = QuickStart.childCommand(Optional.of(JAVA), Optional.of(new String[] {"-jar", "a.jar"}),
                NO_PROPERTIES, fromEnvironment).orElseThrow();
        assertTrue(command.stream().noneMatch(QuickStart.SMALL_HEAP::contains), command::toString);
        // options that only look alike leave it in
        List<String> alike = child(JAVA, NO_PROPERTIES, "-XX:+UseStringDeduplication", "-Xss2m", "-jar", "a.jar")
                .orElseThrow();
        assertTrue(alike.containsAll(QuickStart.SMALL_HEAP), alike::toString);
    }

    @Test
    void theAppImageGetsTheSameOptionsAsThePlainJarsWindow() throws IOException {
        // pom.xml passes them to jpackage as --java-options; the two launches must not drift apart.
        String pom = Files.readString(Path.of("pom.xml"));
        List<String> options = new ArrayList<>(QuickStart.SMALL_HEAP);
        options.add(QuickStart.QUICK_COMPILER);
        for (String option : options) {
            Pattern passed = Pattern.compile("<arg value=\"--java-options\"/>\\s*<arg value=\"" + Pattern.quote(option)
                    + "\"/>");
            assertTrue(passed.matcher(pom).find(), option);
        }
    }

    @Test
    void onlyTheJvmsOwnOptionsCount() {
        // After -jar, a main class or the value of -cp, words are the app's, even if they look like options.
        assertTrue(child(JAVA, NO_PROPERTIES, "-jar", "a.jar", "-Xint").isPresent());
        assertTrue(child(JAVA, NO_PROPERTIES, "-cp", "a.jar", "org.xistudy.Launcher", "-agentlib:x").isPresent());
        assertEquals(List.of("-Xmx1g", "-cp", "--add-opens=a/b=ALL-UNNAMED"),
                QuickStart.jvmOptions(new String[] {"-Xmx1g", "-cp", "-x.jar", "--add-opens=a/b=ALL-UNNAMED", "Main",
                        "-Xint"}));
    }

    @Test
    void withoutACommandLineNothingStarts() {
        assertEquals(Optional.empty(), QuickStart.childCommand(Optional.of(JAVA), Optional.empty(), NO_PROPERTIES, NO_PROPERTIES));
        assertEquals(Optional.empty(),
                QuickStart.childCommand(Optional.empty(), Optional.of(new String[] {"-jar", "a.jar"}), NO_PROPERTIES,
                        NO_PROPERTIES));
        assertEquals(Optional.empty(), child(JAVA, NO_PROPERTIES));
    }

    /** The second JVM of {@link #theStartedJvmsExitStatusIsPassedOn()}. */
    public static final class ExitWith {
        public static void main(String[] args) {
            System.exit(Integer.parseInt(args[0]));
        }
    }

    @Test
    void theStartedJvmsExitStatusIsPassedOn() throws URISyntaxException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classes = Path.of(ExitWith.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        assertEquals(OptionalInt.of(7), QuickStart.run(List.of(java, "-cp", classes, ExitWith.class.getName(), "7")));
        assertEquals(OptionalInt.of(0), QuickStart.run(List.of(java, "-cp", classes, ExitWith.class.getName(), "0")));
    }

    @Test
    void aJvmThatCannotStartLeavesTheWindowToThisOne() {
        assertEquals(OptionalInt.empty(), QuickStart.run(List.of("/nonexistent/bin/java", "-version")));
    }
}
