package org.xistudy.study.print;

/** A colour for print, each part 0 to 1. */
record Rgb(float r, float g, float b) {
    static final Rgb BLACK = new Rgb(0, 0, 0);
    static final Rgb INK = new Rgb(0.13f, 0.13f, 0.15f);
    static final Rgb GREY = new Rgb(0.42f, 0.42f, 0.45f);
    static final Rgb RULE = new Rgb(0.72f, 0.72f, 0.75f);
    static final Rgb SHADE = new Rgb(0.94f, 0.94f, 0.95f);
    static final Rgb ACCENT = new Rgb(0.55f, 0.10f, 0.10f);

    static Rgb hex(int rgb) {
        return new Rgb(((rgb >> 16) & 0xFF) / 255f, ((rgb >> 8) & 0xFF) / 255f, (rgb & 0xFF) / 255f);
    }
}
