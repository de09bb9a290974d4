package org.xistudy.study.exchange;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.xistudy.content.PartialDate;
import org.xistudy.content.Problem;
import org.xistudy.content.json.JsonPaths;
import org.xistudy.content.json.JsonPosition;
import org.xistudy.content.json.JsonSyntaxError;
import org.xistudy.content.json.ParsedJson;
import org.xistudy.content.json.PositionedJsonParser;

/**
 * Reads a TimelineJS3 JSON file into a pack without an essay: one event per slide with its date at
 * the precision the slide gives, spans from {@code end_date}, approximate dates from a
 * {@code display_date} such as "c. 1990", a lane per {@code group} (one lane when there are none),
 * the eras, headline and text reduced to plain text, media and background URLs as references that
 * the event cites, and the title slide's headline as the pack's title.
 *
 * <p>What TimelineJS can show and a pack cannot is reported as a warning, located in the file,
 * and the rest of the file is still read:
 * <ul>
 * <li>a year before 1 (BCE) or after 9999: the slide is left out (the pack's dates run from year 1 to 9999);</li>
 * <li>a time of day ({@code hour}, {@code minute}, {@code second}, {@code millisecond}): dropped, the day is kept;</li>
 * <li>a month or day that does not exist, or a day without a month: the date keeps what is valid;</li>
 * <li>an end before the start, or an end that cannot be read: the slide becomes a point in time;</li>
 * <li>no headline: the title is the text's first words, or "Untitled event";</li>
 * <li>a {@code display_date} that is not an approximation ("Spring 1984"): the pack shows the date itself;</li>
 * <li>an era without both dates: left out (TimelineJS refuses it too).</li>
 * </ul>
 */
final class TimelineJsReader {
    private static final long MAX_BYTES = 32L * 1024 * 1024;
    private static final Pattern APPROX = Pattern.compile(
            "(?i)^\\s*(c\\.|ca\\.|circa\\b|approx\\.?|approximately\\b|about\\b|around\\b|~).*");
    private static final int MAX_TITLE = 90;
    private static final int MAX_SUBTITLE = 200;
    private static final String TIMELINE_REF = "timeline";

    private final String file;
    private final String fallbackTitle;
    private final Clock clock;
    private final List<Problem> warnings = new ArrayList<>();
    private ParsedJson json;
    private PartialDate consulted;
    private int skipped;
    private int media;

    TimelineJsReader(String file, String fallbackTitle, Clock clock) {
        this.file = file;
        this.fallbackTitle = fallbackTitle;
        this.clock = clock;
    }

    ImportResult read(Path path, Progress progress) {
        byte[] bytes;
        try {
            if (Files.isDirectory(path)) {
                return ImportResult.unreadable(file, "is a folder, not a TimelineJS file");
            }
            if (Files.size(path) > MAX_BYTES) {
                return ImportResult.invalid(file, List.of(error(JsonPaths.ROOT, "the file is larger than "
                        + (MAX_BYTES >> 20) + " MB")));
            }
            bytes = Files.readAllBytes(path);
        } catch (NoSuchFileException e) {
            return ImportResult.unreadable(file, "does not exist");
        } catch (AccessDeniedException e) {
            return ImportResult.unreadable(file, "cannot be read: permission denied");
        } catch (IOException e) {
            return ImportResult.unreadable(file, "cannot be read: " + e.getMessage());
        }
        try {
            json = PositionedJsonParser.parse(bytes);
        } catch (JsonSyntaxError e) {
            return ImportResult.invalid(file, List.of(new Problem(Problem.Severity.ERROR, file, e.position(),
                    e.path(), e.getMessage())));
        } catch (StackOverflowError e) {
            return ImportResult.invalid(file, List.of(error(JsonPaths.ROOT, "the file is too deeply nested to read")));
        }
        if (!json.root().isJsonObject()) {
            return ImportResult.invalid(file, List.of(error(JsonPaths.ROOT,
                    "a TimelineJS file is a JSON object with \"events\", but this file holds something else")));
        }
        JsonObject root = json.root().getAsJsonObject();
        JsonElement events = root.get("events");
        if (events == null || !events.isJsonArray()) {
            return ImportResult.invalid(file, List.of(error(JsonPaths.ROOT,
                    "a TimelineJS file has an \"events\" array, and this one has none")));
        }
        LocalDate today = LocalDate.now(clock);
        consulted = PartialDate.ofMonth(today.getYear(), today.getMonthValue());
        return build(root, events.getAsJsonArray(), progress);
    }

    private ImportResult build(JsonObject root, JsonArray events, Progress progress) {
        String titlePath = JsonPaths.member(JsonPaths.ROOT, "title");
        JsonObject title = object(root.get("title"));
        String headline = title == null ? "" : Html.toLine(string(object(title.get("text")), "headline"));
        String packTitle = headline.isEmpty() ? fallbackTitle : abbreviate(headline, MAX_TITLE * 2);
        String subtitle = title == null ? "" : firstParagraph(string(object(title.get("text")), "text"));
        String wantedId = title == null ? "" : string(title, "unique_id");
        String slug = Ids.slug(packTitle);
        PackBuilder pack = new PackBuilder(Ids.isValid(wantedId) ? wantedId : slug.isEmpty() ? "timelinejs"
                : "timelinejs-" + slug, packTitle, abbreviate(subtitle, MAX_SUBTITLE), packTitle);
        String timeline = pack.reference(TIMELINE_REF, TIMELINE_REF, packTitle, null, "TimelineJS file "
                + Path.of(file).getFileName(), null, consulted);
        if (title != null) {
            mediaReferences(pack, title, titlePath, packTitle);
        }
        boolean grouped = false;
        for (JsonElement e : events) {
            JsonObject o = object(e);
            if (o != null && !string(o, "group").isBlank()) {
                grouped = true;
            }
        }
        int made = 0;
        for (int i = 0; i < events.size(); i++) {
            String path = JsonPaths.index(JsonPaths.member(JsonPaths.ROOT, "events"), i);
            if (event(pack, events.get(i), path, grouped, timeline)) {
                made++;
            } else {
                skipped++;
            }
            progress.update(i + 1L, events.size());
        }
        if (made == 0) {
            List<Problem> all = new ArrayList<>(warnings);
            all.add(error(JsonPaths.member(JsonPaths.ROOT, "events"), "no slide could be made into an event, so there"
                    + " is no timeline to import"));
            return ImportResult.invalid(file, all);
        }
        JsonElement eras = root.get("eras");
        if (eras != null && eras.isJsonArray()) {
            for (int i = 0; i < eras.getAsJsonArray().size(); i++) {
                era(pack, eras.getAsJsonArray().get(i), JsonPaths.index(JsonPaths.member(JsonPaths.ROOT, "eras"), i),
                        timeline);
            }
        }
        return pack.finish(file, events.size(), skipped, media, warnings);
    }

    private boolean event(PackBuilder pack, JsonElement element, String path, boolean grouped, String timeline) {
        JsonObject slide = object(element);
        if (slide == null) {
            warnings.add(warning(path, "a slide is an object; this one is left out"));
            return false;
        }
        Optional<PartialDate> start = date(slide.get("start_date"), JsonPaths.member(path, "start_date"), true);
        if (start.isEmpty()) {
            return false;
        }
        PartialDate end = null;
        JsonElement endJson = slide.get("end_date");
        if (endJson != null && !endJson.isJsonNull()) {
            Optional<PartialDate> e = date(endJson, JsonPaths.member(path, "end_date"), false);
            if (e.isPresent() && e.get().lastDay().isBefore(start.get().firstDay())) {
                warnings.add(warning(JsonPaths.member(path, "end_date"), "the end " + e.get() + " is before the start "
                        + start.get() + "; the event is kept as a point in time"));
            } else if (e.isPresent() && !e.get().equals(start.get())) {
                end = e.get();
            }
        }
        JsonObject text = object(slide.get("text"));
        String headlineHtml = string(text, "headline");
        String bodyHtml = string(text, "text");
        String headline = Html.toLine(headlineHtml);
        String summary = summary(bodyHtml);
        if (headline.isEmpty()) {
            headline = summary.isEmpty() ? "Untitled event" : abbreviate(summary.replace('\n', ' '), MAX_TITLE);
            warnings.add(warning(JsonPaths.member(path, "text"), "the slide has no headline; the event is titled \""
                    + headline + "\""));
        }
        if (summary.isEmpty()) {
            summary = headline;
        }
        JsonObject event = new JsonObject();
        event.addProperty("id", pack.ids().claim(string(slide, "unique_id").isBlank() ? Ids.slug(headline)
                : string(slide, "unique_id"), "event"));
        event.addProperty("date", start.get().toString());
        if (end != null) {
            event.addProperty("end", end.toString());
        }
        String display = firstNonBlank(string(slide, "display_date"),
                string(object(slide.get("start_date")), "display_date"));
        if (!display.isBlank()) {
            if (APPROX.matcher(Html.toLine(display)).matches()) {
                event.addProperty("approx", true);
            } else {
                warnings.add(warning(JsonPaths.member(path, "display_date"), "the display date \"" + Html.toLine(display)
                        + "\" is not kept; the pack shows the date itself (" + start.get() + ")"));
            }
        }
        String group = string(slide, "group").strip();
        event.addProperty("lane", pack.lane(group.isEmpty() ? (grouped ? "Ungrouped" : "Events") : group));
        event.addProperty("title", headline);
        event.addProperty("summary", summary);
        JsonArray cite = new JsonArray();
        cite.add(PackBuilder.cite(timeline, sources(bodyHtml)));
        for (String ref : mediaReferences(pack, slide, path, headline)) {
            cite.add(PackBuilder.cite(ref, null));
        }
        event.add("cite", cite);
        pack.event(event);
        return true;
    }

    private void era(PackBuilder pack, JsonElement element, String path, String timeline) {
        JsonObject era = object(element);
        if (era == null) {
            warnings.add(warning(path, "an era is an object; this one is left out"));
            return;
        }
        JsonElement startJson = era.get("start_date");
        JsonElement endJson = era.get("end_date");
        if (startJson == null || endJson == null) {
            warnings.add(warning(path, "an era needs a start_date and an end_date (TimelineJS refuses it too); it is"
                    + " left out"));
            return;
        }
        Optional<PartialDate> start = date(startJson, JsonPaths.member(path, "start_date"), true);
        Optional<PartialDate> end = date(endJson, JsonPaths.member(path, "end_date"), true);
        if (start.isEmpty() || end.isEmpty()) {
            return;
        }
        if (end.get().lastDay().isBefore(start.get().firstDay())) {
            warnings.add(warning(JsonPaths.member(path, "end_date"), "the era ends before it starts; it is left out"));
            return;
        }
        String headline = Html.toLine(string(object(era.get("text")), "headline"));
        String summary = Html.toText(string(object(era.get("text")), "text"));
        if (headline.isEmpty()) {
            headline = "Era " + start.get() + "\u2013" + end.get();
            warnings.add(warning(JsonPaths.member(path, "text"), "the era has no headline; it is titled \"" + headline
                    + "\""));
        }
        JsonObject o = new JsonObject();
        o.addProperty("id", pack.ids().claim(string(era, "unique_id").isBlank() ? "era-" + Ids.slug(headline)
                : string(era, "unique_id"), "era"));
        o.addProperty("title", headline);
        o.addProperty("start", start.get().toString());
        o.addProperty("end", end.get().toString());
        if (!summary.isEmpty()) {
            o.addProperty("summary", summary);
        }
        JsonArray cite = new JsonArray();
        cite.add(PackBuilder.cite(timeline, null));
        o.add("cite", cite);
        pack.era(o);
    }

    /** The slide's media and background as references; returns their ids. */
    private List<String> mediaReferences(PackBuilder pack, JsonObject slide, String path, String about) {
        List<String> refs = new ArrayList<>();
        JsonObject m = object(slide.get("media"));
        if (m != null && !string(m, "url").isBlank()) {
            String url = link(string(m, "url"));
            if (url == null) {
                media++;
                warnings.add(warning(JsonPaths.member(JsonPaths.member(path, "media"), "url"), "the media is embedded"
                        + " code, not a link; it is left out"));
            } else {
                String caption = firstNonBlank(Html.toLine(string(m, "caption")), Html.toLine(string(m, "title")),
                        Html.toLine(string(m, "alt")));
                String credit = Html.toLine(string(m, "credit"));
                refs.add(pack.reference(url, "media-" + Ids.slug(about), caption.isEmpty() ? "Media: " + about
                        : abbreviate(caption, 300), null, credit.isEmpty() ? host(url) : abbreviate(credit, 200), url,
                        consulted));
            }
        }
        JsonObject b = object(slide.get("background"));
        if (b != null && !string(b, "url").isBlank()) {
            String url = link(string(b, "url"));
            if (url != null) {
                refs.add(pack.reference(url, "background-" + Ids.slug(about), "Background: " + about, null, host(url),
                        url, consulted));
            }
        }
        return refs.stream().distinct().toList();
    }

    /** A URL from a media url, which may also be embed code holding one. */
    private static String link(String value) {
        String v = value.strip();
        if (v.startsWith("<")) {
            String src = Html.attribute(v, "src");
            if (src == null) {
                src = Html.attribute(v, "href");
            }
            return src == null || src.isBlank() ? null : src;
        }
        return v;
    }

    private static String host(String url) {
        try {
            String h = URI.create(url.replace(" ", "%20")).getHost();
            return h == null || h.isBlank() ? "Unknown publisher" : h;
        } catch (IllegalArgumentException e) {
            return "Unknown publisher";
        }
    }

    /** The summary of a slide's text: this app's summary paragraph when it wrote the file, else the whole text. */
    private static String summary(String html) {
        String mine = Html.element(html, "p", TimelineJsWriter.SUMMARY_CLASS);
        return Html.toText(mine != null ? mine : html);
    }

    /** What the text says beyond the summary, when this app wrote the file: its quotes and sources. */
    private static String sources(String html) {
        String mine = Html.element(html, "p", TimelineJsWriter.SUMMARY_CLASS);
        if (mine == null) {
            return null;
        }
        int at = html.indexOf("</p>", html.indexOf(TimelineJsWriter.SUMMARY_CLASS));
        String rest = at < 0 ? "" : Html.toText(html.substring(at + 4));
        return rest.isEmpty() ? null : abbreviate(rest, 2000);
    }

    /**
     * A TimelineJS date object as a partial date: a warning and empty when the slide must be left
     * out; parts that cannot be kept are dropped with a warning.
     */
    private Optional<PartialDate> date(JsonElement element, String path, boolean required) {
        JsonObject d = object(element);
        if (d == null) {
            warnings.add(warning(path, (required ? "the slide has no date object; it is left out"
                    : "the end date is not a date object; the event is kept as a point in time")));
            return Optional.empty();
        }
        Optional<BigInteger> year = number(d, "year", path);
        if (year == null || year.isEmpty()) {
            warnings.add(warning(path, (year == null ? "the year cannot be read" : "the date has no year")
                    + (required ? "; it is left out" : "; the event is kept as a point in time")));
            return Optional.empty();
        }
        BigInteger y = year.get();
        if (y.signum() <= 0 || y.compareTo(BigInteger.valueOf(9999)) > 0) {
            warnings.add(warning(JsonPaths.member(path, "year"), "year " + y + (y.signum() <= 0 ? " is before year 1"
                    + " (BCE)" : " is after 9999") + ", and the pack's dates run from year 1 to 9999; "
                    + (required ? "it is left out" : "the event is kept as a point in time")));
            return Optional.empty();
        }
        int yi = y.intValue();
        Optional<BigInteger> month = number(d, "month", path);
        Optional<BigInteger> day = number(d, "day", path);
        for (String part : List.of("hour", "minute", "second", "millisecond")) {
            Optional<BigInteger> t = number(d, part, path);
            if (t != null && t.isPresent()) {
                warnings.add(warning(JsonPaths.member(path, part), "a time of day is not kept; the date keeps the day"));
                break;
            }
        }
        if (month == null || month.isEmpty()) {
            if (day != null && day.isPresent()) {
                warnings.add(warning(JsonPaths.member(path, "day"), "a day without a month is not kept"));
            }
            return Optional.of(PartialDate.ofYear(yi));
        }
        BigInteger m = month.get();
        if (m.compareTo(BigInteger.ONE) < 0 || m.compareTo(BigInteger.valueOf(12)) > 0) {
            warnings.add(warning(JsonPaths.member(path, "month"), "month " + m + " does not exist; the date keeps the"
                    + " year"));
            return Optional.of(PartialDate.ofYear(yi));
        }
        if (day == null || day.isEmpty()) {
            return Optional.of(PartialDate.ofMonth(yi, m.intValue()));
        }
        try {
            if (day.get().bitLength() > 31) {
                throw new DateTimeException("too large");
            }
            return Optional.of(PartialDate.of(LocalDate.of(yi, m.intValue(), day.get().intValue())));
        } catch (DateTimeException e) {
            warnings.add(warning(JsonPaths.member(path, "day"), "day " + day.get() + " of " + PartialDate.ofMonth(yi,
                    m.intValue()) + " does not exist; the date keeps the month"));
            return Optional.of(PartialDate.ofMonth(yi, m.intValue()));
        }
    }

    /** A number given as a JSON number or a string; empty when missing or blank, null when not a number. */
    private Optional<BigInteger> number(JsonObject d, String name, String path) {
        JsonElement e = d.get(name);
        if (e == null || e.isJsonNull()) {
            return Optional.empty();
        }
        if (!e.isJsonPrimitive()) {
            warnings.add(warning(JsonPaths.member(path, name), name + " is not a number"));
            return null;
        }
        JsonPrimitive p = e.getAsJsonPrimitive();
        String s = p.getAsString().strip();
        if (s.isEmpty()) {
            return Optional.empty();
        }
        try {
            if (s.startsWith("+")) {
                s = s.substring(1);
            }
            if (p.isNumber() && s.contains(".")) {
                return Optional.of(new BigDecimal(s).toBigInteger());
            }
            return Optional.of(new BigInteger(s));
        } catch (NumberFormatException ex) {
            warnings.add(warning(JsonPaths.member(path, name), name + " \"" + s + "\" is not a number"));
            return null;
        }
    }

    private static JsonObject object(JsonElement e) {
        return e != null && e.isJsonObject() ? e.getAsJsonObject() : null;
    }

    private static String string(JsonObject o, String name) {
        if (o == null) {
            return "";
        }
        JsonElement e = o.get(name);
        return e != null && e.isJsonPrimitive() ? e.getAsString() : "";
    }

    private static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v;
            }
        }
        return "";
    }

    private static String firstParagraph(String html) {
        String text = Html.toText(html);
        int nl = text.indexOf('\n');
        return nl < 0 ? text : text.substring(0, nl);
    }

    private static String abbreviate(String s, int max) {
        if (s.length() <= max) {
            return s;
        }
        int cut = s.lastIndexOf(' ', max - 1);
        return (cut > max / 2 ? s.substring(0, cut) : s.substring(0, max - 1)) + "\u2026";
    }

    private Problem warning(String path, String message) {
        return new Problem(Problem.Severity.WARNING, file, json.positionOf(path), path, message);
    }

    private Problem error(String path, String message) {
        return new Problem(Problem.Severity.ERROR, file, json == null ? JsonPosition.START
                : json.positionOf(path), path, message);
    }
}
