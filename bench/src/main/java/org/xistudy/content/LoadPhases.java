package org.xistudy.content;

import org.xistudy.content.json.ParsedJson;
import org.xistudy.content.model.Pack;
import org.xistudy.content.validate.SeedLookup;

/** The steps of {@link PackLoader} that the pack-load benchmark times one by one. */
public final class LoadPhases {
    private LoadPhases() {
    }

    /** Binding a validated tree to the model, alone. */
    public static Pack bind(ParsedJson json) {
        return PackLoader.bind(json);
    }

    /** The whole load with every step on the calling thread, as for a small pack. */
    public static LoadResult loadOnOneThread(String name, byte[] bytes, SeedLookup seeds) {
        return PackLoader.load(name, bytes, seeds, false);
    }
}
