package org.xistudy.study.lessons;

import java.util.List;
import java.util.Optional;
import org.xistudy.content.PackIndex;
import org.xistudy.content.essay.Essay;
import org.xistudy.content.essay.Essay.Block;
import org.xistudy.content.model.CardType;
import org.xistudy.content.model.LessonStep;
import org.xistudy.content.model.LessonStep.CardStep;
import org.xistudy.content.model.LessonStep.ClaimStep;
import org.xistudy.content.model.LessonStep.EventStep;
import org.xistudy.content.model.LessonStep.NoteStep;
import org.xistudy.content.model.LessonStep.PassageStep;
import org.xistudy.content.model.LessonStep.QuizStep;
import org.xistudy.content.model.LessonStep.TitleStep;
import org.xistudy.content.model.LessonStep.YearStep;

/**
 * Makes the steps "Add to lesson" adds, from what is selected in a view, checked against the
 * open pack: each factory returns empty when the pack has no such item, year or paragraph, so
 * a menu item can be disabled with {@code isEmpty()}.
 */
public final class LessonSteps {
    private LessonSteps() {
    }

    /**
     * The step for a selected item: an event step for an event, a card step for a card, a note
     * step for a reading note, a claim step for a claim of the argument; empty for other ids and
     * unknown ones.
     */
    public static Optional<LessonStep> forItem(PackIndex index, String id) {
        if (id == null) {
            return Optional.empty();
        }
        return index.kindOf(id).flatMap(kind -> switch (kind) {
            case EVENT -> Optional.of(new EventStep(id, null, null));
            case CARD -> Optional.of(new CardStep(id, null));
            case NOTE -> Optional.of(new NoteStep(id, null));
            case CLAIM -> Optional.of(new ClaimStep(id, null));
            default -> Optional.empty();
        });
    }

    /** An event step with one of the reading notes about the event. */
    public static Optional<LessonStep> event(PackIndex index, String eventId, String noteId) {
        if (index.event(eventId).isEmpty()) {
            return Optional.empty();
        }
        if (noteId != null && index.notesAbout(eventId).stream().noneMatch(n -> n.id().equals(noteId))) {
            return Optional.empty();
        }
        return Optional.of(new EventStep(eventId, noteId, null));
    }

    /** A claim step for a claim of the pack's argument (the argument map's selected claim). */
    public static Optional<LessonStep> claim(PackIndex index, String claimId) {
        return claimId != null && index.claim(claimId).isPresent() ? Optional.of(new ClaimStep(claimId, null))
                : Optional.empty();
    }

    /** A chart step for a year within the pack's dates. */
    public static Optional<LessonStep> year(PackIndex index, int year) {
        return index.dataYears().contains(year) ? Optional.of(new YearStep(year, null)) : Optional.empty();
    }

    /**
     * A passage step for a block of the essay (the reader's selected paragraph, by anchor such as
     * {@code p5}), with an optional quote that must stand in it. Body paragraphs are stored by
     * number, other blocks by anchor.
     */
    public static Optional<LessonStep> passage(PackIndex index, String anchor, String quote) {
        Essay essay = index.essay();
        if (essay == null || anchor == null) {
            return Optional.empty();
        }
        Optional<Block> block = essay.block(anchor);
        if (block.isEmpty()) {
            return Optional.empty();
        }
        String q = quote == null || quote.isBlank() ? null : Essay.normalize(quote);
        if (q != null && !block.get().text().contains(q)) {
            return Optional.empty();
        }
        Block b = block.get();
        return Optional.of(b.kind() == Essay.Kind.PARAGRAPH ? new PassageStep(b.number(), null, q, null)
                : new PassageStep(null, b.anchor(), q, null));
    }

    /** A passage step for a body paragraph by its number (1 for the first). */
    public static Optional<LessonStep> paragraph(PackIndex index, int number) {
        return passage(index, "p" + number, null);
    }

    /** A title step. @throws IllegalArgumentException for a blank title */
    public static LessonStep title(String title, String text) {
        return new TitleStep(LessonEdits.requireText(title, "a title step needs a title"),
                text == null || text.isBlank() ? null : text.strip(), null);
    }

    /** A quiz step asking these cards in this order; empty when one is missing or cannot be quizzed. */
    public static Optional<LessonStep> quiz(PackIndex index, List<String> cardIds, int seed) {
        if (cardIds.isEmpty() || cardIds.stream().distinct().count() != cardIds.size()) {
            return Optional.empty();
        }
        for (String id : cardIds) {
            var card = index.card(id);
            if (card.isEmpty() || card.get().type() == CardType.BASIC || card.get().type() == CardType.REVERSED) {
                return Optional.empty();
            }
        }
        return Optional.of(new QuizStep(cardIds, null, seed, null));
    }

    /** A quiz step of {@code questions} questions (1 to 60) made from the whole pack. */
    public static Optional<LessonStep> quiz(int questions, int seed) {
        if (questions < 1 || questions > LessonQuiz.MAX_QUESTIONS) {
            return Optional.empty();
        }
        return Optional.of(new QuizStep(null, questions, seed, null));
    }
}
