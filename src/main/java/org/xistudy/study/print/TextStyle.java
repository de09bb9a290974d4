package org.xistudy.study.print;

/** How a piece of text is set: typeface, size in points, colour. */
record TextStyle(Face face, float size, Rgb color) {
    TextStyle(Face face, float size) {
        this(face, size, Rgb.INK);
    }

    TextStyle withFace(Face f) {
        return new TextStyle(f, size, color);
    }

    TextStyle withColor(Rgb c) {
        return new TextStyle(face, size, c);
    }

    /** The distance between the baselines of two lines. */
    float leading() {
        return size * 1.32f;
    }
}
