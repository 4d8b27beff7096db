package org.tongban.legalaid;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.tongban.audit.AuditLog;
import org.tongban.documents.DocumentKind;
import org.tongban.documents.DocumentService;
import org.tongban.inbox.RuleRefusal;
import org.tongban.organisation.Role;

/**
 * What the case row, the documents and the audit trail learn when a step of {@code legal-aid} ends
 * ({@code ${legalAidSteps}} on user tasks and end events). Runs in the engine's transaction, so a
 * document that cannot be issued stops the step. Logs name the case number only.
 */
@Component("legalAidSteps")
class LegalAidSteps implements ExecutionListener {

    static final String DECIDED = "LEGAL_AID_DECIDED";
    static final String TERMINATED = "LEGAL_AID_TERMINATED";
    static final String OBJECTION_DECIDED = "LEGAL_AID_OBJECTION_DECIDED";
    static final String ESCALATED = "LEGAL_AID_ESCALATED";
    static final String ENDED = "LEGAL_AID_ENDED";
    static final String SUBSIDY_PAID = "LEGAL_AID_SUBSIDY_PAID";
    /** The means-test results under which "not in hardship" cannot be a reason to refuse (第32、42条; 第25条). */
    static final Set<String> HARDSHIP_NOT_A_REASON = Set.of("MANDATORY_DEFENCE", "NO_MEANS_TEST", "EXEMPT_NO_FIXED_INCOME",
            "EXEMPT_SOCIAL_ASSISTANCE", "EXEMPT_MIGRANT_WORKER", "WITHIN_THRESHOLD");
    /** Refusals are {@code REFUSE_<reason>}, terminations {@code TERMINATE_<reason>}: one required choice each. */
    static final String REFUSE = "REFUSE_";
    static final String TERMINATE = "TERMINATE_";
    private static final Logger LOG = LoggerFactory.getLogger(LegalAidSteps.class);

    private final LegalAidCaseRepository cases;
    private final DocumentService documents;
    private final LegalAidParameters parameters;
    private final AuditLog audit;
    private final Clock clock;

    LegalAidSteps(LegalAidCaseRepository cases, DocumentService documents, LegalAidParameters parameters, AuditLog audit,
            Clock clock) {
        this.cases = cases;
        this.documents = documents;
        this.parameters = parameters;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public void notify(DelegateExecution execution) {
        if (execution.isCanceled()) {
            return; // a task interrupted by its timer (supplement period over) did not happen
        }
        String step = execution.getCurrentActivityId();
        LegalAidCase c = cases.findByCaseNumber(execution.getProcessBusinessKey())
                .orElseThrow(() -> new IllegalStateException("No legal-aid case " + execution.getProcessBusinessKey()));
        String actor = actor(execution);
        switch (step) {
            case LegalAidProcess.TASK_CHECK_APPLICATION -> checked(execution, c, actor);
            case LegalAidProcess.TASK_RECEIVE_SUPPLEMENT -> supplemented(execution, c);
            case LegalAidProcess.TASK_PROVIDE_URGENT_AID -> {
                c.recordWorker(string(execution, LegalAidProcess.VAR_ASSIGNED_WORKER));
                c.moveTo(LegalAidStatus.IN_SERVICE);
            }
            case LegalAidProcess.TASK_CONFIRM_SOCIAL_ASSISTANCE -> c.moveTo(LegalAidStatus.IN_REVIEW);
            case LegalAidProcess.TASK_DECIDE_APPLICATION -> decided(execution, c, actor);
            case LegalAidProcess.TASK_ASSIGN_LAWYER, LegalAidProcess.TASK_CHANGE_LAWYER -> assigned(execution, c, actor, step);
            case LegalAidProcess.TASK_SUPERVISE_HANDLING -> handled(execution, c, actor);
            case LegalAidProcess.TASK_DECIDE_OBJECTION -> objectionDecided(execution, c, actor);
            case LegalAidProcess.TASK_REVIEW_CLOSING -> {
                c.moveTo(LegalAidStatus.SETTLEMENT); // FIN pays the case subsidy next
                audit.record(actor, "LEGAL_AID_CLOSING_REVIEWED", c.getCaseNumber(), string(execution, "closingReview"));
            }
            case LegalAidProcess.TASK_PAY_SUBSIDY -> subsidyPaid(execution, c, actor);
            case LegalAidProcess.END_CLOSED -> ended(c, LegalAidStatus.CLOSED, step, actor);
            case LegalAidProcess.END_WITHDRAWN -> ended(c, LegalAidStatus.WITHDRAWN, step, actor);
            case LegalAidProcess.END_DECISION_FINAL -> ended(c, LegalAidStatus.ARCHIVED, step, actor);
            case LegalAidProcess.END_FORWARDING_ESCALATED, LegalAidProcess.END_DECISION_REMINDER,
                    LegalAidProcess.END_DECISION_ESCALATED, LegalAidProcess.END_ASSIGNMENT_ESCALATED,
                    LegalAidProcess.END_OBJECTION_ESCALATED -> {
                audit.record(actor, ESCALATED, c.getCaseNumber(), step);
                LOG.warn("Legal-aid case {} reached {}", c.getCaseNumber(), step);
            }
            default -> audit.record(actor, "LEGAL_AID_STEP", c.getCaseNumber(), step);
        }
    }

    private void checked(DelegateExecution execution, LegalAidCase c, String actor) {
        String outcome = string(execution, LegalAidProcess.VAR_INTAKE_OUTCOME);
        if (outcome == null) {
            throw new RuleRefusal("legalaid.error.intakeOutcome");
        }
        String step = numbered(c, LegalAidProcess.TASK_CHECK_APPLICATION, outcome);
        switch (outcome) {
            case "ACCEPT" -> {
                // A claimed social-assistance status goes to CIVIL for 协查 right away: the case is in review.
                c.moveTo(c.isAssistanceClaimed() ? LegalAidStatus.IN_REVIEW : LegalAidStatus.ACCEPTED);
                documents.issue(LegalAidDocuments.acceptance(c, step), actor);
            }
            case "CORRECTION" -> {
                secondCorrectionBySupervisor(execution, c);
                c.moveTo(LegalAidStatus.RETURNED);
                int days = parameters.amount(LegalAidTimers.SUPPLEMENT_DAYS, c.getReceivedAt().toLocalDate());
                documents.issue(LegalAidDocuments.correction(c, step, string(execution, "missingItems"), days), actor);
            }
            case "TRANSFER" -> {
                c.moveTo(LegalAidStatus.NOT_ACCEPTED);
                documents.issue(LegalAidDocuments.transfer(c, step, string(execution, "competentOffice")), actor);
            }
            default -> throw new RuleRefusal("legalaid.error.intakeOutcome");
        }
        audit.record(actor, "LEGAL_AID_CHECKED", c.getCaseNumber(), outcome);
    }

    /** The complete application is received now: the 7 days of 第43条 count from here. */
    private void supplemented(DelegateExecution execution, LegalAidCase c) {
        LocalDateTime now = LocalDateTime.now(clock);
        c.restartClock(now);
        c.moveTo(LegalAidStatus.SUBMITTED);
        execution.setVariable(LegalAidProcess.VAR_RECEIVED_AT, Date.from(now.atZone(clock.getZone()).toInstant()));
    }

    private void decided(DelegateExecution execution, LegalAidCase c, String actor) {
        String decision = string(execution, LegalAidProcess.VAR_DECISION);
        String reason = decision != null && decision.startsWith(REFUSE) ? decision.substring(REFUSE.length()) : null;
        String means = string(execution, LegalAidProcess.VAR_MEANS_OUTCOME);
        if ("NOT_HARDSHIP".equals(reason) && means != null && HARDSHIP_NOT_A_REASON.contains(means)) {
            throw new RuleRefusal("legalaid.error.hardshipNotAReason", means);
        }
        c.recordMeansOutcome(means);
        String step = numbered(c, LegalAidProcess.TASK_DECIDE_APPLICATION, decision);
        if ("GRANT".equals(decision)) {
            c.recordDecision(decision, null);
            c.moveTo(LegalAidStatus.APPROVED);
            documents.issue(LegalAidDocuments.granted(c, step), actor);
        } else if (reason != null) {
            c.recordDecision("REFUSE", reason);
            c.moveTo(LegalAidStatus.REFUSED);
            documents.issue(LegalAidDocuments.refused(c, step, reason), actor);
        } else {
            throw new RuleRefusal("legalaid.error.decision");
        }
        audit.record(actor, DECIDED, c.getCaseNumber(), decision + (reason == null ? "" : " " + reason)
                + " means " + c.getMeansOutcome());
    }

    private void assigned(DelegateExecution execution, LegalAidCase c, String actor, String task) {
        String worker = string(execution, LegalAidProcess.VAR_ASSIGNED_WORKER);
        c.recordWorker(worker);
        c.moveTo(LegalAidStatus.IN_SERVICE);
        documents.issue(LegalAidDocuments.assignment(c, numbered(c, task, "ASSIGN"), worker,
                string(execution, "workerOrganisation"), string(execution, "accommodation")), actor);
        audit.record(actor, "LEGAL_AID_ASSIGNED", c.getCaseNumber(), task);
    }

    private void handled(DelegateExecution execution, LegalAidCase c, String actor) {
        String outcome = string(execution, LegalAidProcess.VAR_HANDLING_OUTCOME);
        if (outcome == null || !outcome.startsWith(TERMINATE)) {
            return;
        }
        String reason = outcome.substring(TERMINATE.length());
        c.recordTermination(reason);
        c.moveTo(LegalAidStatus.TERMINATED);
        documents.issue(LegalAidDocuments.termination(c, numbered(c, LegalAidProcess.TASK_SUPERVISE_HANDLING, "TERMINATE"),
                reason), actor);
        audit.record(actor, TERMINATED, c.getCaseNumber(), reason);
    }

    private void objectionDecided(DelegateExecution execution, LegalAidCase c, String actor) {
        String outcome = string(execution, LegalAidProcess.VAR_OBJECTION_OUTCOME);
        if ("CORRECTION_ORDERED".equals(outcome)) {
            c.moveTo(c.getStatus() == LegalAidStatus.TERMINATED ? LegalAidStatus.IN_SERVICE : LegalAidStatus.IN_REVIEW);
        }
        audit.record(actor, OBJECTION_DECIDED, c.getCaseNumber(), outcome);
    }

    /**
     * A second one-time notice is allowed only for problems the supplement itself raised, and needs a
     * supervisor (common.md §1, default); the missing items are its written reason.
     */
    private void secondCorrectionBySupervisor(DelegateExecution execution, LegalAidCase c) {
        boolean returnedBefore = documents.ofCase(c.getCaseNumber()).stream()
                .anyMatch(d -> d.kind() == DocumentKind.CORRECTION_NOTICE);
        if (returnedBefore && !groups(execution).contains(Role.SUPERVISOR.groupId())) {
            throw new RuleRefusal("legalaid.error.secondCorrection");
        }
    }

    /** FIN paid the worker's case subsidy (办案补贴, legal-aid.md step 9): the amount and voucher stay on the case. */
    private void subsidyPaid(DelegateExecution execution, LegalAidCase c, String actor) {
        Object amount = execution.getVariable("subsidyAmount");
        String voucher = string(execution, "subsidyVoucher");
        if (!(amount instanceof Number n) || voucher == null || voucher.isBlank()) {
            throw new RuleRefusal("legalaid.error.subsidy");
        }
        BigDecimal paid = new BigDecimal(n.toString());
        c.recordSubsidy(paid, voucher.strip(), LocalDateTime.now(clock));
        audit.record(actor, SUBSIDY_PAID, c.getCaseNumber(), paid.toPlainString() + " " + voucher.strip());
    }

    private void ended(LegalAidCase c, LegalAidStatus status, String step, String actor) {
        c.moveTo(status);
        audit.record(actor, ENDED, c.getCaseNumber(), step);
    }

    /** A step name unique per document of the case: a second correction notice is a new document. */
    private String numbered(LegalAidCase c, String task, String outcome) {
        long earlier = documents.ofCase(c.getCaseNumber()).stream().filter(d -> d.step().startsWith(task)).count();
        return task + "-" + outcome + "-" + (earlier + 1);
    }

    private static String string(DelegateExecution execution, String name) {
        Object v = execution.getVariable(name);
        return v == null ? null : v.toString();
    }

    private static List<String> groups(DelegateExecution execution) {
        Authentication auth = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        return auth == null || auth.getGroupIds() == null ? List.of() : auth.getGroupIds();
    }

    private static String actor(DelegateExecution execution) {
        Authentication auth = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        return auth == null || auth.getUserId() == null ? "system" : auth.getUserId();
    }
}
