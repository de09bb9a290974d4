package org.xistudy.study.chart;

import java.time.Year;
import java.util.Objects;
import java.util.stream.Stream;
import org.xistudy.content.PartialDate;
import org.xistudy.content.model.Pack;

/** The span of years a pack says something about. */
public final class DataYears {
    private DataYears() {
    }

    /**
     * The last year any date in the pack falls in: events and their ends, institutions'
     * foundings and dissolutions, relations' starts and ends, and the essay's own date. An open
     * relation in a later year only repeats what the pack knew then.
     */
    public static int latest(Pack pack) {
        Stream<PartialDate> dates = Stream.of(
                pack.events().stream().flatMap(e -> Stream.of(e.date(), e.end())),
                pack.institutions().stream().flatMap(i -> Stream.of(i.established(), i.dissolved())),
                pack.relations().stream().flatMap(r -> Stream.of(r.start(), r.end())),
                Stream.of(pack.source().date())).flatMap(s -> s);
        return dates.filter(Objects::nonNull).mapToInt(PartialDate::year).max()
                .orElse(Year.now().getValue());
    }
}
