package org.xistudy.content.validate;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.math.BigDecimal;
import java.time.Year;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.xistudy.content.Messages;
import org.xistudy.content.PackIndex;
import org.xistudy.content.PartialDate;
import org.xistudy.content.YearRange;
import org.xistudy.content.essay.Essay;
import org.xistudy.content.essay.Essay.Block;
import org.xistudy.content.json.JsonPaths;
import org.xistudy.content.json.ParsedJson;
import org.xistudy.content.model.CardType;
import org.xistudy.content.model.LessonStep;

/**
 * The checks on lessons that the structural walk cannot make: unique lesson ids, the fields each
 * kind of step needs, years within the pack's dates, passages that exist and quotes that stand in
 * them, notes that are about their event, and quiz steps that can be asked. Used for a pack's own
 * {@code lessons} and for lesson files imported into the app. Types, unknown fields and ids that
 * name nothing are reported by the walk.
 */
final class LessonChecks {

    /**
     * What the checks need to know about the pack the lessons belong to.
     *
     * @param itemUsing where the item that already uses an id is ("an event at $.events[3] (line 40)"),
     *     empty if none
     * @param cardTypes the type of each card ({@code "choice"}), by id
     * @param noteAbout the ids each note is about, by note id
     * @param essay the essay, when it could be read
     * @param noEssay why there is no essay, to report on passage steps; null when that has been
     *     reported already (the essay file the pack names was not found)
     * @param years the years the pack's dates span
     */
    record Facts(Function<String, Optional<String>> itemUsing, Map<String, String> cardTypes,
            Map<String, List<String>> noteAbout, Optional<Essay> essay, String noEssay, YearRange years) {

        /**
         * The facts of a pack still in JSON, for its own lessons: its cards' types and its years
         * as the validator's walk over its items {@code gathered} them.
         */
        static Facts of(JsonObject pack, Gathered gathered, Function<String, Optional<String>> itemUsing,
                Optional<Essay> essay, boolean namesEssay) {
            JsonElement source = pack.get("source");
            if (source != null && source.isJsonObject()) {
                year(source.getAsJsonObject().get("date")).ifPresent(gathered::year);
            }
            return new Facts(itemUsing, gathered.cardTypes, LessonChecks.noteAbout(pack), essay,
                    namesEssay ? null
                    : "a passage step needs the essay, but the pack names no essay file (\"source.seed\")",
                    gathered.years());
        }

        /** The facts of an open pack, for a lesson file; its lessons' ids may repeat the pack's ids. */
        static Facts of(PackIndex index) {
            Map<String, String> types = new HashMap<>();
            index.pack().cards().forEach(c -> types.put(c.id(), c.type().jsonName()));
            Map<String, List<String>> about = new HashMap<>();
            index.pack().notes().forEach(n -> about.put(n.id(), n.about()));
            return new Facts(id -> Optional.empty(), types, about, Optional.ofNullable(index.essay()),
                    "a passage step needs the essay, but the open pack has none", YearRange.of(index.pack()));
        }
    }

    /**
     * What the validator's walk over a pack's items notes for its lessons, so that they need no
     * second walk: each card's type by id (the first card with an id wins), and the years of the
     * valid dates of events, institutions and relations, the same fields as {@link YearRange#of}.
     */
    static final class Gathered {
        private final Map<String, String> cardTypes;
        private int first = Integer.MAX_VALUE;
        private int last = Integer.MIN_VALUE;

        Gathered(int capacity) {
            cardTypes = new HashMap<>(capacity);
        }

        void card(String id, String type) {
            if (id != null && type != null) {
                cardTypes.putIfAbsent(id, type);
            }
        }

        void date(PartialDate date) {
            year(date.year());
        }

        void year(int year) {
            first = Math.min(first, year);
            last = Math.max(last, year);
        }

        /** The years gathered; with none at all, this year only. */
        YearRange years() {
            if (first > last) {
                int now = Year.now().getValue();
                return new YearRange(now, now);
            }
            return new YearRange(first, last);
        }
    }

    private final ParsedJson json;
    private final BiConsumer<String, Messages.Text> error;
    private final BiConsumer<String, Messages.Text> warning;
    private final Facts facts;
    private final Map<String, String> lessonIds = new HashMap<>();

    LessonChecks(ParsedJson json, BiConsumer<String, Messages.Text> error, BiConsumer<String, Messages.Text> warning,
            Facts facts) {
        this.json = json;
        this.error = error;
        this.warning = warning;
        this.facts = facts;
    }

    /** Checks the {@code lessons} array at {@code path}, if it is one. */
    void check(JsonElement lessons, String path) {
        if (lessons == null || !lessons.isJsonArray()) {
            return;
        }
        JsonArray a = lessons.getAsJsonArray();
        for (int i = 0; i < a.size(); i++) {
            if (a.get(i).isJsonObject()) {
                checkLesson(a.get(i).getAsJsonObject(), JsonPaths.index(path, i));
            }
        }
    }

    private void checkLesson(JsonObject lesson, String path) {
        String id = text(lesson, "id");
        if (id != null && !id.isBlank()) {
            String idPath = JsonPaths.member(path, "id");
            String first = lessonIds.get(id);
            Optional<String> item = facts.itemUsing().apply(id);
            if (first != null) {
                err(idPath, "lessonIdDuplicate", id, first, json.positionOf(first).line());
            } else if (item.isPresent()) {
                err(idPath, "idDuplicateItem", id, item.get());
            } else {
                lessonIds.put(id, path);
            }
        }
        JsonElement steps = lesson.get("steps");
        if (steps != null && steps.isJsonArray()) {
            JsonArray a = steps.getAsJsonArray();
            for (int i = 0; i < a.size(); i++) {
                if (a.get(i).isJsonObject()) {
                    checkStep(a.get(i).getAsJsonObject(), JsonPaths.index(JsonPaths.member(path, "steps"), i));
                }
            }
        }
    }

    private void checkStep(JsonObject step, String path) {
        Optional<LessonStep.Kind> found = LessonStep.Kind.byJsonName(text(step, "kind"));
        if (found.isEmpty()) {
            return; // reported by the walk
        }
        LessonStep.Kind kind = found.get();
        String name = kind.jsonName();
        PackSchema.StepRule rule = PackSchema.STEP_RULES.get(kind);
        for (String field : rule.required()) {
            if (!has(step, field)) {
                err(path, "stepNeeds", article(name), field);
            }
        }
        if (!rule.oneOf().isEmpty()) {
            List<String> present = rule.oneOf().stream().filter(f -> has(step, f)).toList();
            String choices = String.join("\" or \"", rule.oneOf());
            if (present.isEmpty()) {
                err(path, "stepNeeds", article(name), choices);
            } else if (present.size() > 1) {
                err(path, "stepEither", article(name), choices);
            }
        }
        List<String> allowed = rule.allowed();
        for (String field : step.keySet()) {
            if (PackSchema.STEP_SHAPE.fields.containsKey(field) && !PackSchema.STEP_COMMON.contains(field)
                    && !allowed.contains(field)) {
                warn(JsonPaths.member(path, field), "stepUnused", field, name);
            }
        }
        switch (kind) {
            case EVENT -> checkEventNote(step, path);
            case YEAR -> checkYear(step, path);
            case PASSAGE -> checkPassage(step, path);
            case QUIZ -> checkQuiz(step, path);
            default -> {
                // card, note, title and claim steps: the walk checks their ids and texts
            }
        }
    }

    private void checkEventNote(JsonObject step, String path) {
        String event = text(step, "event");
        String note = text(step, "note");
        if (event == null || note == null) {
            return;
        }
        List<String> about = facts.noteAbout().getOrDefault(note, List.of());
        if (!about.isEmpty() && !about.contains(event)) {
            warn(JsonPaths.member(path, "note"), "noteNotAbout", note, event);
        }
    }

    private void checkYear(JsonObject step, String path) {
        integer(step.get("year")).ifPresent(year -> {
            YearRange years = facts.years();
            if (!years.contains(year)) {
                err(JsonPaths.member(path, "year"), "yearNoChart", years.first(), years.last(), year);
            }
        });
    }

    private void checkPassage(JsonObject step, String path) {
        boolean hasParagraph = has(step, "paragraph");
        boolean hasAnchor = has(step, "anchor");
        if (hasParagraph == hasAnchor) {
            return; // reported with the fields
        }
        Optional<Essay> essay = facts.essay();
        if (essay.isEmpty()) {
            String why = facts.noEssay();
            if (why != null) {
                error.accept(path, Messages.Text.plain(why));
            }
            return;
        }
        List<Block> paragraphs = essay.get().blocks().stream().filter(b -> b.kind() == Essay.Kind.PARAGRAPH).toList();
        Block block = null;
        if (hasParagraph) {
            String fp = JsonPaths.member(path, "paragraph");
            Optional<Integer> n = integer(step.get("paragraph"));
            if (n.isEmpty()) {
                return; // a type error
            }
            if (n.get() < 1 || n.get() > paragraphs.size()) {
                err(fp, "paragraphRange", paragraphs.size(), n.get());
                return;
            }
            block = paragraphs.get(n.get() - 1);
        } else {
            String anchor = text(step, "anchor");
            if (anchor == null || anchor.isBlank()) {
                return; // a type error or an empty string
            }
            block = essay.get().block(anchor).orElse(null);
            if (block == null) {
                List<String> anchors = essay.get().blocks().stream().map(Block::anchor).toList();
                Optional<String> near = NearNames.closest(anchor, anchors);
                err(JsonPaths.member(path, "anchor"), near.isPresent() ? "anchorMissingHint" : "anchorMissing", anchor,
                        paragraphs.size(), near.orElse(""));
                return;
            }
        }
        String quote = text(step, "quote");
        if (quote == null || quote.isBlank()) {
            return;
        }
        String qp = JsonPaths.member(path, "quote");
        if (Essay.normalize(block.text()).contains(Essay.normalize(quote))) {
            return;
        }
        List<Essay.Passage> elsewhere = essay.get().findAll(quote);
        if (!elsewhere.isEmpty()) {
            err(qp, "quoteOtherBlock", describe(block), describe(elsewhere.get(0).block()));
        } else {
            err(qp, essay.get().containsIgnoringTypography(quote) ? "lessonQuoteTypography" : "lessonQuoteNotInEssay",
                    abbreviate(quote));
        }
    }

    private static String describe(Block b) {
        return b.kind() == Essay.Kind.PARAGRAPH ? "paragraph " + b.number() + " (" + b.anchor() + ")"
                : "\"" + b.anchor() + "\"";
    }

    private void checkQuiz(JsonObject step, String path) {
        JsonElement cards = step.get("cards");
        if (cards != null && cards.isJsonArray()) {
            JsonArray a = cards.getAsJsonArray();
            if (a.isEmpty()) {
                err(JsonPaths.member(path, "cards"), "quizNoCards");
            }
            for (int i = 0; i < a.size(); i++) {
                JsonElement e = a.get(i);
                if (!e.isJsonPrimitive() || !e.getAsJsonPrimitive().isString()) {
                    continue;
                }
                String id = e.getAsString();
                String ip = JsonPaths.index(JsonPaths.member(path, "cards"), i);
                Optional.ofNullable(facts.cardTypes().get(id)).ifPresent(type -> {
                    if (type.equals(CardType.BASIC.jsonName()) || type.equals(CardType.REVERSED.jsonName())) {
                        err(ip, "quizFlashcard", id, type);
                    }
                });
            }
        }
        integer(step.get("questions")).ifPresent(n -> {
            if (n < 1 || n > PackSchema.MAX_QUIZ_QUESTIONS) {
                err(JsonPaths.member(path, "questions"), "quizQuestions", PackSchema.MAX_QUIZ_QUESTIONS, n);
            }
        });
    }

    // ---- what a pack's JSON says, for the pack's own lessons ------------------------------------

    /** The ids each note of a pack's JSON is about, by note id. */
    static Map<String, List<String>> noteAbout(JsonObject pack) {
        Map<String, List<String>> out = new HashMap<>();
        for (JsonObject note : objects(pack.get("notes"))) {
            String id = text(note, "id");
            List<String> about = new ArrayList<>();
            JsonElement a = note.get("about");
            if (a != null && a.isJsonArray()) {
                for (JsonElement e : a.getAsJsonArray()) {
                    if (e.isJsonPrimitive() && e.getAsJsonPrimitive().isString()) {
                        about.add(e.getAsString());
                    }
                }
            }
            if (id != null) {
                out.putIfAbsent(id, about);
            }
        }
        return out;
    }

    private static Optional<Integer> year(JsonElement e) {
        if (e == null || !e.isJsonPrimitive() || !e.getAsJsonPrimitive().isString()) {
            return Optional.empty();
        }
        String s = e.getAsString();
        return PartialDate.tryParse(s).map(PartialDate::year);
    }

    private static List<JsonObject> objects(JsonElement array) {
        List<JsonObject> out = new ArrayList<>();
        if (array != null && array.isJsonArray()) {
            for (JsonElement e : array.getAsJsonArray()) {
                if (e.isJsonObject()) {
                    out.add(e.getAsJsonObject());
                }
            }
        }
        return out;
    }

    // ---- value helpers ---------------------------------------------------------------------------

    private static boolean has(JsonObject obj, String field) {
        return obj.has(field) && !obj.get(field).isJsonNull();
    }

    private static String text(JsonObject obj, String field) {
        JsonElement e = obj.get(field);
        return e != null && e.isJsonPrimitive() && e.getAsJsonPrimitive().isString() ? e.getAsString() : null;
    }

    private static Optional<Integer> integer(JsonElement e) {
        if (e == null || !(e.isJsonPrimitive() && e.getAsJsonPrimitive().isNumber())) {
            return Optional.empty();
        }
        try {
            return Optional.of(new BigDecimal(e.getAsJsonPrimitive().getAsString()).intValueExact());
        } catch (ArithmeticException | NumberFormatException ex) {
            return Optional.empty();
        }
    }

    private static String abbreviate(String s) {
        String n = Essay.normalize(s);
        return n.length() <= 60 ? n : n.substring(0, 57) + "...";
    }

    private void err(String path, String key, Object... args) {
        error.accept(path, Messages.Text.of(key, args));
    }

    private void warn(String path, String key, Object... args) {
        warning.accept(path, Messages.Text.of(key, args));
    }

    private static String article(String noun) {
        return ("aeiou".indexOf(Character.toLowerCase(noun.charAt(0))) >= 0 ? "an " : "a ") + noun;
    }
}
