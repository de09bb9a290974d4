package org.xistudy.study.names;

import java.util.Arrays;

/**
 * How the app shows the names of people and bodies: in English only, in English with the Chinese
 * characters, or in characters with pinyin. One setting for the timeline, the chart, the quiz
 * and the presentation.
 */
public enum NameStyle {
    ENGLISH("en"),
    ENGLISH_CHINESE("en-zh"),
    CHINESE_PINYIN("zh-pinyin");

    private final String tag;

    NameStyle(String tag) {
        this.tag = tag;
    }

    /** The style as the settings file keeps it. */
    public String tag() {
        return tag;
    }

    /** The style a tag names; English with Chinese (the app's first way) for an unknown or missing one. */
    public static NameStyle of(String tag) {
        return Arrays.stream(values()).filter(s -> s.tag.equals(tag)).findFirst().orElse(ENGLISH_CHINESE);
    }
}
