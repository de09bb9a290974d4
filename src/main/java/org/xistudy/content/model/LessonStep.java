package org.xistudy.content.model;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One step of a {@link Lesson}: one thing shown large on the audience screen. There is one record
 * per kind; a {@code switch} over the sealed interface lets the compiler find every place that
 * must learn a new kind.
 *
 * <p>In JSON a step is an object whose {@code kind} names the record and whose other members are
 * the record's components, for example {@code {"kind": "year", "year": 2013}}. Every step may
 * carry {@code teacherNotes}, shown only to the teacher. {@code org.xistudy.content.LessonStepAdapter}
 * reads and writes this form.
 *
 * <p>To add a kind: a record here, listed in {@code permits} and in {@link Kind}; its fields in
 * {@code PackSchema.STEP_SHAPE} and {@code PackSchema.STEP_RULES}, in
 * {@code schema/pack.schema.json} (the {@code step} definition) and in {@code FORMAT.md}; then
 * the compiler lists every {@code switch} that must show it. Raise the version of the lessons
 * file ({@code study.lessons.LessonStore.VERSION}) at the same time, so that an older app refuses
 * a teacher's file holding the new kind instead of setting it aside as damaged.
 */
public sealed interface LessonStep permits LessonStep.EventStep, LessonStep.YearStep, LessonStep.CardStep,
        LessonStep.PassageStep, LessonStep.NoteStep, LessonStep.TitleStep, LessonStep.QuizStep, LessonStep.ClaimStep {

    /** The seed of a quiz step that names none. */
    int DEFAULT_QUIZ_SEED = 1;

    /** The kinds of step, with their JSON names and records. */
    enum Kind {
        EVENT(EventStep.class),
        YEAR(YearStep.class),
        CARD(CardStep.class),
        PASSAGE(PassageStep.class),
        NOTE(NoteStep.class),
        TITLE(TitleStep.class),
        QUIZ(QuizStep.class),
        CLAIM(ClaimStep.class);

        private final Class<? extends LessonStep> type;

        Kind(Class<? extends LessonStep> type) {
            this.type = type;
        }

        /** The value of {@code kind} in JSON, such as {@code "event"}. */
        public String jsonName() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** The record that holds a step of this kind. */
        public Class<? extends LessonStep> type() {
            return type;
        }

        /** The kind with this JSON name. */
        public static Optional<Kind> byJsonName(String name) {
            return Arrays.stream(values()).filter(k -> k.jsonName().equals(name)).findFirst();
        }
    }

    /** What kind of step this is. */
    Kind kind();

    /** Notes shown only to the teacher, or null. */
    String teacherNotes();

    /** The same step with other teacher notes (null or blank for none). */
    LessonStep withTeacherNotes(String notes);

    /**
     * A timeline event with its date and the essay's words, shown on the timeline zoomed around
     * it, the event highlighted and the rest dimmed.
     *
     * @param event the event's id
     * @param note the id of a reading note about the event to show with it, or null
     */
    record EventStep(String event, String note, String teacherNotes) implements LessonStep {
        public EventStep {
            teacherNotes = blankToNull(teacherNotes);
        }

        @Override
        public Kind kind() {
            return Kind.EVENT;
        }

        @Override
        public EventStep withTeacherNotes(String notes) {
            return new EventStep(event, note, notes);
        }
    }

    /**
     * The institution chart as of a year. What changed since the previous year step of the
     * lesson is highlighted, and stepping from one year step to the next animates the change.
     */
    record YearStep(int year, String teacherNotes) implements LessonStep {
        public YearStep {
            teacherNotes = blankToNull(teacherNotes);
        }

        @Override
        public Kind kind() {
            return Kind.YEAR;
        }

        @Override
        public YearStep withTeacherNotes(String notes) {
            return new YearStep(year, notes);
        }
    }

    /** A study card, question first; the next click reveals the answer and explanation. */
    record CardStep(String card, String teacherNotes) implements LessonStep {
        public CardStep {
            teacherNotes = blankToNull(teacherNotes);
        }

        @Override
        public Kind kind() {
            return Kind.CARD;
        }

        @Override
        public CardStep withTeacherNotes(String notes) {
            return new CardStep(card, notes);
        }
    }

    /**
     * A paragraph of the essay, named by its number ({@code paragraph}: 1 for the first body
     * paragraph) or by its anchor ({@code anchor}, such as {@code "p5"}); exactly one of the two
     * is set. {@code quote}, when set, is words of that paragraph to highlight.
     */
    record PassageStep(Integer paragraph, String anchor, String quote, String teacherNotes) implements LessonStep {
        public PassageStep {
            teacherNotes = blankToNull(teacherNotes);
        }

        @Override
        public Kind kind() {
            return Kind.PASSAGE;
        }

        @Override
        public PassageStep withTeacherNotes(String notes) {
            return new PassageStep(paragraph, anchor, quote, notes);
        }

        /** The anchor of the essay block shown: {@code anchor}, or {@code "p" + paragraph}. */
        public String blockAnchor() {
            return anchor != null ? anchor : "p" + paragraph;
        }
    }

    /** A reading note with its evidence. */
    record NoteStep(String note, String teacherNotes) implements LessonStep {
        public NoteStep {
            teacherNotes = blankToNull(teacherNotes);
        }

        @Override
        public Kind kind() {
            return Kind.NOTE;
        }

        @Override
        public NoteStep withTeacherNotes(String notes) {
            return new NoteStep(note, notes);
        }
    }

    /** A heading and an optional line of text, to open a section of the lesson. */
    record TitleStep(String title, String text, String teacherNotes) implements LessonStep {
        public TitleStep {
            text = blankToNull(text);
            teacherNotes = blankToNull(teacherNotes);
        }

        @Override
        public Kind kind() {
            return Kind.TITLE;
        }

        @Override
        public TitleStep withTeacherNotes(String notes) {
            return new TitleStep(title, text, notes);
        }

        /** The same step with another heading and line of text. */
        public TitleStep withTitle(String newTitle, String newText) {
            return new TitleStep(newTitle, newText, teacherNotes);
        }
    }

    /**
     * A few quiz questions run as the classroom quiz. Either {@code cards} names the cards to ask,
     * in order, or {@code questions} asks for that many questions made from the whole pack; the
     * {@code seed} (null for {@link #DEFAULT_QUIZ_SEED}) makes the choice and the order of options
     * the same every time. Seeds are whole numbers in the range of a Java {@code int}.
     */
    record QuizStep(List<String> cards, Integer questions, Integer seed, String teacherNotes) implements LessonStep {
        public QuizStep {
            cards = cards == null || cards.isEmpty() ? null : List.copyOf(cards);
            teacherNotes = blankToNull(teacherNotes);
        }

        @Override
        public Kind kind() {
            return Kind.QUIZ;
        }

        @Override
        public QuizStep withTeacherNotes(String notes) {
            return new QuizStep(cards, questions, seed, notes);
        }

        /** The named cards, or an empty list when the questions are made from the pack. */
        public List<String> cardIds() {
            return cards == null ? List.of() : cards;
        }

        /** Whether the step names its cards (else it asks for {@link #questions()} made from the pack). */
        public boolean namesCards() {
            return cards != null;
        }

        /** The seed to use. */
        public int effectiveSeed() {
            return seed == null ? DEFAULT_QUIZ_SEED : seed;
        }
    }

    /**
     * A claim of the essay's argument: its kind and title, the essay's own sentences for it, and
     * the argument map around it (the claim it supports and the claims that support it) with the
     * claim highlighted.
     *
     * @param claim the claim's id
     */
    record ClaimStep(String claim, String teacherNotes) implements LessonStep {
        public ClaimStep {
            teacherNotes = blankToNull(teacherNotes);
        }

        @Override
        public Kind kind() {
            return Kind.CLAIM;
        }

        @Override
        public ClaimStep withTeacherNotes(String notes) {
            return new ClaimStep(claim, notes);
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
