package org.xistudy.study.exchange;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Year;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.xistudy.content.PackIndex;
import org.xistudy.content.PartialDate;
import org.xistudy.content.Quotations;
import org.xistudy.content.model.Cite;
import org.xistudy.content.model.Era;
import org.xistudy.content.model.Event;
import org.xistudy.content.model.Pack;
import org.xistudy.content.model.Source;
import org.xistudy.study.storage.AtomicFiles;

/**
 * Writes a pack's timeline in the JSON format of Knight Lab's TimelineJS3: a title slide, one
 * slide per event and the eras. Dates are TimelineJS date objects with exactly the parts the pack
 * knows ({@code year}, {@code month}, {@code day}); an approximate date shows as "c. 2013"
 * ({@code display_date}); a span has an {@code end_date}; {@code group} is the lane's title and
 * {@code unique_id} the event's id. The text is HTML with entities escaped: the summary, then the
 * essay's words and the sources.
 *
 * <p>TimelineJS requires every era to end, so an era that is still going ends at the last date
 * the pack knows (the latest date of any event or era).
 */
final class TimelineJsWriter {
    /** The class of the paragraph that holds an event's summary, so that an import can find it again. */
    static final String SUMMARY_CLASS = "xi-summary";

    ExportResult write(PackIndex index, Path out, Progress progress) throws IOException {
        Pack pack = index.pack();
        JsonObject root = new JsonObject();
        root.add("title", title(pack));
        JsonArray events = new JsonArray();
        Set<String> groups = new LinkedHashSet<>();
        List<Event> all = index.eventsInTime();
        for (int i = 0; i < all.size(); i++) {
            Event e = all.get(i);
            JsonObject slide = new JsonObject();
            slide.addProperty("unique_id", e.id());
            slide.add("start_date", date(e.date()));
            if (e.end() != null) {
                slide.add("end_date", date(e.end()));
            }
            if (e.approx()) {
                slide.addProperty("display_date", e.end() == null ? EnglishDates.of(e.date(), true)
                        : EnglishDates.of(e.date(), true) + " \u2013 " + EnglishDates.of(e.end()));
            }
            String lane = index.lane(e.lane()).map(l -> l.title()).orElse(e.lane());
            slide.addProperty("group", lane);
            groups.add(lane);
            slide.add("text", text(Html.escape(e.title()), eventText(index, e)));
            events.add(slide);
            progress.update(i + 1L, all.size());
        }
        root.add("events", events);
        JsonArray eras = new JsonArray();
        PartialDate last = lastDate(pack);
        List<Era> sorted = new ArrayList<>(pack.eras());
        sorted.sort(Comparator.comparing(Era::start));
        for (Era era : sorted) {
            JsonObject o = new JsonObject();
            o.addProperty("unique_id", era.id());
            o.add("start_date", date(era.start()));
            PartialDate end = era.end() != null ? era.end() : last.compareTo(era.start()) >= 0 ? last : era.start();
            o.add("end_date", date(end));
            o.add("text", text(Html.escape(era.title()), era.summary() == null ? "" : Html.escape(era.summary())));
            eras.add(o);
        }
        if (!eras.isEmpty()) {
            root.add("eras", eras);
        }
        String json = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(root) + "\n";
        AtomicFiles.write(out, json.getBytes(StandardCharsets.UTF_8));
        return ExportResult.timeline(out, all.size(), groups.size(), eras.size());
    }

    private static JsonObject title(Pack pack) {
        JsonObject title = new JsonObject();
        title.addProperty("unique_id", pack.id());
        StringBuilder sb = new StringBuilder();
        if (pack.subtitle() != null) {
            sb.append("<p>").append(Html.escape(pack.subtitle())).append("</p>");
        }
        Source s = pack.source();
        if (s.hasEssay()) {
            sb.append("<p>A timeline for ").append(essay(s)).append(".</p>");
        }
        title.add("text", text(Html.escape(pack.title()), sb.toString()));
        return title;
    }

    private static String essay(Source s) {
        StringBuilder sb = new StringBuilder();
        if (s.author() != null) {
            sb.append(Html.escape(s.author())).append(", ");
        }
        String title = "<i>" + Html.escape(s.title()) + "</i>";
        sb.append(s.url() != null ? "<a href=\"" + Html.escape(s.url()) + "\">" + title + "</a>" : title);
        List<String> more = new ArrayList<>();
        if (s.publisher() != null) {
            more.add(Html.escape(s.publisher()));
        }
        if (s.date() != null) {
            more.add(EnglishDates.of(s.date()));
        }
        if (!more.isEmpty()) {
            sb.append(" (").append(String.join(", ", more)).append(")");
        }
        return sb.toString();
    }

    /** The summary, the essay's words with the essay named, and the references, as HTML. */
    private static String eventText(PackIndex index, Event e) {
        StringBuilder sb = new StringBuilder();
        sb.append("<p class=\"").append(SUMMARY_CLASS).append("\">").append(Html.escape(e.summary())).append("</p>");
        boolean quoted = false;
        for (Cite c : e.cite()) {
            if (c.isQuote()) {
                sb.append("<blockquote>").append(Html.escape(Quotations.display(c.quote()))).append("</blockquote>");
                quoted = true;
            }
        }
        if (quoted) {
            sb.append("<p class=\"xi-essay\">").append(essay(index.pack().source())).append("</p>");
        }
        for (Cite c : e.cite()) {
            if (!c.isQuote()) {
                index.reference(c.ref()).ifPresent(r -> {
                    sb.append("<p class=\"xi-ref\">Source: ");
                    sb.append(r.url() != null ? AnkiLayout.link(r.url(), r.title()) : Html.escape(r.title()));
                    sb.append(", ").append(Html.escape(r.publisher()));
                    if (r.date() != null) {
                        sb.append(", ").append(EnglishDates.of(r.date()));
                    }
                    if (c.detail() != null) {
                        sb.append(". ").append(Html.escape(c.detail()));
                    }
                    sb.append("</p>");
                });
            }
        }
        return sb.toString();
    }

    private static JsonObject text(String headline, String html) {
        JsonObject t = new JsonObject();
        t.addProperty("headline", headline);
        t.addProperty("text", html);
        return t;
    }

    /** A TimelineJS date object with exactly the parts the date has. */
    static JsonObject date(PartialDate d) {
        JsonObject o = new JsonObject();
        o.addProperty("year", d.year());
        if (d.precision() != PartialDate.Precision.YEAR) {
            o.addProperty("month", d.month());
        }
        if (d.precision() == PartialDate.Precision.DAY) {
            o.addProperty("day", d.day());
        }
        return o;
    }

    /** The latest date of any event (or its end) or era in the pack. */
    private static PartialDate lastDate(Pack pack) {
        PartialDate last = null;
        for (Event e : pack.events()) {
            last = later(later(last, e.date()), e.end());
        }
        for (Era era : pack.eras()) {
            last = later(later(last, era.start()), era.end());
        }
        return last == null ? PartialDate.ofYear(Year.now().getValue()) : last;
    }

    private static PartialDate later(PartialDate a, PartialDate b) {
        if (a == null) {
            return b;
        }
        if (b == null) {
            return a;
        }
        return b.lastDay().isAfter(a.lastDay()) ? b : a;
    }
}
