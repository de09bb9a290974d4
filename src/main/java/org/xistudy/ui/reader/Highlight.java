package org.xistudy.ui.reader;

/** A marked character range in a block of text, drawn with the given style class. */
public record Highlight(int start, int end, String styleClass) {
    public static final String QUOTE = "quote-highlight";
    public static final String MATCH = "search-match";
    public static final String CURRENT = "search-current";
}
