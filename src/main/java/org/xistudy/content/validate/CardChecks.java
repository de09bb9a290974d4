package org.xistudy.content.validate;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import org.xistudy.content.Messages;
import org.xistudy.content.json.JsonPaths;
import org.xistudy.content.model.Card;
import org.xistudy.content.model.CardType;

/**
 * The rules of cards that the structural walk cannot check: the fields each card type needs and
 * those it does not use, one gap in a cloze, enough options and an answer among them for a
 * choice, a boolean answer for true-or-false, the number of items to order and of pairs to match,
 * and no option, item or side of a pair given twice. Types and unknown fields are reported by the
 * walk; an unknown card type is reported there and not checked here.
 */
final class CardChecks {
    private static final int MIN_ORDER_ITEMS = 3;
    private static final int MAX_ORDER_ITEMS = 8;
    private static final int MIN_MATCH_PAIRS = 2;
    private static final int MAX_MATCH_PAIRS = 8;

    private final BiConsumer<String, Messages.Text> error;
    private final BiConsumer<String, Messages.Text> warning;

    CardChecks(BiConsumer<String, Messages.Text> error, BiConsumer<String, Messages.Text> warning) {
        this.error = error;
        this.warning = warning;
    }

    /** Checks the card at {@code path}. */
    void check(JsonObject card, String path) {
        String typeName = text(card, "type");
        CardType type = null;
        for (CardType t : CardType.values()) {
            if (t.jsonName().equals(typeName)) {
                type = t;
            }
        }
        if (type == null) {
            return; // reported by the walk
        }
        List<String> needed = PackSchema.CARD_FIELDS.get(type);
        for (String field : needed) {
            if (!card.has(field) || card.get(field).isJsonNull()) {
                err(path, "cardNeeds", typeName, field);
            }
        }
        for (String field : card.keySet()) {
            if (PackSchema.CARD_SHAPE.fields.containsKey(field) && !PackSchema.CARD_COMMON.contains(field)
                    && !needed.contains(field) && !PackSchema.CARD_OPTIONAL_FIELDS.get(type).contains(field)) {
                warn(JsonPaths.member(path, field), "cardUnused", field, typeName);
            }
        }
        String answerPath = JsonPaths.member(path, "answer");
        JsonElement answer = card.get("answer");
        switch (type) {
            case CLOZE:
                String text = text(card, "text");
                if (text != null && !text.isEmpty()) {
                    Matcher m = Card.CLOZE.matcher(text);
                    int spans = 0;
                    while (m.find()) {
                        spans++;
                    }
                    if (spans != 1) {
                        err(JsonPaths.member(path, "text"), "clozeSpans", spans);
                    }
                }
                break;
            case CHOICE:
                List<String> options = strings(card.get("options"));
                if (card.has("options") && options.size() < 2) {
                    err(JsonPaths.member(path, "options"), "choiceOptions");
                }
                reportRepeats(options, JsonPaths.member(path, "options"), "option");
                if (answer != null && !answer.isJsonNull()) {
                    string(answer, answerPath).ifPresent(a -> {
                        if (!options.isEmpty() && !options.contains(a)) {
                            err(answerPath, "choiceAnswer", a);
                        }
                    });
                }
                break;
            case TRUEFALSE:
                if (answer != null && !answer.isJsonNull()
                        && !(answer.isJsonPrimitive() && answer.getAsJsonPrimitive().isBoolean())) {
                    err(answerPath, "trueFalseAnswer", Wording.describe(answer));
                }
                break;
            case TYPEIN:
                if (answer != null && !answer.isJsonNull()) {
                    string(answer, answerPath);
                }
                break;
            case ORDER:
                List<String> items = strings(card.get("items"));
                if (card.has("items") && (items.size() < MIN_ORDER_ITEMS || items.size() > MAX_ORDER_ITEMS)) {
                    err(JsonPaths.member(path, "items"), "orderItems", MIN_ORDER_ITEMS, MAX_ORDER_ITEMS, items.size());
                }
                reportRepeats(items, JsonPaths.member(path, "items"), "item");
                break;
            case MATCH:
                JsonElement pairs = card.get("pairs");
                if (pairs != null && pairs.isJsonArray()) {
                    JsonArray a = pairs.getAsJsonArray();
                    if (a.size() < MIN_MATCH_PAIRS || a.size() > MAX_MATCH_PAIRS) {
                        err(JsonPaths.member(path, "pairs"), "matchPairs", MIN_MATCH_PAIRS, MAX_MATCH_PAIRS, a.size());
                    }
                    List<String> lefts = new ArrayList<>();
                    List<String> rights = new ArrayList<>();
                    for (JsonElement p : a) {
                        if (p.isJsonObject()) {
                            lefts.add(text(p.getAsJsonObject(), "left"));
                            rights.add(text(p.getAsJsonObject(), "right"));
                        }
                    }
                    reportRepeats(lefts, JsonPaths.member(path, "pairs"), "left side");
                    reportRepeats(rights, JsonPaths.member(path, "pairs"), "right side");
                }
                break;
            default:
                break;
        }
    }

    private void reportRepeats(List<String> values, String path, String what) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < values.size(); i++) {
            String v = values.get(i);
            if (v != null && !seen.add(v)) {
                err(path, "repeated", what, v);
            }
        }
    }

    private Optional<String> string(JsonElement value, String path) {
        return Values.string(value, path, error);
    }

    private static String text(JsonObject obj, String field) {
        JsonElement e = obj.get(field);
        return e != null && e.isJsonPrimitive() && e.getAsJsonPrimitive().isString() ? e.getAsString() : null;
    }

    private static List<String> strings(JsonElement e) {
        List<String> out = new ArrayList<>();
        if (e != null && e.isJsonArray()) {
            for (JsonElement x : e.getAsJsonArray()) {
                if (x.isJsonPrimitive() && x.getAsJsonPrimitive().isString()) {
                    out.add(x.getAsString());
                }
            }
        }
        return out;
    }

    private void err(String path, String key, Object... args) {
        error.accept(path, Messages.Text.of(key, args));
    }

    private void warn(String path, String key, Object... args) {
        warning.accept(path, Messages.Text.of(key, args));
    }
}
