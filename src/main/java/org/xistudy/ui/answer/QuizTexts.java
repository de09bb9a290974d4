package org.xistudy.ui.answer;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.xistudy.content.PackIndex;
import org.xistudy.content.essay.Essay;
import org.xistudy.study.quiz.Answer;
import org.xistudy.study.quiz.Phrase;
import org.xistudy.study.quiz.Question;
import org.xistudy.study.quiz.QuestionFormat;
import org.xistudy.ui.AppContext;
import org.xistudy.ui.common.UiText;

/** Turns quiz questions, answers and times into UI text. */
public final class QuizTexts {
    private final AppContext context;
    /** UI text, and names in the chosen name style (a name the open pack does not know stays as it is). */
    private final Phrase.Texts phraseTexts;

    public QuizTexts(AppContext context) {
        this.context = context;
        this.phraseTexts = new Phrase.Texts() {
            @Override
            public String text(String key, Object... args) {
                return context.text(key, args);
            }

            @Override
            public String name(String id, String english) {
                PackIndex index = context.packs().getIndex();
                return index != null && index.kindOf(id).isPresent() ? context.itemLabel(id) : english;
            }
        };
    }

    /** A pack item's label with names as the reader chose to see them, for the evidence panel's links. */
    public String itemLabel(String id) {
        return context.itemLabel(id);
    }

    /** All UI text, for shared pieces that take it (the evidence panel). */
    public UiText uiText() {
        return context.uiText();
    }

    /** UI text by key, formatted with its arguments. */
    public String text(String key, Object... args) {
        return context.text(key, args);
    }

    public Locale locale() {
        return context.bundle().getLocale();
    }

    public String render(Phrase p) {
        return p == null ? "" : p.render(phraseTexts, locale());
    }

    public List<String> render(List<Phrase> phrases) {
        return phrases.stream().map(this::render).toList();
    }

    public String format(QuestionFormat f) {
        return context.text(f.labelKey());
    }

    /** The right answer in one line. */
    public String answer(Question q) {
        Question.Body b = q.body();
        if (b instanceof Question.Choice c) {
            return letter(c.correct()) + ". " + render(c.answer());
        }
        if (b instanceof Question.Typed t) {
            return t.answer();
        }
        if (b instanceof Question.Order o) {
            return String.join("  \u2192  ", render(o.inOrder()));
        }
        Question.Match m = (Question.Match) b;
        List<String> pairs = new ArrayList<>();
        for (int i = 0; i < m.lefts().size(); i++) {
            pairs.add(render(m.lefts().get(i)) + " \u2014 " + render(m.rights().get(m.rightOfLeft().get(i))));
        }
        return String.join("; ", pairs);
    }

    /** What was answered, in one line; a dash for nothing. */
    public String given(Question q, Answer a) {
        Question.Body b = q.body();
        if (a instanceof Answer.Choice c && b instanceof Question.Choice choice && c.index() >= 0
                && c.index() < choice.options().size()) {
            return letter(c.index()) + ". " + render(choice.options().get(c.index()));
        }
        if (a instanceof Answer.Typed t && !t.text().isBlank()) {
            return t.text().strip();
        }
        if (a instanceof Answer.Ordered o && b instanceof Question.Order order) {
            return String.join("  \u2192  ", o.order().stream().map(i -> render(order.items().get(i))).toList());
        }
        if (a instanceof Answer.Matched m && b instanceof Question.Match match) {
            List<String> pairs = new ArrayList<>();
            for (int i = 0; i < match.lefts().size(); i++) {
                int r = m.rightOfLeft().get(i);
                pairs.add(render(match.lefts().get(i)) + " \u2014 " + (r < 0 ? "?" : render(match.rights().get(r))));
            }
            return String.join("; ", pairs);
        }
        return context.text("quiz.noAnswer");
    }

    /** Where a misplaced item of an ordering belongs. */
    public String belongsAt(int place) {
        return context.text("quiz.order.belongs", place);
    }

    public static String letter(int i) {
        return ChoiceList.letter(i);
    }

    /** "4 min 12 s", "45 s", "1 h 2 min". */
    public String duration(Duration d) {
        long s = Math.max(0, d.getSeconds());
        if (s >= 3600) {
            return context.text("quiz.time.hours", s / 3600, (s % 3600) / 60);
        }
        if (s >= 60) {
            return context.text("quiz.time.minutes", s / 60, s % 60);
        }
        return context.text("quiz.time.seconds", s);
    }

    /** A countdown reading: "1:05", rounding up so that 0:00 means the time is up. */
    public static String clock(Duration d) {
        long s = (d.toMillis() + 999) / 1000;
        return String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
    }

    /** The heading of an essay section, or a word for questions without one. */
    public String section(String id) {
        if (id == null) {
            return context.text("quiz.section.none");
        }
        PackIndex index = context.packs().getIndex();
        Essay essay = index == null ? null : index.essay();
        if (essay == null) {
            return id;
        }
        return essay.section(id).map(s -> s.heading() == null || s.heading().isBlank()
                ? context.text("quiz.section.opening") : s.heading()).orElse(id);
    }
}
