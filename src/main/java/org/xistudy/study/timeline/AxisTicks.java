package org.xistudy.study.timeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * The ticks of a time axis, chosen for the zoom: decades when the whole period is in view, years,
 * then months, then days. Labels are never closer than their own width, so they never overlap.
 *
 * @param labelUnit the unit of the labelled ticks
 * @param minorUnit the unlabelled ticks between them, or null when they would be too dense
 * @param contextUnit the coarser unit shown on a second line (the year above months), or null
 * @param labels labelled ticks, left to right
 * @param minor unlabelled ticks (not repeating labelled ones), left to right
 * @param context second-line ticks, left to right, starting with the one that contains the left edge
 */
public record AxisTicks(TickUnit labelUnit, TickUnit minorUnit, TickUnit contextUnit, List<Tick> labels,
        List<Tick> minor, List<Tick> context) {

    /** A tick: its calendar day and where it falls on screen. */
    public record Tick(LocalDate date, double x) {
    }

    /**
     * Chooses units and lists ticks for the visible part of a scale.
     *
     * @param scale the time scale
     * @param widthPx the visible width, from x = 0
     * @param labelWidth how wide a label of each unit is, in pixels, including its padding
     * @param minMinorSpacing the smallest gap between unlabelled ticks, in pixels
     */
    public static AxisTicks generate(TimeScale scale, double widthPx, ToDoubleFunction<TickUnit> labelWidth,
            double minMinorSpacing) {
        TickUnit[] units = TickUnit.values();
        TickUnit label = units[0];
        // Coarsest first, stopping at the first unit too dense for its labels: so the coarser unit
        // shown on the second line always fits too.
        for (TickUnit u : units) {
            if (u.minDays() * scale.pixelsPerDay() < labelWidth.applyAsDouble(u)) {
                break;
            }
            label = u;
        }
        TickUnit minor = null;
        for (TickUnit u : minorChoices(label)) {
            if (u.minDays() * scale.pixelsPerDay() >= minMinorSpacing) {
                minor = u;
                break;
            }
        }
        TickUnit context = label.field() == TickUnit.Field.MONTH ? TickUnit.YEAR
                : label.field() == TickUnit.Field.DAY ? TickUnit.MONTH : null;

        List<Tick> labels = ticks(label, scale, widthPx, false);
        List<Tick> minors = minor == null ? List.of() : withoutLabelled(ticks(minor, scale, widthPx, false), label);
        List<Tick> contexts = context == null ? List.of() : ticks(context, scale, widthPx, true);
        return new AxisTicks(label, minor, context, labels, minors, contexts);
    }

    /** The unlabelled subdivisions that read naturally under a unit, finest first. */
    static List<TickUnit> minorChoices(TickUnit label) {
        switch (label) {
            case YEARS_100: return List.of(TickUnit.DECADE, TickUnit.YEARS_20);
            case YEARS_50: return List.of(TickUnit.DECADE);
            case YEARS_20: return List.of(TickUnit.YEARS_5, TickUnit.DECADE);
            case DECADE: return List.of(TickUnit.YEAR, TickUnit.YEARS_5);
            case YEARS_5: return List.of(TickUnit.YEAR);
            case YEARS_2: return List.of(TickUnit.QUARTER, TickUnit.YEAR);
            case YEAR: return List.of(TickUnit.MONTH, TickUnit.QUARTER);
            case MONTHS_6: case QUARTER: return List.of(TickUnit.MONTH);
            case MONTH: return List.of(TickUnit.DAY, TickUnit.DAYS_5, TickUnit.HALF_MONTH);
            case HALF_MONTH: case DAYS_5: return List.of(TickUnit.DAY);
            default: return List.of();
        }
    }

    private static List<Tick> ticks(TickUnit unit, TimeScale scale, double widthPx, boolean includeLeading) {
        List<Tick> out = new ArrayList<>();
        LocalDate first = TimeScale.dateOf(scale.day(0));
        LocalDate t = unit.floor(first);
        if (!includeLeading && scale.x(t) < 0) {
            t = unit.next(t);
        }
        LocalDate last = TimeScale.dateOf(scale.day(widthPx));
        // A bound on the count, so a caller's mistake can never loop for long.
        int guard = (int) Math.min(100_000, widthPx / Math.max(1e-9, unit.minDays() * scale.pixelsPerDay()) + 4);
        while (!t.isAfter(last) && out.size() < guard) {
            out.add(new Tick(t, scale.x(t)));
            t = unit.next(t);
        }
        return out;
    }

    private static List<Tick> withoutLabelled(List<Tick> minor, TickUnit label) {
        List<Tick> out = new ArrayList<>(minor.size());
        for (Tick t : minor) {
            if (!label.floor(t.date()).equals(t.date())) {
                out.add(t);
            }
        }
        return out;
    }
}
