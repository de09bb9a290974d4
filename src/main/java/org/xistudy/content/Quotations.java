package org.xistudy.content;

/** Shows a quote from the essay in quotation marks, with quotations inside it nested properly. */
public final class Quotations {
    private Quotations() {
    }

    /**
     * The quote in double curly quotes. Double quotes inside it become single ones, as English
     * nests quotations: {@code proposed the “China Dream”} shows as {@code “proposed the ‘China Dream’”}.
     */
    public static String display(String quote) {
        if (quote == null) {
            return "";
        }
        String inner = quote.strip().replace('\u201C', '\u2018').replace('\u201D', '\u2019');
        return "\u201C" + inner + "\u201D";
    }
}
