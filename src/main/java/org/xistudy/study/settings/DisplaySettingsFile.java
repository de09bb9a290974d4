package org.xistudy.study.settings;

import java.nio.file.Path;
import org.xistudy.study.storage.JsonStore;

/**
 * The display settings file in the data folder, {@code display-settings.json}, written with the
 * same crash-safe store as study progress. A damaged file is moved aside and the defaults used;
 * a file from a newer version is left alone and never written.
 */
public final class DisplaySettingsFile {
    public static final String FILE_NAME = "display-settings.json";

    /** The settings read, and what the store found. {@code movedTo} is set when a damaged file was set aside. */
    public record Loaded(DisplaySettings settings, JsonStore.Status status, Path movedTo) {
    }

    private final JsonStore<DisplaySettings> store;

    public DisplaySettingsFile(Path dataDir) {
        this.store = JsonStore.builder(dataDir.resolve(FILE_NAME), DisplaySettings.class)
                .kind("xi-policy-study/display-settings").version(1).fresh(DisplaySettings::defaults).build();
    }

    public Path file() {
        return store.file();
    }

    /** The saved settings, or the defaults when there are none or they cannot be read. */
    public Loaded load() {
        JsonStore.Result<DisplaySettings> r = store.load();
        DisplaySettings value = r.value() == null ? DisplaySettings.defaults() : r.value();
        return new Loaded(value.normalized(), r.status(), r.movedTo());
    }

    /** Saves the settings; false when they cannot or may not be written (the app goes on either way). */
    public boolean save(DisplaySettings settings) {
        return store.trySave(settings.normalized());
    }
}
