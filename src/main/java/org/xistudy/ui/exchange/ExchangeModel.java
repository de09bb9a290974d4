package org.xistudy.ui.exchange;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.ProgressIndicator;
import org.xistudy.content.Problem;
import org.xistudy.content.model.CardType;
import org.xistudy.study.exchange.ExportResult;
import org.xistudy.study.exchange.ImportResult;
import org.xistudy.study.exchange.Progress;
import org.xistudy.ui.common.ProblemText;
import org.xistudy.ui.common.UiText;

/**
 * The state of an export or import under way (whether one runs, how far it has got, what it
 * is doing) and the words of its summary. Progress may be reported from any thread; it reaches
 * the properties on the FX thread, at most one update waiting at a time.
 */
public final class ExchangeModel {
    /** The most warnings a summary lists; the rest are counted. */
    static final int LISTED_WARNINGS = 12;

    private final UiText text;
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress",
            ProgressIndicator.INDETERMINATE_PROGRESS);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final AtomicLong done = new AtomicLong();
    private final AtomicLong total = new AtomicLong();
    private final AtomicBoolean updatePending = new AtomicBoolean();

    public ExchangeModel(UiText text) {
        this.text = text;
    }

    /** Whether an export or import is running. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** From 0 to 1, or {@link ProgressIndicator#INDETERMINATE_PROGRESS} before the first item. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** What is being done, such as "Exporting deck.apkg…". */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    void start(String what) {
        done.set(0);
        total.set(0);
        progress.set(ProgressIndicator.INDETERMINATE_PROGRESS);
        status.set(what);
        busy.set(true);
    }

    void finish() {
        busy.set(false);
        status.set("");
        progress.set(ProgressIndicator.INDETERMINATE_PROGRESS);
    }

    /** The listener the exchange reports to; safe to call from the background thread. */
    Progress listener() {
        return (d, t) -> {
            done.set(d);
            total.set(t);
            if (Platform.isFxApplicationThread()) {
                show();
            } else if (updatePending.compareAndSet(false, true)) {
                Platform.runLater(() -> {
                    updatePending.set(false);
                    show();
                });
            }
        };
    }

    private void show() {
        long t = total.get();
        if (busy.get() && t > 0) {
            progress.set(Math.min(1.0, done.get() / (double) t));
        }
    }

    // ---- the summary ---------------------------------------------------------------------

    String exportHeader(ExportResult r) {
        return text.format("exchange.export.done.header", String.valueOf(r.file().getFileName()));
    }

    String exportBody(ExportResult r) {
        switch (r.format()) {
            case ANKI:
                return text.format("exchange.export.done.anki", r.notes(), r.cards(), r.decks(), r.file().toString());
            case ANKI_TEXT:
                return text.format("exchange.export.done.ankiText", r.notes(), r.decks(), r.file().toString());
            default:
                return text.format("exchange.export.done.timeline", r.events(), r.groups(), r.eras(), r.file().toString());
        }
    }

    String importHeader(ImportResult r) {
        return text.format("exchange.import.done.header", r.counts().title());
    }

    /** What the new pack holds, what was left out, and the first warnings. */
    String importBody(ImportResult r, Path saved) {
        ImportResult.Counts c = r.counts();
        List<String> lines = new ArrayList<>();
        if (c.cards() > 0) {
            List<String> types = new ArrayList<>();
            for (Map.Entry<CardType, Integer> e : new TreeMap<>(c.cardTypes()).entrySet()) {
                types.add(text.format("exchange.import.done.type", e.getValue(),
                        text.get("exchange.type." + e.getKey().jsonName())));
            }
            lines.add(text.format("exchange.import.done.cards", c.cards(), String.join(", ", types)));
        }
        if (c.events() > 0) {
            lines.add(text.format("exchange.import.done.events", c.events(), c.lanes(), c.eras()));
        }
        lines.add(text.format("exchange.import.done.references", c.references()));
        if (c.skipped() > 0) {
            lines.add(text.format("exchange.import.done.skipped", c.skipped(), c.read()));
        }
        if (c.media() > 0) {
            lines.add(text.format("exchange.import.done.media", c.media()));
        }
        lines.add(text.format("exchange.import.done.saved", saved.toString()));
        if (!r.problems().isEmpty()) {
            lines.add("");
            lines.add(text.get("exchange.import.done.warnings"));
            r.problems().stream().limit(LISTED_WARNINGS).forEach(p -> lines.add("\u2022 " + located(p)));
            if (r.problems().size() > LISTED_WARNINGS) {
                lines.add(text.format("exchange.more", r.problems().size() - LISTED_WARNINGS));
            }
        }
        return String.join("\n", lines);
    }

    /** Why an import made no pack: its errors, one a line. */
    String importFailure(ImportResult r) {
        List<String> lines = new ArrayList<>();
        lines.add(text.format(r.status() == ImportResult.Status.UNREADABLE ? "exchange.import.unreadable"
                : "exchange.import.invalid", r.file()));
        r.problems().stream().filter(Problem::isError).limit(LISTED_WARNINGS).forEach(p -> lines.add(new ProblemText(text).line(p)));
        return String.join("\n", lines);
    }

    private String located(Problem p) {
        return new ProblemText(text).located(p);
    }

    String busyExport(Path file) {
        return text.format("exchange.busy.export", String.valueOf(file.getFileName()));
    }

    String busyImport(Path file) {
        return text.format("exchange.busy.import", String.valueOf(file.getFileName()));
    }
}
