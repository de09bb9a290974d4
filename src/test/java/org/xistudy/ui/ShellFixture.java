package org.xistudy.ui;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.stage.Stage;
import org.testfx.util.WaitForAsyncUtils;
import org.xistudy.ui.common.BackgroundWork;
import org.xistudy.ui.shell.Shell;

/** Starts the real main window for UI tests and waits until its first pack has loaded. */
public final class ShellFixture {
    private ShellFixture() {
    }

    /** Opens the shell on {@code stage} with the bundled pack (or {@code content}), with real dialogs. */
    public static Shell open(Stage stage, Path dataDir, Path content) {
        return Shell.open(stage, new AppContext(Locale.ENGLISH, dataDir), content);
    }

    /**
     * Opens the shell with {@code dialogs} answering for the user and background work done at once
     * on the calling thread, so the pack is open when this returns.
     */
    public static Shell open(Stage stage, Path dataDir, Path content, FakeDialogs dialogs) {
        AppContext context = new AppContext(Locale.ENGLISH, dataDir, BackgroundWork.sameThread(), dialogs);
        return Shell.open(stage, context, content);
    }

    /** As {@link #open(Stage, Path, Path, FakeDialogs)}, then follows {@code link} as {@code --open LINK} does. */
    public static Shell open(Stage stage, Path dataDir, Path content, FakeDialogs dialogs, String link) {
        AppContext context = new AppContext(Locale.ENGLISH, dataDir, BackgroundWork.sameThread(), dialogs);
        return Shell.open(stage, context, content, link);
    }

    /** Waits until the shell has a pack, up to ten seconds. */
    public static void awaitPack(Shell shell) {
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> shell.context().packs().getIndex() != null);
        } catch (TimeoutException e) {
            throw new AssertionError("the pack did not load within 10 s", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }
}
