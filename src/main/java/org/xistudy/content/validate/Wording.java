package org.xistudy.content.validate;

import com.google.gson.JsonElement;
import com.google.gson.JsonPrimitive;
import org.xistudy.content.essay.Essay;

/**
 * How the validator words what it found: a JSON value as a message names it, a quote cut short,
 * and a kind of item with its article.
 */
final class Wording {
    private Wording() {
    }

    /** How a JSON value is named in a message: "null", "an object", "the number 3", "the string \"...\"". */
    static String describe(JsonElement e) {
        if (e == null || e.isJsonNull()) {
            return "null";
        }
        if (e.isJsonObject()) {
            return "an object";
        }
        if (e.isJsonArray()) {
            return "an array";
        }
        JsonPrimitive p = e.getAsJsonPrimitive();
        if (p.isBoolean()) {
            return "the boolean " + p.getAsBoolean();
        }
        if (p.isNumber()) {
            return "the number " + p.getAsString();
        }
        return "the string \"" + abbreviate(p.getAsString()) + "\"";
    }

    /** The text with its whitespace normalised, cut to 60 characters. */
    static String abbreviate(String s) {
        String n = Essay.normalize(s);
        return n.length() <= 60 ? n : n.substring(0, 57) + "...";
    }

    /** The noun with "a" or "an" before it. */
    static String article(String noun) {
        return ("aeiou".indexOf(Character.toLowerCase(noun.charAt(0))) >= 0 ? "an " : "a ") + noun;
    }
}
