package org.xistudy.content.validate;

import static org.xistudy.content.validate.Shape.Type.BOOLEAN;
import static org.xistudy.content.validate.Shape.Type.DATE;
import static org.xistudy.content.validate.Shape.Type.ID;
import static org.xistudy.content.validate.Shape.Type.INTEGER;
import static org.xistudy.content.validate.Shape.Type.STRING;
import static org.xistudy.content.validate.Shape.Type.STRING_ARRAY;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.xistudy.content.model.CardType;
import org.xistudy.content.model.ClaimKind;
import org.xistudy.content.model.InstitutionKind;
import org.xistudy.content.model.LessonStep;
import org.xistudy.content.model.NoteKind;
import org.xistudy.content.model.RelationType;

/** The shapes of format 1. Field names here are the contract with pack authors. */
final class PackSchema {
    static final String REFERENCE = "reference";
    static final String LANE = "lane";
    static final String ERA = "era";
    static final String EVENT = "event";
    static final String PERSON = "person";
    static final String INSTITUTION = "institution";
    static final String RELATION = "relation";
    static final String CARD = "card";
    static final String NOTE = "note";
    static final String CLAIM = "claim";

    /** The item arrays at the top level, with the kind of item each holds. */
    static final Map<String, String> ITEM_ARRAYS = new LinkedHashMap<>();

    static {
        ITEM_ARRAYS.put("references", REFERENCE);
        ITEM_ARRAYS.put("lanes", LANE);
        ITEM_ARRAYS.put("eras", ERA);
        ITEM_ARRAYS.put("events", EVENT);
        ITEM_ARRAYS.put("people", PERSON);
        ITEM_ARRAYS.put("institutions", INSTITUTION);
        ITEM_ARRAYS.put("relations", RELATION);
        ITEM_ARRAYS.put("cards", CARD);
        ITEM_ARRAYS.put("notes", NOTE);
        ITEM_ARRAYS.put("claims", CLAIM);
    }

    static final Set<String> ANY_ITEM = Set.copyOf(ITEM_ARRAYS.values());

    static final Shape CITE = new Shape("cite")
            .optional("quote", STRING)
            .link("ref", false, REFERENCE)
            .optional("detail", STRING);

    /** Without a {@code seed} the pack has no essay; with one, these fields are required too. */
    static final List<String> SOURCE_WITH_ESSAY = List.of("author", "publisher", "date");

    static final Shape SOURCE = new Shape("source")
            .required("title", STRING)
            .optional("author", STRING)
            .optional("publisher", STRING)
            .optional("date", DATE)
            .optional("url", STRING)
            .optional("seed", STRING);

    static final Shape REFERENCE_SHAPE = new Shape(REFERENCE)
            .required("id", ID)
            .required("title", STRING)
            .optional("author", STRING)
            .required("publisher", STRING)
            .optional("url", STRING)
            .required("date", DATE);

    static final Shape LANE_SHAPE = new Shape(LANE)
            .required("id", ID)
            .required("title", STRING)
            .optional("summary", STRING);

    static final Shape ERA_SHAPE = new Shape(ERA)
            .required("id", ID)
            .required("title", STRING)
            .required("start", DATE)
            .optional("end", DATE)
            .optional("approx", BOOLEAN)
            .optional("summary", STRING)
            .objects("cite", true, CITE);

    static final Shape EVENT_SHAPE = new Shape(EVENT)
            .required("id", ID)
            .required("date", DATE)
            .optional("end", DATE)
            .optional("approx", BOOLEAN)
            .link("lane", true, LANE)
            .required("title", STRING)
            .required("summary", STRING)
            .links("people", false, PERSON)
            .links("institutions", false, INSTITUTION)
            .links("cards", false, CARD)
            .objects("cite", true, CITE);

    static final Shape PERSON_SHAPE = new Shape(PERSON)
            .required("id", ID)
            .required("name", STRING)
            .required("zh", STRING)
            .required("pinyin", STRING)
            .required("summary", STRING)
            .objects("cite", true, CITE);

    static final Shape INSTITUTION_SHAPE = new Shape(INSTITUTION)
            .required("id", ID)
            .required("name", STRING)
            .optional("abbrev", STRING)
            .required("zh", STRING)
            .required("pinyin", STRING)
            .oneOf("kind", true, names(InstitutionKind.values()))
            .required("established", DATE)
            .optional("dissolved", DATE)
            .required("summary", STRING)
            .objects("cite", true, CITE);

    static final Shape RELATION_SHAPE = new Shape(RELATION)
            .required("id", ID)
            .link("from", true, PERSON, INSTITUTION)
            .link("to", true, PERSON, INSTITUTION)
            .oneOf("type", true, names(RelationType.values()))
            .optional("label", STRING)
            .optional("start", DATE)
            .optional("end", DATE)
            .optional("approx", BOOLEAN)
            .objects("cite", true, CITE);

    static final Shape MATCH_PAIR = new Shape("pair")
            .required("left", STRING)
            .required("right", STRING);

    static final Shape CARD_SHAPE = new Shape(CARD)
            .required("id", ID)
            .oneOf("type", true, names(CardType.values()))
            .optional("tags", STRING_ARRAY)
            .optional("front", STRING)
            .optional("back", STRING)
            .optional("text", STRING)
            .optional("question", STRING)
            .optional("statement", STRING)
            .optional("options", STRING_ARRAY)
            .optional("answer", Shape.Type.ANY)
            .optional("accept", STRING_ARRAY)
            .optional("prompt", STRING)
            .optional("items", STRING_ARRAY)
            .objects("pairs", false, MATCH_PAIR)
            .optional("explanation", STRING)
            .links("events", false, EVENT)
            .links("institutions", false, INSTITUTION)
            .links("people", false, PERSON)
            .objects("cite", true, CITE);

    /** The fields each card type needs, beyond those every card has. */
    static final Map<CardType, List<String>> CARD_FIELDS = new EnumMap<>(CardType.class);

    static {
        CARD_FIELDS.put(CardType.BASIC, List.of("front", "back"));
        CARD_FIELDS.put(CardType.REVERSED, List.of("front", "back"));
        CARD_FIELDS.put(CardType.CLOZE, List.of("text"));
        CARD_FIELDS.put(CardType.CHOICE, List.of("question", "options", "answer"));
        CARD_FIELDS.put(CardType.TRUEFALSE, List.of("statement", "answer"));
        CARD_FIELDS.put(CardType.TYPEIN, List.of("question", "answer"));
        CARD_FIELDS.put(CardType.ORDER, List.of("prompt", "items"));
        CARD_FIELDS.put(CardType.MATCH, List.of("prompt", "pairs"));
    }

    /** Optional type-specific fields, beyond the required ones. */
    static final Map<CardType, List<String>> CARD_OPTIONAL_FIELDS = new EnumMap<>(CardType.class);

    static {
        for (CardType t : CardType.values()) {
            CARD_OPTIONAL_FIELDS.put(t, List.of());
        }
        CARD_OPTIONAL_FIELDS.put(CardType.TYPEIN, List.of("accept"));
    }

    /** Fields every card may have whatever its type. */
    static final Set<String> CARD_COMMON = Set.of("id", "type", "tags", "explanation", "events", "institutions",
            "people", "cite");

    static final Shape NOTE_SHAPE = new Shape(NOTE)
            .required("id", ID)
            .oneOf("kind", true, names(NoteKind.values()))
            .links("about", true, ANY_ITEM.toArray(new String[0]))
            .required("title", STRING)
            .required("body", STRING)
            .objects("cite", true, CITE);

    /** A claim of the essay's argument; {@link ClaimChecks} adds the rules of the tree. */
    static final Shape CLAIM_SHAPE = new Shape(CLAIM)
            .required("id", ID)
            .oneOf("kind", true, names(ClaimKind.values()))
            .required("title", STRING)
            .link("parent", false, CLAIM)
            .required("order", INTEGER)
            .optional("summary", STRING)
            .linksMayBeEmpty("support", EVENT, INSTITUTION, PERSON, RELATION)
            .objects("cite", true, CITE);

    // ---- lessons ----------------------------------------------------------------------------------

    static final String LESSON = "lesson";
    static final String STEP = "step";

    /** Largest number of questions a quiz step may ask for (as in the quiz set-up). */
    static final int MAX_QUIZ_QUESTIONS = 60;

    /**
     * Every field a lesson step may have; which ones a kind needs or allows is in
     * {@link #STEP_RULES}, as {@link #CARD_FIELDS} does for cards.
     */
    static final Shape STEP_SHAPE = new Shape(STEP)
            .oneOf("kind", true, names(LessonStep.Kind.values()))
            .link("event", false, EVENT)
            .link("note", false, NOTE)
            .optional("year", INTEGER)
            .link("card", false, CARD)
            .optional("paragraph", INTEGER)
            .optional("anchor", STRING)
            .optional("quote", STRING)
            .optional("title", STRING)
            .optional("text", STRING)
            .links("cards", false, CARD)
            .optional("questions", INTEGER)
            .optional("seed", INTEGER)
            .link("claim", false, CLAIM)
            .optional("teacherNotes", STRING);

    /**
     * The fields of one kind of step: all of {@code required}, any of {@code optional}, and
     * exactly one of {@code oneOf} when it is not empty.
     */
    record StepRule(List<String> required, List<String> optional, List<String> oneOf) {
        List<String> allowed() {
            List<String> all = new ArrayList<>(required);
            all.addAll(optional);
            all.addAll(oneOf);
            return all;
        }
    }

    static final Map<LessonStep.Kind, StepRule> STEP_RULES = new EnumMap<>(LessonStep.Kind.class);

    static {
        STEP_RULES.put(LessonStep.Kind.EVENT, new StepRule(List.of("event"), List.of("note"), List.of()));
        STEP_RULES.put(LessonStep.Kind.YEAR, new StepRule(List.of("year"), List.of(), List.of()));
        STEP_RULES.put(LessonStep.Kind.CARD, new StepRule(List.of("card"), List.of(), List.of()));
        STEP_RULES.put(LessonStep.Kind.PASSAGE, new StepRule(List.of(), List.of("quote"), List.of("paragraph", "anchor")));
        STEP_RULES.put(LessonStep.Kind.NOTE, new StepRule(List.of("note"), List.of(), List.of()));
        STEP_RULES.put(LessonStep.Kind.TITLE, new StepRule(List.of("title"), List.of("text"), List.of()));
        STEP_RULES.put(LessonStep.Kind.QUIZ, new StepRule(List.of(), List.of("seed"), List.of("cards", "questions")));
        STEP_RULES.put(LessonStep.Kind.CLAIM, new StepRule(List.of("claim"), List.of(), List.of()));
    }

    /** Fields every step may have whatever its kind. */
    static final Set<String> STEP_COMMON = Set.of("kind", "teacherNotes");

    static final Shape LESSON_SHAPE = new Shape(LESSON)
            .required("id", ID)
            .required("title", STRING)
            .optional("summary", STRING)
            .objects("steps", true, STEP_SHAPE);

    /** A lesson file, as exported from the app: the lessons of one pack. */
    static final Shape LESSON_FILE = new Shape("lessonFile")
            .required("format", INTEGER)
            .required("pack", STRING)
            .objects("lessons", true, LESSON_SHAPE);

    // ---- the whole pack -----------------------------------------------------------------------------

    static final Shape PACK = new Shape("pack")
            .required("format", INTEGER)
            .required("id", ID)
            .required("title", STRING)
            .optional("subtitle", STRING)
            .required("language", STRING)
            .object("source", true, SOURCE)
            .objects("references", false, REFERENCE_SHAPE)
            .objects("lanes", false, LANE_SHAPE)
            .objects("eras", false, ERA_SHAPE)
            .objects("events", false, EVENT_SHAPE)
            .objects("people", false, PERSON_SHAPE)
            .objects("institutions", false, INSTITUTION_SHAPE)
            .objects("relations", false, RELATION_SHAPE)
            .objects("cards", false, CARD_SHAPE)
            .objects("notes", false, NOTE_SHAPE)
            .objects("lessons", false, LESSON_SHAPE)
            .objects("claims", false, CLAIM_SHAPE);

    /** Every shape by name, for the test that compares them with the published JSON Schema. */
    static final List<Shape> ALL = List.of(PACK, SOURCE, CITE, REFERENCE_SHAPE, LANE_SHAPE, ERA_SHAPE, EVENT_SHAPE,
            PERSON_SHAPE, INSTITUTION_SHAPE, RELATION_SHAPE, CARD_SHAPE, MATCH_PAIR, NOTE_SHAPE, CLAIM_SHAPE,
            LESSON_SHAPE, STEP_SHAPE);

    private PackSchema() {
    }

    private static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(v -> v.name().toLowerCase(Locale.ROOT).replace('_', '-'))
                .toList();
    }
}
