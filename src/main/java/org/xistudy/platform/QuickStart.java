package org.xistudy.platform;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.UnaryOperator;

/**
 * Starts the window in a second JVM that uses only the quick compiler (C1, without profiling)
 * when the app was started plainly ({@code java -jar}), where no JVM option can come from the
 * app itself.
 *
 * <p>On the two-core machines the app is made for, the JVM's default tiered compilation spends
 * the start-up in profiled code and in the optimising compiler, and the first frame comes about
 * a quarter later than with {@value #QUICK_COMPILER} (bench/README.md, "Start-up"). The installed
 * app's launcher passes that option itself, and {@link #SMALL_HEAP}; the plain jar starts a JVM
 * with them, with exactly the command line it was given, and waits for it, passing on its exit
 * status. Nothing is started again when:
 * <ul>
 *   <li>{@value #PROPERTY} is set: {@code child} in the JVM started here, {@code off} by a user
 *       who wants one process;</li>
 *   <li>the JVM was started by the app image's launcher ({@code jpackage.app-version}), which
 *       has its own options;</li>
 *   <li>the command line, {@code JDK_JAVA_OPTIONS} or {@code JAVA_TOOL_OPTIONS} already chooses
 *       a compiler, loads a debugger, profiler or agent, or writes a record of the JVM (a class
 *       list, an archive, a log): a second JVM would take the debugger's port, record the wrong
 *       process or write into the same file;</li>
 *   <li>the JVM's command line cannot be read (some systems do not give it).</li>
 * </ul>
 * The decision is pure ({@link #childCommand}); {@link #relaunch} does the starting, and gives the
 * second JVM the jar's class-data archive ({@link JarArchive}) unless the command line chooses
 * how to share classes itself.
 */
public final class QuickStart {
    /** The system property that says whether to start again: {@code child}, or {@code off}. */
    public static final String PROPERTY = "xistudy.quickStart";
    public static final String CHILD = "child";
    public static final String QUICK_COMPILER = "-XX:TieredStopAtLevel=1";
    /**
     * The collector and heap the window is started with, the same as the app image's launcher
     * gives it (pom.xml, {@code --java-options}): the serial collector with a small young
     * generation. On this app's heap (well under 100 MB live) G1's own structures and the young
     * generation it lets grow before its first collection held about 100 MB more memory once
     * every view had been shown (bench/README.md, "Start-up").
     */
    public static final List<String> SMALL_HEAP = List.of("-XX:+UseSerialGC", "-Xmn16m", "-Xms48m");

    /** Options that choose the compiler or attach tools: with any of them nothing is started. */
    private static final List<String> HANDS_OFF = List.of("-XX:TieredStopAtLevel", "-XX:-TieredCompilation",
            "-XX:+TieredCompilation", "-Xint", "-Xcomp", "-agentlib", "-agentpath", "-javaagent", "-Xrun", "-Xdebug",
            "-XX:StartFlightRecording", "-XX:+UnlockDiagnosticVMOptions",
            // options that write a file of what the JVM does: two JVMs would write it together
            "-XX:DumpLoadedClassList", "-XX:ArchiveClassesAtExit", "-Xshare:dump", "-XX:AOTCacheOutput",
            "-XX:AOTConfiguration", "-XX:AOTMode", "-XX:+HeapDumpOnOutOfMemoryError", "-Xlog:", "-Xloggc");

    /**
     * Options that choose the collector or size the heap: with any of them {@link #SMALL_HEAP} is
     * not added (two collectors stop the JVM from starting, and a smaller maximum than its
     * {@code -Xms} too).
     */
    private static final List<String> OWN_HEAP = List.of("-Xmx", "-Xms", "-Xmn", "-XX:MaxHeapSize", "-XX:InitialHeapSize",
            "-XX:MinHeapSize", "-XX:NewSize", "-XX:MaxNewSize", "-XX:MaxRAM" /* and MaxRAMPercentage */,
            "-XX:InitialRAMPercentage", "-XX:MinRAMPercentage");

    private QuickStart() {
    }

    /**
     * The command that starts the window in a JVM with the quick compiler, or empty when this JVM
     * should go on itself.
     *
     * @param executable the running JVM's executable ({@code ProcessHandle.Info.command()})
     * @param arguments  everything after it on its command line ({@code ProcessHandle.Info.arguments()})
     * @param property   reads a system property of the running JVM
     * @param environment reads an environment variable: the options in {@code JDK_JAVA_OPTIONS} and
     *                    {@code JAVA_TOOL_OPTIONS} are not on the command line but reach both JVMs
     */
    public static Optional<List<String>> childCommand(Optional<String> executable, Optional<String[]> arguments,
            UnaryOperator<String> property, UnaryOperator<String> environment) {
        if (executable.isEmpty() || arguments.isEmpty() || property.apply(PROPERTY) != null
                || property.apply("jpackage.app-version") != null) {
            return Optional.empty();
        }
        String exe = executable.get();
        String name = exe.substring(Math.max(exe.lastIndexOf('/'), exe.lastIndexOf('\\')) + 1).toLowerCase(Locale.ROOT);
        if (!name.equals("java") && !name.equals("java.exe") && !name.equals("javaw.exe")) {
            return Optional.empty(); // an embedding launcher: its options are its own
        }
        String[] args = arguments.get();
        if (args.length == 0) {
            return Optional.empty();
        }
        List<String> options = new ArrayList<>(jvmOptions(args));
        for (String variable : List.of("JDK_JAVA_OPTIONS", "JAVA_TOOL_OPTIONS")) {
            String value = environment.apply(variable);
            if (value != null && !value.isBlank()) {
                options.addAll(List.of(value.trim().split("\\s+")));
            }
        }
        for (String arg : options) {
            for (String off : HANDS_OFF) {
                if (arg.startsWith(off)) {
                    return Optional.empty();
                }
            }
        }
        List<String> command = new ArrayList<>(args.length + 6);
        command.add(exe);
        command.add(QUICK_COMPILER);
        if (options.stream().noneMatch(QuickStart::choosesHeap)) {
            command.addAll(SMALL_HEAP);
        }
        command.add("-D" + PROPERTY + "=" + CHILD);
        command.addAll(List.of(args));
        return Optional.of(command);
    }

    /** Whether a JVM option chooses the collector ({@code -XX:+UseG1GC} and the like) or sizes the heap. */
    static boolean choosesHeap(String option) {
        return option.startsWith("-XX:+Use") && option.endsWith("GC") || OWN_HEAP.stream().anyMatch(option::startsWith);
    }

    /**
     * The JVM's own options: the arguments before the main class, {@code -jar} or {@code -m}
     * (what follows is the app's, and may look like an option without being one).
     */
    static List<String> jvmOptions(String[] args) {
        List<String> options = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("-jar") || a.equals("-m") || a.equals("--module") || a.startsWith("--module=")
                    || !a.startsWith("-")) {
                break;
            }
            options.add(a);
            if (takesValue(a) && i + 1 < args.length) {
                i++; // the value of -cp, -p and the like
            }
        }
        return options;
    }

    private static boolean takesValue(String option) {
        return switch (option) {
            case "-cp", "-classpath", "--class-path", "-p", "--module-path", "--upgrade-module-path",
                    "--add-modules", "--limit-modules", "--add-reads", "--add-exports", "--add-opens",
                    "--patch-module", "--enable-native-access" -> true;
            default -> false;
        };
    }

    /**
     * When this JVM should start the window in a quicker one: starts it with the same input and
     * output, waits for it and returns its exit status. Empty when this JVM goes on itself,
     * including when the second JVM cannot be started.
     */
    public static OptionalInt relaunch() {
        if (System.getProperty(PROPERTY) != null || System.getProperty("jpackage.app-version") != null) {
            return OptionalInt.empty(); // decided without reading the command line (childCommand says the same)
        }
        ProcessHandle.Info info = ProcessHandle.current().info();
        Optional<List<String>> command = childCommand(info.command(), info.arguments(), System::getProperty, System::getenv);
        if (command.isEmpty()) {
            return OptionalInt.empty();
        }
        List<String> child = new ArrayList<>(command.get());
        Optional<JarArchive> archive = choosesSharing(info.arguments().orElse(new String[0])) ? Optional.empty()
                : JarArchive.of(System.getProperty("java.class.path"), System.getProperty("java.home"),
                        System.getProperty("java.vm.version"), ProcessHandle.current().pid());
        archive.ifPresent(a -> child.addAll(1, a.options()));
        OptionalInt status = run(child);
        if (status.isPresent()) {
            archive.ifPresent(a -> a.settle(child.get(0)));
        }
        return status;
    }

    /** Whether the command line already says how to share classes; then no archive is added. */
    static boolean choosesSharing(String[] args) {
        return jvmOptions(args).stream().anyMatch(a -> a.startsWith("-Xshare") || a.startsWith("-XX:SharedArchiveFile")
                || a.startsWith("-XX:ArchiveClassesAtExit"));
    }

    /** Starts {@code command} with this process's input and output and waits for it. */
    static OptionalInt run(List<String> command) {
        Process child;
        try {
            child = new ProcessBuilder(command).inheritIO().start();
        } catch (IOException | RuntimeException e) {
            return OptionalInt.empty();
        }
        // Stopped from outside (a signal, a logout): the window goes with its launcher.
        Thread stop = new Thread(child::destroy, "quick-start-stop");
        Runtime.getRuntime().addShutdownHook(stop);
        int status;
        try {
            status = child.waitFor();
        } catch (InterruptedException e) {
            child.destroy();
            Thread.currentThread().interrupt();
            status = 1;
        }
        try {
            Runtime.getRuntime().removeShutdownHook(stop);
        } catch (IllegalStateException e) {
            // already shutting down
        }
        return OptionalInt.of(status);
    }
}
