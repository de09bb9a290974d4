package org.xistudy.ui.common;

import org.xistudy.content.PackIndex;
import org.xistudy.content.model.Event;
import org.xistudy.content.model.LessonStep;
import org.xistudy.content.model.LessonStep.CardStep;
import org.xistudy.content.model.LessonStep.ClaimStep;
import org.xistudy.content.model.LessonStep.EventStep;
import org.xistudy.content.model.LessonStep.NoteStep;
import org.xistudy.content.model.LessonStep.PassageStep;
import org.xistudy.content.model.LessonStep.QuizStep;
import org.xistudy.content.model.LessonStep.TitleStep;
import org.xistudy.content.model.LessonStep.YearStep;
import org.xistudy.content.CardText;

/**
 * One line that says what a lesson step shows ("Event · 15 Nov 2012 · Xi becomes General
 * Secretary", "Claim · Implication: Mistakes are hard to correct"), for the presenter's outline and the lesson editor. A step naming an item the pack
 * no longer has says so rather than failing.
 */
public final class StepText {
    private static final int MAX = 90;
    private final UiText text;
    private final PackIndex index;

    public StepText(UiText text, PackIndex index) {
        this.text = text;
        this.index = index;
    }

    /** The step's kind in words ("Event", "Chart year"…). */
    public String kind(LessonStep step) {
        return text.get("lesson.step.kind." + step.kind().jsonName());
    }

    /** The kind and what the step shows. */
    public String line(LessonStep step) {
        return text.format("lesson.step.line", kind(step), what(step));
    }

    /** What the step shows, without its kind. */
    public String what(LessonStep step) {
        if (step instanceof EventStep e) {
            return index.event(e.event()).map(this::event).orElseGet(() -> missing(e.event()));
        } else if (step instanceof YearStep y) {
            return Integer.toString(y.year());
        } else if (step instanceof CardStep c) {
            return index.card(c.card()).map(card -> shorten(CardText.prompt(card))).orElseGet(() -> missing(c.card()));
        } else if (step instanceof PassageStep p) {
            String where = p.paragraph() != null ? text.format("lesson.step.paragraph", p.paragraph())
                    : p.blockAnchor();
            return p.quote() == null ? where : text.format("lesson.step.quoted", where, shorten(p.quote()));
        } else if (step instanceof NoteStep n) {
            return index.note(n.note()).map(note -> shorten(note.title())).orElseGet(() -> missing(n.note()));
        } else if (step instanceof TitleStep t) {
            return shorten(t.title());
        } else if (step instanceof ClaimStep c) {
            return index.claim(c.claim()).map(claim -> text.format("lesson.step.claim",
                    text.get("argument.kind." + claim.kind().jsonName()), shorten(claim.title())))
                    .orElseGet(() -> missing(c.claim()));
        } else if (step instanceof QuizStep q) {
            int count = q.namesCards() ? q.cardIds().size() : q.questions() == null ? 1 : q.questions();
            return text.format("lesson.step.questions", count);
        }
        return "";
    }

    private String event(Event e) {
        return text.date(e.date(), e.approx()) + " \u00B7 " + shorten(e.title());
    }

    private String missing(String id) {
        return text.format("lesson.step.missing", id);
    }

    private static String shorten(String s) {
        if (s == null) {
            return "";
        }
        String one = s.replaceAll("\\s+", " ").strip();
        return one.length() <= MAX ? one : one.substring(0, MAX - 1).stripTrailing() + "\u2026";
    }
}
