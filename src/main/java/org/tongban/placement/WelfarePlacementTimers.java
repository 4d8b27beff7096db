package org.tongban.placement;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The dates of the BPMN timers ({@code ${welfarePlacementTimers.…(execution)}}), all from the
 * case's stored dates and dated parameters, never from constants in the model.
 */
@Component("welfarePlacementTimers")
class WelfarePlacementTimers {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private final WelfareApplicationRepository applications;
    private final PlacementRepository placements;
    private final PlacementParameters parameters;
    private final Clock clock;

    WelfarePlacementTimers(WelfareApplicationRepository applications, PlacementRepository placements,
            PlacementParameters parameters, Clock clock) {
        this.applications = applications;
        this.placements = placements;
        this.parameters = parameters;
        this.clock = clock;
    }

    /** End of the supplement period fixed in the one-time notice: then the case is treated as withdrawn. */
    @Transactional(readOnly = true)
    public Date supplementEnds(DelegateExecution execution) {
        return Date.from(application(execution).getSupplementDue().atZone(ZONE).toInstant());
    }

    /** End of the 公示 (5 working days, fixed when published, so a re-armed timer keeps the date). */
    @Transactional(readOnly = true)
    public Date noticeEnds(DelegateExecution execution) {
        return Date.from(application(execution).getNoticeEndsAt().atZone(ZONE).toInstant());
    }

    /** The day after the current claim period ends (one claim cycle per period, the last cut at term end). */
    @Transactional(readOnly = true)
    public Date nextQuarterEnd(DelegateExecution execution) {
        Placement p = placement(execution);
        LocalDate periodEnd = p.getStartedOn().plusMonths((long) cycleMonths(execution) * (quarter(execution) + 1));
        LocalDate termEndNext = p.getTermEnd().plusDays(1);
        return startOf(periodEnd.isAfter(termEndNext) ? termEndNext : periodEnd);
    }

    /** Counts the claim period that just ended. */
    public void quarterEnded(DelegateExecution execution) {
        execution.setVariable(WelfarePlacementProcess.VAR_QUARTER, quarter(execution) + 1);
    }

    /** A reminder when no claim has arrived this many days after the period ended (or after the last reminder). */
    @Transactional(readOnly = true)
    public Date claimReminder(DelegateExecution execution) {
        int days = parameters.on(application(execution).getReferenceDate()).number("placement.claim_reminder_days");
        return Date.from(clock.instant().plus(java.time.Duration.ofDays(days)));
    }

    /** The expiry warning, {@code placement.expiry_warning_days} before the term ends. */
    @Transactional(readOnly = true)
    public Date expiryWarning(DelegateExecution execution) {
        int days = parameters.on(application(execution).getReferenceDate()).number("placement.expiry_warning_days");
        return startOf(placement(execution).getTermEnd().minusDays(days));
    }

    /** Whether the claim periods counted so far reach the end of the subsidy term. */
    @Transactional(readOnly = true)
    public boolean termOver(DelegateExecution execution) {
        Placement p = placement(execution);
        return !p.getStartedOn().plusMonths((long) cycleMonths(execution) * quarter(execution)).isBefore(p.getTermEnd().plusDays(1));
    }

    private int cycleMonths(DelegateExecution execution) {
        return parameters.on(application(execution).getReferenceDate()).number("placement.claim_cycle_months");
    }

    private static int quarter(DelegateExecution execution) {
        Object q = execution.getVariable(WelfarePlacementProcess.VAR_QUARTER);
        return q == null ? 0 : ((Number) q).intValue();
    }

    private WelfareApplication application(DelegateExecution execution) {
        return applications.findByCaseNumber(execution.getProcessBusinessKey()).orElseThrow();
    }

    private Placement placement(DelegateExecution execution) {
        return placements.findByApplicationId(application(execution).getId()).orElseThrow();
    }

    private static Date startOf(LocalDate day) {
        return Date.from(day.atStartOfDay(ZONE).toInstant());
    }
}
