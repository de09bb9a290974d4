package org.xistudy.content.model;

import org.xistudy.content.PartialDate;

/**
 * The essay the pack teaches. {@code seed} is the path of its text, such as {@code seeds/essay.txt};
 * a pack without one (made by an import, say) has no essay, and only {@code title} is then known.
 */
public record Source(String title, String author, String publisher, PartialDate date, String url, String seed) {
    /** Whether the pack has an essay to read and quote. */
    public boolean hasEssay() {
        return seed != null;
    }
}
