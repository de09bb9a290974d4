package org.xistudy.ui.shell;

import javafx.beans.binding.Bindings;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.binding.StringBinding;
import org.xistudy.content.LoadResult;
import org.xistudy.content.PackIndex;
import org.xistudy.content.model.Pack;
import org.xistudy.ui.AppContext;

/** The texts of the window's frame, derived from the open pack. */
final class ShellViewModel {
    private final StringBinding title;
    private final StringBinding subtitle;
    private final StringBinding credit;
    private final StringBinding status;
    private final StringBinding file;
    private final StringBinding reloadMessage;
    private final StringBinding reloadProblems;

    private final StringProperty notice = new SimpleStringProperty(this, "notice", "");

    ShellViewModel(AppContext context) {
        var index = context.packs().indexProperty();
        var loaded = context.packs().loadedProperty();
        title = Bindings.createStringBinding(() -> pack(index.get()) == null ? context.text("app.name")
                : pack(index.get()).title(), index);
        subtitle = Bindings.createStringBinding(() -> {
            Pack p = pack(index.get());
            return p == null || p.subtitle() == null ? "" : p.subtitle();
        }, index);
        credit = Bindings.createStringBinding(() -> {
            Pack p = pack(index.get());
            if (p == null) {
                return "";
            }
            if (!p.source().hasEssay()) {
                return context.text("shell.credit.noEssay", p.source().title());
            }
            return context.text("shell.credit", p.source().author(), p.source().publisher(),
                    context.uiText().shortDate(p.source().date()));
        }, index);
        status = Bindings.createStringBinding(() -> {
            if (!notice.get().isEmpty()) {
                return notice.get();
            }
            Pack p = pack(index.get());
            LoadResult r = loaded.get();
            if (p == null) {
                return context.text("status.noPack");
            }
            int warnings = r == null ? 0 : r.warnings().size();
            return context.text("status.counts", p.events().size(), p.institutions().size(), p.people().size(),
                    p.cards().size(), p.notes().size(), warnings);
        }, index, loaded, notice);
        index.addListener(o -> notice.set(""));
        context.navigator().currentProperty().addListener(o -> notice.set(""));
        file = Bindings.createStringBinding(() -> loaded.get() == null ? "" : loaded.get().file(), loaded);
        var refused = context.packs().refusedReloadProperty();
        reloadMessage = Bindings.createStringBinding(() -> refused.get() == null ? ""
                : context.text("reload.bar.errors", refused.get().errors().size()), refused);
        reloadProblems = Bindings.createStringBinding(() -> refused.get() == null ? ""
                : ReloadProblems.firstLines(refused.get(), ReloadProblems.SHOWN, context.uiText()), refused);
    }

    /** Says something in the status line (what "Add to lesson" did) until the view or the pack changes. */
    void say(String message) {
        notice.set(message == null ? "" : message);
    }

    /** What the live-reload bar says: how many errors the file on disk has. */
    StringBinding reloadMessageProperty() {
        return reloadMessage;
    }

    /** The first problems of the refused version, one per line, location first. */
    StringBinding reloadProblemsProperty() {
        return reloadProblems;
    }

    private static Pack pack(PackIndex index) {
        return index == null ? null : index.pack();
    }

    StringBinding titleProperty() {
        return title;
    }

    StringBinding subtitleProperty() {
        return subtitle;
    }

    StringBinding creditProperty() {
        return credit;
    }

    StringBinding statusProperty() {
        return status;
    }

    StringBinding fileProperty() {
        return file;
    }
}
