package org.xistudy.study.progress;

import java.util.LinkedHashMap;
import java.util.Map;

/** The whole progress file: one {@link PackProgress} per pack id. */
public record ProgressData(Map<String, PackProgress> packs) {
    public ProgressData {
        Map<String, PackProgress> clean = new LinkedHashMap<>();
        if (packs != null) {
            packs.forEach((id, p) -> {
                if (id != null && p != null) {
                    // Rebuilt so that entries a hand edit left null are dropped.
                    clean.put(id, new PackProgress(p.items(), p.log()));
                }
            });
        }
        packs = clean;
    }

    public static ProgressData empty() {
        return new ProgressData(new LinkedHashMap<>());
    }
}
