package org.xistudy.study.names;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.xistudy.content.model.Institution;
import org.xistudy.content.model.Person;

/**
 * A person's or a body's name in its forms from the pack: English (always), the Chinese
 * characters and their pinyin (either may be missing). Each method gives the form a
 * {@link NameStyle} asks for and falls back to English where the pack has no characters.
 */
public record Name(String english, String zh, String pinyin) {

    public Name {
        zh = blankToNull(zh);
        pinyin = blankToNull(pinyin);
    }

    public static Name of(Institution i) {
        return new Name(i.name(), i.zh(), i.pinyin());
    }

    public static Name of(Person p) {
        return new Name(p.name(), p.zh(), p.pinyin());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private boolean chinese(NameStyle style) {
        return style == NameStyle.CHINESE_PINYIN && zh != null;
    }

    /** The name's main line: the characters in the Chinese style, English otherwise. */
    public String first(NameStyle style) {
        return chinese(style) ? zh : english;
    }

    /** The line beneath it: the characters with English, pinyin with characters, none in English only. */
    public Optional<String> second(NameStyle style) {
        return switch (style) {
            case ENGLISH -> Optional.empty();
            case ENGLISH_CHINESE -> Optional.ofNullable(zh);
            case CHINESE_PINYIN -> zh == null ? Optional.empty() : Optional.ofNullable(pinyin);
        };
    }

    /**
     * The forms a detail panel adds below the main line and {@link #second}: pinyin with English
     * and characters, English with characters and pinyin, none in English only.
     */
    public List<String> more(NameStyle style) {
        List<String> out = new ArrayList<>();
        if (style == NameStyle.ENGLISH_CHINESE && pinyin != null) {
            out.add(pinyin);
        } else if (chinese(style)) {
            out.add(english);
        }
        return out;
    }

    /** The name on one line: "Wang Yi  王毅", "王毅  Wáng Yì" or "Wang Yi". */
    public String inline(NameStyle style) {
        return second(style).map(s -> first(style) + "  " + s).orElse(first(style));
    }

    /** The shortest form for a running line: the characters in the Chinese style, else {@code shortEnglish}. */
    public String brief(NameStyle style, String shortEnglish) {
        return chinese(style) ? zh : shortEnglish;
    }
}
