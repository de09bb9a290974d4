package org.xistudy.content;

import java.time.Year;
import java.util.Objects;
import java.util.stream.Stream;
import org.xistudy.content.model.Pack;

/**
 * The years a pack's dates span, first to last: events and their ends, institutions' foundings
 * and dissolutions, relations' starts and ends, and the essay's own date. A lesson's year steps
 * must fall within them.
 */
public record YearRange(int first, int last) {
    public YearRange {
        if (last < first) {
            throw new IllegalArgumentException("a year range ends before it starts: " + first + " to " + last);
        }
    }

    public boolean contains(int year) {
        return year >= first && year <= last;
    }

    /** The years of a pack's dates; a pack with no dates at all gives this year only. */
    public static YearRange of(Pack pack) {
        Stream<PartialDate> dates = Stream.of(
                pack.events().stream().flatMap(e -> Stream.of(e.date(), e.end())),
                pack.institutions().stream().flatMap(i -> Stream.of(i.established(), i.dissolved())),
                pack.relations().stream().flatMap(r -> Stream.of(r.start(), r.end())),
                Stream.of(pack.source() == null ? null : pack.source().date())).flatMap(s -> s);
        int[] years = dates.filter(Objects::nonNull).mapToInt(PartialDate::year).sorted().toArray();
        if (years.length == 0) {
            int now = Year.now().getValue();
            return new YearRange(now, now);
        }
        return new YearRange(years[0], years[years.length - 1]);
    }

    @Override
    public String toString() {
        return first + "\u2013" + last;
    }
}
