package org.tongban.placement;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import org.springframework.stereotype.Component;

/**
 * Day counting for the placement's own dates (公示 end, supplement period). Weekdays only until the
 * platform's business calendar (holidays and 调休) is merged from main.
 */
@Component
class PlacementCalendar {

    /** The end of the n-th working day after the trigger (day 1 is the next day). */
    LocalDateTime workingDaysAfter(Instant trigger, int days) {
        LocalDate d = trigger.atZone(WelfarePlacementTimers.ZONE).toLocalDate();
        int left = days;
        while (left > 0) {
            d = d.plusDays(1);
            if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) {
                left--;
            }
        }
        return d.atTime(LocalTime.of(23, 59, 59));
    }

    /** An applicant's deadline of n calendar days; one ending on a weekend moves to the next weekday. */
    LocalDateTime applicantCalendarDaysAfter(Instant trigger, int days) {
        LocalDate d = trigger.atZone(WelfarePlacementTimers.ZONE).toLocalDate().plusDays(days);
        while (d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY) {
            d = d.plusDays(1);
        }
        return d.atTime(LocalTime.of(23, 59, 59));
    }
}
