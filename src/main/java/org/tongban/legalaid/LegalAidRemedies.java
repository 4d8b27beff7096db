package org.tongban.legalaid;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tongban.audit.AuditLog;
import org.tongban.cases.CaseDirectory;
import org.tongban.forms.FieldError;
import org.tongban.inbox.RuleRefusal;
import org.tongban.organisation.Role;
import org.tongban.security.TongbanUser;

/**
 * Records what a person brings to the 司法局 against the centre's handling of a case — an objection to a
 * refusal or termination (第49条), a complaint or a request to change the worker (第55–56条) — and hands it
 * to the process, where another officer than the one who decided takes it up (OtherOfficerGuard). Only
 * JUSTICE officers record them, on cases JUSTICE holds or held; what the case's state does not allow is a
 * {@link RuleRefusal} in words. The grounds are encrypted in {@code la_remedy}; the process learns the day
 * of receipt only.
 */
@Service
public class LegalAidRemedies {

    /** The agency that records and decides objections and complaints (legal-aid.md: 司法局). */
    public static final String AGENCY = "JUSTICE";
    public static final int MIN_GROUNDS = 5;
    public static final int MAX_GROUNDS = 2000;
    static final String VAR_OBJECTION_RECEIVED_AT = "objectionReceivedAt";
    static final Map<RemedyKind, String> AUDIT = Map.of(RemedyKind.OBJECTION, "LEGAL_AID_OBJECTION_LODGED",
            RemedyKind.COMPLAINT, "LEGAL_AID_COMPLAINT_LODGED", RemedyKind.CHANGE_OF_LAWYER, "LEGAL_AID_CHANGE_REQUESTED");

    /** What was recorded, and the case it went to. */
    public record Recorded(String caseNumber, RemedyKind kind, long id) {
    }

    /** An earlier record, for the officers of the 司法局 who handle it. */
    public record Entry(RemedyKind kind, LocalDate receivedOn, String grounds, String recordedBy, LocalDateTime recordedAt) {
    }

    /** The case does not exist or the user's agency has no part in it: the same answer to both. */
    public static class CaseNotFound extends RuntimeException {
        CaseNotFound() {
            super("No legal-aid case visible to the user");
        }
    }

    /** Only JUSTICE officers and supervisors record objections and complaints. */
    public static class NotAllowed extends RuntimeException {
        NotAllowed() {
            super("Only JUSTICE records objections and complaints");
        }
    }

    /** The record breaks a field rule; nothing was written. */
    public static class InvalidRemedy extends RuntimeException {
        private final transient List<FieldError> errors;

        InvalidRemedy(List<FieldError> errors) {
            super("Invalid remedy: " + errors.stream().map(FieldError::field).toList());
            this.errors = List.copyOf(errors);
        }

        public List<FieldError> errors() {
            return errors;
        }
    }

    private final LegalAidCaseRepository cases;
    private final LegalAidRemedyRepository remedies;
    private final CaseDirectory directory;
    private final RuntimeService runtime;
    private final AuditLog audit;
    private final Clock clock;

    LegalAidRemedies(LegalAidCaseRepository cases, LegalAidRemedyRepository remedies, CaseDirectory directory,
            RuntimeService runtime, AuditLog audit, Clock clock) {
        this.cases = cases;
        this.remedies = remedies;
        this.directory = directory;
        this.runtime = runtime;
        this.audit = audit;
        this.clock = clock;
    }

    /** Whether the user may record objections and complaints at all. */
    public static boolean mayRecord(TongbanUser user) {
        return AGENCY.equals(user.unitCode()) && (user.has(Role.OFFICER) || user.has(Role.SUPERVISOR));
    }

    /** The field problems of a record, for the view as the user types and for the server alike. */
    public List<FieldError> problems(RemedyRequest request) {
        List<FieldError> errors = new ArrayList<>();
        LocalDate received = request.receivedOn();
        if (received == null) {
            errors.add(error("receivedOn", "legalaid.error.required"));
        } else if (received.isAfter(LocalDate.now(clock))) {
            errors.add(error("receivedOn", "legalaid.remedy.error.receivedFuture"));
        }
        String grounds = request.grounds() == null ? "" : request.grounds().strip();
        if (grounds.isEmpty()) {
            errors.add(error("grounds", "legalaid.error.required"));
        } else if (grounds.length() < MIN_GROUNDS) {
            errors.add(error("grounds", "legalaid.remedy.error.groundsShort", MIN_GROUNDS));
        } else if (grounds.length() > MAX_GROUNDS) {
            errors.add(error("grounds", "legalaid.remedy.error.groundsLong", MAX_GROUNDS));
        }
        return errors;
    }

    /**
     * Records the objection, complaint or change request and starts its task at the 司法局.
     *
     * @throws NotAllowed for a user outside JUSTICE
     * @throws CaseNotFound when the case does not exist or JUSTICE has no part in it
     * @throws InvalidRemedy with every field problem
     * @throws RuleRefusal when the case's state does not allow it (nothing to object to, case ended, no worker)
     */
    @Transactional(noRollbackFor = {CaseNotFound.class, NotAllowed.class}) // a refused look stays audited
    public Recorded record(TongbanUser user, String caseNumber, RemedyKind kind, RemedyRequest request) {
        LegalAidCase c = visibleCase(user, caseNumber);
        List<FieldError> errors = new ArrayList<>(problems(request));
        if (request.receivedOn() != null && request.receivedOn().isBefore(c.getCreatedAt().toLocalDate())) {
            errors.add(error("receivedOn", "legalaid.remedy.error.receivedBeforeCase"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidRemedy(errors);
        }
        ProcessInstance instance = runtime.createProcessInstanceQuery().processDefinitionKey(LegalAidProcess.KEY)
                .processInstanceBusinessKey(c.getCaseNumber()).singleResult();
        if (instance == null) {
            throw new RuleRefusal("legalaid.remedy.error.caseEnded", c.getCaseNumber());
        }
        allowed(c, kind, instance);
        LocalDateTime now = LocalDateTime.now(clock);
        LegalAidRemedy remedy = remedies.saveAndFlush(new LegalAidRemedy(c, kind, request, user.username(), now));
        try {
            var correlation = runtime.createMessageCorrelation(kind == RemedyKind.OBJECTION
                    ? LegalAidProcess.MESSAGE_OBJECTION : LegalAidProcess.MESSAGE_COMPLAINT)
                    .processInstanceId(instance.getId());
            if (kind == RemedyKind.OBJECTION) {
                correlation.setVariable(VAR_OBJECTION_RECEIVED_AT, receivedAt(request.receivedOn(), now));
            }
            correlation.correlate();
        } catch (MismatchingMessageCorrelationException e) {
            // Someone recorded the same objection a moment earlier: its task is open already.
            throw new RuleRefusal("legalaid.remedy.error.objectionPending", c.getCaseNumber());
        }
        audit.record(user.username(), AUDIT.get(kind), c.getCaseNumber(),
                "remedy " + remedy.getId() + " received " + request.receivedOn());
        return new Recorded(c.getCaseNumber(), kind, remedy.getId());
    }

    /** The objections, complaints and change requests of a case, newest first, for JUSTICE (the look is audited). */
    @Transactional(noRollbackFor = {CaseNotFound.class, NotAllowed.class})
    public List<Entry> of(TongbanUser user, String caseNumber) {
        LegalAidCase c = visibleCase(user, caseNumber);
        return remedies.findByCaseNumberOrderByIdDesc(c.getCaseNumber()).stream()
                .map(r -> new Entry(r.getKind(), r.getReceivedOn(), r.getGrounds(), r.getRecordedBy(), r.getRecordedAt()))
                .toList();
    }

    private LegalAidCase visibleCase(TongbanUser user, String caseNumber) {
        if (!mayRecord(user)) {
            throw new NotAllowed();
        }
        String number = caseNumber == null ? "" : caseNumber.strip();
        return directory.open(user, number).filter(found -> LegalAidProcess.KEY.equals(found.processKey()))
                .flatMap(found -> cases.findByCaseNumber(found.caseNumber())).orElseThrow(CaseNotFound::new);
    }

    /** The state rules: an objection needs a refusal or termination not yet final; a change needs a worker. */
    private void allowed(LegalAidCase c, RemedyKind kind, ProcessInstance instance) {
        switch (kind) {
            case OBJECTION -> {
                if (waitsFor(instance, LegalAidProcess.MESSAGE_OBJECTION)) {
                    return;
                }
                boolean pending = runtime.createExecutionQuery().processInstanceId(instance.getId())
                        .activityId(LegalAidProcess.TASK_DECIDE_OBJECTION).count() > 0;
                throw new RuleRefusal(pending ? "legalaid.remedy.error.objectionPending"
                        : "legalaid.remedy.error.nothingToObject", c.getCaseNumber());
            }
            case CHANGE_OF_LAWYER -> {
                if (c.getAssignedWorker() == null || c.getStatus() != LegalAidStatus.IN_SERVICE) {
                    throw new RuleRefusal("legalaid.remedy.error.noWorker", c.getCaseNumber());
                }
            }
            case COMPLAINT -> {
                // Any open case: the complaint may concern the centre as much as the worker.
            }
        }
        if (kind != RemedyKind.OBJECTION && !waitsFor(instance, LegalAidProcess.MESSAGE_COMPLAINT)) {
            throw new RuleRefusal("legalaid.remedy.error.caseEnded", c.getCaseNumber());
        }
    }

    private boolean waitsFor(ProcessInstance instance, String message) {
        return runtime.createEventSubscriptionQuery().processInstanceId(instance.getId()).eventType("message")
                .eventName(message).count() > 0;
    }

    /** Today's record counts from now; an earlier day of receipt from that day's start. */
    private Date receivedAt(LocalDate receivedOn, LocalDateTime now) {
        LocalDateTime at = receivedOn.equals(now.toLocalDate()) ? now : receivedOn.atStartOfDay();
        return Date.from(at.atZone(clock.getZone()).toInstant());
    }

    private static FieldError error(String field, String key, Object... arguments) {
        return new FieldError(field, key, List.of(arguments));
    }
}
