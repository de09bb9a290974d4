package org.xistudy.content;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** Lessons for tests, valid against {@link #basePack()}: the minimal pack with the test claims. */
public final class TestLessons {
    private TestLessons() {
    }

    /** One lesson with a step of every kind, valid against {@link #basePack()}. */
    public static JsonArray lessons() {
        return JsonParser.parseString("""
            [
              {"id": "lesson-a", "title": "A lesson", "summary": "Every kind of step.",
               "steps": [
                 {"kind": "title", "title": "Opening", "text": "What we will see", "teacherNotes": "Say hello."},
                 {"kind": "event", "event": "ev-a"},
                 {"kind": "year", "year": 2013, "teacherNotes": "The CNSC appears."},
                 {"kind": "card", "card": "card-d"},
                 {"kind": "passage", "paragraph": 10, "quote": "In 2013, Xi established the Central National Security Commission (CNSC)"},
                 {"kind": "passage", "anchor": "p1"},
                 {"kind": "note", "note": "note-a"},
                 {"kind": "quiz", "cards": ["card-b", "card-c"]},
                 {"kind": "quiz", "questions": 3, "seed": 7},
                 {"kind": "claim", "claim": "claim-impl", "teacherNotes": "Where the essay draws this."}
               ]}
            ]
            """).getAsJsonArray();
    }

    /** The pack the lessons are made for: {@link TestPacks#minimal()} with {@link TestClaims#claims()}. */
    public static JsonObject basePack() {
        JsonObject pack = TestPacks.minimal();
        pack.add("claims", TestClaims.claims());
        return pack;
    }

    /** {@link #basePack()} with {@link #lessons()}. */
    public static JsonObject pack() {
        JsonObject pack = basePack();
        pack.add("lessons", lessons());
        return pack;
    }

    /** The index of {@link #pack()}, loaded with the bundled essay. */
    public static PackIndex index() {
        LoadResult r = TestPacks.load(pack());
        if (!r.isValid()) {
            throw new IllegalStateException("the test lessons do not load: " + r.problems());
        }
        return r.index().orElseThrow();
    }
}
