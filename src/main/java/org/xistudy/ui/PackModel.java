package org.xistudy.ui;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.xistudy.content.LoadResult;
import org.xistudy.content.PackIndex;
import org.xistudy.content.PackLoader;
import org.xistudy.content.SeedFiles;
import org.xistudy.study.watch.FileWatcher;
import org.xistudy.ui.common.BackgroundWork;

/**
 * The open content pack. Packs load on a background thread; a pack with errors is never
 * installed, so the current one stays, and the problems go to whoever asked.
 *
 * <p>A pack opened from a file is reloaded when the file changes on disk (live reload for
 * authors): the new content is validated in the background and installed only when valid; when
 * it has errors, {@link #refusedReloadProperty()} holds them and the last good version stays open.
 */
public final class PackModel {
    private final ReadOnlyObjectWrapper<PackIndex> index = new ReadOnlyObjectWrapper<>(this, "index");
    private final ReadOnlyObjectWrapper<LoadResult> loaded = new ReadOnlyObjectWrapper<>(this, "loaded");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");
    private final ReadOnlyObjectWrapper<LoadResult> refusedReload = new ReadOnlyObjectWrapper<>(this, "refusedReload");
    /** The file the open pack came from, or null for the bundled pack. */
    private Path file;
    private final BackgroundWork background;

    /** Watches the file of the open pack; null for the bundled pack. */
    private FileWatcher watcher;
    /** Watches the file being opened, until it is installed or refused. */
    private FileWatcher opening;
    /** Content that changed while its file was being opened, reloaded once it is. */
    private byte[] deferred;
    private long reloads;

    public PackModel(BackgroundWork background) {
        this.background = background;
    }

    /** The current pack, or null before the first pack loads. */
    public ReadOnlyObjectProperty<PackIndex> indexProperty() {
        return index.getReadOnlyProperty();
    }

    public PackIndex getIndex() {
        return index.get();
    }

    /** The load result of the current pack (with its file name and warnings). */
    public ReadOnlyObjectProperty<LoadResult> loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /**
     * The last version of the open pack's file that was refused because it has errors, or null
     * when the open pack is the file's latest content (or the pack is not from a file).
     */
    public ReadOnlyObjectProperty<LoadResult> refusedReloadProperty() {
        return refusedReload.getReadOnlyProperty();
    }

    /** Loads a pack file in the background. {@code onProblems} receives a result that was refused. */
    public void open(Path packFile, Consumer<LoadResult> onProblems) {
        FileWatcher w = watch(packFile);
        closeOpening();
        opening = w;
        loading.set(true);
        background.run(() -> readAndLoad(packFile, w), result -> {
            loading.set(false);
            if (w != null && w != opening) {
                w.close(); // another open came after this one
            }
            if (result.isValid()) {
                install(result, packFile);
                if (w != null && w == opening) {
                    closeWatcher();
                    watcher = w;
                    opening = null;
                    byte[] changed = deferred;
                    deferred = null;
                    if (changed != null) {
                        reload(w, changed);
                    }
                }
            } else {
                if (w != null && w == opening) {
                    closeOpening();
                }
                onProblems.accept(result);
            }
        }, error -> {
            loading.set(false);
            if (w != null && w == opening) {
                closeOpening();
            }
            Thread.getDefaultUncaughtExceptionHandler().uncaughtException(Thread.currentThread(), error);
        });
    }

    /** Loads the bundled pack in the background. */
    public void openDefault(Consumer<LoadResult> onProblems) {
        loading.set(true);
        background.run(PackLoader::loadDefault, result -> {
            loading.set(false);
            if (result.isValid()) {
                closeWatcher();
                install(result, null);
            } else {
                onProblems.accept(result);
            }
        }, error -> {
            loading.set(false);
            Thread.getDefaultUncaughtExceptionHandler().uncaughtException(Thread.currentThread(), error);
        });
    }

    /** Installs a load result if it is valid; otherwise passes it to {@code onProblems}. */
    public void accept(LoadResult result, Consumer<LoadResult> onProblems) {
        if (!Platform.isFxApplicationThread()) {
            Platform.runLater(() -> accept(result, onProblems));
            return;
        }
        if (result.isValid()) {
            loaded.set(result);
            index.set(result.index().orElseThrow());
        } else {
            onProblems.accept(result);
        }
    }

    /** Stops watching the open pack's file (when the window closes). */
    public void stopWatching() {
        closeWatcher();
        closeOpening();
    }

    private void install(LoadResult result, Path from) {
        refusedReload.set(null);
        file = from;
        loaded.set(result);
        index.set(result.index().orElseThrow());
    }

    private FileWatcher watch(Path packFile) {
        FileWatcher[] self = new FileWatcher[1];
        try {
            self[0] = FileWatcher.start(packFile, FileWatcher.DEBOUNCE, PackLoader.MAX_BYTES,
                    bytes -> Platform.runLater(() -> changed(self[0], bytes)));
            return self[0];
        } catch (IOException | RuntimeException e) {
            return null; // a folder that cannot be watched: the pack still opens, without live reload
        }
    }

    /** Reads the file once, so that the watcher knows exactly which content was loaded. */
    private static LoadResult readAndLoad(Path packFile, FileWatcher w) {
        byte[] bytes;
        try {
            bytes = FileWatcher.read(packFile, PackLoader.MAX_BYTES);
        } catch (IOException | RuntimeException e) {
            if (w != null) {
                w.seen(null);
            }
            return PackLoader.load(packFile); // says why it cannot be read
        }
        if (w != null) {
            w.seen(bytes);
        }
        return PackLoader.load(packFile.toString(), bytes, SeedFiles.near(packFile));
    }

    private void changed(FileWatcher w, byte[] bytes) {
        if (w != null && w == opening) {
            deferred = bytes;
        } else if (w != null && w == watcher) {
            reload(w, bytes);
        }
    }

    private void reload(FileWatcher w, byte[] bytes) {
        long seq = ++reloads;
        Path packFile = w.file();
        Path shown = file != null ? file : packFile;
        background.run(() -> PackLoader.load(shown.toString(), bytes, SeedFiles.near(packFile)), result -> {
            if (w != watcher || seq != reloads) {
                return; // another pack was opened, or a newer save is on its way
            }
            if (result.isValid()) {
                install(result, shown);
            } else {
                refusedReload.set(result);
            }
        }, error -> Thread.getDefaultUncaughtExceptionHandler().uncaughtException(Thread.currentThread(), error));
    }

    private void closeWatcher() {
        if (watcher != null) {
            watcher.close();
            watcher = null;
        }
        refusedReload.set(null);
    }

    private void closeOpening() {
        if (opening != null) {
            opening.close();
            opening = null;
        }
        deferred = null;
    }
}
