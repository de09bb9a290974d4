package org.xistudy.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReplayReviewsTest {
    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String json) throws IOException {
        Path file = dir.resolve("reviews.json");
        Files.writeString(file, json);
        return new Cli(Map.of(ReplayReviews.NAME, new ReplayReviews())).run(
                new Cli(Map.of(ReplayReviews.NAME, new ReplayReviews())).parse("--replay-reviews", file.toString()),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    /** The py-fsrs / ts-fsrs reference history, given as the file format, gives their intervals. */
    @Test
    void replaysTheReferenceHistory() throws IOException {
        // Each review at the due time the previous one set, as in py-fsrs test_review_card.
        int[] ratings = {3, 3, 3, 3, 3, 3, 1, 1, 3, 3, 3, 3, 3};
        List<Long> intervals = new ArrayList<>();
        Instant at = Instant.parse("2022-11-29T12:30:00Z");
        JsonArray input = new JsonArray();
        JsonArray output = null;
        for (int i = 0; i < ratings.length; i++) {
            JsonObject r = new JsonObject();
            r.addProperty("rating", ratings[i]);
            r.addProperty("at", at.toString());
            input.add(r);
            out.reset();
            assertEquals(0, run(input.toString()), err.toString(StandardCharsets.UTF_8));
            output = JsonParser.parseString(out.toString(StandardCharsets.UTF_8)).getAsJsonArray();
            at = Instant.parse(output.get(i).getAsJsonObject().get("due").getAsString());
        }
        for (JsonElement e : output) {
            intervals.add(e.getAsJsonObject().get("interval_days").getAsLong());
        }
        assertEquals(List.of(0L, 2L, 11L, 46L, 163L, 498L, 0L, 0L, 2L, 4L, 7L, 12L, 21L), intervals);
        JsonObject first = output.get(0).getAsJsonObject();
        assertEquals("Learning", first.get("state").getAsString());
        assertEquals(1, first.get("step").getAsInt());
        assertEquals(2.3065, first.get("stability").getAsDouble(), 1e-9);
        JsonObject second = output.get(1).getAsJsonObject();
        assertEquals("Review", second.get("state").getAsString());
        assertTrue(second.get("step").isJsonNull(), "a review card has no step");
        assertEquals("Relearning", output.get(6).getAsJsonObject().get("state").getAsString());
    }

    @Test
    void theObjectFormSetsTheDesiredRetention() throws IOException {
        String reviews = "[{\"rating\": 3, \"at\": \"2024-01-01T09:00:00Z\"}, {\"rating\": 4, \"at\": \"2024-01-01T09:10:00+00:00\"}]";
        assertEquals(0, run("{\"reviews\": " + reviews + "}"));
        long at90 = lastInterval();
        out.reset();
        assertEquals(0, run("{\"desired_retention\": 0.8, \"reviews\": " + reviews + "}"));
        assertTrue(lastInterval() > at90, "a lower retention gives a longer interval");
    }

    private long lastInterval() {
        JsonArray a = JsonParser.parseString(out.toString(StandardCharsets.UTF_8)).getAsJsonArray();
        return a.get(a.size() - 1).getAsJsonObject().get("interval_days").getAsLong();
    }

    @Test
    void badInputIsReportedWithItsPlace() throws IOException {
        assertEquals(1, run("[\n  {\"rating\": 3, \"at\": \"2024-01-01T09:00:00Z\"},\n  {\"rating\": 7, \"at\": \"2024-01-02T09:00:00Z\"}\n]"));
        String message = err.toString(StandardCharsets.UTF_8);
        assertTrue(message.contains(":3:14: error: $[1].rating: a rating is 1 (Again), 2 (Hard), 3 (Good) or 4 (Easy), not 7"),
                message);
        err.reset();
        assertEquals(1, run("[{\"rating\": 3, \"at\": \"yesterday\"}]"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("$[0].at: \"yesterday\" is not an ISO-8601 instant"));
        err.reset();
        assertEquals(1, run("[{\"rating\": 3, \"at\": \"2024-01-01T09:00:00Z\",}]"));
        err.reset();
        assertEquals(1, run("{\"reviews\": [], \"fuzz\": true}"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("$.fuzz: unknown member"));
    }

    @Test
    void aMissingFileExitsWithTwo() {
        int status = new Cli(Map.of(ReplayReviews.NAME, new ReplayReviews())).run(
                new Cli.Options(Cli.Command.TOOL, List.of(dir.resolve("nope.json")), null, ReplayReviews.NAME, null),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(2, status);
    }
}
