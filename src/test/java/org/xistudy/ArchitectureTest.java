package org.xistudy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Keeps the layers apart: the model and the study logic never touch JavaFX, and views never
 * parse JSON. It reads the sources, so it also catches fully qualified names in code.
 */
class ArchitectureTest {
    private static final Path MAIN = Path.of(System.getProperty("xistudy.projectDir", "."), "src/main/java/org/xistudy");
    private static final Pattern JAVAFX = Pattern.compile("\\bjavafx\\.[a-z]");
    private static final Pattern JSON = Pattern.compile("\\bcom\\.google\\.gson\\b|\\borg\\.xistudy\\.content\\.json\\b");

    @Test
    void contentAndStudyDoNotUseJavaFx() throws IOException {
        List<String> offenders = new ArrayList<>();
        offenders.addAll(scan(MAIN.resolve("content"), JAVAFX));
        offenders.addAll(scan(MAIN.resolve("study"), JAVAFX));
        offenders.addAll(scan(MAIN.resolve("cli"), JAVAFX));
        assertEquals(List.of(), offenders);
    }

    @Test
    void viewsDoNotParseJson() throws IOException {
        assertEquals(List.of(), scan(MAIN.resolve("ui"), JSON));
    }

    @Test
    void theCheckFindsAViolation(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("Bad.java"), "package x;\nimport javafx.scene.Node;\n");
        assertFalse(scan(dir, JAVAFX).isEmpty());
    }

    private static List<String> scan(Path root, Pattern forbidden) throws IOException {
        List<String> out = new ArrayList<>();
        if (!Files.isDirectory(root)) {
            return out;
        }
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".java"))::iterator) {
                List<String> lines = Files.readAllLines(f, StandardCharsets.UTF_8);
                for (int i = 0; i < lines.size(); i++) {
                    String line = lines.get(i).strip();
                    if (line.startsWith("//") || line.startsWith("*") || line.startsWith("/*")) {
                        continue;
                    }
                    Matcher m = forbidden.matcher(line);
                    if (m.find()) {
                        out.add(root.relativize(f) + ":" + (i + 1) + ": " + line);
                    }
                }
            }
        }
        return out;
    }
}
