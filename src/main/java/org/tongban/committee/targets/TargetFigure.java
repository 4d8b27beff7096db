package org.tongban.committee.targets;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;

/**
 * One plan target for a year as the committee page and the monitoring report show it: the
 * target in force and its source, the latest value, where it came from, the gap and whether it is
 * on track, and its trend. Aggregates only.
 *
 * @param unit        PERCENT, PERSONS or PEOPLE_PER (people per coordinator)
 * @param targetUpper the band's upper bound for {@link TargetKind#RATIO_WITHIN}, else null
 * @param period      the period the value is for: the year, or the latest quarter entered
 * @param value       null when there is no figure ({@link Standing#NO_DATA})
 * @param cumulative  for {@link TargetKind#COUNT_CUMULATIVE}: the sum since the plan's first year
 * @param expected    for {@link TargetKind#COUNT_CUMULATIVE}: the pro-rata share due by the end of the year
 * @param gap         how far the figure is from the target (percentage points, persons, or people
 *                    per coordinator outside the band); zero when met, null without data
 */
public record TargetFigure(String code, String nameZh, String nameEn, TargetKind kind, String unit,
        BigDecimal target, BigDecimal targetUpper, int planFrom, int planTo, String targetReference, String targetMark,
        Integer baselineYear, BigDecimal baselineValue, String baselineNote,
        Period period, BigDecimal value, BigDecimal numerator, BigDecimal denominator,
        BigDecimal cumulative, BigDecimal expected, BigDecimal gap, Standing standing, Source source,
        List<TrendPoint> years, List<TrendPoint> quarters) {

    /** Whether the figure meets the target (for a count: the pro-rata share) — said in words, not colour. */
    public enum Standing { ON_TRACK, OFF_TRACK, NO_DATA }

    /** Computed by Tongban from a procedure's cases, or entered by CDPF. */
    public enum Origin { COMPUTED, ENTERED }

    /**
     * Where the value came from.
     *
     * @param procedure the process id counted, for a computed figure
     * @param note      what was counted, or the source CDPF named
     * @param enteredBy     user name of the CDPF officer, for an entered figure
     * @param enteredByName that officer's name as people read it (王丽娟)
     */
    public record Source(Origin origin, String procedure, String note, String enteredBy, String enteredByName,
            LocalDateTime enteredAt) {
    }

    /** A point of the trend; {@code cumulative} only for counts. */
    public record TrendPoint(Period period, BigDecimal value, BigDecimal numerator, BigDecimal denominator,
            BigDecimal cumulative) {
    }

    public TargetFigure {
        years = List.copyOf(years);
        quarters = List.copyOf(quarters);
    }

    public String name(Locale locale) {
        return "en".equals(locale.getLanguage()) ? nameEn : nameZh;
    }
}
