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
 * have are ignored. {@code ItemBindingTest} compares the two on every record of the bundled pack
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

    static Event event(JsonObject o) {
        JsonElement approx = o.get("approx");
        return new Event(text(o, "id"), date(o, "date"), date(o, "end"), approx != null && !approx.isJsonNull()
                && approx.getAsBoolean(), text(o, "lane"), text(o, "title"), text(o, "summary"), texts(o, "people"),
                texts(o, "institutions"), texts(o, "cards"), cites(o));
    }

    static Card card(JsonObject o) {
        String type = text(o, "type");
        return new Card(text(o, "id"), type == null ? null : CARD_TYPES.get(type), texts(o, "tags"), text(o, "front"),
                text(o, "back"), text(o, "text"), text(o, "question"), text(o, "statement"), texts(o, "options"),
                text(o, "answer"), texts(o, "accept"), text(o, "prompt"), texts(o, "items"), pairs(o),
                text(o, "explanation"), texts(o, "events"), texts(o, "institutions"), texts(o, "people"), cites(o));
    }

    static Cite cite(JsonObject o) {
        return new Cite(text(o, "quote"), text(o, "ref"), text(o, "detail"));
    }

    private static String text(JsonObject o, String name) {
        JsonElement e = o.get(name);
        return e == null || e.isJsonNull() ? null : e.getAsString();
    }

    private static PartialDate date(JsonObject o, String name) {
        String s = text(o, name);
        return s == null ? null : PartialDate.parse(s);
    }

    private static List<String> texts(JsonObject o, String name) {
        return list(o, name, JsonElement::getAsString);
    }

    private static List<Cite> cites(JsonObject o) {
        return list(o, "cite", e -> cite(e.getAsJsonObject()));
    }

    private static List<MatchPair> pairs(JsonObject o) {
        return list(o, "pairs", e -> {
            JsonObject p = e.getAsJsonObject();
            return new MatchPair(text(p, "left"), text(p, "right"));
        });
    }

    /** The array member {@code name} with each entry read as {@code entry} reads it; null stays null. */
    private static <T> List<T> list(JsonObject o, String name, Function<JsonElement, T> entry) {
        JsonArray a = array(o, name);
        if (a == null) {
            return null;
        }
        List<T> out = new ArrayList<>(a.size());
        for (JsonElement e : a) {
            out.add(e.isJsonNull() ? null : entry.apply(e));
        }
        return out;
    }

    private static JsonArray array(JsonObject o, String name) {
        JsonElement e = o.get(name);
        return e == null || e.isJsonNull() ? null : e.getAsJsonArray();
    }
}
