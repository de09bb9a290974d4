package org.xistudy.ui.cards;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A small pack for the Cards view's UI tests, with one card of each of the eight types in a
 * known order, linked to an event and an institution with a reading note.
 */
final class CardsTestPack {
    static final String ID = "cards-test-pack";

    private CardsTestPack() {
    }

    /** Writes the pack into {@code dir} and returns its file. */
    static Path write(Path dir) {
        try {
            Path file = dir.resolve("cards-test-pack.json");
            Files.writeString(file, JSON);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final String REF = "\"cite\": [{\"ref\": \"ref-test\", \"detail\": \"for tests\"}]";

    static final String JSON = "{\n"
            + "\"format\": 1, \"id\": \"" + ID + "\", \"title\": \"Cards test pack\", \"language\": \"en\",\n"
            + "\"source\": {\"title\": \"Implications of Xi\u2019s Power Concentration for Chinese Foreign Policy\","
            + " \"author\": \"Suisheng Zhao\", \"publisher\": \"United States Institute of Peace\", \"date\": \"2023-12\","
            + " \"url\": \"https://www.usip.org/\", \"seed\": \"seeds/zhao-2023-xi-power-concentration.txt\"},\n"
            + "\"references\": [{\"id\": \"ref-test\", \"title\": \"A test reference\", \"publisher\": \"Tests\","
            + " \"url\": \"https://example.org/\", \"date\": \"2024\"}],\n"
            + "\"lanes\": [{\"id\": \"lane\", \"title\": \"Lane\"}],\n"
            + "\"events\": [{\"id\": \"ev-cnsc\", \"date\": \"2013\", \"lane\": \"lane\", \"title\": \"The CNSC is set up\","
            + " \"summary\": \"A commission for security.\", \"institutions\": [\"cnsc\"],"
            + " \"cite\": [{\"quote\": \"In 2013, Xi established the Central National Security Commission (CNSC)\"}]}],\n"
            + "\"institutions\": [{\"id\": \"cnsc\", \"name\": \"Central National Security Commission\", \"zh\": \"\u4e2d\u592e\u56fd\u5bb6\u5b89\u5168\u59d4\u5458\u4f1a\", \"pinyin\": \"Zh\u014dngy\u0101ng Gu\u00f3ji\u0101 \u0100nqu\u00e1n W\u011biyu\u00e1nhu\u00ec\", \"kind\": \"party\","
            + " \"established\": \"2013\", \"summary\": \"Security commission.\", " + REF + "}],\n"
            + "\"cards\": [\n"
            + " {\"id\": \"c-basic\", \"type\": \"basic\", \"tags\": [\"alpha\"], \"front\": \"Basic front\","
            + " \"back\": \"Basic back\", \"explanation\": \"Why the basic answer is right.\", \"events\": [\"ev-cnsc\"],"
            + " \"cite\": [{\"quote\": \"Three triggers enabled Xi\u2019s success in consolidating power\"}]},\n"
            + " {\"id\": \"c-cloze\", \"type\": \"cloze\", \"tags\": [\"alpha\"],"
            + " \"text\": \"The commission was set up in {{2013}} by Xi.\", " + REF + "},\n"
            + " {\"id\": \"c-choice\", \"type\": \"choice\", \"tags\": [\"beta\"], \"question\": \"Which year?\","
            + " \"options\": [\"2011\", \"2012\", \"2013\", \"2014\"], \"answer\": \"2013\", " + REF + "},\n"
            + " {\"id\": \"c-truefalse\", \"type\": \"truefalse\", \"tags\": [\"beta\"],"
            + " \"statement\": \"Xi chairs the CNSC.\", \"answer\": true, \"institutions\": [\"cnsc\"], " + REF + "},\n"
            + " {\"id\": \"c-typein\", \"type\": \"typein\", \"tags\": [\"beta\"], \"question\": \"Name the commission.\","
            + " \"answer\": \"Central National Security Commission\", \"accept\": [\"CNSC\"], " + REF + "},\n"
            + " {\"id\": \"c-order\", \"type\": \"order\", \"tags\": [\"gamma\"], \"prompt\": \"Put in order.\","
            + " \"items\": [\"First\", \"Second\", \"Third\"], " + REF + "},\n"
            + " {\"id\": \"c-match\", \"type\": \"match\", \"tags\": [\"gamma\"], \"prompt\": \"Match them.\","
            + " \"pairs\": [{\"left\": \"One\", \"right\": \"Uno\"}, {\"left\": \"Two\", \"right\": \"Dos\"}], " + REF + "},\n"
            + " {\"id\": \"c-reversed\", \"type\": \"reversed\", \"tags\": [\"gamma\"], \"front\": \"Reversed front\","
            + " \"back\": \"Reversed back\", " + REF + "}\n"
            + "],\n"
            + "\"notes\": [{\"id\": \"note-cnsc\", \"kind\": \"context\", \"about\": [\"cnsc\"], \"title\": \"A note on the CNSC\","
            + " \"body\": \"Background for the commission.\", " + REF + "}]\n"
            + "}\n";
}
