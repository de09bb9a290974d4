package org.xistudy.study.progress;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

/**
 * Study days start at 4 in the morning, local time, as in Anki: a session after midnight still
 * counts for the evening before, and cards due "today" are due before the next 4 a.m.
 */
public final class StudyDay {
    public static final int START_HOUR = 4;

    private StudyDay() {
    }

    /** The study day an instant falls in. */
    public static LocalDate of(Instant at, ZoneId zone) {
        return at.atZone(zone).minusHours(START_HOUR).toLocalDate();
    }

    /** When a study day starts. */
    public static Instant start(LocalDate day, ZoneId zone) {
        return day.atTime(LocalTime.of(START_HOUR, 0)).atZone(zone).toInstant();
    }

    /** When the study day of {@code at} ends. */
    public static Instant end(Instant at, ZoneId zone) {
        return start(of(at, zone).plusDays(1), zone);
    }
}
