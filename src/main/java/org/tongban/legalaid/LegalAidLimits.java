package org.tongban.legalaid;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The day and hour counts of legal-aid.md, read for a case's reference date, and how a deadline is
 * counted from them. The application reads them from {@code la_parameter}; tests pass the defaults.
 */
interface LegalAidLimits {

    ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    /** The amount of the parameter {@code key} (e.g. {@code legal.decision_days}) valid on {@code on}. */
    int amount(String key, LocalDate on);

    /**
     * A deadline the citizen must meet: the end of calendar day {@code days} after the trigger (day 1 is
     * the next day), moved to the next working day when it falls on a non-working day.
     */
    default Instant applicantDeadline(Instant trigger, int days) {
        return endOfCalendarDay(trigger, days);
    }

    /** An agency's deadline in calendar days: the end of day N, day 1 being the day after the trigger (民法典 第201条). */
    static Instant endOfCalendarDay(Instant trigger, int days) {
        return trigger.atZone(ZONE).toLocalDate().plusDays(days + 1L).atStartOfDay(ZONE).toInstant();
    }

    /** The start of calendar day N after the trigger (a reminder "on day N"). */
    static Instant startOfCalendarDay(Instant trigger, int day) {
        return trigger.atZone(ZONE).toLocalDate().plusDays(day).atStartOfDay(ZONE).toInstant();
    }
}
