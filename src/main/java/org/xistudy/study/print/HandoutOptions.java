package org.xistudy.study.print;

import java.util.Locale;
import java.util.Objects;
import org.xistudy.study.quiz.Phrase;

/**
 * How handouts are made: the paper, the language of dates, and where their words come from (the
 * {@code print.*} and {@code quiz.*} keys of the UI's bundles, or {@link BundleTexts} without UI).
 */
public record HandoutOptions(Paper paper, Locale locale, Phrase.Texts texts) {
    public HandoutOptions {
        Objects.requireNonNull(paper);
        Objects.requireNonNull(locale);
        Objects.requireNonNull(texts);
    }

    String text(String key, Object... args) {
        return texts.text(key, args);
    }

    String render(Phrase p) {
        return p == null ? "" : p.render(texts, locale);
    }
}
