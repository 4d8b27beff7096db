package org.tongban.committee.targets;

import java.time.LocalDate;

/**
 * A calendar year, or one of its quarters, over which a figure is measured.
 *
 * @param quarter 1–4, or null for the whole year
 */
public record Period(int year, Integer quarter) {

    public Period {
        if (quarter != null && (quarter < 1 || quarter > 4)) {
            throw new IllegalArgumentException("quarter " + quarter);
        }
    }

    public static Period year(int year) {
        return new Period(year, null);
    }

    public static Period quarter(int year, int quarter) {
        return new Period(year, quarter);
    }

    public boolean isYear() {
        return quarter == null;
    }

    /** The first day of the period. */
    public LocalDate from() {
        return isYear() ? LocalDate.of(year, 1, 1) : LocalDate.of(year, quarter * 3 - 2, 1);
    }

    /** The last day of the period, inclusive. */
    public LocalDate to() {
        return isYear() ? LocalDate.of(year, 12, 31) : from().plusMonths(3).minusDays(1);
    }

    /** "2026" or "2026Q3", for logs, audit subjects and chart axes. */
    public String label() {
        return isYear() ? String.valueOf(year) : year + "Q" + quarter;
    }
}
