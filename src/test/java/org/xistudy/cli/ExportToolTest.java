package org.xistudy.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xistudy.content.PackLoader;
import org.xistudy.study.fsrs.Rating;
import org.xistudy.study.fsrs.Scheduler;
import org.xistudy.study.fsrs.Settings;
import org.xistudy.study.progress.ProgressStore;
import org.xistudy.study.quiz.Attempt;
import org.xistudy.study.quiz.QuestionFormat;
import org.xistudy.study.quiz.QuizHistoryFile;

/** {@code --export} through the command line's own parser, with a data folder of the test's. */
class ExportToolTest {
    @TempDir
    Path dir;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private Cli cli;
    private Path data;

    @BeforeEach
    void cli() {
        data = dir.resolve("data");
        cli = new Cli(Map.of(ExportTool.NAME, new ExportTool(data, Locale.US, Clock.systemDefaultZone())));
    }

    private int run(String... args) {
        out.reset();
        err.reset();
        return cli.run(cli.parse(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private static String text(Path pdf) throws IOException {
        try (PDDocument d = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(d);
        }
    }

    @Test
    void pdfsAreWrittenWithThePaperOfTheLocaleUnlessAsked() throws IOException {
        Path guide = dir.resolve("guide.pdf");
        assertEquals(0, run("--export", "pdf-guide", guide.toString()), err());
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("wrote " + guide));
        try (PDDocument d = Loader.loadPDF(guide.toFile())) {
            assertEquals(PDRectangle.LETTER.getWidth(), d.getPage(0).getMediaBox().getWidth(), 0.5, "US: Letter");
            assertTrue(d.getNumberOfPages() > 5);
        }
        Path chart = dir.resolve("chart.pdf");
        assertEquals(0, run("--export", "pdf-chart", chart.toString(), "--year", "2016", "--paper", "a4"), err());
        try (PDDocument d = Loader.loadPDF(chart.toFile())) {
            assertEquals(1, d.getNumberOfPages());
            assertEquals(PDRectangle.A4.getHeight(), d.getPage(0).getMediaBox().getWidth(), 0.5, "A4, landscape");
        }
        assertTrue(text(chart).contains("Institutions and people in 2016"));
    }

    @Test
    void theQuizSeedAndLengthAreKept() throws IOException {
        Path a = dir.resolve("a.pdf");
        Path b = dir.resolve("b.pdf");
        assertEquals(0, run("--export", "pdf-quiz", a.toString(), "--seed", "77", "--questions", "6"), err());
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("6 questions, seed 77"));
        assertEquals(0, run("--export", "pdf-quiz", b.toString(), "--questions", "6", "--seed", "77"), err());
        assertEquals(text(a).replaceAll("Page \\d+ of \\d+", ""), text(b).replaceAll("Page \\d+ of \\d+", ""));
        assertTrue(text(a).contains("seed 77"));
    }

    @Test
    void badPacksExitOneWrongCommandsAndUnwritableFilesExitTwo() throws IOException {
        Path out1 = dir.resolve("x.pdf");
        assertEquals(2, run("--export", "pdf-chart", out1.toString()));
        assertTrue(err().contains("--year"));
        assertEquals(2, run("--export", "poster", out1.toString()));
        assertEquals(2, run("--export"));
        assertEquals(2, run("--export", "pdf-guide"));
        assertEquals(2, run("--export", "pdf-quiz", out1.toString(), "--seed", "seven"));
        assertEquals(2, run("--export", "pdf-quiz", out1.toString(), "--questions", "0"));
        assertEquals(2, run("--export", "pdf-guide", out1.toString(), "--paper", "a3"));
        assertEquals(2, run("--export", "pdf-guide", out1.toString(), "--seed", "3"));
        assertEquals(2, run("--export", "pdf-guide", out1.toString(), "--colour", "red"));
        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, "{\"format\": 1, \"title\": \"\"}");
        assertEquals(1, run("--export", "pdf-guide", out1.toString(), "--content", broken.toString()));
        assertTrue(err().contains("broken.json:"), err());
        assertEquals(2, run("--export", "pdf-guide", out1.toString(), "--content", dir.resolve("none.json").toString()));
        assertEquals(2, run("--export", "pdf-guide", dir.resolve("no-folder").resolve("x.pdf").toString()));
        assertEquals(2, run("--export", "pdf-guide", dir.toString()), "a folder is not a file");
        assertFalse(Files.exists(out1), "nothing was written");
        assertFalse(Files.exists(dir.resolve("no-folder")));
    }

    @Test
    void csvExportsReadTheDataFolder() throws IOException {
        String pack = PackLoader.loadDefault().pack().id();
        QuizHistoryFile.open(data, pack).add(new Attempt("t1", Instant.parse("2024-05-01T08:00:00Z").toEpochMilli(),
                60_000, 3, null, List.of(new Attempt.Result("q1", QuestionFormat.WHEN, null, true, false),
                        new Attempt.Result("q2", QuestionFormat.MATCH, null, false, false))));
        ProgressStore.Opened opened = ProgressStore.open(data);
        try (ProgressStore store = opened.store()) {
            Scheduler s = new Scheduler(Settings.defaults());
            store.review(pack, "card-cfac-zh", Rating.GOOD, Instant.parse("2024-05-01T08:00:00Z"), s, 1);
            store.review(pack, "card-cnsc-zh", Rating.AGAIN, Instant.parse("2024-05-02T08:00:00Z"), s, 1);
        }
        Path history = dir.resolve("history.csv");
        assertEquals(0, run("--export", "quiz-history-csv", history.toString()), err());
        List<String> lines = Files.readAllLines(history, StandardCharsets.UTF_8);
        assertEquals(3, lines.size(), "a header and one row per question");
        assertTrue(lines.get(0).startsWith("\uFEFFAttempt,Started,"));
        assertTrue(lines.get(1).startsWith("t1,"));
        Path stats = dir.resolve("stats.csv");
        assertEquals(0, run("--export", "stats-csv", stats.toString()), err());
        lines = Files.readAllLines(stats, StandardCharsets.UTF_8);
        assertTrue(lines.get(0).startsWith("\uFEFFDay,Reviews,"));
        assertTrue(lines.get(1).startsWith("2024-05-01,1,0,0,1,0,"), lines.get(1));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("2 reviews"));

        Files.writeString(QuizHistoryFile.file(data, pack), "{ not json");
        assertEquals(2, run("--export", "quiz-history-csv", dir.resolve("h2.csv").toString()),
                "a damaged history cannot be read");
        assertFalse(Files.exists(dir.resolve("h2.csv")));
    }

    @Test
    void theHelpListsTheExports() {
        assertEquals(0, run("--help"));
        String help = out.toString(StandardCharsets.UTF_8);
        assertTrue(help.contains("--export KIND OUT"), help);
        for (String kind : List.of("pdf-guide", "pdf-quiz", "pdf-chart", "quiz-history-csv", "stats-csv")) {
            assertTrue(help.contains(kind), kind);
        }
    }
}
