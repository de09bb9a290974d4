package org.xistudy.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.xistudy.content.json.JsonSyntaxError;
import org.xistudy.content.json.PositionedJsonParser;
import org.xistudy.content.model.Card;
import org.xistudy.content.model.CardType;
import org.xistudy.content.model.Cite;
import org.xistudy.content.model.Event;
import org.xistudy.content.model.MatchPair;
import org.xistudy.content.model.Pack;

/**
 * Binding a pack to the model: a large pack is bound and indexed beside its validation, with the
 * same outcome as in turn; and the items bound by hand ({@link ItemBinding}) are the records
 * Gson's reflection would make.
 */
class PackLoaderBindingTest {

    private static JsonObject bundled() throws IOException {
        try (InputStream in = PackLoader.class.getResourceAsStream(PackLoader.DEFAULT_PACK)) {
            return JsonParser.parseString(new String(in.readAllBytes(), StandardCharsets.UTF_8)).getAsJsonObject();
        }
    }

    /** The bundled pack with its events copied under new ids until it is over the size for binding aside. */
    private static JsonObject large() throws IOException {
        JsonObject pack = bundled();
        JsonArray events = pack.getAsJsonArray("events");
        int originals = events.size();
        for (int round = 0; TestPacks.bytes(pack).length <= PackLoader.BIND_ASIDE_BYTES; round++) {
            for (int i = 0; i < originals; i++) {
                JsonObject copy = events.get(i).getAsJsonObject().deepCopy();
                copy.addProperty("id", copy.get("id").getAsString() + "-copy-" + round + "-" + i);
                events.add(copy);
            }
        }
        return pack;
    }

    @Test
    void aLargeValidPackGivesTheSameModelBoundAsideAsInTurn() throws IOException {
        byte[] bytes = TestPacks.bytes(large());
        LoadResult aside = PackLoader.load("large.json", bytes, SeedFiles.bundled());
        LoadResult inTurn = PackLoader.load("large.json", bytes, SeedFiles.bundled(), false);
        assertEquals(LoadResult.Status.VALID, aside.status(), () -> aside.problems().toString());
        assertEquals(inTurn.status(), aside.status());
        assertEquals(inTurn.pack(), aside.pack());
        assertEquals(inTurn.problems(), aside.problems());
        assertTrue(aside.pack().events().size() > bundled().getAsJsonArray("events").size());
        // the index built aside is of this pack and of the essay the validator read
        PackIndex index = aside.index().orElseThrow();
        assertTrue(index.pack() == aside.pack() && index.essay() == aside.essay() && aside.essay() != null);
        assertEquals(inTurn.index().orElseThrow().eventsInTime(), index.eventsInTime());
    }

    /** Gson's own binding, by reflection, without {@link ItemBinding}. */
    private static Pack reflectively(JsonElement tree) {
        return LessonStepAdapter.register(new GsonBuilder())
                .registerTypeAdapter(PartialDate.class, new PackLoader.PartialDateAdapter().nullSafe())
                .create().fromJson(tree, Pack.class);
    }

    @Test
    void eventsCardsAndCitesAreBoundAsGsonBindsThemByReflection() throws IOException, JsonSyntaxError {
        JsonObject pack = bundled();
        // what the bundled pack may not show: an approximate date, a true/false answer, no optional members
        JsonObject event = TestPacks.item(pack, "events", 0);
        event.addProperty("approx", true);
        event.remove("end");
        JsonObject card = TestPacks.item(pack, "cards", 0);
        card.addProperty("unknownMember", "ignored");
        LoadResult loaded = PackLoader.load("pack.json", TestPacks.bytes(pack), SeedFiles.bundled(), false);
        assertEquals(LoadResult.Status.VALID, loaded.status(), () -> loaded.problems().toString());
        Pack expected = reflectively(PositionedJsonParser.parse(TestPacks.text(pack)).root());
        assertEquals(expected, loaded.pack());
        assertTrue(loaded.pack().events().get(0).approx());
    }

    @Test
    void everyComponentOfTheItemsIsRead() {
        // Each component filled with a value of its type: a component that ItemBinding does not
        // read comes out null (or false) and the records differ.
        for (Class<? extends Record> type : List.of(Event.class, Card.class, Cite.class)) {
            JsonObject o = filled(type);
            Object expected = reflectivelyAs(o, type);
            Object bound = type == Event.class ? ItemBinding.event(o) : type == Card.class ? ItemBinding.card(o)
                    : ItemBinding.cite(o);
            assertEquals(expected, bound, type.getSimpleName());
        }
        JsonObject truefalse = filled(Card.class);
        truefalse.addProperty("answer", false);
        assertEquals("false", ItemBinding.card(truefalse).answer(), "a boolean answer is read as its text, as Gson does");
    }

    private static Object reflectivelyAs(JsonObject o, Class<?> type) {
        return LessonStepAdapter.register(new GsonBuilder())
                .registerTypeAdapter(PartialDate.class, new PackLoader.PartialDateAdapter().nullSafe())
                .create().fromJson(o, type);
    }

    private static JsonObject filled(Class<? extends Record> type) {
        JsonObject o = new JsonObject();
        for (RecordComponent c : type.getRecordComponents()) {
            String name = c.getName();
            Type t = c.getGenericType();
            if (t == String.class) {
                o.addProperty(name, "text of " + name);
            } else if (t == boolean.class) {
                o.addProperty(name, true);
            } else if (t == PartialDate.class) {
                o.addProperty(name, "2013-03");
            } else if (t == CardType.class) {
                o.addProperty(name, "match");
            } else if (t.getTypeName().equals("java.util.List<java.lang.String>")) {
                JsonArray a = new JsonArray();
                a.add("first " + name);
                a.add("second " + name);
                o.add(name, a);
            } else if (t.getTypeName().equals("java.util.List<" + Cite.class.getName() + ">")) {
                JsonArray a = new JsonArray();
                a.add(filled(Cite.class));
                o.add(name, a);
            } else if (t.getTypeName().equals("java.util.List<" + MatchPair.class.getName() + ">")) {
                JsonArray a = new JsonArray();
                a.add(filled(MatchPair.class));
                o.add(name, a);
            } else {
                throw new AssertionError("no test value for " + type.getSimpleName() + "." + name + " of type " + t);
            }
        }
        return o;
    }

    @Test
    void aLargePackThatCannotBeBoundReportsTheValidatorsProblemNotTheBindersFailure() throws IOException {
        JsonObject pack = large();
        // The binder throws on this date (the date adapter rejects it) while the validator reports it.
        TestPacks.item(pack, "events", 3).addProperty("date", "the spring of 2013");
        byte[] bytes = TestPacks.bytes(pack);
        LoadResult aside = PackLoader.load("large.json", bytes, SeedFiles.bundled(), true);
        LoadResult inTurn = PackLoader.load("large.json", bytes, SeedFiles.bundled(), false);
        assertEquals(LoadResult.Status.INVALID, aside.status());
        assertNull(aside.pack());
        assertEquals(inTurn.problems(), aside.problems());
        assertTrue(aside.problems().stream().anyMatch(p -> p.isError() && p.path().equals("$.events[3].date")),
                () -> aside.problems().toString());
    }

    @Test
    void bindingLeavesTheTreeAsItWas() throws IOException, JsonSyntaxError {
        // The validator may be reading the same tree at that moment: binding must not change it
        // (reading a lesson step once took its "kind" out of the tree).
        JsonElement tree = PositionedJsonParser.parse(TestPacks.text(bundled())).root();
        JsonElement before = tree.deepCopy();
        Pack pack = LessonStepAdapter.register(new GsonBuilder())
                .registerTypeAdapter(PartialDate.class, new PackLoader.PartialDateAdapter().nullSafe())
                .create().fromJson(tree, Pack.class);
        assertNotNull(pack);
        assertTrue(pack.lessons().stream().anyMatch(l -> !l.steps().isEmpty()), "the pack has lesson steps");
        assertEquals(before, tree);
    }
}
