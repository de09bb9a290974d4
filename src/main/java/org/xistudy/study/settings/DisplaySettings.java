package org.xistudy.study.settings;

import org.xistudy.study.names.NameStyle;

/**
 * How the window looks: the colour palette ("light", "dark", or "projector"), the text size
 * step, the UI's language ("en", "zh-CN"; null follows the machine) and how names of people and
 * bodies are shown (a {@link NameStyle} tag; null is English with Chinese). Kept between runs so
 * a teacher who set up the projector once does not do it again.
 */
public record DisplaySettings(String palette, int textScale, String language, String names) {
    /** The languages the UI speaks, as language tags. */
    public static final String ENGLISH = "en";
    public static final String CHINESE = "zh-CN";

    public static final String LIGHT = "light";
    public static final String DARK = "dark";
    public static final String PROJECTOR = "projector";
    /** The largest text size step the app offers. */
    public static final int MAX_SCALE = 5;

    /** Settings that follow the machine's language. */
    public DisplaySettings(String palette, int textScale) {
        this(palette, textScale, null, null);
    }

    /** Settings with names shown the app's first way, English with Chinese. */
    public DisplaySettings(String palette, int textScale, String language) {
        this(palette, textScale, language, null);
    }

    public static DisplaySettings defaults() {
        return new DisplaySettings(LIGHT, 0);
    }

    /** The same settings with anything out of range replaced by its default. */
    public DisplaySettings normalized() {
        String p = DARK.equals(palette) || PROJECTOR.equals(palette) ? palette : LIGHT;
        int s = Math.max(0, Math.min(MAX_SCALE, textScale));
        String l = ENGLISH.equals(language) || CHINESE.equals(language) ? language : null;
        String n = names == null ? null : NameStyle.of(names).tag();
        return new DisplaySettings(p, s, l, n);
    }
}
