package org.xistudy.cli;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.xistudy.content.json.JsonSyntaxError;
import org.xistudy.content.json.ParsedJson;
import org.xistudy.content.json.PositionedJsonParser;
import org.xistudy.study.fsrs.CardState;
import org.xistudy.study.fsrs.Rating;
import org.xistudy.study.fsrs.Scheduler;
import org.xistudy.study.fsrs.Settings;

/**
 * {@code --replay-reviews FILE}: replays a review history through the scheduler and prints the
 * card's state after each review, so the scheduler can be checked against other FSRS
 * implementations.
 *
 * <p>FILE is a JSON array of {@code {"rating": 1-4, "at": "<ISO-8601 instant>"}}, or an object
 * {@code {"reviews": [...]}} that may also set {@code desired_retention}, {@code maximum_interval},
 * {@code parameters} (21 numbers), {@code learning_steps} and {@code relearning_steps} (seconds).
 * Fuzz is always off, so the output is reproducible. Exit status: 0 done, 1 the file's content is
 * wrong, 2 the file cannot be read.
 */
public final class ReplayReviews implements Cli.Tool {
    public static final String NAME = "replay-reviews";

    @Override
    public String usage() {
        return "replay a review history through the FSRS-6 scheduler; FILE is\n"
                + "                        [{\"rating\": 1-4, \"at\": \"ISO-8601 instant\"}, ...]; prints JSON with\n"
                + "                        state, step, stability, difficulty, due, interval_days";
    }

    /** One review to replay. */
    public record Review(Rating rating, Instant at) {
    }

    /** What a file asks for: the reviews and the scheduler settings. */
    public record Request(List<Review> reviews, Settings settings) {
    }

    /** A problem with the file's content, at a JSON path. */
    static final class BadInput extends Exception {
        private static final long serialVersionUID = 1L;
        final String path;

        BadInput(String path, String message) {
            super(message);
            this.path = path;
        }
    }

    @Override
    public int run(Path file, PrintStream out, PrintStream err) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            err.println(file + ": cannot be read: " + e.getMessage());
            return 2;
        }
        ParsedJson json;
        try {
            json = PositionedJsonParser.parse(bytes);
        } catch (JsonSyntaxError e) {
            err.println(file + ":" + e.position() + ": error: " + e.path() + ": " + e.getMessage());
            return 1;
        }
        Request request;
        try {
            request = parse(json.root());
        } catch (BadInput e) {
            err.println(file + ":" + json.positionOf(e.path) + ": error: " + e.path + ": " + e.getMessage());
            return 1;
        }
        out.println(new GsonBuilder().setPrettyPrinting().serializeNulls().disableHtmlEscaping().create().toJson(replay(request)));
        return 0;
    }

    /** Reads a request from parsed JSON. */
    static Request parse(JsonElement root) throws BadInput {
        Settings settings = Settings.defaults().withFuzz(false);
        JsonElement reviews = root;
        String base = "$";
        if (root.isJsonObject()) {
            JsonObject o = root.getAsJsonObject();
            for (String key : o.keySet()) {
                if (!List.of("reviews", "desired_retention", "maximum_interval", "parameters", "learning_steps",
                        "relearning_steps").contains(key)) {
                    throw new BadInput("$." + key, "unknown member; expected reviews, desired_retention, "
                            + "maximum_interval, parameters, learning_steps or relearning_steps");
                }
            }
            if (!o.has("reviews")) {
                throw new BadInput("$", "an object needs \"reviews\": an array of reviews");
            }
            reviews = o.get("reviews");
            base = "$.reviews";
            try {
                if (o.has("desired_retention")) {
                    settings = settings.withDesiredRetention(number(o.get("desired_retention"), "$.desired_retention"));
                }
                if (o.has("maximum_interval")) {
                    settings = settings.withMaximumInterval(integer(o.get("maximum_interval"), "$.maximum_interval"));
                }
                if (o.has("parameters")) {
                    JsonElement p = o.get("parameters");
                    if (!p.isJsonArray()) {
                        throw new BadInput("$.parameters", "expected an array of 21 numbers");
                    }
                    double[] w = new double[p.getAsJsonArray().size()];
                    for (int i = 0; i < w.length; i++) {
                        w[i] = number(p.getAsJsonArray().get(i), "$.parameters[" + i + "]");
                    }
                    settings = settings.withParameters(w);
                }
                if (o.has("learning_steps") || o.has("relearning_steps")) {
                    settings = settings.withSteps(
                            o.has("learning_steps") ? steps(o.get("learning_steps"), "$.learning_steps")
                                    : settings.learningSteps(),
                            o.has("relearning_steps") ? steps(o.get("relearning_steps"), "$.relearning_steps")
                                    : settings.relearningSteps());
                }
            } catch (IllegalArgumentException e) {
                throw new BadInput("$", e.getMessage());
            }
        }
        if (!reviews.isJsonArray()) {
            throw new BadInput(base, "expected an array of {\"rating\": 1-4, \"at\": \"ISO-8601 instant\"}");
        }
        List<Review> list = new ArrayList<>();
        JsonArray array = reviews.getAsJsonArray();
        for (int i = 0; i < array.size(); i++) {
            String path = base + "[" + i + "]";
            JsonElement e = array.get(i);
            if (!e.isJsonObject()) {
                throw new BadInput(path, "expected {\"rating\": 1-4, \"at\": \"ISO-8601 instant\"}");
            }
            JsonObject r = e.getAsJsonObject();
            for (String key : r.keySet()) {
                if (!key.equals("rating") && !key.equals("at")) {
                    throw new BadInput(path + "." + key, "unknown member; a review has \"rating\" and \"at\"");
                }
            }
            if (!r.has("rating")) {
                throw new BadInput(path, "missing \"rating\" (1 Again, 2 Hard, 3 Good, 4 Easy)");
            }
            if (!r.has("at")) {
                throw new BadInput(path, "missing \"at\" (an ISO-8601 instant such as 2024-03-01T09:30:00Z)");
            }
            int grade;
            try {
                grade = integer(r.get("rating"), path + ".rating");
            } catch (BadInput bad) {
                throw new BadInput(bad.path, "a rating is 1 (Again), 2 (Hard), 3 (Good) or 4 (Easy)");
            }
            if (grade < 1 || grade > 4) {
                throw new BadInput(path + ".rating", "a rating is 1 (Again), 2 (Hard), 3 (Good) or 4 (Easy), not "
                        + grade);
            }
            list.add(new Review(Rating.ofGrade(grade), instant(r.get("at"), path + ".at")));
        }
        return new Request(List.copyOf(list), settings);
    }

    private static double number(JsonElement e, String path) throws BadInput {
        if (e instanceof JsonPrimitive p && p.isNumber()) {
            return p.getAsDouble();
        }
        throw new BadInput(path, "expected a number");
    }

    private static int integer(JsonElement e, String path) throws BadInput {
        double d = number(e, path);
        if (d != Math.rint(d) || Math.abs(d) > Integer.MAX_VALUE) {
            throw new BadInput(path, "expected a whole number");
        }
        return (int) d;
    }

    private static List<Duration> steps(JsonElement e, String path) throws BadInput {
        if (!e.isJsonArray()) {
            throw new BadInput(path, "expected an array of step lengths in seconds");
        }
        List<Duration> out = new ArrayList<>();
        for (int i = 0; i < e.getAsJsonArray().size(); i++) {
            int s = integer(e.getAsJsonArray().get(i), path + "[" + i + "]");
            if (s <= 0) {
                throw new BadInput(path + "[" + i + "]", "a step lasts at least one second");
            }
            out.add(Duration.ofSeconds(s));
        }
        return out;
    }

    private static Instant instant(JsonElement e, String path) throws BadInput {
        if (!(e instanceof JsonPrimitive p && p.isString())) {
            throw new BadInput(path, "expected an ISO-8601 instant such as 2024-03-01T09:30:00Z");
        }
        String s = p.getAsString();
        try {
            return OffsetDateTime.parse(s).toInstant();
        } catch (DateTimeParseException ex) {
            throw new BadInput(path, "\"" + s + "\" is not an ISO-8601 instant with a time zone, such as "
                    + "2024-03-01T09:30:00Z");
        }
    }

    /** Runs the reviews and describes the card after each. */
    static JsonArray replay(Request request) {
        Scheduler scheduler = new Scheduler(request.settings());
        CardState card = CardState.fresh();
        JsonArray out = new JsonArray();
        int n = 0;
        for (Review r : request.reviews()) {
            card = scheduler.review(card, r.rating(), r.at());
            JsonObject o = new JsonObject();
            o.addProperty("review", ++n);
            o.addProperty("rating", r.rating().grade());
            o.addProperty("at", r.at().toString());
            o.addProperty("state", stateName(card));
            if (card.step() == null) {
                o.add("step", JsonNull.INSTANCE);
            } else {
                o.addProperty("step", card.step());
            }
            o.addProperty("stability", card.stability());
            o.addProperty("difficulty", card.difficulty());
            o.addProperty("due", card.due().toString());
            o.addProperty("interval_days", Scheduler.elapsedDays(card.lastReview(), card.due()));
            out.add(o);
        }
        return out;
    }

    private static String stateName(CardState c) {
        String s = c.state().name().toLowerCase(Locale.ROOT);
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
