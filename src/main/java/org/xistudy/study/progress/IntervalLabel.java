package org.xistudy.study.progress;

import java.time.Duration;
import java.util.Locale;

/**
 * A short label for an interval, as on the answer buttons: "10m", "5h", "2d", "3w", "4mo", "1.5y".
 * The number and the unit are separate, so the UI can take the unit's letters from its text
 * bundle.
 *
 * @param amount the number, already rounded ("1.5" for years)
 * @param unit the unit
 */
public record IntervalLabel(String amount, Unit unit) {
    public enum Unit { MINUTES, HOURS, DAYS, WEEKS, MONTHS, YEARS }

    /** The label for a wait: minutes under an hour, hours under a day, days under 3 weeks, weeks under 2 months, months under a year, then years. */
    public static IntervalLabel of(Duration wait) {
        long seconds = Math.max(0, wait.getSeconds());
        double minutes = seconds / 60.0;
        if (minutes < 59.5) {
            return new IntervalLabel(Long.toString(Math.max(1, Math.round(minutes))), Unit.MINUTES);
        }
        double hours = minutes / 60;
        if (hours < 23.5) {
            return new IntervalLabel(Long.toString(Math.round(hours)), Unit.HOURS);
        }
        double days = hours / 24;
        if (days < 20.5) {
            return new IntervalLabel(Long.toString(Math.round(days)), Unit.DAYS);
        }
        if (days < 60) {
            return new IntervalLabel(Long.toString(Math.round(days / 7)), Unit.WEEKS);
        }
        if (days < 365) {
            return new IntervalLabel(Long.toString(Math.round(days / 30.4375)), Unit.MONTHS);
        }
        double years = days / 365.25;
        String amount = years < 10 ? String.format(Locale.ROOT, "%.1f", years) : Long.toString(Math.round(years));
        return new IntervalLabel(amount.endsWith(".0") ? amount.substring(0, amount.length() - 2) : amount, Unit.YEARS);
    }
}
