package org.xistudy.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.xistudy.content.LoadResult;
import org.xistudy.content.PackIndex;
import org.xistudy.content.PackLoader;
import org.xistudy.content.Problem;
import org.xistudy.study.DataDirs;
import org.xistudy.study.exchange.Format;
import org.xistudy.study.export.Csv;
import org.xistudy.study.export.ExportFiles;
import org.xistudy.study.export.QuizHistoryCsv;
import org.xistudy.study.export.StatisticsCsv;
import org.xistudy.study.print.BundleTexts;
import org.xistudy.study.print.HandoutOptions;
import org.xistudy.study.print.Handouts;
import org.xistudy.study.print.Paper;
import org.xistudy.study.progress.ProgressStore;
import org.xistudy.study.progress.StudyDay;
import org.xistudy.study.quiz.Quiz;
import org.xistudy.study.quiz.QuizGenerator;
import org.xistudy.study.quiz.QuizHistoryFile;
import org.xistudy.study.quiz.QuizSettings;
import org.xistudy.study.storage.JsonStore;
import org.xistudy.study.progress.ReviewEntry;

/**
 * {@code --export KIND OUT [options]}, without a window: the pack for another program (KIND
 * {@code anki}, {@code anki-tsv}, {@code timelinejs}; see {@link ExchangeExport}), handouts as PDF
 * ({@code pdf-guide}, {@code pdf-quiz}, {@code pdf-chart}) and the user's results as CSV
 * ({@code quiz-history-csv}, {@code stats-csv}). The pack is the bundled one unless
 * {@code --content FILE} names another; the CSV exports read the data folder
 * ({@code xistudy.dataDir} or {@code XISTUDY_DATA_DIR} override it). Exit status 0 written,
 * 1 the pack is not valid, 2 the command is wrong or a file cannot be read or written.
 */
public final class ExportTool implements Cli.Tool {
    public static final String NAME = "export";

    /** What can be exported. */
    enum Kind {
        ANKI("anki"), ANKI_TSV("anki-tsv"), TIMELINEJS("timelinejs"), PDF_GUIDE("pdf-guide"), PDF_QUIZ("pdf-quiz"), PDF_CHART("pdf-chart"), QUIZ_HISTORY_CSV("quiz-history-csv"),
        STATS_CSV("stats-csv");

        final String word;

        Kind(String word) {
            this.word = word;
        }

        static Kind of(String word) {
            for (Kind k : values()) {
                if (k.word.equals(word)) {
                    return k;
                }
            }
            return null;
        }
    }

    /** The parsed arguments. */
    record Request(Kind kind, Path out, Paper paper, Long seed, int questions, Integer year) {
    }

    /** Wrong arguments: exit 2 with the message. */
    static final class BadArguments extends Exception {
        private static final long serialVersionUID = 1L;

        BadArguments(String message) {
            super(message);
        }
    }

    private final Path dataDir;
    private final Locale locale;
    private final Clock clock;

    public ExportTool() {
        this(null, Locale.getDefault(), Clock.systemDefaultZone());
    }

    /** For tests: a fixed data folder (null: the user's), language and clock. */
    ExportTool(Path dataDir, Locale locale, Clock clock) {
        this.dataDir = dataDir;
        this.locale = locale;
        this.clock = clock;
    }

    @Override
    public int arity() {
        return 2;
    }

    @Override
    public String arguments() {
        return "KIND OUT";
    }

    @Override
    public Set<String> options() {
        return Set.of("--paper", "--seed", "--questions", "--year");
    }

    @Override
    public int run(Path file, PrintStream out, PrintStream err) {
        err.println("xi-policy-study: --export needs KIND OUT");
        return 2;
    }

    @Override
    public String usage() {
        return "write the pack for another program, a handout or your results; KIND is\n"
                + "                        anki          an Anki package (.apkg)\n"
                + "                        anki-tsv      Anki's text file (Anki 2.1.55 or later)\n"
                + "                        timelinejs    a TimelineJS3 timeline (JSON)\n"
                + "                        pdf-guide     the essay with notes, timeline, institutions, references\n"
                + "                        pdf-quiz      a quiz and its answer key [--seed N] [--questions N]\n"
                + "                        pdf-chart     the institution chart of a year --year YYYY\n"
                + "                        quiz-history-csv  every quiz attempt, one row per question\n"
                + "                        stats-csv     flashcard reviews per day and retention\n"
                + "                        options: --paper a4|letter (default from the locale),\n"
                + "                        --content FILE (default the bundled pack); CSV files read the\n"
                + "                        data folder; exit 0 written, 1 invalid input, 2 cannot read/write";
    }

    @Override
    public int run(List<String> args, Path content, PrintStream out, PrintStream err) {
        Request r;
        try {
            r = parse(args, locale);
        } catch (BadArguments e) {
            err.println("xi-policy-study: --export: " + e.getMessage());
            return 2;
        }
        switch (r.kind()) {
            case ANKI:
                return ExchangeExport.run(Format.ANKI, r.out(), content, clock, out, err);
            case ANKI_TSV:
                return ExchangeExport.run(Format.ANKI_TEXT, r.out(), content, clock, out, err);
            case TIMELINEJS:
                return ExchangeExport.run(Format.TIMELINEJS, r.out(), content, clock, out, err);
            default:
                return handout(r, content, out, err);
        }
    }

    private int handout(Request r, Path content, PrintStream out, PrintStream err) {
        LoadResult loaded = content == null ? PackLoader.loadDefault() : PackLoader.load(content);
        if (!loaded.isValid()) {
            for (Problem p : loaded.errors()) {
                err.println(p.format());
            }
            err.println(loaded.file() + ": " + (loaded.status() == LoadResult.Status.UNREADABLE ? "cannot be read"
                    : "invalid") + "; nothing exported");
            return loaded.status().exitCode();
        }
        PackIndex index = loaded.index().orElseThrow();
        BundleTexts texts = BundleTexts.handouts(locale);
        HandoutOptions options = new HandoutOptions(r.paper(), locale, texts);
        byte[] bytes;
        String note = "";
        try {
            switch (r.kind()) {
                case PDF_GUIDE:
                    bytes = Handouts.studyGuide(index, options);
                    break;
                case PDF_QUIZ: {
                    long seed = r.seed() != null ? r.seed() : ThreadLocalRandom.current().nextInt(1, 1_000_000);
                    Quiz quiz = new QuizGenerator(index).generate(QuizSettings.defaults().withCount(r.questions()), seed);
                    bytes = Handouts.quizWorksheet(index, quiz, options);
                    note = " (" + quiz.size() + " questions, seed " + seed + ")";
                    break;
                }
                case PDF_CHART:
                    bytes = Handouts.chart(index, r.year(), options);
                    break;
                case QUIZ_HISTORY_CSV: {
                    Path data = dataDir != null ? dataDir : DataDirs.resolve();
                    QuizHistoryFile history = QuizHistoryFile.open(data, index.pack().id());
                    if (history.problem().isPresent()) {
                        err.println(QuizHistoryFile.file(data, index.pack().id()) + ": cannot be read: "
                                + history.problem().get().detail());
                        return 2;
                    }
                    bytes = Csv.bytes(QuizHistoryCsv.rows(index, history.attempts(), texts, locale,
                            ZoneId.systemDefault()));
                    note = " (" + history.attempts().size() + " attempts)";
                    break;
                }
                default: {
                    Path data = dataDir != null ? dataDir : DataDirs.resolve();
                    var log = reviews(data, index.pack().id(), err);
                    if (log == null) {
                        return 2;
                    }
                    ZoneId zone = ZoneId.systemDefault();
                    LocalDate today = StudyDay.of(Instant.now(), zone);
                    bytes = Csv.bytes(StatisticsCsv.rows(log, today, zone, texts));
                    note = " (" + log.size() + " reviews)";
                    break;
                }
            }
        } catch (IOException | RuntimeException e) {
            err.println("xi-policy-study: --export " + r.kind().word + " failed: " + e);
            return 2;
        }
        try {
            ExportFiles.write(r.out(), bytes);
        } catch (IOException | RuntimeException e) {
            err.println(r.out() + ": cannot be written: " + e.getMessage());
            return 2;
        }
        out.println("wrote " + r.out() + note);
        return 0;
    }

    /** The review log of a pack, or null (reported) when the progress cannot be read. */
    private static List<ReviewEntry> reviews(Path data, String packId, PrintStream err) {
        try {
            ProgressStore.Opened opened = ProgressStore.open(data);
            try (ProgressStore store = opened.store()) {
                var status = opened.progress().status();
                if (status == JsonStore.Status.QUARANTINED || status == JsonStore.Status.REFUSED) {
                    err.println(opened.progress().file() + ": cannot be read: " + opened.progress().problem()
                            + (opened.progress().movedTo() == null ? "" : "; moved to " + opened.progress().movedTo()));
                    return null;
                }
                return List.copyOf(store.pack(packId).log());
            }
        } catch (IOException e) {
            err.println(data + ": cannot be read: " + e.getMessage());
            return null;
        }
    }

    static Request parse(List<String> args, Locale locale) throws BadArguments {
        if (args.isEmpty()) {
            throw new BadArguments("needs KIND and OUT; KIND is " + kinds());
        }
        Kind kind = Kind.of(args.get(0));
        if (kind == null) {
            throw new BadArguments("unknown KIND \"" + args.get(0) + "\"; KIND is " + kinds());
        }
        if (args.size() < 2 || args.get(1).startsWith("--")) {
            throw new BadArguments(kind.word + " needs OUT, the file to write");
        }
        Path out = Path.of(args.get(1));
        Paper paper = Paper.forLocale(locale);
        Long seed = null;
        int questions = QuizSettings.defaults().count();
        Integer year = null;
        boolean quizOptions = false;
        for (int i = 2; i < args.size(); i++) {
            String a = args.get(i);
            if (!List.of("--paper", "--seed", "--questions", "--year").contains(a)) {
                throw new BadArguments("unknown option \"" + a + "\"");
            }
            if (i + 1 >= args.size()) {
                throw new BadArguments(a + " needs a value");
            }
            String v = args.get(++i);
            switch (a) {
                case "--paper":
                    paper = Paper.parse(v).orElseThrow(() -> new BadArguments("--paper is a4 or letter, not \"" + v + "\""));
                    break;
                case "--seed":
                    quizOptions = true;
                    seed = number(a, v);
                    break;
                case "--questions":
                    quizOptions = true;
                    long n = number(a, v);
                    if (n < QuizSettings.MIN_COUNT || n > QuizSettings.MAX_COUNT) {
                        throw new BadArguments("--questions is " + QuizSettings.MIN_COUNT + " to " + QuizSettings.MAX_COUNT);
                    }
                    questions = (int) n;
                    break;
                default:
                    long y = number(a, v);
                    if (y < 1900 || y > 2100) {
                        throw new BadArguments("--year is a year such as 2023, not " + v);
                    }
                    year = (int) y;
                    break;
            }
        }
        if (kind == Kind.PDF_CHART && year == null) {
            throw new BadArguments("pdf-chart needs --year YYYY");
        }
        if (kind != Kind.PDF_QUIZ && quizOptions) {
            throw new BadArguments("--seed and --questions are for pdf-quiz");
        }
        if (kind != Kind.PDF_CHART && year != null) {
            throw new BadArguments("--year is for pdf-chart");
        }
        boolean exchange = kind == Kind.ANKI || kind == Kind.ANKI_TSV || kind == Kind.TIMELINEJS;
        if (exchange && args.size() > 2) {
            throw new BadArguments(kind.word + " takes no options but --content");
        }
        return new Request(kind, out, paper, seed, questions, year);
    }

    private static long number(String option, String v) throws BadArguments {
        try {
            return Long.parseLong(v.strip());
        } catch (NumberFormatException e) {
            throw new BadArguments(option + " needs a whole number, not \"" + v + "\"");
        }
    }

    private static String kinds() {
        List<String> words = new ArrayList<>();
        for (Kind k : Kind.values()) {
            words.add(k.word);
        }
        return String.join(", ", words);
    }
}
