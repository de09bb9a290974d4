package org.xistudy.study.timeline;

import java.time.LocalDate;

/**
 * The steps an axis can be labelled in, coarsest first. Year steps align to multiples of the step
 * (1950, 1960, ...), month steps to the start of the year (quarters start in Jan, Apr, Jul, Oct),
 * day steps to fixed days of the month.
 */
public enum TickUnit {
    YEARS_100(Field.YEAR, 100),
    YEARS_50(Field.YEAR, 50),
    YEARS_20(Field.YEAR, 20),
    DECADE(Field.YEAR, 10),
    YEARS_5(Field.YEAR, 5),
    YEARS_2(Field.YEAR, 2),
    YEAR(Field.YEAR, 1),
    MONTHS_6(Field.MONTH, 6),
    QUARTER(Field.MONTH, 3),
    MONTH(Field.MONTH, 1),
    HALF_MONTH(Field.DAY, 15),
    DAYS_5(Field.DAY, 5),
    DAY(Field.DAY, 1);

    /** What a unit counts. */
    public enum Field { YEAR, MONTH, DAY }

    private static final int[] HALF_MONTH_DAYS = {1, 16};
    private static final int[] FIVE_DAY_DAYS = {1, 6, 11, 16, 21, 26};

    private final Field field;
    private final int step;

    TickUnit(Field field, int step) {
        this.field = field;
        this.step = step;
    }

    public Field field() {
        return field;
    }

    public int step() {
        return step;
    }

    /** The shortest gap between two ticks of this unit, in days. */
    public double minDays() {
        switch (field) {
            case YEAR:
                return 365.0 * step;
            case MONTH:
                return step == 1 ? 28 : step == 3 ? 89 : 181;
            default:
                return step == 15 ? 13 : step == 5 ? 3 : 1;
        }
    }

    /** The last tick at or before {@code date}. */
    public LocalDate floor(LocalDate date) {
        switch (field) {
            case YEAR:
                return LocalDate.of(date.getYear() - Math.floorMod(date.getYear(), step), 1, 1);
            case MONTH:
                int m0 = date.getMonthValue() - 1;
                return LocalDate.of(date.getYear(), m0 - m0 % step + 1, 1);
            default:
                if (step == 1) {
                    return date;
                }
                int[] days = step == 15 ? HALF_MONTH_DAYS : FIVE_DAY_DAYS;
                int d = days[0];
                for (int candidate : days) {
                    if (candidate <= date.getDayOfMonth()) {
                        d = candidate;
                    }
                }
                return date.withDayOfMonth(d);
        }
    }

    /** The tick after {@code tick}, which must be a tick of this unit. */
    public LocalDate next(LocalDate tick) {
        switch (field) {
            case YEAR:
                return tick.plusYears(step);
            case MONTH:
                return tick.plusMonths(step);
            default:
                if (step == 1) {
                    return tick.plusDays(1);
                }
                int[] days = step == 15 ? HALF_MONTH_DAYS : FIVE_DAY_DAYS;
                for (int candidate : days) {
                    if (candidate > tick.getDayOfMonth()) {
                        return tick.withDayOfMonth(candidate);
                    }
                }
                return tick.plusMonths(1).withDayOfMonth(1);
        }
    }
}
