package org.xistudy.study.print;

import java.io.IOException;
import java.nio.file.Path;
import org.xistudy.content.PackIndex;
import org.xistudy.study.quiz.Quiz;
import org.xistudy.study.export.ExportFiles;

/**
 * The printable handouts of a pack, as PDF bytes: the study guide, a quiz worksheet with its
 * answer key, and the institution chart of one year. Fonts are bundled and embedded, so the PDFs
 * look the same on any machine. Pure: no UI, safe on any thread.
 */
public final class Handouts {
    private Handouts() {
    }

    /** The essay with paragraph numbers and notes, the timeline, the institutions and the references. */
    public static byte[] studyGuide(PackIndex index, HandoutOptions options) throws IOException {
        return StudyGuide.write(index, options);
    }

    /** The quiz laid out for paper, then its answer key with explanations on pages of its own. */
    public static byte[] quizWorksheet(PackIndex index, Quiz quiz, HandoutOptions options) throws IOException {
        return QuizWorksheet.write(index, quiz, options);
    }

    /** The institution chart as it stood in {@code year}, on one landscape page. */
    public static byte[] chart(PackIndex index, int year, HandoutOptions options) throws IOException {
        return ChartPage.write(index, year, options);
    }

    /** Writes a PDF atomically: a partial file never stands under {@code target}'s name. */
    public static void write(Path target, byte[] pdf) throws IOException {
        ExportFiles.write(target, pdf);
    }
}
