package org.xistudy.study.print;

import java.util.Locale;
import java.util.Optional;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/** The paper a handout is laid out for. */
public enum Paper {
    A4(PDRectangle.A4),
    LETTER(PDRectangle.LETTER);

    private final PDRectangle size;

    Paper(PDRectangle size) {
        this.size = size;
    }

    /** The page in points, upright. */
    PDRectangle portrait() {
        return new PDRectangle(size.getWidth(), size.getHeight());
    }

    /** The page in points, on its side. */
    PDRectangle landscape() {
        return new PDRectangle(size.getHeight(), size.getWidth());
    }

    /** The usual paper where the locale is: US Letter in the United States and Canada, else A4. */
    public static Paper forLocale(Locale locale) {
        String country = locale == null ? "" : locale.getCountry();
        return "US".equals(country) || "CA".equals(country) ? LETTER : A4;
    }

    /** Reads {@code a4} or {@code letter} (any case), as the command line takes it. */
    public static Optional<Paper> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "a4":
                return Optional.of(A4);
            case "letter":
            case "us-letter":
                return Optional.of(LETTER);
            default:
                return Optional.empty();
        }
    }
}
