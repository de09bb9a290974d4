package org.xistudy.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xistudy.content.PackFiles;
import org.xistudy.content.TestPacks;
import org.xistudy.platform.BuildInfo;

class CliTest {
    private final Cli cli = new Cli(Map.of());
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return cli.run(cli.parse(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    /** A pack file in a folder that also holds the essay, as a teacher's project would. */
    private static Path packFile(Path dir, String text) throws IOException {
        Path seeds = Files.createDirectories(dir.resolve("seeds"));
        Files.copy(Path.of(System.getProperty("xistudy.projectDir", "."), TestPacks.SEED),
                seeds.resolve(Path.of(TestPacks.SEED).getFileName()));
        Path packs = Files.createDirectories(dir.resolve("packs"));
        Path f = packs.resolve("pack.json");
        Files.writeString(f, text);
        return f;
    }

    @Test
    void parsesTheCommands() {
        assertEquals(Cli.Command.RUN, cli.parse().command());
        assertEquals(Path.of("a.json"), cli.parse("--content", "a.json").content());
        assertEquals(Path.of("b.json"), cli.parse("b.json").content());
        assertEquals(List.of(Path.of("x.json"), Path.of("y.json")), cli.parse("--validate", "x.json", "y.json").files());
        assertEquals(Cli.Command.VERSION, cli.parse("--version").command());
        assertEquals(Cli.Command.HELP, cli.parse("--help").command());
        assertEquals(Cli.Command.ERROR, cli.parse("--validate").command());
        assertEquals(Cli.Command.ERROR, cli.parse("--content").command());
        assertEquals(Cli.Command.ERROR, cli.parse("--frobnicate").command());
    }

    @Test
    void validPackExitsZeroAndSaysWhatItHolds(@TempDir Path dir) throws IOException {
        Path f = packFile(dir, TestPacks.text(TestPacks.minimal()));
        assertEquals(0, run("--validate", f.toString()));
        assertTrue(out().contains(f + ": valid (2 events, 2 institutions, 1 person, 7 cards, 1 note)"), out());
    }

    @Test
    void invalidPackExitsOneWithOneLinePerProblem(@TempDir Path dir) throws IOException {
        var pack = TestPacks.minimal();
        TestPacks.item(pack, "events", 0).addProperty("date", "2013-13");
        TestPacks.item(pack, "events", 0).addProperty("lane", "x");
        Path f = packFile(dir, TestPacks.text(pack));
        assertEquals(1, run("--validate", f.toString()));
        List<String> lines = out().lines().toList();
        assertEquals(3, lines.size(), out());
        assertTrue(lines.get(0).matches(Pattern.quote(f.toString())
                + ":\\d+:\\d+: error: \\$\\.events\\[0\\]\\.date: .*"), lines.get(0));
        assertTrue(lines.get(2).endsWith("invalid, 2 errors"), lines.get(2));
    }

    @Test
    void unreadableFileExitsTwo(@TempDir Path dir) {
        assertEquals(2, run("--validate", dir.resolve("missing.json").toString()));
        assertTrue(out().contains("does not exist"), out());
        assertEquals(2, run("--validate", dir.toString()));
    }

    @Test
    void worstStatusWinsOverSeveralFiles(@TempDir Path dir) throws IOException {
        Path good = packFile(dir, TestPacks.text(TestPacks.minimal()));
        Path bad = dir.resolve("packs/bad.json");
        Files.writeString(bad, "{");
        assertEquals(1, run("--validate", good.toString(), bad.toString()));
    }

    @Test
    void versionAndHelp() {
        assertEquals(0, run("--version"));
        assertTrue(out().startsWith(BuildInfo.name() + " "), out());
        out.reset();
        assertEquals(0, run("--help"));
        assertTrue(out().contains("--validate FILE"), out());
        assertEquals(2, run("--bogus"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("unknown argument \"--bogus\""));
    }

    @Test
    void toolsRegisterTheirOwnOptions() {
        Cli withTool = new Cli(Map.of("echo-file", new Cli.Tool() {
            @Override
            public String usage() {
                return "prints the file name";
            }

            @Override
            public int run(Path file, PrintStream o, PrintStream e) {
                o.println("file=" + file);
                return 7;
            }
        }));
        Cli.Options o = withTool.parse("--echo-file", "z.json");
        assertEquals(Cli.Command.TOOL, o.command());
        assertEquals(7, withTool.run(o, new PrintStream(out, true, StandardCharsets.UTF_8), System.err));
        assertEquals("file=z.json", out().strip());
        assertTrue(withTool.usage().contains("--echo-file FILE"));
    }

    // ---- options the installers rely on ----

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
    void onlyASinglePackFileIsTakenFromADrop() {
        assertEquals(Optional.of(Path.of("/tmp/week 3.json")),
                PackFiles.droppedPack(List.of(Path.of("/tmp/week 3.json"))));
        assertEquals(Optional.of(Path.of("a.XIPACK")), PackFiles.droppedPack(List.of(Path.of("a.XIPACK"))));
        assertTrue(PackFiles.droppedPack(List.of(Path.of("a.json"), Path.of("b.json"))).isEmpty(), "two files");
        assertTrue(PackFiles.droppedPack(List.of(Path.of("notes.txt"))).isEmpty());
        assertTrue(PackFiles.droppedPack(List.of()).isEmpty());
    }

    @Test
    void packFileNames() {
        assertTrue(PackFiles.isPackName("a.xipack"));
        assertTrue(PackFiles.isPackName("A.Json"));
        assertFalse(PackFiles.isPackName("a.jsonl"));
        assertFalse(PackFiles.isPackName(".json"));
        assertFalse(PackFiles.isPackName(null));
        assertEquals(List.of("*.xipack", "*.json"), PackFiles.globs());
    }
}
