package org.xistudy.ui.print;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.xistudy.content.PackIndex;
import org.xistudy.study.export.Csv;
import org.xistudy.study.export.ExportFiles;
import org.xistudy.study.export.QuizHistoryCsv;
import org.xistudy.study.export.StatisticsCsv;
import org.xistudy.study.print.Paper;
import org.xistudy.study.progress.StudyDay;
import org.xistudy.study.quiz.QuizHistoryFile;
import org.xistudy.study.quiz.QuizSettings;
import org.xistudy.ui.AppContext;
import org.xistudy.ui.common.DialogService;
import org.xistudy.ui.services.StudyService;

/**
 * The File menu's exports: PDF handouts (through {@link ExportDialog}), the quiz history and the
 * study statistics as CSV. Files are made and written in the background, atomically; the user
 * is told where the file went, or why it could not be written.
 */
public final class PrintActions {
    private PrintActions() {
    }

    /** File › Export PDF…: the dialog, for the open pack. */
    public static void exportPdf(AppContext context) {
        if (context.packs().getIndex() != null) {
            ExportDialog.show(context);
        }
    }

    /** The dialog's choices for the open pack, starting from the quiz view's settings and the focus year. */
    static ExportViewModel exportModel(AppContext context) {
        QuizSettings settings;
        try {
            // The quiz view may register the settings of its last quiz; otherwise the defaults.
            settings = context.service(QuizSettings.class);
        } catch (IllegalStateException e) {
            settings = QuizSettings.defaults();
        }
        return new ExportViewModel(context.packs().getIndex(), settings, context.focusYearProperty().get(),
                context::text, context.bundle().getLocale(), Paper.forLocale(Locale.getDefault()));
    }

    /** File › Export quiz history (CSV)…: every attempt at the open pack's quizzes. */
    public static void exportQuizHistory(AppContext context) {
        PackIndex index = context.packs().getIndex();
        if (index == null) {
            return;
        }
        chooseCsv(context, context.text("print.file.history", ExportViewModel.fileSafe(index.pack().id()))).ifPresent(path -> {
            var dataDir = context.dataDir();
            var locale = context.bundle().getLocale();
            var zone = ZoneId.systemDefault();
            write(context, path, () -> Csv.bytes(QuizHistoryCsv.rows(index,
                    QuizHistoryFile.open(dataDir, index.pack().id()).attempts(), context::text, locale, zone)));
        });
    }

    /** File › Export study statistics (CSV)…: reviews per day and retention for the open pack. */
    public static void exportStatistics(AppContext context) {
        PackIndex index = context.packs().getIndex();
        if (index == null) {
            return;
        }
        StudyService study = StudyService.of(context);
        var log = List.copyOf(study.progress().log());
        var zone = study.zone();
        LocalDate today = StudyDay.of(study.now(), zone);
        chooseCsv(context, context.text("print.file.stats", ExportViewModel.fileSafe(index.pack().id()))).ifPresent(path ->
                write(context, path, () -> Csv.bytes(StatisticsCsv.rows(log, today, zone, context::text))));
    }

    private static Optional<Path> chooseCsv(AppContext context, String name) {
        return context.dialogs().chooseSave(new DialogService.FileRequest(context.text("print.dialog.saveTitle"),
                List.of(new DialogService.FileFilter(context.text("print.dialog.csvFiles"), List.of("*.csv"))), name))
                .map(p -> withSuffix(p, ".csv"));
    }

    /** Makes the bytes and writes them to {@code path} in the background, then tells the user. */
    static void write(AppContext context, Path path, Callable<byte[]> bytes) {
        context.background().run(() -> {
            ExportFiles.write(path, bytes.call());
            return path;
        }, done -> context.dialogs().showInfo(context.text("print.saved.title"), context.text("print.saved.title"),
                context.text("print.saved.body", done.toString())),
                error -> context.dialogs().showError(context.text("print.failed.title"),
                        context.text("print.failed.body", path.toString(), String.valueOf(error.getMessage()))));
    }

    static Path withSuffix(Path p, String suffix) {
        String name = p.getFileName().toString();
        return name.toLowerCase(Locale.ROOT).endsWith(suffix) ? p : p.resolveSibling(name + suffix);
    }
}
