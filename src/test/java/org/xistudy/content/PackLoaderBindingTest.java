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
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.xistudy.content.json.JsonSyntaxError;
import org.xistudy.content.json.PositionedJsonParser;
import org.xistudy.content.model.Pack;

/** A large pack is bound to the model beside its validation; the outcome must be the same as in turn. */
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
