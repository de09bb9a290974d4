package org.xistudy.study.timeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.xistudy.content.PartialDate;
import org.xistudy.content.model.Cite;
import org.xistudy.content.model.Era;
import org.xistudy.content.model.Event;
import org.xistudy.content.model.Lane;

/** Small model objects for the timeline's unit tests. */
final class Fixtures {
    static final LocalDate TODAY = LocalDate.of(2024, 6, 1);

    private Fixtures() {
    }

    static Event event(String id, String lane, String date, String end, boolean approx, String title) {
        return new Event(id, PartialDate.parse(date), end == null ? null : PartialDate.parse(end), approx, lane, title,
                "Summary of " + title, List.of(), List.of(), List.of(), List.of(new Cite("q", null, null)));
    }

    static Event point(String id, String lane, String date) {
        return event(id, lane, date, null, false, "Event " + id);
    }

    static Lane lane(String id) {
        return new Lane(id, "Lane " + id, null);
    }

    static Era era(String id, String start, String end) {
        return new Era(id, "Era " + id, PartialDate.parse(start), end == null ? null : PartialDate.parse(end), false,
                null, List.of());
    }

    /** Random events over 1949 to 2023 in {@code lanes} lanes, a mix of precisions and ranges. */
    static List<Event> randomEvents(int n, int lanes, long seed) {
        Random r = new Random(seed);
        List<Event> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int y = 1949 + r.nextInt(75);
            int kind = r.nextInt(10);
            String date = kind < 2 ? String.format("%04d", y)
                    : kind < 4 ? String.format("%04d-%02d", y, 1 + r.nextInt(12))
                    : String.format("%04d-%02d-%02d", y, 1 + r.nextInt(12), 1 + r.nextInt(28));
            String end = kind == 9 ? String.format("%04d", Math.min(2023, y + 1 + r.nextInt(8))) : null;
            out.add(event(String.format("e%05d", i), "l" + r.nextInt(lanes), date, end, r.nextInt(8) == 0,
                    "Title " + i));
        }
        return out;
    }

    static List<Lane> lanes(int n) {
        List<Lane> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(lane("l" + i));
        }
        return out;
    }
}
