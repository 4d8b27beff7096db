package org.tongban.quotareview;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import org.springframework.stereotype.Component;

/**
 * Day counting for the review's own timers (objection period, warning deadline, payment
 * deadline): day 1 is the day after the trigger, due at the end of day N. Counts weekdays only
 * until {@code org.tongban.sla.BusinessCalendar} (holidays and 调休) is on main; then this class
 * delegates to it and keeps its two methods.
 */
@Component
class ReviewCalendar {

    /** The end of the N-th working day after the trigger. */
    Date workingDaysAfter(Instant trigger, int days) {
        LocalDate day = LocalDate.ofInstant(trigger, QuotaReviewService.ZONE);
        int counted = 0;
        while (counted < days) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return QuotaReviewService.endOfDay(day);
    }

    /** A deadline the employer must meet: N calendar days, moved to the next working day (民法典 第203条). */
    Date applicantDaysAfter(Instant trigger, int days) {
        LocalDate day = LocalDate.ofInstant(trigger, QuotaReviewService.ZONE).plusDays(days);
        while (!isWorkingDay(day)) {
            day = day.plusDays(1);
        }
        return QuotaReviewService.endOfDay(day);
    }

    boolean isWorkingDay(LocalDate day) {
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
    }
}
