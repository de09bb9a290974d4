package org.xistudy.content;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.charset.StandardCharsets;

/** Small, valid packs for tests, built as JSON so a test can break exactly one thing. */
public final class TestPacks {
    public static final String SEED = "seeds/zhao-2023-xi-power-concentration.txt";
    private static final Gson PRETTY = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create();

    private TestPacks() {
    }

    /** A minimal pack with one of each item kind, valid against the bundled essay. */
    public static JsonObject minimal() {
        String json = """
            {
              "format": 1,
              "id": "test-pack",
              "title": "Test pack",
              "language": "en",
              "source": {
                "title": "Implications of Xi’s Power Concentration for Chinese Foreign Policy",
                "author": "Suisheng Zhao",
                "publisher": "United States Institute of Peace",
                "date": "2023-12",
                "seed": "%s"
              },
              "references": [
                {"id": "ref-a", "title": "A source", "publisher": "A publisher", "date": "2020-01-19"}
              ],
              "lanes": [ {"id": "lane-a", "title": "Lane A"} ],
              "eras": [
                {"id": "era-xi", "title": "Xi", "start": "2012", "cite": [ {"quote": "after becoming CCP general secretary in 2012"} ]}
              ],
              "events": [
                {"id": "ev-a", "date": "2013", "lane": "lane-a", "title": "CNSC", "summary": "Set up.",
                 "institutions": ["inst-a"], "people": ["person-a"], "cards": ["card-a"],
                 "cite": [ {"quote": "In 2013, Xi established the Central National Security Commission (CNSC)"} ]},
                {"id": "ev-b", "date": "1958", "end": "1972", "lane": "lane-a", "title": "Chen Yi", "summary": "FM.",
                 "cite": [ {"ref": "ref-a", "detail": "p. 1"} ]}
              ],
              "people": [
                {"id": "person-a", "name": "Xi Jinping", "zh": "习近平", "pinyin": "Xí Jìnpíng", "summary": "Leader.",
                 "cite": [ {"quote": "Chinese foreign policy is clearly in Xi Jinping’s grip."} ]}
              ],
              "institutions": [
                {"id": "inst-a", "name": "Central National Security Commission", "zh": "中央国家安全委员会",
                 "pinyin": "Zhōngyāng Guójiā Ānquán Wěiyuánhuì", "kind": "party", "established": "2013",
                 "summary": "Security.", "cite": [ {"quote": "Central National Security Commission"} ]},
                {"id": "inst-b", "name": "Central Foreign Affairs Commission", "zh": "中央外事工作委员会",
                 "pinyin": "Zhōngyāng Wàishì Gōngzuò Wěiyuánhuì", "kind": "party", "established": "2018-03",
                 "summary": "Foreign affairs.", "cite": [ {"quote": "Central Foreign Affairs Commission"} ]}
              ],
              "relations": [
                {"id": "rel-a", "from": "person-a", "to": "inst-a", "type": "chairs", "start": "2013",
                 "cite": [ {"quote": "which he chairs as he does the CNSC"} ]}
              ],
              "cards": [
                {"id": "card-a", "type": "basic", "front": "When was the CNSC set up?", "back": "2013",
                 "events": ["ev-a"], "cite": [ {"quote": "In 2013, Xi established"} ]},
                {"id": "card-b", "type": "truefalse", "statement": "Xi chairs the CNSC.", "answer": true,
                 "cite": [ {"quote": "which he chairs as he does the CNSC"} ]},
                {"id": "card-c", "type": "choice", "question": "Which year?", "options": ["2013", "2018"],
                 "answer": "2013", "cite": [ {"quote": "In 2013, Xi established"} ]},
                {"id": "card-d", "type": "cloze", "text": "Xi established the {{CNSC}} in 2013.",
                 "cite": [ {"quote": "In 2013, Xi established"} ]},
                {"id": "card-e", "type": "order", "prompt": "Order", "items": ["1971", "1991", "2006"],
                 "cite": [ {"quote": "1971, 1991 and 2006"} ]},
                {"id": "card-f", "type": "match", "prompt": "Match",
                 "pairs": [ {"left": "Chen Yi", "right": "Politburo member"}, {"left": "Qian Qichen", "right": "vice-premier"} ],
                 "cite": [ {"quote": "Qian Qichen"} ]},
                {"id": "card-g", "type": "typein", "question": "Year?", "answer": "2013", "accept": ["twenty thirteen"],
                 "cite": [ {"quote": "In 2013"} ]}
              ],
              "notes": [
                {"id": "note-a", "kind": "imprecise", "about": ["inst-a"], "title": "A note", "body": "Body.",
                 "cite": [ {"ref": "ref-a"} ]}
              ]
            }
            """.formatted(SEED);
        return JsonParser.parseString(json).getAsJsonObject();
    }

    /** Pretty-printed JSON of a pack, one member per line, so line numbers are meaningful. */
    public static String text(JsonObject pack) {
        return PRETTY.toJson(pack);
    }

    public static byte[] bytes(JsonObject pack) {
        return text(pack).getBytes(StandardCharsets.UTF_8);
    }

    /** Loads a pack from JSON with the bundled essay. */
    public static LoadResult load(JsonObject pack) {
        return PackLoader.load("test.json", bytes(pack), SeedFiles.bundled());
    }

    /** Loads a pack from raw text with the bundled essay. */
    public static LoadResult load(String text) {
        return PackLoader.load("test.json", text.getBytes(StandardCharsets.UTF_8), SeedFiles.bundled());
    }

    public static JsonObject item(JsonObject pack, String array, int index) {
        return pack.getAsJsonArray(array).get(index).getAsJsonObject();
    }

    public static JsonArray array(String... values) {
        JsonArray a = new JsonArray();
        for (String v : values) {
            a.add(v);
        }
        return a;
    }
}
