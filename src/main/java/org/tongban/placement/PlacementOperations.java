package org.tongban.placement;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tongban.audit.AuditLog;
import org.tongban.cases.CaseDirectory;
import org.tongban.inbox.RuleRefusal;
import org.tongban.organisation.Role;
import org.tongban.placement.PlacementReports.Assessment;
import org.tongban.placement.PlacementReports.Claim;
import org.tongban.placement.PlacementReports.Exit;
import org.tongban.placement.PlacementReports.Objection;
import org.tongban.placement.PlacementReports.Recorded;
import org.tongban.security.TongbanUser;

/**
 * What HRSS and CDPF officers record on a placement case for the employer and the public: the
 * quarterly claim (its subsidy computed, not typed), objections during 公示, vacancy and early-exit
 * reports, yearly assessments and spot checks. Each is checked field by field, refused with a
 * {@link RuleRefusal} when the case is not at that point, audited, and passed to the process.
 */
@Service
public class PlacementOperations {

    private final CaseDirectory cases;
    private final WelfareApplicationRepository applications;
    private final PlacementRepository placements;
    private final PlacementClaimRepository claims;
    private final PlacementEventRepository events;
    private final PlacementParameters parameters;
    private final RuntimeService runtime;
    private final AuditLog audit;
    private final Clock clock;

    PlacementOperations(CaseDirectory cases, WelfareApplicationRepository applications, PlacementRepository placements,
            PlacementClaimRepository claims, PlacementEventRepository events, PlacementParameters parameters,
            RuntimeService runtime, AuditLog audit, Clock clock) {
        this.cases = cases;
        this.applications = applications;
        this.placements = placements;
        this.claims = claims;
        this.events = events;
        this.parameters = parameters;
        this.runtime = runtime;
        this.audit = audit;
        this.clock = clock;
    }

    /** HRSS and CDPF officers record for the employer and the public; nobody else. */
    public boolean mayRecord(TongbanUser user) {
        return ("HRSS".equals(user.unitCode()) || "CDPF".equals(user.unitCode())) && user.has(Role.OFFICER);
    }

    /** The case if this user may record on it; empty for another agency's or an unknown case. */
    Optional<WelfareApplication> accessible(TongbanUser user, String caseNumber) {
        if (!mayRecord(user) || caseNumber == null) {
            return Optional.empty();
        }
        return cases.open(user, caseNumber).flatMap(c -> applications.findByCaseNumber(c.caseNumber()));
    }

    /** The subsidy the claim awaited now would get for these months; empty when no claim is awaited. */
    @Transactional(readOnly = true)
    public Optional<SubsidyComputation> previewClaim(TongbanUser user, String caseNumber, int monthsWorked) {
        return accessible(user, caseNumber).filter(a -> awaits(caseNumber, WelfarePlacementProcess.MSG_CLAIM_FILED))
                .map(a -> {
                    Period period = period(a);
                    return parameters.on(period.from()).subsidy(Math.max(0, Math.min(monthsWorked, period.months())));
                });
    }

    /** Records the employer's claim for the quarter that ended; the subsidy is computed here. */
    @Transactional
    public Recorded recordClaim(TongbanUser user, String caseNumber, Claim claim) {
        WelfareApplication a = accessible(user, caseNumber).orElse(null);
        if (a == null) {
            return Recorded.notFound();
        }
        if (!awaits(caseNumber, WelfarePlacementProcess.MSG_CLAIM_FILED)) {
            throw new RuleRefusal("placement.claim.notAwaited", caseNumber);
        }
        Period period = period(a);
        Map<String, String> errors = new LinkedHashMap<>();
        if (claim.monthsWorked() == null) {
            errors.put("monthsWorked", "placement.error.required");
        } else if (claim.monthsWorked() < 1 || claim.monthsWorked() > period.months()) {
            errors.put("monthsWorked", "placement.error.monthsWorked");
        }
        if (!claim.vouchersChecked()) {
            errors.put("vouchersChecked", "placement.error.vouchersChecked");
        }
        note(errors, "note", claim.note(), false);
        if (!errors.isEmpty()) {
            return Recorded.invalid(errors);
        }
        SubsidyComputation subsidy = parameters.on(period.from()).subsidy(claim.monthsWorked());
        claims.save(new PlacementClaim(period.placement().getId(), period.to(), subsidy, user.username(),
                LocalDateTime.now(clock)));
        Map<String, Object> variables = new HashMap<>();
        variables.put("claimAmount", subsidy.amount().doubleValue());
        variables.put("claimComputed", subsidy.amount().doubleValue());
        correlate(caseNumber, WelfarePlacementProcess.MSG_CLAIM_FILED, variables);
        audit.record(user.username(), "WP_CLAIM_RECORDED", caseNumber, "quarter " + period.quarter() + " "
                + period.from() + "–" + period.to() + ": " + subsidy.explained());
        return Recorded.done(subsidy.explained());
    }

    /** Records an objection received during 公示; HRSS then verifies it (Task_VerifyObjection). */
    @Transactional
    public Recorded recordObjection(TongbanUser user, String caseNumber, Objection objection) {
        WelfareApplication a = accessible(user, caseNumber).orElse(null);
        if (a == null) {
            return Recorded.notFound();
        }
        if (!awaits(caseNumber, WelfarePlacementProcess.MSG_OBJECTION)) {
            throw new RuleRefusal("placement.objection.notOnNotice", caseNumber);
        }
        Map<String, String> errors = new LinkedHashMap<>();
        pastDate(errors, "receivedOn", objection.receivedOn(), null);
        note(errors, "summary", objection.summary(), true);
        if (!errors.isEmpty()) {
            return Recorded.invalid(errors);
        }
        events.save(new PlacementEvent(a.getId(), PlacementEvent.Kind.OBJECTION, objection.receivedOn(), null, null,
                objection.summary().strip(), false, user.username(), LocalDateTime.now(clock)));
        correlate(caseNumber, WelfarePlacementProcess.MSG_OBJECTION, Map.of());
        audit.record(user.username(), "WP_OBJECTION_RECORDED", caseNumber, "received " + objection.receivedOn());
        return Recorded.done(null);
    }

    /** Demo data: the claim for the whole period that ended, as the employer would file it. */
    @Transactional
    Recorded recordFullPeriod(TongbanUser user, String caseNumber) {
        WelfareApplication a = accessible(user, caseNumber).orElseThrow();
        return recordClaim(user, caseNumber, new Claim(period(a).months(), true, "花名册、工资发放和社保缴费凭证齐全"));
    }

    /** Records a vacancy or early exit; HRSS confirms it (Task_ConfirmExit) and the case ends, still counted. */
    @Transactional
    public Recorded reportExit(TongbanUser user, String caseNumber, Exit exit) {
        WelfareApplication a = accessible(user, caseNumber).orElse(null);
        if (a == null) {
            return Recorded.notFound();
        }
        if (!awaits(caseNumber, WelfarePlacementProcess.MSG_PLACEMENT_ENDED)) {
            throw new RuleRefusal("placement.exit.notInService", caseNumber);
        }
        Placement p = placements.findByApplicationId(a.getId()).orElseThrow();
        Map<String, String> errors = new LinkedHashMap<>();
        if (exit.reason() == null || !PlacementReports.EXIT_REASONS.contains(exit.reason())) {
            errors.put("reason", "placement.error.exitReason");
        }
        pastDate(errors, "leftOn", exit.leftOn(), p.getStartedOn());
        note(errors, "note", exit.note(), true);
        if (!errors.isEmpty()) {
            return Recorded.invalid(errors);
        }
        int days = parameters.on(a.getReferenceDate()).number("placement.vacancy_report_days");
        boolean late = exit.leftOn().plusDays(days).isBefore(LocalDate.now(clock));
        events.save(new PlacementEvent(a.getId(), PlacementEvent.Kind.EXIT_REPORT, exit.leftOn(), exit.reason(), null,
                exit.note().strip(), late, user.username(), LocalDateTime.now(clock)));
        ended(user, a, exit.reason(), exit.note().strip());
        audit.record(user.username(), "WP_EXIT_REPORTED", caseNumber, exit.reason() + " left " + exit.leftOn()
                + (late ? " (reported after " + days + " days)" : ""));
        return Recorded.done(late ? "late" : null);
    }

    /**
     * Records a yearly assessment (one per year) or a spot check. A failed one reports the
     * placement ended (FAILED_ASSESSMENT, or FRAUD when a spot check finds the person not at the
     * post), for HRSS to confirm.
     */
    @Transactional
    public Recorded recordAssessment(TongbanUser user, String caseNumber, Assessment assessment) {
        WelfareApplication a = accessible(user, caseNumber).orElse(null);
        if (a == null) {
            return Recorded.notFound();
        }
        if (a.getStatus() != ApplicationStatus.IN_SERVICE) {
            throw new RuleRefusal("placement.assessment.notInService", caseNumber);
        }
        Placement p = placements.findByApplicationId(a.getId()).orElseThrow();
        Map<String, String> errors = new LinkedHashMap<>();
        PlacementEvent.Kind kind = null;
        try {
            kind = PlacementEvent.Kind.valueOf(String.valueOf(assessment.kind()));
        } catch (IllegalArgumentException e) {
            // answered below
        }
        if (kind != PlacementEvent.Kind.YEARLY_ASSESSMENT && kind != PlacementEvent.Kind.SPOT_CHECK) {
            errors.put("kind", "placement.error.assessmentKind");
        }
        boolean failed = "FAILED".equals(assessment.outcome());
        if (!failed && !"PASSED".equals(assessment.outcome())) {
            errors.put("outcome", "placement.error.assessmentOutcome");
        }
        pastDate(errors, "on", assessment.on(), p.getStartedOn());
        note(errors, "note", assessment.note(), failed);
        if (!errors.isEmpty()) {
            return Recorded.invalid(errors);
        }
        Integer year = kind == PlacementEvent.Kind.YEARLY_ASSESSMENT ? assessment.on().getYear() : null;
        if (year != null && events.existsByApplicationIdAndKindAndPeriodYear(a.getId(), kind, year)) {
            throw new RuleRefusal("placement.assessment.alreadyDone", year);
        }
        String note = assessment.note() == null ? null : assessment.note().strip();
        try {
            events.saveAndFlush(new PlacementEvent(a.getId(), kind, assessment.on(), assessment.outcome(), year, note,
                    false, user.username(), LocalDateTime.now(clock)));
        } catch (org.springframework.dao.DataIntegrityViolationException sameYearAtOnce) {
            // Two officers recorded the year's assessment at the same moment; the first stands.
            throw new RuleRefusal("placement.assessment.alreadyDone", year);
        }
        audit.record(user.username(), "WP_" + kind.name(), caseNumber, assessment.outcome() + " on " + assessment.on());
        if (failed && awaits(caseNumber, WelfarePlacementProcess.MSG_PLACEMENT_ENDED)) {
            String reason = kind == PlacementEvent.Kind.SPOT_CHECK ? "FRAUD" : "FAILED_ASSESSMENT";
            ended(user, a, reason, note);
            return Recorded.done(reason);
        }
        return Recorded.done(null);
    }

    private void ended(TongbanUser user, WelfareApplication a, String reason, String note) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("exitReason", reason);
        variables.put("exitNote", note);
        correlate(a.getCaseNumber(), WelfarePlacementProcess.MSG_PLACEMENT_ENDED, variables);
    }

    /** The claim period that ended last (the quarter the process counts), cut at the term's end. */
    private Period period(WelfareApplication a) {
        Placement p = placements.findByApplicationId(a.getId()).orElseThrow();
        String instance = runtime.createProcessInstanceQuery().processDefinitionKey(WelfarePlacementProcess.KEY)
                .processInstanceBusinessKey(a.getCaseNumber()).singleResult().getId();
        int quarter = ((Number) runtime.getVariable(instance, WelfarePlacementProcess.VAR_QUARTER)).intValue();
        int cycle = parameters.on(a.getReferenceDate()).number("placement.claim_cycle_months");
        LocalDate from = p.getStartedOn().plusMonths((long) cycle * (quarter - 1));
        LocalDate to = p.getStartedOn().plusMonths((long) cycle * quarter).minusDays(1);
        if (to.isAfter(p.getTermEnd())) {
            to = p.getTermEnd();
        }
        // Months begun in the period (a period cut at the term's end may be shorter); counted by
        // stepping, because month arithmetic clamps at month ends (29 Nov + 3 months = 28 Feb).
        int months = 1;
        while (months < cycle && !from.plusMonths(months).isAfter(to)) {
            months++;
        }
        return new Period(p, quarter, from, to, months);
    }

    private record Period(Placement placement, int quarter, LocalDate from, LocalDate to, int months) {
    }

    private void pastDate(Map<String, String> errors, String field, LocalDate date, LocalDate notBefore) {
        if (date == null) {
            errors.put(field, "placement.error.required");
        } else if (date.isAfter(LocalDate.now(clock))) {
            errors.put(field, "placement.error.dateInFuture");
        } else if (notBefore != null && date.isBefore(notBefore)) {
            errors.put(field, "placement.error.dateBeforePlacement");
        }
    }

    private static void note(Map<String, String> errors, String field, String text, boolean required) {
        String t = text == null ? "" : text.strip();
        if (required && t.length() < 2) {
            errors.put(field, "placement.error.noteRequired");
        } else if (t.length() > 1000) {
            errors.put(field, "placement.error.noteLength");
        }
    }

    private boolean awaits(String caseNumber, String message) {
        return runtime.createExecutionQuery().processInstanceBusinessKey(caseNumber).messageEventSubscriptionName(message)
                .count() > 0;
    }

    private void correlate(String caseNumber, String message, Map<String, Object> variables) {
        runtime.createMessageCorrelation(message).processInstanceBusinessKey(caseNumber).setVariables(variables).correlate();
    }
}
