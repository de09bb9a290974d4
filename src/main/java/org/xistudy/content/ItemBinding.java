package org.xistudy.content;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonDeserializer;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.xistudy.content.model.Card;
import org.xistudy.content.model.CardType;
import org.xistudy.content.model.Cite;
import org.xistudy.content.model.Event;
import org.xistudy.content.model.MatchPair;

/**
 * Binds the items a pack holds by the ten thousand (events, cards and their cites) straight from
 * the validated tree, as Gson would bind them by reflection but several times faster: Gson reads
 * each record through a token reader over the tree, looking every member up by name.
 *
 * <p>The result is the same as Gson's own binding: absent and {@code null} members give
 * {@code null} (an absent {@code approx} gives {@code false}); a string member holding a boolean
 * or a number gives its text; an unknown card type gives {@code null}; members the records do not
 * have are ignored. {@code PackLoaderBindingTest} compares the two on every record of the bundled pack
 * and fails when a record gains a component this class does not read.
 */
final class ItemBinding {
    private static final Map<String, CardType> CARD_TYPES = new HashMap<>();

    static {
        for (CardType t : CardType.values()) {
            CARD_TYPES.put(t.jsonName(), t);
        }
    }

    private ItemBinding() {
    }

    /** Adds the bindings to a builder. */
    static GsonBuilder register(GsonBuilder builder) {
        return builder
                .registerTypeAdapter(Event.class, (JsonDeserializer<Event>) (json, type, context) -> event(json.getAsJsonObject()))
                .registerTypeAdapter(Card.class, (JsonDeserializer<Card>) (json, type, context) -> card(json.getAsJsonObject()))
                .registerTypeAdapter(Cite.class, (JsonDeserializer<Cite>) (json, type, context) -> cite(json.getAsJsonObject()));
    }

    // Each object's members are read in one pass, in the order they come: a look-up by name in
    // Gson's tree map compares strings down the tree, and a card has nineteen components, most of
    // them absent.

    static Event event(JsonObject o) {
        String id = null;
        PartialDate date = null;
        PartialDate end = null;
        boolean approx = false;
        String lane = null;
        String title = null;
        String summary = null;
        List<String> people = null;
        List<String> institutions = null;
        List<String> cards = null;
        List<Cite> cite = null;
        for (Map.Entry<String, JsonElement> m : o.entrySet()) {
            JsonElement v = m.getValue();
            if (v.isJsonNull()) {
                continue;
            }
            switch (m.getKey()) {
                case "id" -> id = v.getAsString();
                case "date" -> date = PartialDate.parse(v.getAsString());
                case "end" -> end = PartialDate.parse(v.getAsString());
                case "approx" -> approx = v.getAsBoolean();
                case "lane" -> lane = v.getAsString();
                case "title" -> title = v.getAsString();
                case "summary" -> summary = v.getAsString();
                case "people" -> people = texts(v);
                case "institutions" -> institutions = texts(v);
                case "cards" -> cards = texts(v);
                case "cite" -> cite = cites(v);
                default -> {
                    // not a component of the record
                }
            }
        }
        return new Event(id, date, end, approx, lane, title, summary, people, institutions, cards, cite);
    }

    static Card card(JsonObject o) {
        String id = null;
        CardType type = null;
        List<String> tags = null;
        String front = null;
        String back = null;
        String text = null;
        String question = null;
        String statement = null;
        List<String> options = null;
        String answer = null;
        List<String> accept = null;
        String prompt = null;
        List<String> items = null;
        List<MatchPair> pairs = null;
        String explanation = null;
        List<String> events = null;
        List<String> institutions = null;
        List<String> people = null;
        List<Cite> cite = null;
        for (Map.Entry<String, JsonElement> m : o.entrySet()) {
            JsonElement v = m.getValue();
            if (v.isJsonNull()) {
                continue;
            }
            switch (m.getKey()) {
                case "id" -> id = v.getAsString();
                case "type" -> type = CARD_TYPES.get(v.getAsString());
                case "tags" -> tags = texts(v);
                case "front" -> front = v.getAsString();
                case "back" -> back = v.getAsString();
                case "text" -> text = v.getAsString();
                case "question" -> question = v.getAsString();
                case "statement" -> statement = v.getAsString();
                case "options" -> options = texts(v);
                case "answer" -> answer = v.getAsString();
                case "accept" -> accept = texts(v);
                case "prompt" -> prompt = v.getAsString();
                case "items" -> items = texts(v);
                case "pairs" -> pairs = pairs(v);
                case "explanation" -> explanation = v.getAsString();
                case "events" -> events = texts(v);
                case "institutions" -> institutions = texts(v);
                case "people" -> people = texts(v);
                case "cite" -> cite = cites(v);
                default -> {
                    // not a component of the record
                }
            }
        }
        return new Card(id, type, tags, front, back, text, question, statement, options, answer, accept, prompt,
                items, pairs, explanation, events, institutions, people, cite);
    }

    static Cite cite(JsonObject o) {
        String quote = null;
        String ref = null;
        String detail = null;
        for (Map.Entry<String, JsonElement> m : o.entrySet()) {
            JsonElement v = m.getValue();
            if (v.isJsonNull()) {
                continue;
            }
            switch (m.getKey()) {
                case "quote" -> quote = v.getAsString();
                case "ref" -> ref = v.getAsString();
                case "detail" -> detail = v.getAsString();
                default -> {
                    // not a component of the record
                }
            }
        }
        return new Cite(quote, ref, detail);
    }

    private static String text(JsonObject o, String name) {
        JsonElement e = o.get(name);
        return e == null || e.isJsonNull() ? null : e.getAsString();
    }

    private static List<String> texts(JsonElement array) {
        return list(array, JsonElement::getAsString);
    }

    private static List<Cite> cites(JsonElement array) {
        return list(array, e -> cite(e.getAsJsonObject()));
    }

    private static List<MatchPair> pairs(JsonElement array) {
        return list(array, e -> {
            JsonObject p = e.getAsJsonObject();
            return new MatchPair(text(p, "left"), text(p, "right"));
        });
    }

    /** The array with each entry read as {@code entry} reads it; a null entry stays null. */
    private static <T> List<T> list(JsonElement array, Function<JsonElement, T> entry) {
        JsonArray a = array.getAsJsonArray();
        List<T> out = new ArrayList<>(a.size());
        for (JsonElement e : a) {
            out.add(e.isJsonNull() ? null : entry.apply(e));
        }
        return out;
    }
}
