package org.xistudy.study.print;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.xistudy.content.PackIndex;
import org.xistudy.content.Quotations;
import org.xistudy.content.model.Cite;
import org.xistudy.content.model.Pack;
import org.xistudy.study.quiz.Phrase;
import org.xistudy.study.quiz.Question;
import org.xistudy.study.quiz.Quiz;

/**
 * A quiz on paper: multiple choice with boxes to tick, ordering with blanks to number, matching
 * with dots to join, type-in with a line to write on; then, starting on a new page, the answer
 * key with the explanations and the evidence.
 */
final class QuizWorksheet {
    private static final TextStyle PROMPT = new TextStyle(Face.REGULAR, 10.5f);
    private static final TextStyle NUMBER = new TextStyle(Face.BOLD, 10.5f);
    private static final TextStyle OPTION = new TextStyle(Face.REGULAR, 10);
    private static final TextStyle HOW = new TextStyle(Face.ITALIC, 8.5f, Rgb.GREY);
    private static final TextStyle KEY = new TextStyle(Face.REGULAR, 9);
    private static final float INDENT = 22;
    private static final float BOX = 8.5f;
    private static final float MATCH_GAP = 96;

    private final PackIndex index;
    private final Quiz quiz;
    private final HandoutOptions options;
    private final PageWriter pages;

    private QuizWorksheet(PackIndex index, Quiz quiz, HandoutOptions options, PageWriter pages) {
        this.index = index;
        this.quiz = quiz;
        this.options = options;
        this.pages = pages;
    }

    static byte[] write(PackIndex index, Quiz quiz, HandoutOptions options) throws IOException {
        try (HandoutDocument doc = new HandoutDocument(options, options.paper().portrait())) {
            QuizWorksheet w = new QuizWorksheet(index, quiz, options, doc.pages());
            w.questions();
            w.key();
            Pack p = index.pack();
            return doc.finish(p.title(), options.text("print.quiz.name"), null);
        }
    }

    private String t(String key, Object... args) {
        return options.text(key, args);
    }

    private String render(Phrase p) {
        return options.render(p);
    }

    static String letter(int i) {
        return AnswerText.letter(i);
    }

    // ---- the questions -------------------------------------------------------------------------

    private void questions() throws IOException {
        pages.content();
        pages.paragraph(Span.of(t("print.quiz.title", index.pack().title()), StudyGuide.H1), pages.left(), pages.width());
        pages.paragraph(Span.of(t("print.quiz.about", quiz.size(), Long.toString(quiz.seed())), HOW), pages.left(),
                pages.width());
        pages.space(10);
        pages.paragraph(Span.of(t("print.quiz.student"), PROMPT), pages.left(), pages.width());
        pages.space(8);
        pages.rule(pages.left(), pages.right(), 0.6f, Rgb.RULE);
        pages.space(10);
        int n = 0;
        for (Question q : quiz.questions()) {
            question(++n, q);
        }
    }

    private void question(int n, Question q) throws IOException {
        float x = pages.left() + INDENT;
        float w = pages.right() - x;
        TextLayout.Block prompt = pages.layout(Span.of(render(q.prompt()), PROMPT), w);
        TextLayout.Block how = pages.layout(Span.of(instructions(q.body()), HOW), w);
        float body = bodyHeight(q.body(), x, w);
        float total = prompt.height() + how.height() + 4 + body;
        pages.ensure(Math.min(total, pages.top() - pages.bottom()));
        pages.columns(List.of(new PageWriter.Column(pages.left(),
                pages.layout(Span.of(n + ".", NUMBER), INDENT).lines()), new PageWriter.Column(x, prompt.lines())));
        pages.lines(how.lines(), x);
        pages.space(4);
        Question.Body b = q.body();
        if (b instanceof Question.Choice c) {
            choice(c, x, w);
        } else if (b instanceof Question.Typed typed) {
            typed(typed, x, w);
        } else if (b instanceof Question.Order o) {
            order(o, x, w);
        } else if (b instanceof Question.Match m) {
            match(m, x, w);
        }
        pages.space(14);
    }

    private String instructions(Question.Body b) {
        if (b instanceof Question.Choice) {
            return t("print.quiz.choice");
        }
        if (b instanceof Question.Typed) {
            return t("print.quiz.typed");
        }
        if (b instanceof Question.Order o) {
            return t("print.quiz.order", o.items().size());
        }
        return t("print.quiz.match");
    }

    private float bodyHeight(Question.Body b, float x, float w) {
        float h = 0;
        if (b instanceof Question.Choice c) {
            for (Phrase p : c.options()) {
                h += optionBlock(p, w).height() + 3;
            }
        } else if (b instanceof Question.Typed typed) {
            h = 30 + (typed.hint() == null ? 0 : HOW.leading());
        } else if (b instanceof Question.Order o) {
            for (Phrase p : o.items()) {
                h += optionBlock(p, w - 18).height() + 4;
            }
        } else if (b instanceof Question.Match m) {
            float side = (w - MATCH_GAP) / 2;
            for (int i = 0; i < m.lefts().size(); i++) {
                h += Math.max(pages.layout(Span.of(render(m.lefts().get(i)), OPTION), side).height(),
                        pages.layout(Span.of(render(m.rights().get(i)), OPTION), side - 14).height()) + 8;
            }
        }
        return h;
    }

    private TextLayout.Block optionBlock(Phrase p, float w) {
        return pages.layout(Span.of(render(p), OPTION), w - BOX - 26);
    }

    private void choice(Question.Choice c, float x, float w) throws IOException {
        for (int i = 0; i < c.options().size(); i++) {
            TextLayout.Block text = optionBlock(c.options().get(i), w);
            pages.ensure(text.height());
            float top = pages.y();
            pages.box(x, top - 2, BOX);
            pages.columns(List.of(new PageWriter.Column(x + BOX + 6, pages.layout(Span.of(letter(i), NUMBER.withFace(
                    Face.BOLD)), 14).lines()), new PageWriter.Column(x + BOX + 22, text.lines())));
            pages.space(3);
        }
    }

    private void typed(Question.Typed typed, float x, float w) throws IOException {
        if (typed.hint() != null && !typed.hint().isBlank()) {
            pages.paragraph(Span.of(t("print.quiz.hint", typed.hint()), HOW), x, w);
        }
        pages.ensure(30);
        pages.space(24);
        pages.rule(x, x + Math.min(w, 320), 0.6f, Rgb.INK);
        pages.space(6);
    }

    private void order(Question.Order o, float x, float w) throws IOException {
        for (Phrase p : o.items()) {
            TextLayout.Block text = optionBlock(p, w - 18);
            pages.ensure(text.height());
            float top = pages.y();
            float base = top - text.lines().get(0).leading() + 2;
            pages.line(x, base, x + 26, base, 0.6f, Rgb.INK);
            pages.lines(text.lines(), x + 34);
            pages.space(4);
        }
    }

    private void match(Question.Match m, float x, float w) throws IOException {
        float side = (w - MATCH_GAP) / 2;
        float rightX = x + side + MATCH_GAP;
        for (int i = 0; i < m.lefts().size(); i++) {
            TextLayout.Block left = pages.layout(Span.of(render(m.lefts().get(i)), OPTION), side);
            TextLayout.Block right = pages.layout(Span.of(render(m.rights().get(i)), OPTION), side - 14);
            float h = Math.max(left.height(), right.height());
            pages.ensure(h + 8);
            float top = pages.y();
            float mid = top - Math.min(left.lines().get(0).leading(), h) / 2;
            pages.dot(x + side + 8, mid, 2.2f);
            pages.dot(rightX - 8, mid, 2.2f);
            pages.columns(List.of(new PageWriter.Column(x, left.lines()),
                    new PageWriter.Column(rightX, pages.layout(Span.of(letter(i), NUMBER), 14).lines()),
                    new PageWriter.Column(rightX + 14, right.lines())));
            pages.space(8);
        }
    }

    // ---- the answer key ------------------------------------------------------------------------

    private void key() throws IOException {
        pages.newPage();
        pages.paragraph(Span.of(t("print.quiz.key"), StudyGuide.H1), pages.left(), pages.width());
        pages.paragraph(Span.of(t("print.quiz.key.about", Long.toString(quiz.seed())), HOW), pages.left(), pages.width());
        pages.space(10);
        int n = 0;
        float x = pages.left() + INDENT;
        float w = pages.right() - x;
        for (Question q : quiz.questions()) {
            n++;
            List<Span> text = new ArrayList<>();
            text.add(new Span(render(q.prompt()) + "\n", KEY.withColor(Rgb.GREY)));
            text.add(new Span(answer(q.body()) + "\n", KEY.withFace(Face.BOLD)));
            if (q.body() instanceof Question.Typed typed && !typed.accept().isEmpty()) {
                text.add(new Span(t("print.quiz.key.accepted", String.join("; ", typed.accept())) + "\n", KEY));
            }
            for (Phrase e : q.explanation()) {
                text.add(new Span(render(e) + "\n", KEY));
            }
            String source = source(q.cite());
            if (source != null) {
                text.add(new Span(source, KEY.withFace(Face.ITALIC)));
            }
            TextLayout.Block b = pages.layout(text, w);
            pages.ensure(Math.min(b.height(), 4 * KEY.leading()));
            pages.columns(List.of(new PageWriter.Column(pages.left(), pages.layout(Span.of(n + ".", KEY.withFace(Face.BOLD)),
                    INDENT).lines()), new PageWriter.Column(x, b.lines())));
            pages.space(8);
        }
    }

    /** The right answer as the key prints it. */
    String answer(Question.Body b) {
        String a = AnswerText.of(b, this::render);
        return b instanceof Question.Order ? t("print.quiz.key.order", a) : t("print.quiz.key.answer", a);
    }

    private String source(Cite c) {
        if (c == null) {
            return null;
        }
        if (c.isQuote()) {
            return t("print.quiz.key.essay", Quotations.display(c.quote()));
        }
        if (c.ref() == null) {
            return null;
        }
        String title = index.reference(c.ref()).map(r -> r.title()).orElse(c.ref());
        return t("print.quiz.key.source", c.detail() == null || c.detail().isBlank() ? title : title + " \u2014 " + c.detail());
    }
}
