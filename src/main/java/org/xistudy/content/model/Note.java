package org.xistudy.content.model;

import java.util.List;

/** A reading note: where the essay is imprecise or contested, with the evidence. */
public record Note(String id, NoteKind kind, List<String> about, String title, String body, List<Cite> cite)
        implements Cited {
    public Note {
        about = Lists.of(about);
        cite = Lists.of(cite);
    }
}
