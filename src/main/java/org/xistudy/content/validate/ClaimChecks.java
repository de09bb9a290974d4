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
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import org.xistudy.content.Messages;
import org.xistudy.content.json.JsonPaths;
import org.xistudy.content.json.ParsedJson;
import org.xistudy.content.model.ClaimKind;

/**
 * The rules of the essay's argument that the structural walk cannot check: the claims form one
 * tree with the thesis at its root (one claim without a parent, and that claim the thesis), no
 * claim is its own ancestor, every claim quotes the essay, and siblings do not share an
 * {@code order}. Types, unknown fields, duplicate ids and {@code parent} or {@code support} ids
 * that name nothing or the wrong kind of item are reported by the walk.
 */
final class ClaimChecks {

    /** What the checks read of one claim; {@code kind} is null when it is not a known kind. */
    private record Entry(String id, ClaimKind kind, String parent, boolean hasParent, Integer order, String path) {
        String parentPath() {
            return JsonPaths.member(path, "parent");
        }
    }

    private final ParsedJson json;
    private final BiConsumer<String, Messages.Text> error;
    private final BiConsumer<String, Messages.Text> warning;

    ClaimChecks(ParsedJson json, BiConsumer<String, Messages.Text> error, BiConsumer<String, Messages.Text> warning) {
        this.json = json;
        this.error = error;
        this.warning = warning;
    }

    /** Checks the {@code claims} array at {@code path}, if it is one. */
    void check(JsonElement claims, String path) {
        if (claims == null || !claims.isJsonArray()) {
            return;
        }
        JsonArray a = claims.getAsJsonArray();
        List<Entry> entries = new ArrayList<>();
        for (int i = 0; i < a.size(); i++) {
            if (a.get(i).isJsonObject()) {
                JsonObject claim = a.get(i).getAsJsonObject();
                String at = JsonPaths.index(path, i);
                entries.add(entry(claim, at));
                checkQuoted(claim, at);
            }
        }
        Map<String, Entry> byId = new LinkedHashMap<>();
        for (Entry e : entries) {
            if (e.id() != null) {
                byId.putIfAbsent(e.id(), e); // a repeated id is reported by the walk
            }
        }
        checkRoot(entries);
        checkCycles(entries, byId);
        checkSiblingOrder(entries, byId);
    }

    private static Entry entry(JsonObject claim, String path) {
        String id = text(claim, "id");
        ClaimKind kind = null;
        String kindName = text(claim, "kind");
        for (ClaimKind k : ClaimKind.values()) {
            if (k.jsonName().equals(kindName)) {
                kind = k;
            }
        }
        JsonElement parent = claim.get("parent");
        boolean hasParent = parent != null && !parent.isJsonNull();
        return new Entry(id == null || id.isBlank() ? null : id, kind, text(claim, "parent"), hasParent,
                integer(claim.get("order")), path);
    }

    /** Every claim quotes the essay: references may back it too, but not alone. */
    private void checkQuoted(JsonObject claim, String path) {
        JsonElement cite = claim.get("cite");
        if (cite == null || !cite.isJsonArray() || cite.getAsJsonArray().isEmpty()) {
            return; // a missing or empty cite is reported by the walk
        }
        for (JsonElement c : cite.getAsJsonArray()) {
            if (c.isJsonObject() && text(c.getAsJsonObject(), "quote") != null) {
                return;
            }
        }
        err(JsonPaths.member(path, "cite"), "claimNeedsQuote");
    }

    /** One root, and it is the thesis; a thesis is always the root. */
    private void checkRoot(List<Entry> entries) {
        Entry root = null;
        for (Entry e : entries) {
            if (e.kind() == null) {
                continue; // an unknown kind is reported by the walk
            }
            if (e.kind() == ClaimKind.THESIS && e.hasParent()) {
                err(e.parentPath(), "thesisHasParent");
            } else if (!e.hasParent() && e.kind() != ClaimKind.THESIS) {
                err(e.path(), "claimNoParent", name(e), article(e.kind().jsonName()));
            } else if (!e.hasParent() && root != null) {
                err(e.path(), "secondThesis", name(e), name(root), root.path(), line(root.path()));
            } else if (!e.hasParent()) {
                root = e;
            }
        }
    }

    /** No claim is its own ancestor; each claim on a cycle is reported once, at its {@code parent}. */
    private void checkCycles(List<Entry> entries, Map<String, Entry> byId) {
        Set<String> done = new HashSet<>();
        for (Entry start : entries) {
            if (start.id() == null || byId.get(start.id()) != start) {
                continue;
            }
            List<Entry> chain = new ArrayList<>();
            Map<String, Integer> onChain = new HashMap<>();
            Entry e = start;
            while (e != null && !done.contains(e.id()) && !onChain.containsKey(e.id())) {
                onChain.put(e.id(), chain.size());
                chain.add(e);
                e = e.parent() == null ? null : byId.get(e.parent());
            }
            if (e != null && onChain.containsKey(e.id())) {
                reportCycle(chain.subList(onChain.get(e.id()), chain.size()));
            }
            chain.forEach(c -> done.add(c.id()));
        }
    }

    private void reportCycle(List<Entry> cycle) {
        if (cycle.size() == 1) {
            Entry only = cycle.get(0);
            err(only.parentPath(), "claimOwnParent", name(only));
            return;
        }
        for (int i = 0; i < cycle.size(); i++) {
            StringBuilder loop = new StringBuilder();
            for (int k = 0; k <= cycle.size(); k++) {
                loop.append(k == 0 ? "" : " \u2192 ").append(cycle.get((i + k) % cycle.size()).id());
            }
            err(cycle.get(i).parentPath(), "claimCycle", name(cycle.get(i)), loop);
        }
    }

    /** Siblings are shown by {@code order}: two with the same one have no defined place (a warning). */
    private void checkSiblingOrder(List<Entry> entries, Map<String, Entry> byId) {
        Map<String, Map<Integer, Entry>> seen = new HashMap<>();
        for (Entry e : entries) {
            if (e.parent() == null || e.order() == null || !byId.containsKey(e.parent())) {
                continue;
            }
            Entry first = seen.computeIfAbsent(e.parent(), k -> new HashMap<>()).putIfAbsent(e.order(), e);
            if (first != null) {
                warning.accept(JsonPaths.member(e.path(), "order"), Messages.Text.of("claimOrderTwice", e.order(),
                        name(first), first.path(), line(first.path()), e.parent()));
            }
        }
    }

    private void err(String path, String key, Object... args) {
        error.accept(path, Messages.Text.of(key, args));
    }

    private int line(String path) {
        return json.positionOf(path).line();
    }

    private static String name(Entry e) {
        return e.id() == null ? "(without an id)" : "\"" + e.id() + "\"";
    }

    private static String article(String noun) {
        return ("aeiou".indexOf(Character.toLowerCase(noun.charAt(0))) >= 0 ? "an " : "a ") + noun;
    }

    private static String text(JsonObject obj, String field) {
        JsonElement e = obj.get(field);
        return e != null && e.isJsonPrimitive() && e.getAsJsonPrimitive().isString() ? e.getAsString() : null;
    }

    private static Integer integer(JsonElement e) {
        if (e == null || !e.isJsonPrimitive() || !e.getAsJsonPrimitive().isNumber()) {
            return null;
        }
        try {
            return new BigDecimal(e.getAsJsonPrimitive().getAsString()).intValueExact();
        } catch (ArithmeticException | NumberFormatException ex) {
            return null;
        }
    }
}
