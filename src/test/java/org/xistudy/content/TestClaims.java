package org.xistudy.content;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** Claims for tests, valid against {@link TestPacks#minimal()}: a thesis, a model with two children, an implication. */
public final class TestClaims {
    private TestClaims() {
    }

    /**
     * Five claims. The model's two children are listed against their order (the mechanism, order 2,
     * before the trigger, order 1), so that a test can see children sorted by {@code order}.
     */
    public static JsonArray claims() {
        return JsonParser.parseString("""
            [
              {"id": "claim-thesis", "kind": "thesis", "title": "Power to chart a course", "order": 1,
               "summary": "Xi can set a new course, and can err.", "support": [],
               "cite": [ {"quote": "Chinese foreign policy is clearly in Xi Jinping’s grip."} ]},
              {"id": "claim-model", "kind": "model", "title": "Xi in command", "parent": "claim-thesis", "order": 1,
               "support": ["person-a"],
               "cite": [ {"quote": "a Xi-in-command model of decision by top-level design"} ]},
              {"id": "claim-cnsc", "kind": "mechanism", "title": "A security commission", "parent": "claim-model",
               "order": 2, "support": ["ev-a", "inst-a", "rel-a"],
               "cite": [ {"quote": "In 2013, Xi established the Central National Security Commission (CNSC)"},
                         {"ref": "ref-a", "detail": "p. 2"} ]},
              {"id": "claim-trigger", "kind": "trigger", "title": "Scandals", "parent": "claim-model", "order": 1,
               "support": ["person-a"],
               "cite": [ {"quote": "The second trigger was a series of high-profile political scandals"} ]},
              {"id": "claim-impl", "kind": "implication", "title": "Hard to correct", "parent": "claim-thesis",
               "order": 2, "support": ["inst-a", "inst-b"],
               "cite": [ {"quote": "has minimized the opportunities for his wrong decisions to be corrected"} ]}
            ]
            """).getAsJsonArray();
    }

    /** The minimal pack with {@link #claims()}. */
    public static JsonObject pack() {
        JsonObject pack = TestPacks.minimal();
        pack.add("claims", claims());
        return pack;
    }

    /** The claim at {@code index} of a pack's {@code claims}. */
    public static JsonObject claim(JsonObject pack, int index) {
        return TestPacks.item(pack, "claims", index);
    }

    /** The index of a pack that must load. */
    public static PackIndex index(JsonObject pack) {
        LoadResult r = TestPacks.load(pack);
        if (!r.isValid()) {
            throw new IllegalStateException("the test claims do not load: " + r.problems());
        }
        return r.index().orElseThrow();
    }
}
