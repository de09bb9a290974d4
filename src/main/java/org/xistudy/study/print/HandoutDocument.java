package org.xistudy.study.print;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Calendar;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.xistudy.platform.BuildInfo;

/** One handout being written: the PDF document, its fonts and its pages. */
final class HandoutDocument implements AutoCloseable {
    private final PDDocument doc = new PDDocument();
    private final HandoutFonts fonts;
    private final PageWriter pages;
    private final HandoutOptions options;

    HandoutDocument(HandoutOptions options, PDRectangle size) throws IOException {
        this.options = options;
        HandoutFonts f = null;
        try {
            f = new HandoutFonts(doc);
        } catch (IOException | RuntimeException e) {
            doc.close();
            throw e;
        }
        this.fonts = f;
        this.pages = new PageWriter(doc, fonts, size);
    }

    PageWriter pages() {
        return pages;
    }

    HandoutFonts fonts() {
        return fonts;
    }

    /** Headers and footers on every page, the document's properties, and the bytes of the PDF. */
    byte[] finish(String packTitle, String handoutName, String author) throws IOException {
        pages.finish(packTitle, handoutName, (page, of) -> options.text("print.page", page, of));
        PDDocumentInformation info = doc.getDocumentInformation();
        info.setTitle(handoutName + " \u2014 " + packTitle);
        if (author != null) {
            info.setAuthor(author);
        }
        info.setCreator(BuildInfo.name() + " " + BuildInfo.version());
        info.setCreationDate(Calendar.getInstance());
        Locale locale = options.locale();
        doc.getDocumentCatalog().setLanguage(locale.toLanguageTag());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        doc.save(out);
        return out.toByteArray();
    }

    @Override
    public void close() throws IOException {
        try {
            pages.close();
        } finally {
            try {
                doc.close();
            } finally {
                fonts.close();
            }
        }
    }
}
