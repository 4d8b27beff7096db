package org.tongban.committee;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What a figure covers: the days {@code from} to {@code to} (both included, Erenhot dates) and the
 * procedures (process keys) chosen.
 */
public record Scope(LocalDate from, LocalDate to, List<String> processKeys) {

    public Scope {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        processKeys = List.copyOf(processKeys);
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("The period ends before it starts: " + from + " – " + to);
        }
    }

    /** A calendar year. */
    public static Scope year(int year, List<String> processKeys) {
        return new Scope(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), processKeys);
    }

    /** A quarter (1–4) of a year. */
    public static Scope quarter(int year, int quarter, List<String> processKeys) {
        LocalDate start = LocalDate.of(year, 3 * (quarter - 1) + 1, 1);
        return new Scope(start, start.plusMonths(3).minusDays(1), processKeys);
    }
}
