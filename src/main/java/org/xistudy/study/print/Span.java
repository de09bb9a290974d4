package org.xistudy.study.print;

import java.util.List;

/** A run of text in one style; a paragraph is a list of spans. */
record Span(String text, TextStyle style) {
    Span {
        text = text == null ? "" : text;
    }

    static List<Span> of(String text, TextStyle style) {
        return List.of(new Span(text, style));
    }
}
