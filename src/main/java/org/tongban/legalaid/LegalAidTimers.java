package org.tongban.legalaid;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * The dates of the timers in {@code legal-aid.bpmn} ({@code ${legalAidTimers.…(execution)}}), from the
 * case's dated parameters. Statutory "日" are calendar days (common.md §2); the 24-hour forwarding limit
 * runs around the clock.
 */
public class LegalAidTimers {

    static final String FORWARD_HOURS = "legal.forward_hours";
    static final String DECISION_DAYS = "legal.decision_days";
    static final String DECISION_REMINDER_DAY = "legal.decision_reminder_day";
    static final String ASSIGN_DAYS = "legal.assign_days";
    static final String OBJECTION_DECISION_DAYS = "legal.objection_decision_days";
    static final String SUPPLEMENT_DAYS = "legal.supplement_days";
    static final String ARCHIVE_AFTER_DAYS = "legal.archive_after_days";

    private final LegalAidLimits limits;

    LegalAidTimers(LegalAidLimits limits) {
        this.limits = limits;
    }

    /** 24 hours after the person in custody asked (法律援助法 第39条). */
    public Date forwardDue(DelegateExecution execution) {
        Instant asked = instant(execution, LegalAidProcess.VAR_CUSTODY_REQUEST_AT);
        return Date.from(asked.plus(Duration.ofHours(limits.amount(FORWARD_HOURS, reference(execution)))));
    }

    /** The start of day 5 of the 7 days from receipt: the reminder to the centre's head (default). */
    public Date decisionReminder(DelegateExecution execution) {
        return Date.from(LegalAidLimits.startOfCalendarDay(instant(execution, LegalAidProcess.VAR_RECEIVED_AT),
                limits.amount(DECISION_REMINDER_DAY, reference(execution))));
    }

    /** The end of day 7 from receipt of the complete application (第43条). */
    public Date decisionDue(DelegateExecution execution) {
        return Date.from(LegalAidLimits.endOfCalendarDay(instant(execution, LegalAidProcess.VAR_RECEIVED_AT),
                limits.amount(DECISION_DAYS, reference(execution))));
    }

    /** The end of day 3 from the decision or the defence notice, i.e. from when assignment became due (第36、43条). */
    public Date assignDue(DelegateExecution execution) {
        return Date.from(LegalAidLimits.endOfCalendarDay(now(), limits.amount(ASSIGN_DAYS, reference(execution))));
    }

    /**
     * The end of day 5 from the day the 司法局 received the objection (第49条): {@code objectionReceivedAt}
     * when the officer recorded it later, else now.
     */
    public Date objectionDue(DelegateExecution execution) {
        Instant received = execution.getVariable(LegalAidRemedies.VAR_OBJECTION_RECEIVED_AT) instanceof Date d
                ? d.toInstant() : now();
        return Date.from(LegalAidLimits.endOfCalendarDay(received, limits.amount(OBJECTION_DECISION_DAYS, reference(execution))));
    }

    /** The end of the supplement period the one-time notice gives the applicant (a citizen's deadline). */
    public Date supplementEnds(DelegateExecution execution) {
        return Date.from(limits.applicantDeadline(now(), limits.amount(SUPPLEMENT_DAYS, reference(execution))));
    }

    /** When a refusal or termination nobody objected to becomes final and the file is archived (default). */
    public Date archiveAt(DelegateExecution execution) {
        return Date.from(limits.applicantDeadline(now(), limits.amount(ARCHIVE_AFTER_DAYS, reference(execution))));
    }

    private static Instant now() {
        return ClockUtil.getCurrentTime().toInstant();
    }

    private static LocalDate reference(DelegateExecution execution) {
        return instant(execution, LegalAidProcess.VAR_RECEIVED_AT).atZone(LegalAidLimits.ZONE).toLocalDate();
    }

    private static Instant instant(DelegateExecution execution, String variable) {
        Object value = execution.getVariable(variable);
        if (value instanceof Date d) {
            return d.toInstant();
        }
        throw new IllegalStateException("Process variable " + variable + " must hold a date, not " + value);
    }
}
