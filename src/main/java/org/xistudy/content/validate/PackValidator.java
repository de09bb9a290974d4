package org.xistudy.content.validate;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.xistudy.content.Messages;
import org.xistudy.content.PackIndex;
import org.xistudy.content.PartialDate;
import org.xistudy.content.Problem;
import org.xistudy.content.Problem.Severity;
import org.xistudy.content.essay.Essay;
import org.xistudy.content.json.JsonPaths;
import org.xistudy.content.json.ParsedJson;
import org.xistudy.content.model.Pack;

/**
 * Checks a parsed content pack against format 1 and collects every problem it finds: wrong types,
 * missing and unknown fields, empty strings, duplicate and dangling ids, malformed dates and ends
 * before starts, quotes that are not in the essay, and (in {@link CardChecks}, {@link LessonChecks} and
 * {@link ClaimChecks}) the rules of cards, of lessons and of the argument's claims.
 */
public final class PackValidator {
    private static final Pattern ID_PATTERN = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]*");

    private record IdDecl(String kind, String path) {
    }

    private record Link(String path, String id, Set<String> targets, String field) {
    }

    private record Quote(String path, String text) {
    }

    private final ParsedJson json;
    private final SeedLookup seeds;
    private final List<Problem> problems = new ArrayList<>();
    private final Map<String, IdDecl> ids = new LinkedHashMap<>();
    private final List<Link> links = new ArrayList<>();
    private final List<Quote> quotes = new ArrayList<>();
    private final CardChecks cards = new CardChecks(this::error, this::warning);

    private PackValidator(ParsedJson json, SeedLookup seeds) {
        this.json = json;
        this.seeds = seeds;
    }

    /**
     * Validates a pack. Problems carry an empty file name; the caller adds it.
     *
     * @param seeds finds the essay named by {@code source.seed}
     */
    public static List<Problem> validate(ParsedJson json, SeedLookup seeds) {
        PackValidator v = new PackValidator(json, seeds);
        v.run();
        v.problems.sort(Problem.IN_FILE_ORDER);
        return List.copyOf(v.problems);
    }

    private void run() {
        JsonElement root = json.root();
        if (!root.isJsonObject()) {
            err(JsonPaths.ROOT, "packNotObject", Wording.describe(root));
            return;
        }
        JsonObject pack = root.getAsJsonObject();
        if (!checkFormat(pack)) {
            return;
        }
        checkObject(pack, JsonPaths.ROOT, PackSchema.PACK, null);
        checkPackLessons(pack);
        new ClaimChecks(json, this::error, this::warning).check(pack.get("claims"),
                JsonPaths.member(JsonPaths.ROOT, "claims"));
        checkLinks();
        checkQuotes(pack);
    }

    private boolean checkFormat(JsonObject pack) {
        String path = JsonPaths.member(JsonPaths.ROOT, "format");
        JsonElement format = pack.get("format");
        if (format == null) {
            err(JsonPaths.ROOT, "formatMissing", Pack.FORMAT);
            return true;
        }
        Optional<Integer> n = integer(format);
        if (n.isEmpty()) {
            return true; // reported as a type error by the walk
        }
        if (n.get() != Pack.FORMAT) {
            err(path, n.get() > Pack.FORMAT ? "formatNewer" : "formatUnsupported", n.get(), Pack.FORMAT);
            return false;
        }
        return true;
    }

    // ---- the structural walk ----------------------------------------------------------------

    private void checkObject(JsonObject obj, String path, Shape shape, String itemKind) {
        for (String name : obj.keySet()) {
            if (!shape.fields.containsKey(name)) {
                Optional<String> near = NearNames.closest(name, shape.fields.keySet());
                warn(JsonPaths.member(path, name), near.isPresent() ? "fieldUnknownHint" : "fieldUnknown", name,
                        Wording.article(shape.name), near.orElse(""));
            }
        }
        for (Shape.Field f : shape.fields.values()) {
            JsonElement value = obj.get(f.name());
            if (value == null || value.isJsonNull()) {
                if (f.required()) {
                    err(path, value != null ? "fieldMissingNull" : "fieldMissing", f.name());
                }
                continue;
            }
            checkField(f, value, JsonPaths.member(path, f.name()), obj);
        }
        if (itemKind != null) {
            checkItem(itemKind, obj, path);
        }
        if (shape == PackSchema.CITE) {
            checkCite(obj, path);
        }
        if (shape == PackSchema.SOURCE && obj.has("seed") && !obj.get("seed").isJsonNull()) {
            for (String field : PackSchema.SOURCE_WITH_ESSAY) {
                if (!obj.has(field) || obj.get(field).isJsonNull()) {
                    err(path, "fieldMissingSeed", field);
                }
            }
        }
    }

    private void checkField(Shape.Field f, JsonElement value, String path, JsonObject owner) {
        switch (f.type()) {
            case STRING:
                string(value, path);
                break;
            case INTEGER:
                if (integer(value).isEmpty()) {
                    err(path, "typeInteger", Wording.describe(value));
                }
                break;
            case BOOLEAN:
                if (!(value.isJsonPrimitive() && value.getAsJsonPrimitive().isBoolean())) {
                    err(path, "typeBoolean", Wording.describe(value));
                }
                break;
            case DATE:
                date(value, path);
                break;
            case ID:
                if (f.targets().isEmpty()) {
                    id(value, path);
                } else {
                    string(value, path).ifPresent(s -> links.add(new Link(path, s, f.targets(), f.name())));
                }
                break;
            case ENUM:
                string(value, path).ifPresent(s -> {
                    if (!f.values().contains(s)) {
                        err(path, "valueUnknown", s, f.name(), String.join(", ", f.values().stream().sorted().toList()));
                    }
                });
                break;
            case STRING_ARRAY:
                array(value, path).ifPresent(a -> {
                    for (int i = 0; i < a.size(); i++) {
                        string(a.get(i), JsonPaths.index(path, i));
                    }
                });
                break;
            case ID_ARRAY:
                array(value, path).ifPresent(a -> {
                    Set<String> seen = new HashSet<>();
                    for (int i = 0; i < a.size(); i++) {
                        String ip = JsonPaths.index(path, i);
                        string(a.get(i), ip).ifPresent(s -> {
                            if (!seen.add(s)) {
                                err(ip, "idListedTwice", s);
                            }
                            links.add(new Link(ip, s, f.targets(), f.name()));
                        });
                    }
                    if (a.isEmpty() && f.required() && !f.mayBeEmpty()) {
                        err(path, "idsEmpty");
                    }
                });
                break;
            case OBJECT:
                if (!value.isJsonObject()) {
                    err(path, "typeObject", Wording.describe(value));
                } else {
                    checkObject(value.getAsJsonObject(), path, f.shape(), null);
                }
                break;
            case OBJECT_ARRAY:
                array(value, path).ifPresent(a -> {
                    if (a.isEmpty() && f.required()) {
                        err(path, f.name().equals("cite") ? "citesEmpty" : "entriesEmpty");
                    }
                    String kind = owner == json.root() ? PackSchema.ITEM_ARRAYS.get(f.name()) : null;
                    for (int i = 0; i < a.size(); i++) {
                        String ip = JsonPaths.index(path, i);
                        JsonElement e = a.get(i);
                        if (!e.isJsonObject()) {
                            err(ip, "typeEntry", Wording.article(f.shape().name), Wording.describe(e));
                        } else {
                            checkObject(e.getAsJsonObject(), ip, f.shape(), kind);
                        }
                    }
                });
                break;
            case ANY:
            default:
                break;
        }
    }

    // ---- items --------------------------------------------------------------------------------

    private void checkItem(String kind, JsonObject obj, String path) {
        JsonElement idValue = obj.get("id");
        if (idValue != null && idValue.isJsonPrimitive() && idValue.getAsJsonPrimitive().isString()) {
            String id = idValue.getAsString();
            IdDecl first = ids.get(id);
            if (first != null) {
                err(JsonPaths.member(path, "id"), "idDuplicate", id, Wording.article(first.kind()), first.path(),
                        json.positionOf(first.path()).line());
            } else if (!id.isEmpty()) {
                ids.put(id, new IdDecl(kind, path));
            }
        }
        switch (kind) {
            case PackSchema.EVENT:
                checkRange(obj, path, "date", "end");
                break;
            case PackSchema.ERA:
                checkRange(obj, path, "start", "end");
                break;
            case PackSchema.INSTITUTION:
                checkRange(obj, path, "established", "dissolved");
                break;
            case PackSchema.RELATION:
                checkRange(obj, path, "start", "end");
                String from = text(obj, "from");
                if (from != null && from.equals(text(obj, "to"))) {
                    err(JsonPaths.member(path, "to"), "relationToItself", from);
                }
                break;
            case PackSchema.CARD:
                cards.check(obj, path);
                break;
            default:
                break;
        }
    }

    private void checkRange(JsonObject obj, String path, String startField, String endField) {
        Optional<PartialDate> start = parsedDate(obj.get(startField));
        Optional<PartialDate> end = parsedDate(obj.get(endField));
        if (start.isPresent() && end.isPresent() && end.get().lastDay().isBefore(start.get().firstDay())) {
            err(JsonPaths.member(path, endField), "endBeforeStart", endField, end.get(), startField, start.get());
        }
    }

    private void checkCite(JsonObject cite, String path) {
        boolean hasQuote = cite.has("quote") && !cite.get("quote").isJsonNull();
        boolean hasRef = cite.has("ref") && !cite.get("ref").isJsonNull();
        if (hasQuote == hasRef) {
            err(path, hasQuote ? "citeBoth" : "citeNeither");
        }
        if (hasQuote && !hasRef && cite.has("detail")) {
            warn(JsonPaths.member(path, "detail"), "citeDetail");
        }
        if (hasQuote) {
            JsonElement q = cite.get("quote");
            if (q.isJsonPrimitive() && q.getAsJsonPrimitive().isString() && !q.getAsString().isBlank()) {
                quotes.add(new Quote(JsonPaths.member(path, "quote"), q.getAsString()));
            }
        }
    }

    // ---- links and quotes ---------------------------------------------------------------------

    private void checkLinks() {
        for (Link link : links) {
            if (link.id().isEmpty()) {
                continue; // reported as an empty string
            }
            IdDecl target = ids.get(link.id());
            if (target == null) {
                String kinds = String.join(" or ", link.targets().stream().sorted().toList());
                if (link.targets().equals(PackSchema.ANY_ITEM)) {
                    kinds = "item";
                }
                Set<String> candidates = new HashSet<>();
                ids.forEach((id, decl) -> {
                    if (link.targets().contains(decl.kind())) {
                        candidates.add(id);
                    }
                });
                Optional<String> near = NearNames.closest(link.id(), candidates);
                err(link.path(), near.isPresent() ? "linkUnknownHint" : "linkUnknown", kinds, link.id(), near.orElse(""));
            } else if (!link.targets().contains(target.kind())) {
                err(link.path(), "linkWrongKind", link.id(), Wording.article(target.kind()), link.field(), String.join(" or ",
                        link.targets().stream().sorted().map(Wording::article).toList()));
            }
        }
    }

    private void checkQuotes(JsonObject pack) {
        if (quotes.isEmpty() && !pack.has("source")) {
            return;
        }
        JsonElement source = pack.get("source");
        if (source == null || !source.isJsonObject()) {
            return;
        }
        String seed = text(source.getAsJsonObject(), "seed");
        String author = text(source.getAsJsonObject(), "author");
        if (seed == null && !source.getAsJsonObject().has("seed")) {
            for (Quote q : quotes) {
                err(q.path(), "quoteNoEssay");
            }
            return;
        }
        if (seed == null || seed.isBlank()) {
            return;
        }
        Optional<Essay> essay = seeds.find(seed, author);
        String seedPath = JsonPaths.member(JsonPaths.member(JsonPaths.ROOT, "source"), "seed");
        if (essay.isEmpty()) {
            err(seedPath, "essayMissing", seed);
            return;
        }
        for (Quote q : quotes) {
            if (!essay.get().contains(q.text())) {
                err(q.path(), essay.get().containsIgnoringTypography(q.text()) ? "quoteNotInEssayTypography"
                        : "quoteNotInEssay", seed, Wording.abbreviate(q.text()));
            }
        }
    }

    // ---- value helpers ------------------------------------------------------------------------

    private Optional<String> string(JsonElement value, String path) {
        return Values.string(value, path, this::error);
    }

    private void id(JsonElement value, String path) {
        string(value, path).ifPresent(s -> {
            if (!s.isBlank() && !ID_PATTERN.matcher(s).matches()) {
                err(path, "idInvalid", s);
            }
        });
    }

    private void date(JsonElement value, String path) {
        string(value, path).ifPresent(s -> {
            if (!s.isBlank()) {
                PartialDate.problemText(s).ifPresent(t -> error(path, t));
            }
        });
    }

    private Optional<JsonArray> array(JsonElement value, String path) {
        if (!value.isJsonArray()) {
            err(path, "typeArray", Wording.describe(value));
            return Optional.empty();
        }
        return Optional.of(value.getAsJsonArray());
    }

    private static Optional<PartialDate> parsedDate(JsonElement e) {
        if (e == null || !e.isJsonPrimitive() || !e.getAsJsonPrimitive().isString()) {
            return Optional.empty();
        }
        String s = e.getAsString();
        return PartialDate.tryParse(s);
    }

    private static Optional<Integer> integer(JsonElement e) {
        if (!(e.isJsonPrimitive() && e.getAsJsonPrimitive().isNumber())) {
            return Optional.empty();
        }
        try {
            BigDecimal d = new BigDecimal(e.getAsJsonPrimitive().getAsString());
            return Optional.of(d.intValueExact());
        } catch (ArithmeticException | NumberFormatException ex) {
            return Optional.empty();
        }
    }

    private static String text(JsonObject obj, String field) {
        JsonElement e = obj.get(field);
        return e != null && e.isJsonPrimitive() && e.getAsJsonPrimitive().isString() ? e.getAsString() : null;
    }

    private void error(String path, Messages.Text text) {
        problems.add(new Problem(Severity.ERROR, "", json.positionOf(path), path, text));
    }

    private void warning(String path, Messages.Text text) {
        problems.add(new Problem(Severity.WARNING, "", json.positionOf(path), path, text));
    }

    private void err(String path, String key, Object... args) {
        error(path, Messages.Text.of(key, args));
    }

    private void warn(String path, String key, Object... args) {
        warning(path, Messages.Text.of(key, args));
    }

    // ---- lessons ------------------------------------------------------------------------------

    /**
     * Validates a lesson file (lessons exported from the app, {@code {"format": 1, "pack": ...,
     * "lessons": [...]}}) against the pack that is open: its shape, and that every id, year and
     * passage it names exists in that pack. Problems carry an empty file name; the caller adds it.
     */
    public static List<Problem> validateLessonFile(ParsedJson json, PackIndex pack) {
        PackValidator v = new PackValidator(json, (seed, author) -> Optional.ofNullable(pack.essay()));
        v.runLessonFile(pack);
        v.problems.sort(Problem.IN_FILE_ORDER);
        return List.copyOf(v.problems);
    }

    private void runLessonFile(PackIndex pack) {
        JsonElement root = json.root();
        if (!root.isJsonObject()) {
            err(JsonPaths.ROOT, "lessonFileNotObject", Wording.describe(root));
            return;
        }
        JsonObject file = root.getAsJsonObject();
        if (!checkFormat(file)) {
            return;
        }
        pack.itemKinds().forEach((id, kind) -> ids.put(id, new IdDecl(kind.name().toLowerCase(Locale.ROOT), null)));
        checkObject(file, JsonPaths.ROOT, PackSchema.LESSON_FILE, null);
        String madeFor = text(file, "pack");
        if (madeFor != null && !madeFor.isBlank() && !madeFor.equals(pack.pack().id())) {
            warn(JsonPaths.member(JsonPaths.ROOT, "pack"), "lessonsOtherPack", madeFor, pack.pack().id());
        }
        new LessonChecks(json, this::error, this::warning, LessonChecks.Facts.of(pack))
                .check(file.get("lessons"), JsonPaths.member(JsonPaths.ROOT, "lessons"));
        checkLinks();
    }

    private void checkPackLessons(JsonObject pack) {
        if (!pack.has("lessons")) {
            return;
        }
        Optional<Essay> essay = Optional.empty();
        JsonElement source = pack.get("source");
        String seed = source != null && source.isJsonObject() ? text(source.getAsJsonObject(), "seed") : null;
        if (seed != null && !seed.isBlank()) {
            essay = seeds.find(seed, text(source.getAsJsonObject(), "author"));
        }
        Function<String, Optional<String>> itemUsing = id -> Optional.ofNullable(ids.get(id)).map(d -> Wording.article(d.kind())
                + " at " + d.path() + " (line " + json.positionOf(d.path()).line() + ")");
        new LessonChecks(json, this::error, this::warning, LessonChecks.Facts.of(pack, itemUsing, essay, seed != null
                && !seed.isBlank())).check(pack.get("lessons"), JsonPaths.member(JsonPaths.ROOT, "lessons"));
    }

    /** Used by the schema test. */
    static Map<String, Map<String, Shape.Field>> shapes() {
        Map<String, Map<String, Shape.Field>> out = new HashMap<>();
        for (Shape s : PackSchema.ALL) {
            out.put(s.name, s.fields);
        }
        return out;
    }
}
