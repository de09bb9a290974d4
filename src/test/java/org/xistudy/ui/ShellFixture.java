package org.xistudy.ui;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.stage.Stage;
import org.testfx.util.WaitForAsyncUtils;
import org.xistudy.ui.shell.Shell;

/** Starts the real main window for UI tests and waits until its first pack has loaded. */
public final class ShellFixture {
    private ShellFixture() {
    }

    /** Opens the shell on {@code stage} with the bundled pack (or {@code content}) and waits for it. */
    public static Shell open(Stage stage, Path dataDir, Path content) {
        AppContext context = new AppContext(Locale.ENGLISH, dataDir);
        Shell shell = Shell.open(stage, context, content);
        return shell;
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
