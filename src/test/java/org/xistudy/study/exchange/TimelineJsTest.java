package org.xistudy.study.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xistudy.content.LoadResult;
import org.xistudy.content.PackIndex;
import org.xistudy.content.PartialDate;
import org.xistudy.content.Problem;
import org.xistudy.content.model.Era;
import org.xistudy.content.model.Event;
import org.xistudy.content.model.Pack;

/** TimelineJS3 JSON: the export's shape, the round trip, and TimelineJS's own example files. */
class TimelineJsTest {
    @TempDir
    Path dir;

    private Pack valid(ImportResult r) throws IOException {
        assertTrue(r.isImported(), r.problems().toString());
        Path out = dir.resolve("imported.json");
        r.write(out);
        LoadResult loaded = ExchangeFixtures.validate(out);
        assertTrue(loaded.isValid(), loaded.problems().toString());
        assertEquals(List.of(), loaded.warnings());
        assertNull(loaded.pack().source().seed());
        return loaded.pack();
    }

    private ImportResult importing(Path file) {
        return Exchange.importFile(Format.TIMELINEJS, file, ExchangeFixtures.CLOCK, Progress.NONE);
    }

    @Test
    void theExportIsTimelineJsJsonWithExactDates() throws IOException {
        PackIndex index = ExchangeFixtures.bundled();
        Path file = dir.resolve("timeline.json");
        ExportResult r = Exchange.export(Format.TIMELINEJS, index, file, ExchangeFixtures.CLOCK, Progress.NONE);
        assertEquals(index.pack().events().size(), r.events());
        JsonObject json = JsonParser.parseString(Files.readString(file)).getAsJsonObject();
        assertEquals(Set.of("title", "events", "eras"), json.keySet());
        assertEquals(Html.escape(index.pack().title()), json.getAsJsonObject("title").getAsJsonObject("text")
                .get("headline").getAsString());
        JsonArray events = json.getAsJsonArray("events");
        assertEquals(index.pack().events().size(), events.size());
        Map<String, JsonObject> byId = new HashMap<>();
        events.forEach(e -> byId.put(e.getAsJsonObject().get("unique_id").getAsString(), e.getAsJsonObject()));
        for (Event e : index.pack().events()) {
            JsonObject s = byId.get(e.id());
            JsonObject start = s.getAsJsonObject("start_date");
            assertEquals(e.date().year(), start.get("year").getAsInt());
            assertEquals(e.date().precision() != PartialDate.Precision.YEAR, start.has("month"), e.id());
            assertEquals(e.date().precision() == PartialDate.Precision.DAY, start.has("day"), e.id());
            assertEquals(e.end() != null, s.has("end_date"), e.id());
            assertEquals(e.approx(), s.has("display_date"), e.id());
            if (e.approx()) {
                assertTrue(s.get("display_date").getAsString().startsWith("c. "), s.get("display_date").getAsString());
            }
            assertEquals(index.lane(e.lane()).orElseThrow().title(), s.get("group").getAsString());
            String text = s.getAsJsonObject("text").get("text").getAsString();
            assertTrue(text.startsWith("<p class=\"xi-summary\">" + Html.escape(e.summary()) + "</p>"), text);
            if (e.cite().stream().anyMatch(c -> c.isQuote())) {
                assertTrue(text.contains("<blockquote>") && text.contains("Suisheng Zhao"), text);
            }
            assertFalse(text.contains("<script"), text);
        }
        JsonArray eras = json.getAsJsonArray("eras");
        assertEquals(index.pack().eras().size(), eras.size());
        eras.forEach(e -> {
            assertTrue(e.getAsJsonObject().has("start_date") && e.getAsJsonObject().has("end_date"),
                    "TimelineJS needs both dates of an era");
        });
    }

    @Test
    void packToTimelineJsToPackKeepsEveryEventDatePrecisionSpanAndLane() throws IOException {
        PackIndex index = ExchangeFixtures.bundled();
        Path file = dir.resolve("timeline.json");
        Exchange.export(Format.TIMELINEJS, index, file, ExchangeFixtures.CLOCK, Progress.NONE);
        ImportResult r = importing(file);
        assertEquals(List.of(), r.problems());
        Pack back = valid(r);
        Pack original = index.pack();
        assertEquals(original.id(), back.id());
        assertEquals(original.title(), back.title());
        assertEquals(original.subtitle(), back.subtitle());
        assertEquals(original.events().size(), back.events().size());
        Map<String, Event> byId = back.events().stream().collect(Collectors.toMap(Event::id, Function.identity()));
        Map<String, String> laneTitles = back.lanes().stream().collect(Collectors.toMap(l -> l.id(), l -> l.title()));
        for (Event e : original.events()) {
            Event b = byId.get(e.id());
            assertEquals(e.date(), b.date(), e.id());
            assertEquals(e.date().precision(), b.date().precision(), e.id());
            assertEquals(e.end(), b.end(), e.id());
            assertEquals(e.approx(), b.approx(), e.id());
            assertEquals(e.title(), b.title(), e.id());
            assertEquals(e.summary(), b.summary(), e.id());
            assertEquals(index.lane(e.lane()).orElseThrow().title(), laneTitles.get(b.lane()), e.id());
        }
        assertEquals(original.lanes().size(), back.lanes().size());
        assertEquals(original.eras().size(), back.eras().size());
        Map<String, Era> eras = back.eras().stream().collect(Collectors.toMap(Era::id, Function.identity()));
        for (Era era : original.eras()) {
            assertEquals(era.title(), eras.get(era.id()).title());
            assertEquals(era.start(), eras.get(era.id()).start());
            if (era.end() != null) {
                assertEquals(era.end(), eras.get(era.id()).end());
            }
        }
        assertTrue(back.cards().isEmpty());
    }

    @Test
    void timelineJsErasExample() throws IOException {
        ImportResult r = importing(ExchangeFixtures.resource("timelinejs/eras.json"));
        Pack p = valid(r);
        assertEquals("Eras Test", p.title());
        assertEquals(20, p.events().size());
        assertEquals(1, p.lanes().size(), "no groups: one lane");
        assertEquals(3, p.eras().size());
        Event hijra = p.events().stream().filter(e -> e.title().startsWith("Muhammad Migrates")).findFirst().orElseThrow();
        assertEquals("0622-08-09", hijra.date().toString());
        assertEquals("0622-08-23", hijra.end().toString());
        Event roman = p.events().stream().filter(e -> e.title().startsWith("Last great Roman")).findFirst().orElseThrow();
        assertEquals("0602", roman.date().toString());
        assertEquals("0629", roman.end().toString());
        // Media and background URLs are kept as references the event cites.
        Set<String> urls = new TreeSet<>();
        roman.cite().forEach(c -> p.references().stream().filter(ref -> ref.id().equals(c.ref())).findFirst()
                .ifPresent(ref -> urls.add(String.valueOf(ref.url()))));
        assertTrue(urls.contains("https://en.wikipedia.org/wiki/Roman-Persian_Wars"), urls.toString());
        assertTrue(urls.contains("https://upload.wikimedia.org/wikipedia/commons/a/a2/HumiliationValerianusHolbein.jpg"),
                urls.toString());
        assertEquals(Map.of(), Map.of(), "ids are unique (the validator checks)");
    }

    @Test
    void timelineJsMediaTypesExampleWithGroupsAndIds() throws IOException {
        ImportResult r = importing(ExchangeFixtures.resource("timelinejs/all-media-types.json"));
        Pack p = valid(r);
        assertEquals("TimelineJS Media Types", p.title());
        assertEquals(41, p.events().size());
        Set<String> lanes = p.lanes().stream().map(l -> l.title()).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(Set.of("Audio", "HTML", "Image", "Social Media", "Video", "Ungrouped"), lanes);
        assertTrue(p.events().stream().anyMatch(e -> e.id().equals("wistia")), "unique_id becomes the event id");
        assertTrue(p.events().stream().noneMatch(e -> e.summary().contains("<")), "HTML reduced to text");
    }

    @Test
    void timelineJsCosmologyExampleKeepsWhatAPackCanHoldAndSaysWhy() throws IOException {
        ImportResult r = importing(ExchangeFixtures.resource("timelinejs/cosmo-mixed.json"));
        Pack p = valid(r);
        assertEquals(11, r.counts().read());
        assertEquals(6, r.counts().skipped(), "the six slides before year 1");
        assertEquals(5, p.events().size());
        List<Problem> bce = r.problems().stream().filter(x -> x.message().contains("before year 1")).toList();
        assertEquals(6, bce.size(), r.problems().toString());
        assertTrue(bce.get(0).path().matches("\\$\\.events\\[0\\]\\.start_date\\.year"), bce.get(0).path());
        assertTrue(bce.get(0).position().line() > 1);
        Event moon = p.events().stream().filter(e -> e.date().year() == 1969).findFirst().orElseThrow();
        assertEquals("1969-07-20", moon.date().toString());
        assertEquals("1609-11", p.events().stream().filter(e -> e.date().year() == 1609).findFirst().orElseThrow()
                .date().toString());
    }

    @Test
    void datesThatAPackCannotHoldAreReportedNotFatal() throws IOException {
        Path f = dir.resolve("odd.json");
        Files.writeString(f, """
            {"title": {"text": {"headline": "Odd <b>dates</b>", "text": "<p>Testing.</p><p>More.</p>"}},
             "events": [
              {"start_date": {"year": "1990", "month": "5", "day": "3", "hour": "14", "minute": "30"},
               "text": {"headline": "With a time"}},
              {"start_date": {"year": 1991, "month": 2, "day": 30}, "text": {"headline": "No such day"}},
              {"start_date": {"year": 1992}, "display_date": "c. 1992", "text": {"headline": "Roughly"}},
              {"start_date": {"year": 1993}, "display_date": "Spring 1993", "text": {"headline": "A season"}},
              {"start_date": {"year": 1995}, "end_date": {"year": 1994}, "text": {"headline": "Backwards"}},
              {"start_date": {"year": 1996}, "text": {"text": "<p>A slide with no headline at all, only text.</p>"}},
              {"start_date": {"year": "-500"}, "text": {"headline": "BCE"}},
              {"text": {"headline": "No date"}},
              {"start_date": {"year": 1997}, "end_date": {"year": 1997}, "group": "  ", "text": {"headline": "Same end"}}
             ],
             "eras": [{"start_date": {"year": 1990}, "text": {"headline": "Open era"}}]}
            """);
        ImportResult r = importing(f);
        Pack p = valid(r);
        assertEquals("Odd dates", p.title());
        assertEquals("Testing.", p.subtitle());
        Map<String, Event> byTitle = p.events().stream().collect(Collectors.toMap(Event::title, Function.identity()));
        assertEquals("1990-05-03", byTitle.get("With a time").date().toString());
        assertEquals("1991-02", byTitle.get("No such day").date().toString());
        assertTrue(byTitle.get("Roughly").approx());
        assertFalse(byTitle.get("A season").approx());
        assertNull(byTitle.get("Backwards").end());
        assertTrue(byTitle.containsKey("A slide with no headline at all, only text."), byTitle.keySet().toString());
        assertNull(byTitle.get("Same end").end());
        assertEquals(7, p.events().size());
        assertEquals(2, r.counts().skipped());
        assertTrue(p.eras().isEmpty(), "an era without an end is left out, as TimelineJS refuses it");
        List<String> messages = r.problems().stream().map(Problem::message).toList();
        for (String expected : List.of("time of day", "does not exist", "display date", "before the start", "no headline",
                "before year 1", "no date object", "needs a start_date and an end_date")) {
            assertTrue(messages.stream().anyMatch(m -> m.contains(expected)), expected + " in " + messages);
        }
        assertTrue(r.problems().stream().allMatch(x -> x.severity() == Problem.Severity.WARNING));
    }

    @Test
    void badFilesAreInvalidOrUnreadableWithLocatedMessages() throws IOException {
        Path syntax = dir.resolve("syntax.json");
        Files.writeString(syntax, "{\"events\": [\n  {\"start_date\": {\"year\": 1990},}\n]}");
        ImportResult s = importing(syntax);
        assertEquals(ImportResult.Status.INVALID, s.status());
        assertEquals(2, s.problems().get(0).position().line(), s.problems().toString());

        Path noEvents = dir.resolve("none.json");
        Files.writeString(noEvents, "{\"title\": {\"text\": {\"headline\": \"x\"}}}");
        assertEquals(ImportResult.Status.INVALID, importing(noEvents).status());

        Path allBce = dir.resolve("bce.json");
        Files.writeString(allBce, "{\"events\": [{\"start_date\": {\"year\": -44}, \"text\": {\"headline\": \"Caesar\"}}]}");
        ImportResult b = importing(allBce);
        assertEquals(ImportResult.Status.INVALID, b.status());
        assertTrue(b.problems().stream().anyMatch(x -> x.isError()));

        assertEquals(ImportResult.Status.UNREADABLE, importing(dir.resolve("missing.json")).status());
        assertEquals(ImportResult.Status.UNREADABLE, importing(dir).status());
    }
}
