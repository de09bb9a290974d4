package org.xistudy.study.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a JVM that exports a CSV file over and over through {@link AtomicFiles#export} (the one
 * writer every export uses) and checks that the file under the final name is always one whole
 * export: its header, then exactly the rows its version announces, then the end line.
 */
class ExportKillTest {
    @TempDir
    Path dir;

    @Test
    void anExportIsWholeOrAbsentAfterAKill() throws Exception {
        Path file = dir.resolve("export.csv");
        KillHarness.run("ExportKillTest", Exporter.class, file, 20261203L, KillHarness.kills(8, null),
                (kill, acked) -> {
                    if (!Files.exists(file)) {
                        assertEquals(0, acked, "after kill " + kill + " an acknowledged export is missing");
                        return 0;
                    }
                    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
                    assertTrue(lines.size() >= 2, "after kill " + kill + ": " + lines.size() + " lines");
                    int version = Integer.parseInt(lines.get(0).substring("\uFEFFversion,".length()));
                    assertEquals(Exporter.rows(version) + 2, lines.size(), "after kill " + kill + ": rows");
                    assertEquals("end," + version, lines.get(lines.size() - 1), "after kill " + kill);
                    return version;
                }, file.toString());
        KillHarness.assertOnly(dir, "export.csv");
    }

    /** The child: exports version 1, 2, 3... of a CSV whose length varies with the version. */
    public static final class Exporter {
        static int rows(int version) {
            return 200 + (version * 37) % 300;
        }

        public static void main(String[] args) throws IOException {
            Path file = Path.of(args[0]);
            int version = 0;
            if (Files.exists(file)) {
                String first = Files.readAllLines(file, StandardCharsets.UTF_8).get(0);
                version = Integer.parseInt(first.substring("\uFEFFversion,".length()));
            }
            System.out.println("loaded " + version);
            System.out.flush();
            while (true) {
                int v = ++version;
                AtomicFiles.export(file, bytes -> {
                    Writer out = new OutputStreamWriter(bytes, StandardCharsets.UTF_8);
                    out.write("\uFEFFversion," + v + "\n");
                    for (int i = 0; i < rows(v); i++) {
                        out.write("row " + i + ",\"a quoted, padded cell " + "x".repeat(40) + "\"\n");
                    }
                    out.write("end," + v + "\n");
                    out.flush();
                });
                System.out.println("ack " + v);
                System.out.flush();
            }
        }
    }
}
