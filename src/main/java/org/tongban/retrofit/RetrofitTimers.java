package org.tongban.retrofit;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;
import org.tongban.sla.BusinessCalendar;
import org.tongban.sla.LimitUnit;

/**
 * The dates of the model's timers, on the business calendar and the day counts of the dated
 * parameters valid on the case's acceptance date. Each date is worked out once, when its period
 * starts, and kept in a variable, so a timer created again (after a rejected objection) keeps it.
 */
@Component("retrofitTimers")
public class RetrofitTimers {

    static final String VAR_SUPPLEMENT_DUE = "supplementDueAt";
    static final String VAR_NOTICE_ENDS = "noticeEndsAt";
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private final BusinessCalendar calendar;
    private final RetrofitParameters parameters;

    RetrofitTimers(BusinessCalendar calendar, RetrofitParameters parameters) {
        this.calendar = calendar;
        this.parameters = parameters;
    }

    /** The end of the household's supplement period (a citizen's deadline moves off holidays). */
    public Date supplementEnds(DelegateExecution execution) {
        return (Date) execution.getVariable(VAR_SUPPLEMENT_DUE);
    }

    /** The end of the 公示 (5 working days by default). */
    public Date noticeEnds(DelegateExecution execution) {
        return (Date) execution.getVariable(VAR_NOTICE_ENDS);
    }

    Date computeSupplementDue(LocalDate reference) {
        int days = parameters.number("retrofit.supplement_days", reference);
        return Date.from(calendar.applicantDeadline(now(), days, LimitUnit.CALENDAR_DAYS).due());
    }

    Date computeNoticeEnd(LocalDate reference) {
        int days = parameters.number("retrofit.notice_days", reference);
        return Date.from(calendar.deadline(now(), days, LimitUnit.WORKING_DAYS).due());
    }

    static Instant now() {
        return ClockUtil.getCurrentTime().toInstant();
    }

    static LocalDate today() {
        return now().atZone(ZONE).toLocalDate();
    }
}
