package org.xistudy.ui.shell;

import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.value.ChangeListener;
import org.xistudy.content.ItemLink;
import org.xistudy.content.PackIndex;
import org.xistudy.ui.AppContext;
import org.xistudy.ui.StudyView;
import org.xistudy.ui.common.TextClipboard;

/**
 * Item links in the shell: Go &gt; Copy link, Go &gt; Go to link, and {@code --open LINK} at
 * start-up. A link that is malformed or names nothing in the open pack is told, never followed.
 */
final class LinkActions {
    private final AppContext context;
    private final Supplier<Optional<StudyView>> currentView;
    private final Consumer<String> status;
    private ChangeListener<PackIndex> pending;

    LinkActions(AppContext context, Supplier<Optional<StudyView>> currentView, Consumer<String> status) {
        this.context = context;
        this.currentView = currentView;
        this.status = status;
    }

    /** The link of what the current view shows or has selected. */
    Optional<String> currentLink() {
        return currentView.get().flatMap(StudyView::link);
    }

    /** Puts the current link on the clipboard and says so in the status line. */
    void copy() {
        Optional<String> link = currentLink();
        if (link.isEmpty()) {
            status.accept(context.text("link.copy.nothing"));
            return;
        }
        context.service(TextClipboard.class, TextClipboard::system).put(link.get());
        status.accept(context.text("link.copy.done", link.get()));
    }

    /** Asks for a link, the current one filled in, and follows it. */
    void goTo() {
        context.dialogs().prompt(context.text("link.goto.title"), context.text("link.goto.message"),
                currentLink().orElse("")).ifPresent(this::follow);
    }

    /** Follows a link now; returns whether it was followed (if not, the user was told why). */
    boolean follow(String text) {
        ItemLink link;
        try {
            link = ItemLink.parse(text);
        } catch (ItemLink.BadLink e) {
            tell(text, e.getMessage());
            return false;
        }
        PackIndex index = context.packs().getIndex();
        if (index == null) {
            tell(text, context.text("link.bad.noPack"));
            return false;
        }
        Optional<String> problem = link.check(index);
        if (problem.isPresent()) {
            tell(link.format(), problem.get());
            return false;
        }
        if (!context.navigator().openLink(link)) {
            tell(link.format(), context.text("link.bad.notShown"));
            return false;
        }
        return true;
    }

    /**
     * Follows a link given at start-up once the first pack is open: at once if it is, else when it
     * arrives. A malformed link is told at once.
     */
    void followWhenOpen(String text) {
        if (ItemLink.tryParse(text).isEmpty() || context.packs().getIndex() != null) {
            follow(text);
            return;
        }
        pending = (obs, old, now) -> {
            if (now != null) {
                context.packs().indexProperty().removeListener(pending);
                pending = null;
                follow(text);
            }
        };
        context.packs().indexProperty().addListener(pending);
    }

    private void tell(String link, String why) {
        String shown = link == null ? "" : link.length() > 80 ? link.substring(0, 80) + "\u2026" : link;
        context.dialogs().showError(context.text("link.bad.title"),
                context.text("link.bad.body", shown.replaceAll("\\p{Cc}", "\uFFFD"), why));
    }
}
