package org.xistudy.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.xistudy.content.PackFiles;

/** The command-line additions the installers rely on: opening packs by file association and checking the bundled pack. */
class CliTest {
    private final Cli cli = new Cli(Map.of());

    @Test
    void aBareXipackPathOpensThatPack() {
        Cli.Options o = cli.parse("/home/student/Downloads/Week 3.XIPACK");
        assertEquals(Cli.Command.RUN, o.command());
        assertEquals(Path.of("/home/student/Downloads/Week 3.XIPACK"), o.content());
    }

    @Test
    void aBareJsonPathStillOpensThatPack() {
        Cli.Options o = cli.parse("packs/extra.json");
        assertEquals(Cli.Command.RUN, o.command());
        assertEquals(Path.of("packs/extra.json"), o.content());
    }

    @Test
    void otherBareArgumentsAreRefused() {
        for (String arg : new String[] {"notes.txt", "xipack", ".xipack", "pack.xipack.bak"}) {
            Cli.Options o = cli.parse(arg);
            assertEquals(Cli.Command.ERROR, o.command(), arg);
            assertNull(o.content(), arg);
        }
    }

    @Test
    void validateBundledChecksThePackInsideTheApp() {
        Cli.Options o = cli.parse("--validate-bundled");
        assertEquals(Cli.Command.VALIDATE_BUNDLED, o.command());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = cli.run(o, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        String text = out.toString(StandardCharsets.UTF_8);
        assertEquals(0, status, text);
        assertTrue(text.contains("bundled pack /content/xi-power-concentration.json: valid ("), text);
        assertTrue(text.matches("(?s).*valid \\(\\d+ events, \\d+ institutions, .*"), text);
        assertEquals("", err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void makeStartupArchiveRefusesOutsideAnInstalledImage() {
        Cli.Options o = cli.parse("--make-startup-archive");
        assertEquals(Cli.Command.MAKE_STARTUP_ARCHIVE, o.command());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Cli.makeStartupArchive(null, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(2, status);
        assertEquals("", out.toString(StandardCharsets.UTF_8));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("only works in an installed app"));
    }

    @Test
    void helpMentionsTheNewOptions() {
        String usage = cli.usage();
        assertTrue(usage.contains("--validate-bundled"), usage);
        assertTrue(usage.contains("FILE.xipack"), usage);
        assertTrue(usage.contains("--make-startup-archive"), usage);
    }

    @Test
    void packFileNames() {
        assertTrue(PackFiles.isPackName("a.xipack"));
        assertTrue(PackFiles.isPackName("A.Json"));
        assertFalse(PackFiles.isPackName("a.jsonl"));
        assertFalse(PackFiles.isPackName(".json"));
        assertFalse(PackFiles.isPackName(null));
        assertEquals(java.util.List.of("*.xipack", "*.json"), PackFiles.globs());
    }
}
