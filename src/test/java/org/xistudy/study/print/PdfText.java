package org.xistudy.study.print;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;

/** A PDF read back with PDFBox: the text of each page, the page sizes and the fonts. */
final class PdfText {
    final List<String> pages = new ArrayList<>();
    final List<PDRectangle> sizes = new ArrayList<>();
    final List<PDFont> fonts = new ArrayList<>();
    final String title;

    PdfText(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            for (int i = 1; i <= doc.getNumberOfPages(); i++) {
                stripper.setStartPage(i);
                stripper.setEndPage(i);
                pages.add(stripper.getText(doc));
                PDPage page = doc.getPage(i - 1);
                sizes.add(page.getMediaBox());
                for (var name : page.getResources().getFontNames()) {
                    fonts.add(page.getResources().getFont(name));
                }
            }
            title = doc.getDocumentInformation().getTitle();
        }
    }

    int count() {
        return pages.size();
    }

    String all() {
        return String.join("\n", pages);
    }

    /**
     * All pages without white space and without their header and footer, which come last in
     * each page's content: so text that runs on to the next page reads on.
     */
    String squeezedBody(String title, String handout) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < pages.size(); i++) {
            String page = squeeze(pages.get(i));
            String frame = squeeze(title + handout + "Page " + (i + 1) + " of " + pages.size());
            if (!page.endsWith(frame)) {
                throw new AssertionError("page " + (i + 1) + " does not end with its header and footer");
            }
            sb.append(page, 0, page.length() - frame.length());
        }
        return sb.toString();
    }

    /** Text without any white space, for comparing words that may wrap anywhere. */
    static String squeeze(String s) {
        return s.replaceAll("\\s+", "");
    }
}
