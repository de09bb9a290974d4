package org.xistudy.study.print;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xistudy.content.PackIndex;
import org.xistudy.content.PackLoader;
import org.xistudy.content.essay.Essay;
import org.xistudy.content.model.Claim;
import org.xistudy.content.model.ClaimKind;
import org.xistudy.content.model.Event;
import org.xistudy.content.model.Institution;
import org.xistudy.content.model.Note;
import org.xistudy.content.model.Person;
import org.xistudy.study.chart.ChartNode;
import org.xistudy.study.chart.InstitutionGraph;
import org.xistudy.study.quiz.Phrase;
import org.xistudy.study.quiz.Question;
import org.xistudy.study.quiz.Quiz;
import org.xistudy.study.quiz.QuizGenerator;
import org.xistudy.study.quiz.QuizSettings;

/** The handouts of the bundled pack, read back page by page with PDFBox. */
class HandoutsTest {
    private static PackIndex index;
    private static HandoutOptions a4;
    private static PdfText guide;

    @BeforeAll
    static void makeGuide() throws IOException {
        index = PackLoader.loadDefault().index().orElseThrow();
        a4 = new HandoutOptions(Paper.A4, Locale.ENGLISH, BundleTexts.handouts(Locale.ENGLISH));
        guide = new PdfText(Handouts.studyGuide(index, a4));
    }

    private static String render(Phrase p) {
        return p.render(a4.texts(), Locale.ENGLISH);
    }

    @Test
    void theGuideNumbersEveryParagraphOfTheEssay() {
        String text = guide.all();
        Essay essay = index.essay();
        int paragraphs = 0;
        for (Essay.Block b : essay.blocks()) {
            if (b.kind() != Essay.Kind.PARAGRAPH) {
                continue;
            }
            paragraphs++;
            String firstWords = String.join("\\s*", b.text().split("\\s+", 4)).replaceAll("\\s+\\S*$", "");
            String[] words = b.text().split("\\s+");
            String start = Pattern.quote(words[0]) + "\\s+" + Pattern.quote(words[1]);
            assertTrue(Pattern.compile("(^|\\n)" + b.number() + "\\s*\\n?" + start).matcher(text).find(),
                    "paragraph " + b.number() + " is numbered: " + firstWords);
        }
        assertTrue(paragraphs > 10, "the essay has its paragraphs");
    }

    @Test
    void theGuideDrawsTheArgumentWithEveryClaim() {
        String text = guide.squeezedBody(index.pack().title(), "Study guide");
        assertTrue(text.contains(PdfText.squeeze("The essay\u2019s argument")), "the section is there");
        for (Claim c : index.claims()) {
            assertTrue(text.contains(PdfText.squeeze(c.title())), "claim " + c.id() + ": " + c.title());
        }
        int implications = (int) index.claims().stream()
                .filter(c -> c.kind() == ClaimKind.IMPLICATION).count();
        assertTrue(text.split("IMPLICATION", -1).length - 1 >= implications, "each box names its kind");
    }

    @Test
    void theGuideHasEveryNoteEventInstitutionPersonAndReference() {
        String text = guide.squeezedBody(index.pack().title(), "Study guide");
        for (Note n : index.pack().notes()) {
            assertTrue(text.contains(PdfText.squeeze(n.title())), "note " + n.id() + ": " + n.title());
        }
        for (Event e : index.pack().events()) {
            assertTrue(text.contains(PdfText.squeeze(e.title())), "event " + e.id());
        }
        for (Institution i : index.pack().institutions()) {
            assertTrue(text.contains(PdfText.squeeze(i.name())), i.id());
            assertTrue(text.contains(PdfText.squeeze(i.zh())), i.id() + " in Chinese");
            assertTrue(text.contains(PdfText.squeeze(i.pinyin())), i.id() + " in pinyin");
        }
        for (Person p : index.pack().people()) {
            assertTrue(text.contains(PdfText.squeeze(p.zh())), p.id() + " in Chinese");
            assertTrue(text.contains(PdfText.squeeze(p.pinyin())), p.id() + " in pinyin");
        }
        for (var r : index.pack().references()) {
            assertTrue(text.contains(PdfText.squeeze(r.title())), r.id());
        }
        assertFalse(guide.all().contains("\uFFFD"), "no character is lost");
    }

    @Test
    void everyPageHasTheHeaderAndItsNumber() {
        String title = PdfText.squeeze(index.pack().title());
        for (int i = 0; i < guide.count(); i++) {
            String page = guide.pages.get(i);
            assertTrue(PdfText.squeeze(page).contains(title), "page " + (i + 1) + " has the pack's title");
            assertTrue(page.contains("Page " + (i + 1) + " of " + guide.count()), "page " + (i + 1) + " is numbered");
        }
        assertTrue(guide.title.contains("Study guide"));
    }

    @Test
    void fontsAreEmbeddedSubsetsOfTheBundledFonts() {
        assertFalse(guide.fonts.isEmpty());
        List<String> names = new ArrayList<>();
        for (PDFont f : guide.fonts) {
            assertTrue(f.isEmbedded(), f.getName() + " is embedded");
            names.add(f.getName());
        }
        assertTrue(names.stream().anyMatch(n -> n.endsWith("+DroidSansFallback")), "the Chinese font is used: " + names);
        assertTrue(names.stream().anyMatch(n -> n.endsWith("+NotoSerif-Regular")), names.toString());
        assertTrue(names.stream().allMatch(n -> n.matches("[A-Z]{6}\\+.*")), "all are subsets: " + names);
    }

    @Test
    void paperSizesAreA4AndLetter() throws IOException {
        assertSize(PDRectangle.A4, guide.sizes.get(0));
        HandoutOptions letter = new HandoutOptions(Paper.LETTER, Locale.ENGLISH, a4.texts());
        PdfText chart = new PdfText(Handouts.chart(index, 2016, letter));
        assertEquals(1, chart.count());
        assertEquals(PDRectangle.LETTER.getHeight(), chart.sizes.get(0).getWidth(), 0.5, "landscape letter");
        assertEquals(PDRectangle.LETTER.getWidth(), chart.sizes.get(0).getHeight(), 0.5);
        assertEquals(Paper.LETTER, Paper.forLocale(Locale.US));
        assertEquals(Paper.LETTER, Paper.forLocale(Locale.CANADA));
        assertEquals(Paper.A4, Paper.forLocale(Locale.UK));
        assertEquals(Paper.A4, Paper.forLocale(Locale.CHINA));
    }

    private static void assertSize(PDRectangle expected, PDRectangle actual) {
        assertEquals(expected.getWidth(), actual.getWidth(), 0.5);
        assertEquals(expected.getHeight(), actual.getHeight(), 0.5);
    }

    @Test
    void theQuizKeyFollowsTheQuestionsAndItsAnswersMatchTheQuiz() throws IOException {
        Quiz quiz = new QuizGenerator(index).generate(QuizSettings.defaults().withCount(20), 2024);
        PdfText pdf = new PdfText(Handouts.quizWorksheet(index, quiz, a4));
        int keyStart = -1;
        for (int i = 0; i < pdf.count(); i++) {
            if (pdf.pages.get(i).contains("Answer key")) {
                keyStart = i;
                break;
            }
        }
        assertTrue(keyStart > 0, "the key starts on a page of its own, after the questions");
        String questions = PdfText.squeeze(String.join("\n", pdf.pages.subList(0, keyStart)));
        // the key without the pages' headers and footers, so that an explanation running on to the
        // next page reads on
        String body = pdf.squeezedBody(index.pack().title(), "Quiz");
        String key = body.substring(body.indexOf(PdfText.squeeze("Answer key")));
        assertFalse(questions.contains("Answer:"), "no answers among the questions");
        int at = 0;
        for (int n = 0; n < quiz.size(); n++) {
            Question q = quiz.questions().get(n);
            String prompt = PdfText.squeeze(render(q.prompt()));
            assertTrue(questions.contains((n + 1) + "." + prompt), "question " + (n + 1) + " is printed");
            String expected;
            Question.Body b = q.body();
            if (b instanceof Question.Choice c) {
                for (int o = 0; o < c.options().size(); o++) {
                    assertTrue(questions.contains("ABCDEFGH".charAt(o) + PdfText.squeeze(render(c.options().get(o)))),
                            "option " + o + " of question " + (n + 1));
                }
                expected = "Answer:" + "ABCDEFGH".charAt(c.correct()) + "." + render(c.answer());
            } else if (b instanceof Question.Typed t) {
                expected = "Answer:" + t.answer();
            } else if (b instanceof Question.Order o) {
                StringBuilder sb = new StringBuilder("Order:");
                for (int i = 0; i < o.items().size(); i++) {
                    sb.append("(").append(o.correctOrder().indexOf(i) + 1).append(")").append(render(o.items().get(i)));
                    if (i + 1 < o.items().size()) {
                        sb.append('\u00B7');
                    }
                }
                expected = sb.toString();
            } else {
                Question.Match m = (Question.Match) b;
                StringBuilder sb = new StringBuilder("Answer:");
                for (int i = 0; i < m.lefts().size(); i++) {
                    int r = m.rightOfLeft().get(i);
                    sb.append(i > 0 ? ";" : "").append(render(m.lefts().get(i))).append('\u2014')
                            .append("ABCDEFGH".charAt(r)).append('.').append(render(m.rights().get(r)));
                    assertTrue(questions.contains("ABCDEFGH".charAt(i) + PdfText.squeeze(render(m.rights().get(i)))),
                            "right-hand item " + i + " of question " + (n + 1) + " has its letter");
                }
                expected = sb.toString();
            }
            int found = key.indexOf(PdfText.squeeze(expected), at);
            assertTrue(found >= 0, "the key answers question " + (n + 1) + ": " + expected);
            at = found;
            for (Phrase e : q.explanation()) {
                assertTrue(key.contains(PdfText.squeeze(render(e))), "the explanation of question " + (n + 1));
            }
        }
    }

    @Test
    void theSameSeedMakesTheSameWorksheet() throws IOException {
        QuizGenerator g = new QuizGenerator(index);
        String a = new PdfText(Handouts.quizWorksheet(index, g.generate(QuizSettings.defaults(), 5), a4)).all();
        String b = new PdfText(Handouts.quizWorksheet(index, g.generate(QuizSettings.defaults(), 5), a4)).all();
        String c = new PdfText(Handouts.quizWorksheet(index, g.generate(QuizSettings.defaults(), 6), a4)).all();
        assertEquals(a, b);
        assertNotEquals(a, c);
        assertTrue(a.contains("seed 5"));
    }

    @Test
    void theChartPageShowsEveryBodyAndPersonOfTheYear() throws IOException {
        for (int year : new int[] {2005, 2023}) {
            PdfText pdf = new PdfText(Handouts.chart(index, year, a4));
            assertEquals(1, pdf.count(), "one page");
            assertTrue(pdf.sizes.get(0).getWidth() > pdf.sizes.get(0).getHeight(), "landscape");
            String text = PdfText.squeeze(pdf.all());
            assertTrue(text.contains(PdfText.squeeze("Institutions and people in " + year)));
            var nodes = InstitutionGraph.of(index.pack()).inYear(year).nodes();
            assertFalse(nodes.isEmpty());
            for (ChartNode n : nodes) {
                assertTrue(text.contains(PdfText.squeeze(n.name())), n.id() + " in " + year);
                if (n.zh() != null) {
                    assertTrue(text.contains(n.zh()), n.id() + " in Chinese");
                }
            }
        }
    }

    @Test
    void aYearWithoutBodiesSaysSo() throws IOException {
        PdfText pdf = new PdfText(Handouts.chart(index, 1900, a4));
        assertEquals(1, pdf.count());
        assertTrue(PdfText.squeeze(pdf.all()).contains(PdfText.squeeze("records no bodies in 1900")));
    }

    @Test
    void writingReplacesTheFileWholeAndNeverMakesFolders(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("guide.pdf");
        Files.writeString(out, "old");
        byte[] pdf = Handouts.chart(index, 2016, a4);
        Handouts.write(out, pdf);
        assertEquals(pdf.length, Files.size(out));
        try (var files = Files.list(dir)) {
            assertEquals(List.of(out), files.toList(), "no temporary file is left");
        }
        Path missing = dir.resolve("no-such-folder").resolve("x.pdf");
        org.junit.jupiter.api.Assertions.assertThrows(IOException.class, () -> Handouts.write(missing, pdf));
        assertFalse(Files.exists(missing.getParent()));
    }
}
