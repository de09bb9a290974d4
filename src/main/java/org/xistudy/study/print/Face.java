package org.xistudy.study.print;

/** The typefaces of the handouts; Chinese characters in any of them come from the CJK font. */
enum Face {
    REGULAR("NotoSerif-Regular"),
    BOLD("NotoSerif-Bold"),
    ITALIC("NotoSerif-Italic");

    private final String file;

    Face(String file) {
        this.file = file;
    }

    String resource() {
        return HandoutFonts.FOLDER + file + ".subset.ttf";
    }
}
