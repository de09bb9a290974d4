package org.xistudy.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xistudy.content.PackLoader;
import org.xistudy.content.TestPacks;

/** --export and --import on the command line: no window, exit 0, 1 or 2, located messages. */
class ExchangeCliTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-15T10:00:00Z"), ZoneOffset.UTC);
    private static final Path RESOURCES = Path.of(System.getProperty("xistudy.projectDir", "."),
            "src/test/resources/exchange");

    private final Cli cli = new Cli(Map.of(ExportTool.NAME, new ExportTool(null, Locale.ENGLISH, CLOCK), ImportTool.NAME,
            new ImportTool(CLOCK)));
    private ByteArrayOutputStream out = new ByteArrayOutputStream();
    private ByteArrayOutputStream err = new ByteArrayOutputStream();

    @TempDir
    Path dir;

    private int run(String... args) {
        out = new ByteArrayOutputStream();
        err = new ByteArrayOutputStream();
        return cli.run(cli.parse(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void parsesTheToolsWithTheirArgumentsAndTheContentPack() {
        Cli.Options o = cli.parse("--export", "anki", "out.apkg", "--content", "pack.json");
        assertEquals(Cli.Command.TOOL, o.command());
        assertEquals("export", o.tool());
        assertEquals(List.of("anki", "out.apkg"), o.arguments());
        assertEquals(Path.of("pack.json"), o.content());
        Cli.Options i = cli.parse("--import", "timelinejs", "in.json", "out.json");
        assertEquals(List.of("timelinejs", "in.json", "out.json"), i.arguments());
        assertEquals(Cli.Command.ERROR, cli.parse("--import", "anki", "in.apkg").command());
        assertEquals(Cli.Command.ERROR, cli.parse("--export", "anki", "--content", "x.json").command());
        String help = cli.usage();
        assertTrue(help.contains("--export KIND OUT") && help.contains("--import FORMAT IN OUT"), help);
    }

    @Test
    void everyExportOfTheBundledPackAndBack() throws IOException {
        for (String format : List.of("anki", "anki-tsv", "timelinejs")) {
            Path file = dir.resolve("out-" + format);
            assertEquals(0, run("--export", format, file.toString()), err());
            assertTrue(Files.size(file) > 1000);
            assertTrue(out().startsWith("wrote " + file), out());
            Path pack = dir.resolve("back-" + format + ".json");
            assertEquals(0, run("--import", format.equals("timelinejs") ? "timelinejs" : "anki", file.toString(),
                    pack.toString()), out() + err());
            assertTrue(out().contains("wrote " + pack), out());
            assertEquals(0, Cli.validate(List.of(pack), new PrintStream(OutputSink.NULL), System.err,
                    PackLoader::load), "the import passes --validate");
        }
    }

    @Test
    void anInvalidPackIsReportedAsValidateDoesAndNothingIsWritten() throws IOException {
        var pack = TestPacks.minimal();
        TestPacks.item(pack, "events", 0).addProperty("date", "2013-13");
        Path seeds = Files.createDirectories(dir.resolve("seeds"));
        Files.copy(Path.of(System.getProperty("xistudy.projectDir", "."), TestPacks.SEED),
                seeds.resolve(Path.of(TestPacks.SEED).getFileName()));
        Path f = dir.resolve("pack.json");
        Files.writeString(f, TestPacks.text(pack));
        Path target = dir.resolve("deck.apkg");
        assertEquals(1, run("--export", "anki", target.toString(), "--content", f.toString()));
        assertTrue(out().lines().anyMatch(l -> l.matches(Pattern.quote(f.toString())
                + ":\\d+:\\d+: error: \\$\\.events\\[0\\]\\.date: .*")), out());
        assertFalse(Files.exists(target));
        assertEquals(2, run("--export", "anki", target.toString(), "--content", dir.resolve("none.json").toString()));
        assertFalse(Files.exists(target));
    }

    @Test
    void aPackWithoutEventsIsNoTimelineAndOneWithoutCardsNoDeck() throws IOException {
        Path deck = dir.resolve("deck.json");
        assertEquals(0, run("--import", "anki", RESOURCES.resolve("anki/notes-in-plain-text.txt").toString(),
                deck.toString()));
        Path timeline = dir.resolve("timeline.json");
        assertEquals(1, run("--export", "timelinejs", timeline.toString(), "--content", deck.toString()));
        assertTrue(err().contains("no events"), err());
        assertFalse(Files.exists(timeline));
        assertEquals(0, run("--export", "anki", dir.resolve("again.apkg").toString(), "--content", deck.toString()),
                "an imported pack exports again");
        Path eras = dir.resolve("eras.json");
        assertEquals(0, run("--import", "timelinejs", RESOURCES.resolve("timelinejs/eras.json").toString(),
                eras.toString()));
        assertEquals(1, run("--export", "anki", dir.resolve("none.apkg").toString(), "--content", eras.toString()));
        assertEquals(0, run("--export", "timelinejs", dir.resolve("eras-again.json").toString(), "--content",
                eras.toString()));
    }

    @Test
    void aFileThatCannotBeWrittenExitsTwo() throws IOException {
        Path notAFolder = Files.writeString(dir.resolve("plain-file"), "x");
        assertEquals(2, run("--export", "timelinejs", notAFolder.resolve("timeline.json").toString()));
        assertTrue(err().contains("cannot write"), err());
        assertEquals(2, run("--import", "anki", RESOURCES.resolve("anki/notes-in-plain-text.txt").toString(),
                notAFolder.resolve("pack.json").toString()));
        assertEquals("x", Files.readString(notAFolder));
    }

    @Test
    void importsSayWhatWasLeftOutWithLocatedWarnings() {
        Path out1 = dir.resolve("light.json");
        assertEquals(0, run("--import", "timelinejs", RESOURCES.resolve("timelinejs/cosmo-mixed.json").toString(),
                out1.toString()));
        List<String> lines = out().lines().toList();
        assertEquals(7, lines.size(), out());
        assertTrue(lines.get(0).matches(".*cosmo-mixed\\.json:\\d+:\\d+: warning: \\$\\.events\\[0\\]\\.start_date\\.year: "
                + "year -13800000000 is before year 1.*"), lines.get(0));
        assertTrue(lines.get(6).contains("5 events in 1 lane") && lines.get(6).contains("6 left out"), lines.get(6));

        assertEquals(0, run("--import", "anki", RESOURCES.resolve("anki/anki-apkg-export-output.apkg").toString(),
                dir.resolve("deck.json").toString()));
        assertTrue(out().contains("3 cards (3 basic)") && out().contains("1 media file not kept"), out());
    }

    @Test
    void badInputExitsOneAndMissingInputTwo() throws IOException {
        Path bad = Files.writeString(dir.resolve("bad.json"), "{\"events\": [}");
        Path target = dir.resolve("x.json");
        assertEquals(1, run("--import", "timelinejs", bad.toString(), target.toString()));
        assertTrue(out().startsWith(bad + ":1:"), out());
        assertEquals(1, run("--import", "anki", RESOURCES.resolve("anki/anki-newer-format.apkg").toString(),
                target.toString()));
        assertEquals(2, run("--import", "anki", dir.resolve("missing.apkg").toString(), target.toString()));
        assertTrue(out().contains("the file does not exist") && !out().contains("the file the file"), out());
        assertFalse(Files.exists(target));
        assertEquals(2, run("--import", "pdf", bad.toString(), target.toString()));
    }

    /** Output nobody reads. */
    private static final class OutputSink extends OutputStream {
        static final OutputSink NULL = new OutputSink();

        @Override
        public void write(int b) {
        }
    }
}
