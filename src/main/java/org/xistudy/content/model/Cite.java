package org.xistudy.content.model;

/**
 * Evidence for an item: either a verbatim {@code quote} from the essay, or a {@code ref} to an
 * entry of the pack's references with an optional {@code detail} (page, section, what it shows).
 */
public record Cite(String quote, String ref, String detail) {
    public boolean isQuote() {
        return quote != null;
    }
}
