package org.xistudy.ui.exchange;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.xistudy.content.PackFiles;
import org.xistudy.content.PackIndex;
import org.xistudy.study.exchange.Exchange;
import org.xistudy.study.exchange.ExportResult;
import org.xistudy.study.exchange.Format;
import org.xistudy.study.exchange.ImportResult;
import org.xistudy.ui.AppContext;
import org.xistudy.ui.common.DialogService;

/**
 * The File menu's exports and imports: a file chooser, the work in the background with its
 * progress in {@link #model()}, and a summary of what was written or imported. An import is
 * saved where the user chooses, then opened like any pack.
 */
public final class ExchangeActions {
    private final AppContext context;
    private final ExchangeModel model;
    private final Clock clock;

    public ExchangeActions(AppContext context) {
        this(context, Clock.systemDefaultZone());
    }

    public ExchangeActions(AppContext context, Clock clock) {
        this.context = context;
        this.model = new ExchangeModel(context.uiText());
        this.clock = clock;
    }

    public ExchangeModel model() {
        return model;
    }

    /** Exports the open pack; nothing happens without one, or while other work runs. */
    public void export(Format format) {
        PackIndex index = context.packs().getIndex();
        if (index == null || model.busyProperty().get()) {
            return;
        }
        if (Exchange.cannotExport(format, index).isPresent()) {
            context.dialogs().showError(context.text("exchange.export.failed"),
                    context.text("exchange.export.nothing." + key(format)));
            return;
        }
        DialogService.FileRequest request = new DialogService.FileRequest(
                context.text("exchange.export.title." + key(format)),
                List.of(filter(format), all()), Exchange.suggestedName(index, format));
        context.dialogs().chooseSave(request).ifPresent(file -> {
            model.start(model.busyExport(file));
            context.background().run(() -> Exchange.export(format, index, file, clock, model.listener()),
                    (ExportResult r) -> {
                        model.finish();
                        context.dialogs().showInfo(context.text("exchange.export.done.title"), model.exportHeader(r),
                                model.exportBody(r));
                    }, error -> {
                        model.finish();
                        failed("exchange.export.failed", file, error);
                    });
        });
    }

    /** Imports a file of the format as a new pack, saves it where the user chooses, and opens it. */
    public void importFile(Format format) {
        if (model.busyProperty().get()) {
            return;
        }
        DialogService.FileRequest open = new DialogService.FileRequest(
                context.text("exchange.import.title." + key(format)), List.of(importFilter(format), all()), null);
        context.dialogs().chooseOpen(open).ifPresent(in -> {
            String stem = in.getFileName() == null ? "imported" : in.getFileName().toString().replaceFirst("\\.[^.]*$", "");
            DialogService.FileRequest save = new DialogService.FileRequest(context.text("exchange.import.save"),
                    List.of(new DialogService.FileFilter(context.text("dialog.open.packs"), PackFiles.globs())),
                    stem + "." + PackFiles.EXTENSION, in.toAbsolutePath().getParent());
            context.dialogs().chooseSave(save).ifPresent(out -> {
                if (out.toAbsolutePath().normalize().equals(in.toAbsolutePath().normalize())) {
                    context.dialogs().showError(context.text("exchange.import.failed"),
                            context.text("exchange.import.sameFile", out.toString()));
                    return;
                }
                model.start(model.busyImport(in));
                context.background().run(() -> {
                    ImportResult r = Exchange.importFile(format, in, clock, model.listener());
                    if (r.isImported()) {
                        r.write(out);
                    }
                    return r;
                }, (ImportResult r) -> {
                    model.finish();
                    if (!r.isImported()) {
                        context.dialogs().showError(context.text("exchange.import.failed"), model.importFailure(r));
                        return;
                    }
                    context.packs().open(out, refused -> context.dialogs().showProblems(refused.file(),
                            refused.problems()));
                    context.dialogs().showInfo(context.text("exchange.import.done.title"), model.importHeader(r),
                            model.importBody(r, out));
                }, error -> {
                    model.finish();
                    failed("exchange.import.failed", out, error);
                });
            });
        });
    }

    private void failed(String titleKey, Path file, Throwable error) {
        if (error instanceof IOException) {
            context.dialogs().showError(context.text(titleKey), context.text("exchange.writeFailed", file.toString(),
                    String.valueOf(error.getMessage())));
        } else {
            context.dialogs().showUnexpected(error);
        }
    }

    private static String key(Format format) {
        switch (format) {
            case ANKI:
                return "anki";
            case ANKI_TEXT:
                return "ankiText";
            default:
                return "timeline";
        }
    }

    private DialogService.FileFilter filter(Format format) {
        return new DialogService.FileFilter(context.text("exchange.filter." + key(format)), format.globs());
    }

    private DialogService.FileFilter importFilter(Format format) {
        if (format == Format.TIMELINEJS) {
            return filter(format);
        }
        return new DialogService.FileFilter(context.text("exchange.filter.ankiAny"),
                List.of("*.apkg", "*.colpkg", "*.txt", "*.tsv", "*.csv"));
    }

    private DialogService.FileFilter all() {
        return new DialogService.FileFilter(context.text("dialog.open.all"), List.of("*"));
    }
}
