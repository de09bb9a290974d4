package org.xistudy.content.validate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.xistudy.content.PackLoader;
import org.xistudy.content.Problem;
import org.xistudy.content.SeedFiles;
import org.xistudy.content.essay.Essay;
import org.xistudy.content.json.PositionedJsonParser;

/** The quote look-ups that a large pack shares between two threads answer as one thread does. */
class QuoteLookupsTest {
    private static final Essay ESSAY = SeedFiles.bundled()
            .find("seeds/zhao-2023-xi-power-concentration.txt", "Suisheng Zhao").orElseThrow();

    @Test
    void bothHalvesOfALargeListAnswerForTheirOwnQuotes() {
        Random random = new Random(5);
        List<String> paragraphs = new ArrayList<>();
        for (Essay.Block b : ESSAY.blocks()) {
            if (b.text().length() > 80) {
                paragraphs.add(Essay.normalize(b.text()));
            }
        }
        int n = QuoteLookups.PARALLEL * 2 + 7;
        List<String> quotes = new ArrayList<>();
        boolean[] altered = new boolean[n];
        for (int i = 0; i < n; i++) {
            String p = paragraphs.get(random.nextInt(paragraphs.size()));
            int from = random.nextInt(p.length() - 60);
            String q = p.substring(from, from + 40 + random.nextInt(20));
            altered[i] = random.nextInt(50) == 0 || i == 3 || i == n - 2;
            quotes.add(altered[i] ? q + " (not in the essay)" : q);
        }
        boolean[] missing = QuoteLookups.missing(ESSAY, quotes, Function.identity());
        assertArrayEquals(altered, missing);
        assertTrue(missing[n - 2], "a quote in the half looked up aside is reported");
    }

    @Test
    void theValidatorReportsMissingQuotesOfALargePackInTheirOrder() throws Exception {
        JsonObject pack;
        try (InputStream in = PackLoader.class.getResourceAsStream(PackLoader.DEFAULT_PACK)) {
            pack = JsonParser.parseReader(new InputStreamReader(in, StandardCharsets.UTF_8)).getAsJsonObject();
        }
        JsonArray events = pack.getAsJsonArray("events");
        int originals = events.size();
        int quotes = 0;
        for (int i = 0; quotes <= QuoteLookups.PARALLEL; i++) {
            JsonObject copy = events.get(i % originals).getAsJsonObject().deepCopy();
            copy.addProperty("id", copy.get("id").getAsString() + "-copy-" + i);
            for (var cite : copy.getAsJsonArray("cite")) {
                quotes += cite.getAsJsonObject().has("quote") ? 1 : 0;
            }
            events.add(copy);
        }
        int first = 2;
        int last = events.size() - 1;
        for (int i : new int[] {last, first}) {
            JsonObject cite = events.get(i).getAsJsonObject().getAsJsonArray("cite").get(0).getAsJsonObject();
            if (cite.has("quote")) {
                cite.addProperty("quote", cite.get("quote").getAsString() + " and then some words no essay has");
            } else {
                cite.addProperty("quote", "words no essay has");
                cite.remove("ref");
            }
        }
        List<Problem> problems = PackValidator.validate(
                PositionedJsonParser.parse(pack.toString().getBytes(StandardCharsets.UTF_8)), SeedFiles.bundled());
        List<String> paths = problems.stream().filter(p -> "quoteNotInEssay".equals(p.key())).map(Problem::path)
                .toList();
        assertEquals(List.of("$.events[" + first + "].cite[0].quote", "$.events[" + last + "].cite[0].quote"), paths,
                problems.toString());
    }
}
