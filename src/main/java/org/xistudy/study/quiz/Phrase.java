package org.xistudy.study.quiz;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.xistudy.content.PartialDate;
import org.xistudy.study.answer.AnswerCheck;

/**
 * A piece of question text that is translated when it is shown: a UI-text key with arguments, or
 * words taken literally from the pack (titles, names, card text). Arguments may be strings,
 * numbers, {@link PartialDate}s or other phrases; the quiz logic never holds English text itself.
 */
public record Phrase(String key, List<Object> args) {

    /** Looks up UI text by key and formats it with already rendered arguments. */
    @FunctionalInterface
    public interface Texts {
        String text(String key, Object... args);

        /**
         * A person's or body's name as the reader asked to see names ({@code english} where
         * nothing else is known, as here by default).
         */
        default String name(String id, String english) {
            return english;
        }
    }

    /** The key of a {@link #name} phrase, which no bundle has. */
    static final String NAME = "@name";

    public Phrase {
        args = List.copyOf(args);
    }

    /** Words from the pack, shown as they are. */
    public static Phrase literal(String text) {
        return new Phrase(null, List.of(Objects.requireNonNull(text)));
    }

    /**
     * A person's or body's name from the pack, shown as {@link Texts#name} renders it (in the
     * chosen name style); compared as its English words.
     */
    public static Phrase name(String id, String english) {
        return new Phrase(NAME, List.of(Objects.requireNonNull(id), Objects.requireNonNull(english)));
    }

    /** UI text by key with arguments. */
    public static Phrase of(String key, Object... args) {
        return new Phrase(Objects.requireNonNull(key), Arrays.asList(args));
    }

    public boolean isLiteral() {
        return key == null;
    }

    /** The literal text, or null when this phrase is a key. */
    public String literalText() {
        return isLiteral() ? (String) args.get(0) : null;
    }

    /** Renders the phrase: dates in the locale's short form, nested phrases recursively. */
    public String render(Texts texts, Locale locale) {
        if (isLiteral()) {
            return literalText();
        }
        if (NAME.equals(key)) {
            return texts.name((String) args.get(0), (String) args.get(1));
        }
        List<Object> out = new ArrayList<>(args.size());
        for (Object a : args) {
            if (a instanceof PartialDate d) {
                out.add(d.display(locale));
            } else if (a instanceof Phrase p) {
                out.add(p.render(texts, locale));
            } else {
                out.add(a);
            }
        }
        return texts.text(key, out.toArray());
    }

    /**
     * A text that identifies the phrase for comparisons (are two options the same words?):
     * literal text folded to lower case with whitespace collapsed, or the key and arguments.
     */
    public String identity() {
        if (isLiteral()) {
            return AnswerCheck.normalize(literalText());
        }
        if (NAME.equals(key)) {
            return AnswerCheck.normalize((String) args.get(1));
        }
        StringBuilder sb = new StringBuilder(key);
        for (Object a : args) {
            sb.append('|').append(a instanceof Phrase p ? p.identity() : AnswerCheck.normalize(String.valueOf(a)));
        }
        return sb.toString();
    }
}
