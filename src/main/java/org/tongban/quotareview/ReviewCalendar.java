package org.tongban.quotareview;

import java.time.Instant;
import java.util.Date;
import org.springframework.stereotype.Component;
import org.tongban.sla.BusinessCalendar;
import org.tongban.sla.LimitUnit;

/**
 * Dates of the review's own timers (supplement, objection, payment and warning deadlines) on the
 * business calendar: agency limits in working days, the employer's deadlines moved off holidays.
 */
@Component
class ReviewCalendar {

    private final BusinessCalendar calendar;

    ReviewCalendar(BusinessCalendar calendar) {
        this.calendar = calendar;
    }

    /** The end of the N-th working day after the trigger. */
    Date workingDaysAfter(Instant trigger, int days) {
        return Date.from(calendar.applicantDeadline(trigger, days, LimitUnit.WORKING_DAYS).due());
    }

    /** A deadline the employer must meet: N calendar days, moved to the next working day (民法典 第203条). */
    Date applicantDaysAfter(Instant trigger, int days) {
        return Date.from(calendar.applicantDeadline(trigger, days, LimitUnit.CALENDAR_DAYS).due());
    }
}
