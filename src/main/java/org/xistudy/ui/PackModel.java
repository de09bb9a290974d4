package org.xistudy.ui;

import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.xistudy.content.LoadResult;
import org.xistudy.content.PackIndex;
import org.xistudy.content.PackLoader;
import org.xistudy.ui.common.BackgroundWork;

/**
 * The open content pack. Packs load on a background thread; a pack with errors is never
 * installed, so the current one stays, and the problems go to whoever asked.
 */
public final class PackModel {
    private final ReadOnlyObjectWrapper<PackIndex> index = new ReadOnlyObjectWrapper<>(this, "index");
    private final ReadOnlyObjectWrapper<LoadResult> loaded = new ReadOnlyObjectWrapper<>(this, "loaded");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");
    private final BackgroundWork background;

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

    /** Loads a pack file in the background. {@code onProblems} receives a result that was refused. */
    public void open(Path file, Consumer<LoadResult> onProblems) {
        load(() -> PackLoader.load(file), onProblems);
    }

    /** Loads the bundled pack in the background. */
    public void openDefault(Consumer<LoadResult> onProblems) {
        load(PackLoader::loadDefault, onProblems);
    }

    private void load(Supplier<LoadResult> work, Consumer<LoadResult> onProblems) {
        loading.set(true);
        background.run(work::get, result -> {
            loading.set(false);
            accept(result, onProblems);
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
}
