package org.xistudy.study.exchange;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.xistudy.content.PartialDate;
import org.xistudy.content.Problem;
import org.xistudy.content.json.JsonPosition;
import org.xistudy.content.model.Card;
import org.xistudy.content.model.CardType;

/**
 * Turns the notes of an Anki deck into a pack of study cards, one card per note. The card type
 * follows the note type: Basic, Basic (and reversed card), Cloze and Basic (type in the answer)
 * become basic, reversed, cloze and type-in cards; any other note type gives a basic card with
 * its first field as the front and the others as the back. Notes this app wrote (their GUID is the
 * pack id and the card id) come back as the cards they were, choice, true/false, order and match
 * cards included, with their ids. HTML is reduced to text and media are left out (counted). Every
 * card cites a reference that names its deck.
 */
final class AnkiToPack {
    /** What a note type is, by the name Anki gives its stock types. */
    enum Kind { BASIC, REVERSED, OPTIONAL_REVERSED, CLOZE, TYPEIN, OTHER }

    private static final Pattern ANKI_CLOZE = Pattern.compile("(?s)\\{\\{c(\\d+)::(.*?)(?:::(.*?))?}}");
    private static final Pattern OUR_GUID = Pattern.compile(
            "([A-Za-z0-9][A-Za-z0-9._:-]*)" + Pattern.quote(AnkiLayout.GUID_SEPARATOR) + "([A-Za-z0-9][A-Za-z0-9._:-]*)");
    private static final Pattern LETTERED = Pattern.compile("([A-Z])\\. (.*)", Pattern.DOTALL);
    private static final Pattern RENAMED = Pattern.compile("-[0-9a-z]{5}$");
    private static final int MAX_DETAIL = 2000;

    private final String file;
    private final String fallbackTitle;
    private final Clock clock;
    private final List<Problem> warnings = new ArrayList<>();
    private int media;
    private int skipped;
    private int multiCloze;

    AnkiToPack(String file, String fallbackTitle, Clock clock) {
        this.file = file;
        this.fallbackTitle = fallbackTitle;
        this.clock = clock;
    }

    /** The kind of a note type by its name; Anki adds "-xxxxx" to a name it had already, which is ignored. */
    static Kind kindOfName(String name) {
        String n = RENAMED.matcher(name == null ? "" : name.strip()).replaceAll("").toLowerCase(Locale.ROOT);
        if (n.startsWith("cloze")) {
            return Kind.CLOZE;
        }
        if (n.startsWith("basic (and reversed card)")) {
            return Kind.REVERSED;
        }
        if (n.startsWith("basic (optional reversed card)")) {
            return Kind.OPTIONAL_REVERSED;
        }
        if (n.startsWith("basic (type in the answer)")) {
            return Kind.TYPEIN;
        }
        return n.startsWith("basic") ? Kind.BASIC : Kind.OTHER;
    }

    /** The fields of Anki's stock note type of that name, for text files that do not name them. */
    static List<String> stockFieldNames(String name) {
        return switch (kindOfName(name)) {
            case CLOZE -> List.of("Text", "Back Extra");
            case OPTIONAL_REVERSED -> List.of("Front", "Back", "Add Reverse");
            case OTHER -> List.of();
            default -> List.of("Front", "Back");
        };
    }

    ImportResult convert(List<AnkiNote> notes, int mediaFiles, Progress progress) {
        String title = title(notes);
        String packId = packId(notes, title);
        PackBuilder pack = new PackBuilder(packId, title, null, title);
        LocalDate today = LocalDate.now(clock);
        PartialDate consulted = PartialDate.ofMonth(today.getYear(), today.getMonthValue());
        for (int i = 0; i < notes.size(); i++) {
            AnkiNote n = notes.get(i);
            String deck = n.deck() == null ? title : n.deck();
            String ref = pack.reference("deck:" + deck, "deck-" + Ids.slug(deck), deck, null,
                    "Anki deck in " + fileName(), null, consulted);
            convert(pack, n, ref);
            progress.update(i + 1L, notes.size());
        }
        if (multiCloze > 0) {
            warnings.add(warning("$", multiCloze + (multiCloze == 1 ? " cloze note hides" : " cloze notes hide")
                    + " more than one span; a card hides one, so only the first (c1) is hidden and the others are shown"));
        }
        if (media > 0 || mediaFiles > 0) {
            warnings.add(warning("$", "media left out: " + media + (media == 1 ? " picture or sound" : " pictures and sounds")
                    + " in the notes" + (mediaFiles > 0 ? ", " + mediaFiles + " media files in the package" : "")
                    + "; the cards hold text only"));
        }
        return pack.finish(file, notes.size(), skipped, Math.max(media, mediaFiles), warnings);
    }

    /** The name of the file read, without its folder. */
    private String fileName() {
        Path name = Path.of(file).getFileName();
        return name == null ? file : name.toString();
    }

    private String title(List<AnkiNote> notes) {
        Map<String, Integer> tops = new LinkedHashMap<>();
        for (AnkiNote n : notes) {
            if (n.deck() != null && !n.deck().isBlank()) {
                tops.merge(n.deck().split("::", 2)[0].strip(), 1, Integer::sum);
            }
        }
        if (tops.size() > 1) {
            tops.remove("Default");
        }
        return tops.size() == 1 && !tops.keySet().iterator().next().isEmpty() ? tops.keySet().iterator().next()
                : fallbackTitle;
    }

    /** The pack id the notes came from when this app wrote them, else one made from the title. */
    private static String packId(List<AnkiNote> notes, String title) {
        Map<String, Integer> ids = new HashMap<>();
        for (AnkiNote n : notes) {
            Matcher m = OUR_GUID.matcher(n.guid());
            if (m.matches()) {
                ids.merge(m.group(1), 1, Integer::sum);
            }
        }
        return ids.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey)
                .orElseGet(() -> {
                    String slug = Ids.slug(title);
                    return slug.isEmpty() ? "anki-deck" : "anki-" + slug;
                });
    }

    private void convert(PackBuilder pack, AnkiNote n, String ref) {
        for (String f : n.fields()) {
            media += Html.mediaCount(f);
        }
        Matcher guid = OUR_GUID.matcher(n.guid());
        boolean ours = guid.matches();
        Kind kind = n.cloze() ? Kind.CLOZE : kindOfName(n.noteType());
        JsonObject card;
        try {
            card = switch (kind) {
                case CLOZE -> cloze(n);
                case TYPEIN -> typein(n);
                case OTHER -> other(n);
                default -> basic(n, kind);
            };
        } catch (Skip s) {
            skipped++;
            warnings.add(warning(n, s.getMessage() + "; the note is left out"));
            return;
        }
        String wanted = ours ? guid.group(2) : "anki-" + Ids.hash(n.guid().isEmpty() ? String.join("\u001f", n.fields())
                : n.guid(), 10);
        JsonObject out = new JsonObject();
        out.addProperty("id", pack.ids().claim(wanted, "card"));
        CardType type = CardType.valueOf(card.remove("type").getAsString());
        out.addProperty("type", type.jsonName());
        List<String> tags = n.tags().stream().filter(t -> !(ours && t.startsWith(AnkiLayout.SECTION_TAG))).toList();
        if (!tags.isEmpty()) {
            out.add("tags", PackBuilder.strings(tags));
        }
        String source = card.has("source") ? card.remove("source").getAsString() : "";
        card.entrySet().forEach(e -> out.add(e.getKey(), e.getValue()));
        JsonArray cite = new JsonArray();
        cite.add(PackBuilder.cite(ref, abbreviate(source)));
        out.add("cite", cite);
        pack.card(out, type);
    }

    private static String abbreviate(String s) {
        return s.length() <= MAX_DETAIL ? s : s.substring(0, MAX_DETAIL - 1) + "\u2026";
    }

    /** A note that makes no card. */
    private static final class Skip extends Exception {
        private static final long serialVersionUID = 1L;

        Skip(String message) {
            super(message);
        }
    }

    private static String text(String html) {
        return Html.toText(Html.withoutSounds(html));
    }

    /** The answer, explanation and source of a back field as this app's text file writes it. */
    private static String[] splitExtras(String html) {
        String explanation = "";
        String source = "";
        String rest = html;
        int s = rest.indexOf("<div class=\"xi-source\">");
        if (s >= 0) {
            source = rest.substring(s);
            rest = rest.substring(0, s);
        }
        int e = rest.indexOf("<div class=\"xi-explanation\">");
        if (e >= 0) {
            explanation = rest.substring(e);
            rest = rest.substring(0, e);
        }
        return new String[] {rest, explanation, source};
    }

    private static String named(AnkiNote n, String name, int fallback) {
        String v = n.field(name);
        return v != null ? v : n.fieldNames().isEmpty() ? n.field(fallback) : "";
    }

    /** Fields other than those named, as text, one per line. */
    private static String others(AnkiNote n, List<String> known) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < n.fields().size(); i++) {
            String name = i < n.fieldNames().size() ? n.fieldNames().get(i) : null;
            boolean isKnown = name != null ? known.stream().anyMatch(k -> k.equalsIgnoreCase(name)) : i < known.size();
            String t = text(n.fields().get(i));
            if (!isKnown && !t.isEmpty()) {
                out.add(t);
            }
        }
        return String.join("\n", out);
    }

    private static void common(JsonObject card, String explanation, String source) {
        if (!explanation.isBlank()) {
            card.addProperty("explanation", explanation.strip());
        }
        if (!source.isBlank()) {
            card.addProperty("source", source.strip());
        }
    }

    private static final List<String> BASIC_FIELDS = List.of("Front", "Back", "Explanation", "Source", "Add Reverse");

    private JsonObject basic(AnkiNote n, Kind kind) throws Skip {
        String frontHtml = named(n, "Front", 0);
        String[] back = splitExtras(named(n, "Back", 1));
        String explanation = join(text(firstNonEmpty(n.field("Explanation"), back[1])), others(n, BASIC_FIELDS));
        String source = text(firstNonEmpty(n.field("Source"), back[2]));
        boolean reversed = kind == Kind.REVERSED
                || kind == Kind.OPTIONAL_REVERSED && !text(Objects.requireNonNullElse(n.field("Add Reverse"), "")).isEmpty();
        JsonObject card = reversed ? null : laidOut(n, frontHtml, back[0]);
        if (card == null) {
            String front = text(frontHtml);
            String answer = text(back[0]);
            if (front.isEmpty()) {
                throw new Skip("its front is empty");
            }
            if (answer.isEmpty()) {
                throw new Skip("its back is empty");
            }
            card = new JsonObject();
            card.addProperty("type", (reversed ? CardType.REVERSED : CardType.BASIC).name());
            card.addProperty("front", front);
            card.addProperty("back", answer);
        }
        common(card, explanation, source);
        return card;
    }

    /** A choice, true/false, order or match card as {@link AnkiLayout} lays it out, or null. */
    private JsonObject laidOut(AnkiNote n, String front, String back) {
        JsonObject c = new JsonObject();
        if (front.contains("class=\"xi-options\"")) {
            List<String> options = Html.children(Html.element(front, "ol", "xi-options"), "li").stream()
                    .map(AnkiToPack::text).toList();
            String shown = text(Objects.requireNonNullElse(Html.element(back, "div", "xi-answer"), ""));
            Matcher m = LETTERED.matcher(shown);
            String answer = shown;
            if (m.matches() && m.group(1).charAt(0) - 'A' < options.size()) {
                answer = options.get(m.group(1).charAt(0) - 'A');
            }
            String question = text(Objects.requireNonNullElse(Html.element(front, "div", "xi-question"), ""));
            if (question.isEmpty() || options.size() < 2 || !options.contains(answer) || hasRepeats(options)) {
                return notLaidOut(n, "choice");
            }
            c.addProperty("type", CardType.CHOICE.name());
            c.addProperty("question", question);
            c.add("options", PackBuilder.strings(options));
            c.addProperty("answer", answer);
            return c;
        }
        if (front.contains("class=\"xi-statement\"")) {
            String statement = text(Objects.requireNonNullElse(Html.element(front, "div", "xi-statement"), ""));
            String answer = text(Objects.requireNonNullElse(Html.element(back, "div", "xi-answer"), ""));
            if (statement.isEmpty() || !(answer.equalsIgnoreCase("true") || answer.equalsIgnoreCase("false"))) {
                return notLaidOut(n, "true/false");
            }
            c.addProperty("type", CardType.TRUEFALSE.name());
            c.addProperty("statement", statement);
            c.addProperty("answer", answer.equalsIgnoreCase("true"));
            return c;
        }
        if (front.contains("class=\"xi-items\"")) {
            String prompt = text(Objects.requireNonNullElse(Html.element(front, "div", "xi-prompt"), ""));
            List<String> items = Html.children(Html.element(back, "ol", "xi-order"), "li").stream()
                    .map(AnkiToPack::text).toList();
            if (prompt.isEmpty() || items.size() < 3 || items.size() > 8 || hasRepeats(items)
                    || items.stream().anyMatch(String::isEmpty)) {
                return notLaidOut(n, "order");
            }
            c.addProperty("type", CardType.ORDER.name());
            c.addProperty("prompt", prompt);
            c.add("items", PackBuilder.strings(items));
            return c;
        }
        if (front.contains("class=\"xi-match\"")) {
            String prompt = text(Objects.requireNonNullElse(Html.element(front, "div", "xi-prompt"), ""));
            JsonArray pairs = new JsonArray();
            List<String> lefts = new ArrayList<>();
            List<String> rights = new ArrayList<>();
            for (String row : Html.children(Html.element(back, "table", "xi-pairs"), "tr")) {
                List<String> cells = Html.children(row, "td").stream().map(AnkiToPack::text).toList();
                if (cells.size() == 2 && !cells.get(0).isEmpty() && !cells.get(1).isEmpty()) {
                    JsonObject p = new JsonObject();
                    p.addProperty("left", cells.get(0));
                    p.addProperty("right", cells.get(1));
                    pairs.add(p);
                    lefts.add(cells.get(0));
                    rights.add(cells.get(1));
                }
            }
            if (prompt.isEmpty() || pairs.size() < 2 || pairs.size() > 8 || hasRepeats(lefts) || hasRepeats(rights)) {
                return notLaidOut(n, "match");
            }
            c.addProperty("type", CardType.MATCH.name());
            c.addProperty("prompt", prompt);
            c.add("pairs", pairs);
            return c;
        }
        return null;
    }

    private JsonObject notLaidOut(AnkiNote n, String kind) {
        warnings.add(warning(n, "it looks like a " + kind + " card of this app but its layout was changed; it becomes"
                + " a basic card"));
        return null;
    }

    private static boolean hasRepeats(List<String> values) {
        return values.stream().distinct().count() != values.size();
    }

    private JsonObject typein(AnkiNote n) throws Skip {
        String question = text(named(n, "Front", 0));
        String[] back = splitExtras(named(n, "Back", 1));
        String answer = text(back[0]);
        if (question.isEmpty()) {
            throw new Skip("its front is empty");
        }
        if (answer.isEmpty()) {
            throw new Skip("its back (the answer to type) is empty");
        }
        JsonObject card = new JsonObject();
        card.addProperty("type", CardType.TYPEIN.name());
        card.addProperty("question", question);
        card.addProperty("answer", answer);
        String also = n.field("Also accepted");
        if (also != null) {
            List<String> accept = List.of(text(also).split("\n")).stream().map(String::strip)
                    .filter(s -> !s.isEmpty()).toList();
            if (!accept.isEmpty()) {
                card.add("accept", PackBuilder.strings(accept));
            }
        }
        String explanation = join(text(firstNonEmpty(n.field("Explanation"), back[1])),
                others(n, List.of("Front", "Back", "Also accepted", "Explanation", "Source")));
        common(card, explanation, text(firstNonEmpty(n.field("Source"), back[2])));
        return card;
    }

    private JsonObject cloze(AnkiNote n) throws Skip {
        String text = text(named(n, "Text", 0));
        Matcher m = ANKI_CLOZE.matcher(text);
        int lowest = Integer.MAX_VALUE;
        int spans = 0;
        while (m.find()) {
            spans++;
            lowest = Math.min(lowest, Integer.parseInt(m.group(1).length() > 6 ? "999999" : m.group(1)));
        }
        if (spans == 0) {
            throw new Skip("its cloze text has no {{c1::…}} span");
        }
        m.reset();
        StringBuilder sb = new StringBuilder();
        boolean hidden = false;
        while (m.find()) {
            String answer = m.group(2).strip();
            String replacement;
            if (!hidden && m.group(1).equals(String.valueOf(lowest)) && !answer.isEmpty()) {
                String hint = m.group(3) == null || m.group(3).isBlank() ? "" : "::" + m.group(3).strip();
                replacement = "{{" + answer + hint + "}}";
                hidden = true;
            } else {
                replacement = m.group(2);
            }
            m.appendReplacement(sb, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(sb);
        String ours = sb.toString();
        if (!hidden || countSpans(ours) != 1) {
            throw new Skip("its cloze text cannot be written with exactly one hidden span");
        }
        if (spans > 1) {
            multiCloze++;
        }
        JsonObject card = new JsonObject();
        card.addProperty("type", CardType.CLOZE.name());
        card.addProperty("text", ours);
        String[] extra = splitExtras(firstNonEmpty(n.field("Back Extra"), n.field("Extra"),
                n.fieldNames().isEmpty() ? n.field(1) : null));
        String explanation = join(text(extra[0] + extra[1]), others(n, List.of("Text", "Back Extra", "Extra", "Source")));
        common(card, explanation, text(firstNonEmpty(n.field("Source"), extra[2])));
        return card;
    }

    private static int countSpans(String text) {
        Matcher m = Card.CLOZE.matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    private JsonObject other(AnkiNote n) throws Skip {
        String front = text(n.field(0));
        List<String> rest = new ArrayList<>();
        for (int i = 1; i < n.fields().size(); i++) {
            String t = text(n.fields().get(i));
            if (!t.isEmpty()) {
                rest.add(t);
            }
        }
        if (front.isEmpty()) {
            throw new Skip("its first field is empty");
        }
        if (rest.isEmpty()) {
            throw new Skip("it has nothing but its first field");
        }
        JsonObject card = new JsonObject();
        card.addProperty("type", CardType.BASIC.name());
        card.addProperty("front", front);
        card.addProperty("back", String.join("\n", rest));
        return card;
    }

    private static String firstNonEmpty(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v;
            }
        }
        return "";
    }

    private static String join(String a, String b) {
        if (a.isBlank()) {
            return b;
        }
        return b.isBlank() ? a : a + "\n" + b;
    }

    private Problem warning(AnkiNote n, String message) {
        return new Problem(Problem.Severity.WARNING, file, new JsonPosition(n.line(), 1), n.where(), message);
    }

    private Problem warning(String where, String message) {
        return new Problem(Problem.Severity.WARNING, file, JsonPosition.START, where, message);
    }
}
