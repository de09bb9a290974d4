package org.xistudy.study.exchange;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.xistudy.content.LoadResult;
import org.xistudy.content.PackLoader;
import org.xistudy.content.PartialDate;
import org.xistudy.content.Problem;
import org.xistudy.content.SeedFiles;
import org.xistudy.content.model.CardType;
import org.xistudy.content.model.Pack;

/**
 * Builds the JSON of a pack made by an import: a pack without an essay, whose items cite
 * references only. {@link #finish} runs the pack through the same validator as {@code --validate},
 * so an import never hands over a pack the app would refuse.
 */
final class PackBuilder {
    /** The language tag of text whose language the file does not say (BCP 47 "undetermined"). */
    static final String UNDETERMINED = "und";
    private static final Gson PRETTY = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create();

    private final Ids ids = new Ids();
    private final JsonObject root = new JsonObject();
    private final JsonArray references = new JsonArray();
    private final JsonArray lanes = new JsonArray();
    private final JsonArray eras = new JsonArray();
    private final JsonArray events = new JsonArray();
    private final JsonArray cards = new JsonArray();
    private final Map<String, String> referenceIds = new HashMap<>();
    private final Map<String, String> laneIds = new HashMap<>();
    private final Map<CardType, Integer> cardTypes = ImportResult.Counts.noCards();

    PackBuilder(String id, String title, String subtitle, String sourceTitle) {
        root.addProperty("format", Pack.FORMAT);
        root.addProperty("id", Ids.isValid(id) ? id : "imported-pack");
        root.addProperty("title", title);
        if (subtitle != null && !subtitle.isBlank()) {
            root.addProperty("subtitle", subtitle);
        }
        root.addProperty("language", UNDETERMINED);
        JsonObject source = new JsonObject();
        source.addProperty("title", sourceTitle);
        root.add("source", source);
    }

    Ids ids() {
        return ids;
    }

    String title() {
        return root.get("title").getAsString();
    }

    /**
     * The id of the reference for {@code key} (a URL, a deck name), added the first time.
     * {@code publisher} and {@code date} are required by the format.
     */
    String reference(String key, String wantedId, String title, String author, String publisher, String url,
            PartialDate date) {
        String known = referenceIds.get(key);
        if (known != null) {
            return known;
        }
        String id = ids.claim(wantedId, "ref");
        JsonObject r = new JsonObject();
        r.addProperty("id", id);
        r.addProperty("title", title);
        if (author != null && !author.isBlank()) {
            r.addProperty("author", author);
        }
        r.addProperty("publisher", publisher);
        if (url != null && !url.isBlank()) {
            r.addProperty("url", url);
        }
        r.addProperty("date", date.toString());
        references.add(r);
        referenceIds.put(key, id);
        return id;
    }

    /** The id of the lane titled {@code title}, added the first time. */
    String lane(String title) {
        return laneIds.computeIfAbsent(title, t -> {
            String id = ids.claim(Ids.slug(t), "lane");
            JsonObject l = new JsonObject();
            l.addProperty("id", id);
            l.addProperty("title", t);
            lanes.add(l);
            return id;
        });
    }

    void era(JsonObject era) {
        eras.add(era);
    }

    void event(JsonObject event) {
        events.add(event);
    }

    void card(JsonObject card, CardType type) {
        cards.add(card);
        cardTypes.merge(type, 1, Integer::sum);
    }

    /** A cite of a reference, with what it shows. */
    static JsonObject cite(String ref, String detail) {
        JsonObject c = new JsonObject();
        c.addProperty("ref", ref);
        if (detail != null && !detail.isBlank()) {
            c.addProperty("detail", detail);
        }
        return c;
    }

    static JsonArray strings(List<String> values) {
        JsonArray a = new JsonArray();
        values.forEach(a::add);
        return a;
    }

    /** The pack's JSON, checked by the validator; warnings are what the import left out. */
    ImportResult finish(String file, int read, int skipped, int media, List<Problem> warnings) {
        root.add("references", references);
        if (!lanes.isEmpty()) {
            root.add("lanes", lanes);
        }
        if (!eras.isEmpty()) {
            root.add("eras", eras);
        }
        if (!events.isEmpty()) {
            root.add("events", events);
        }
        if (!cards.isEmpty()) {
            root.add("cards", cards);
        }
        byte[] bytes = (PRETTY.toJson(root) + "\n").getBytes(StandardCharsets.UTF_8);
        LoadResult check = PackLoader.load(file + " (as a pack)", bytes, SeedFiles.bundled());
        if (!check.isValid()) {
            List<Problem> all = new ArrayList<>(warnings);
            all.addAll(check.errors());
            return ImportResult.invalid(file, all);
        }
        ImportResult.Counts counts = new ImportResult.Counts(title(), read, skipped, media, cardTypes, events.size(),
                lanes.size(), eras.size(), references.size());
        return ImportResult.imported(file, bytes, counts, warnings);
    }
}
