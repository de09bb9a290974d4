package org.xistudy.study.settings;

import java.nio.file.Path;
import org.xistudy.study.storage.JsonStore;

/**
 * {@code render-choice.json} in the data folder ({@link RenderChoice}), written with the
 * crash-safe store. A damaged file is set aside and the start lets JavaFX choose, as on a first one.
 */
public final class RenderChoiceFile {
    public static final String FILE_NAME = "render-choice.json";

    private final JsonStore<RenderChoice> store;

    public RenderChoiceFile(Path dataDir) {
        this.store = JsonStore.builder(dataDir.resolve(FILE_NAME), RenderChoice.class)
                .kind("xi-policy-study/render-choice").version(1).fresh(RenderChoice::none).build();
    }

    /** What was learnt before, or {@link RenderChoice#none()} when nothing can be read. */
    public RenderChoice load() {
        RenderChoice value = store.load().value();
        return value == null ? RenderChoice.none() : value;
    }

    /** Saves it; false when it cannot or may not be written (the app goes on either way). */
    public boolean save(RenderChoice choice) {
        return store.trySave(choice);
    }
}
