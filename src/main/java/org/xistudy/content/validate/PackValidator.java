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
    /** Up to this many ids in a list are checked for repeats one against another, without a set. */
    private static final int SHORT_LIST = 16;
    private record IdDecl(String kind, String path) {
    }

    /**
     * Where a field's value stands: in object {@code parent}, member {@code name}, and entry
     * {@code index} of it when it is an array's ({@code -1} when not). The path is made only when
     * a problem needs it; a pack has hundreds of thousands of fields and, when valid, no problem.
     */
    private record At(String parent, String name, int index) {
        String path() {
            String member = JsonPaths.member(parent, name);
            return index < 0 ? member : JsonPaths.index(member, index);
        }
    }

    private record Link(At at, String id, Set<String> targets) {
        String path() {
            return at.path();
        }

        String field() {
            return at.name();
        }
    }

    /** A quote, with the path of the cite that holds it. */
    private record Quote(String cite, String text) {
        String path() {
            return JsonPaths.member(cite, "quote");
        }
    }

    private final ParsedJson json;
    private final SeedLookup seeds;
    private final List<Problem> problems = new ArrayList<>();
    private final Map<String, IdDecl> ids;
    private final List<Link> links = new ArrayList<>();
    private final List<Quote> quotes = new ArrayList<>();
    private final CardChecks cards = new CardChecks(this::error, this::warning);
    private final LessonChecks.Gathered facts;

    private PackValidator(ParsedJson json, SeedLookup seeds) {
        this.json = json;
        this.seeds = seeds;
        // sized for the items the file holds, so that a large pack's maps do not grow step by step
        this.ids = new LinkedHashMap<>(capacity(count(json.root(), PackSchema.ITEM_ARRAYS.keySet())));
        this.facts = new LessonChecks.Gathered(capacity(count(json.root(), Set.of("cards"))));
    }

    /** How many entries the root object's arrays of these names hold together. */
    private static int count(JsonElement root, Set<String> arrays) {
        int n = 0;
        if (root.isJsonObject()) {
            for (String name : arrays) {
                JsonElement a = root.getAsJsonObject().get(name);
                n += a != null && a.isJsonArray() ? a.getAsJsonArray().size() : 0;
            }
        }
        return n;
    }

    private static int capacity(int entries) {
        return (int) (entries / 0.75f) + 1;
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
        int requiredSeen = 0;
        for (Map.Entry<String, JsonElement> member : obj.entrySet()) {
            String name = member.getKey();
            Shape.Field f = shape.field(name);
            if (f == null) {
                Optional<String> near = NearNames.closest(name, shape.fields.keySet());
                warn(JsonPaths.member(path, name), near.isPresent() ? "fieldUnknownHint" : "fieldUnknown", name,
                        Wording.article(shape.name), near.orElse(""));
            } else if (!member.getValue().isJsonNull()) {
                requiredSeen += f.required() ? 1 : 0;
                checkField(f, member.getValue(), path, obj);
            }
        }
        if (requiredSeen < shape.requiredCount()) {
            for (Shape.Field f : shape.fields.values()) {
                JsonElement value = obj.get(f.name());
                if (f.required() && (value == null || value.isJsonNull())) {
                    err(path, value != null ? "fieldMissingNull" : "fieldMissing", f.name());
                }
            }
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

    /** Checks the value of field {@code f} of the object at {@code parent}. */
    private void checkField(Shape.Field f, JsonElement value, String parent, JsonObject owner) {
        At at = new At(parent, f.name(), -1);
        switch (f.type()) {
            case STRING:
                if (filled(value) == null) {
                    string(value, at.path());
                }
                break;
            case INTEGER:
                if (integer(value).isEmpty()) {
                    err(at.path(), "typeInteger", Wording.describe(value));
                }
                break;
            case BOOLEAN:
                if (!(value.isJsonPrimitive() && value.getAsJsonPrimitive().isBoolean())) {
                    err(at.path(), "typeBoolean", Wording.describe(value));
                }
                break;
            case DATE:
                date(value, at);
                break;
            case ID:
                if (f.targets().isEmpty()) {
                    id(value, at);
                } else {
                    link(value, at, f);
                }
                break;
            case ENUM:
                String s = filled(value);
                Optional<String> word = s != null ? Optional.of(s) : string(value, at.path());
                word.ifPresent(w -> {
                    if (!f.values().contains(w)) {
                        err(at.path(), "valueUnknown", w, f.name(), String.join(", ", f.values().stream().sorted().toList()));
                    }
                });
                break;
            case STRING_ARRAY:
                array(value, at).ifPresent(a -> {
                    for (int i = 0; i < a.size(); i++) {
                        if (filled(a.get(i)) == null) {
                            string(a.get(i), new At(parent, f.name(), i).path());
                        }
                    }
                });
                break;
            case ID_ARRAY:
                array(value, at).ifPresent(a -> {
                    Set<String> seen = a.size() > SHORT_LIST ? new HashSet<>() : null;
                    for (int i = 0; i < a.size(); i++) {
                        At entry = new At(parent, f.name(), i);
                        int index = i;
                        link(a.get(i), entry, f).ifPresent(id -> {
                            if (seen != null ? !seen.add(id) : listedBefore(a, index, id)) {
                                err(entry.path(), "idListedTwice", id);
                            }
                        });
                    }
                    if (a.isEmpty() && f.required() && !f.mayBeEmpty()) {
                        err(at.path(), "idsEmpty");
                    }
                });
                break;
            case OBJECT:
                if (!value.isJsonObject()) {
                    err(at.path(), "typeObject", Wording.describe(value));
                } else {
                    checkObject(value.getAsJsonObject(), at.path(), f.shape(), null);
                }
                break;
            case OBJECT_ARRAY:
                array(value, at).ifPresent(a -> {
                    String path = at.path();
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

    /** Notes the link a value makes, and gives its id; a value that is not a string is reported. */
    private Optional<String> link(JsonElement value, At at, Shape.Field f) {
        String s = filled(value);
        Optional<String> id = s != null ? Optional.of(s) : string(value, at.path());
        id.ifPresent(target -> links.add(new Link(at, target, f.targets())));
        return id;
    }

    /** Whether a string equal to {@code id} stands in {@code array} before {@code index}. */
    private static boolean listedBefore(JsonArray array, int index, String id) {
        for (int k = 0; k < index; k++) {
            JsonElement e = array.get(k);
            if (e.isJsonPrimitive() && e.getAsJsonPrimitive().isString() && e.getAsString().equals(id)) {
                return true;
            }
        }
        return false;
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
                checkRange(obj, path, "date", "end", true);
                break;
            case PackSchema.ERA:
                checkRange(obj, path, "start", "end", false);
                break;
            case PackSchema.INSTITUTION:
                checkRange(obj, path, "established", "dissolved", true);
                break;
            case PackSchema.RELATION:
                checkRange(obj, path, "start", "end", true);
                String from = text(obj, "from");
                if (from != null && from.equals(text(obj, "to"))) {
                    err(JsonPaths.member(path, "to"), "relationToItself", from);
                }
                break;
            case PackSchema.CARD:
                cards.check(obj, path);
                facts.card(text(obj, "id"), text(obj, "type"));
                break;
            default:
                break;
        }
    }

    /** Checks that a range ends no earlier than it starts; its years count for lessons if {@code dated}. */
    private void checkRange(JsonObject obj, String path, String startField, String endField, boolean dated) {
        Optional<PartialDate> start = parsedDate(obj.get(startField));
        Optional<PartialDate> end = parsedDate(obj.get(endField));
        if (dated) {
            start.ifPresent(facts::date);
            end.ifPresent(facts::date);
        }
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
                quotes.add(new Quote(path, q.getAsString()));
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
        boolean[] missing = QuoteLookups.missing(essay.get(), quotes, Quote::text);
        for (int i = 0; i < missing.length; i++) {
            if (missing[i]) {
                Quote q = quotes.get(i);
                err(q.path(), essay.get().containsIgnoringTypography(q.text()) ? "quoteNotInEssayTypography"
                        : "quoteNotInEssay", seed, Wording.abbreviate(q.text()));
            }
        }
    }

    // ---- value helpers ------------------------------------------------------------------------

    private Optional<String> string(JsonElement value, String path) {
        return Values.string(value, path, this::error);
    }

    /** The value when it is a string that is not blank; otherwise null, for the checks that report. */
    private static String filled(JsonElement value) {
        if (value.isJsonPrimitive() && value.getAsJsonPrimitive().isString()) {
            String s = value.getAsString();
            return s.isBlank() ? null : s;
        }
        return null;
    }

    private void id(JsonElement value, At at) {
        String s = filled(value);
        if (s == null) {
            string(value, at.path());
        } else if (!isId(s)) {
            err(at.path(), "idInvalid", s);
        }
    }

    /** Whether {@code s} is an id: {@code [A-Za-z0-9][A-Za-z0-9._:-]*}. */
    static boolean isId(String s) {
        if (s.isEmpty() || !isIdLetter(s.charAt(0))) {
            return false;
        }
        for (int i = 1; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!isIdLetter(c) && c != '.' && c != '_' && c != ':' && c != '-') {
                return false;
            }
        }
        return true;
    }

    private static boolean isIdLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }

    private void date(JsonElement value, At at) {
        String s = filled(value);
        if (s == null) {
            string(value, at.path());
        } else {
            PartialDate.problemText(s).ifPresent(t -> error(at.path(), t));
        }
    }

    private Optional<JsonArray> array(JsonElement value, At at) {
        if (!value.isJsonArray()) {
            err(at.path(), "typeArray", Wording.describe(value));
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
        new LessonChecks(json, this::error, this::warning, LessonChecks.Facts.of(pack, facts, itemUsing, essay, seed != null
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
