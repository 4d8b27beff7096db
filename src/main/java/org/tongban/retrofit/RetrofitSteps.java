package org.tongban.retrofit;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;
import org.tongban.audit.AuditLog;
import org.tongban.inbox.CaseAttachments;

/**
 * What the model's service tasks and listeners do: move the case's status, record the agencies'
 * findings on the entities, decide eligibility, and issue the documents. Variables carry only
 * flags and codes; the facts stay in the case's rows.
 */
@Component("retrofitSteps")
public class RetrofitSteps {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private final RetrofitService service;
    private final RetrofitRules rules;
    private final RetrofitDocuments documents;
    private final RetrofitTimers timers;
    private final AuditLog audit;
    private final CaseAttachments attachments;

    RetrofitSteps(RetrofitService service, RetrofitRules rules, RetrofitDocuments documents, RetrofitTimers timers,
            AuditLog audit, CaseAttachments attachments) {
        this.attachments = attachments;
        this.service = service;
        this.rules = rules;
        this.documents = documents;
        this.timers = timers;
        this.audit = audit;
    }

    public void accept(DelegateExecution e) {
        RetrofitApplication a = application(e);
        a.moveTo(CaseStatus.IN_REVIEW);
        documents.acceptance(a, service.headName(a), user(e));
    }

    public void notAccept(DelegateExecution e) {
        RetrofitApplication a = application(e);
        a.moveTo(CaseStatus.NOT_ACCEPTED);
        documents.nonAcceptance(a, service.headName(a), (String) e.getVariable("initialCheckNote"), user(e));
    }

    public void returnForCorrection(DelegateExecution e) {
        RetrofitApplication a = application(e);
        a.moveTo(CaseStatus.RETURNED);
        int round = e.getVariable("correctionRound") == null ? 1 : ((Number) e.getVariable("correctionRound")).intValue() + 1;
        e.setVariable("correctionRound", round);
        e.setVariable(RetrofitTimers.VAR_SUPPLEMENT_DUE, timers.computeSupplementDue(a.getReceivedAt().toLocalDate()));
        e.setVariable("returned", false);
        documents.correction(a, service.headName(a), (String) e.getVariable("missingItems"), round, user(e));
    }

    public void treatAsWithdrawn(DelegateExecution e) {
        application(e).moveTo(CaseStatus.WITHDRAWN);
        audit.record("system", "RETROFIT_TREATED_AS_WITHDRAWN", e.getProcessBusinessKey(), null);
    }

    /** Records CDPF's and CIVIL's findings, then applies every eligibility rule. */
    public void assessEligibility(DelegateExecution e) {
        RetrofitApplication a = application(e);
        a.getHousehold().getDwelling().assess(flag(e, "homeAdaptable"), flag(e, "homeUnsafe"));
        String hardship = (String) e.getVariable("hardshipCategory");
        a.getHousehold().confirmHardship("NONE".equals(hardship) ? null : hardship);
        a.recordElderlyAdaptation(flag(e, "elderlyAdaptationFound"));
        Eligibility result = rules.assess(a, flag(e, "needConfirmed"));
        e.setVariable(RetrofitProcess.VAR_ELIGIBLE, result.eligible());
        e.setVariable(RetrofitProcess.VAR_REFUSAL_REASON, result.reason());
        e.setVariable("referToUnsafeHousing", result.referToUnsafeHousing());
        audit.record(user(e), "RETROFIT_ELIGIBILITY", a.getCaseNumber(), result.eligible() ? "ELIGIBLE" : result.reason());
    }

    public void refuse(DelegateExecution e) {
        RetrofitApplication a = application(e);
        String reason = flag(e, "objectionUpheld") ? "OBJECTION_UPHELD" : (String) e.getVariable(RetrofitProcess.VAR_REFUSAL_REASON);
        e.setVariable(RetrofitProcess.VAR_REFUSAL_REASON, reason);
        a.refuse(reason);
        documents.refusal(a, service.headName(a), reason, flag(e, "referToUnsafeHousing"), user(e));
    }

    public void publishNotice(DelegateExecution e) {
        RetrofitApplication a = application(e);
        a.moveTo(CaseStatus.PUBLIC_NOTICE);
        e.setVariable(RetrofitTimers.VAR_NOTICE_ENDS, timers.computeNoticeEnd(a.getReceivedAt().toLocalDate()));
        documents.publicNotice(a, service.headName(a), null, user(e));
    }

    /** Leaving the home assessment: a household that agrees needs a saved plan; the 入户评估表 is issued. */
    public void assessmentDone(DelegateExecution e) {
        if (!flag(e, "householdAgrees")) {
            return;
        }
        RetrofitApplication a = application(e);
        RetrofitService.PlanSummary plan = service.plan(a.getCaseNumber()).orElseThrow(() -> new RetrofitRuleException("planMissing"));
        a.moveTo(CaseStatus.IN_SERVICE);
        documents.assessment(a, service.headName(a), plan, (String) e.getVariable("assessmentNote"), user(e));
    }

    public void withdraw(DelegateExecution e) {
        application(e).moveTo(CaseStatus.WITHDRAWN);
        audit.record(user(e), "RETROFIT_WITHDRAWN", e.getProcessBusinessKey(), (String) e.getVariable("declineReason"));
    }

    public void worksCompleted(DelegateExecution e) {
        application(e).moveTo(CaseStatus.ACCEPTANCE);
    }

    /**
     * Each inspection counts; a pass stores its time, from which FIN's 30 days run. No inspection
     * without photos after the works; the 验收表 prints the photos before and after.
     */
    public void recordInspection(DelegateExecution e) {
        RetrofitApplication a = application(e);
        boolean passed = flag(e, "inspectionPassed");
        LocalDateTime now = LocalDateTime.ofInstant(RetrofitTimers.now(), ZONE);
        a.inspected(passed, (String) e.getVariable("satisfaction"), now);
        e.setVariable(RetrofitProcess.VAR_INSPECTION_ROUND, a.getInspectionRounds());
        List<CaseAttachments.CaseFile> after = attachments.labelled(e.getProcessInstanceId(), RetrofitProcess.PHOTO_AFTER);
        if (after.isEmpty()) {
            throw new RetrofitRuleException("photosAfterMissing");
        }
        List<CaseAttachments.CaseFile> before = attachments.labelled(e.getProcessInstanceId(), RetrofitProcess.PHOTO_BEFORE);
        documents.inspection(a, service.headName(a), passed, (String) e.getVariable("satisfaction"),
                (String) e.getVariable("inspectionNote"), before, after, user(e));
    }

    public void recordAcceptance(DelegateExecution e) {
        RetrofitApplication a = application(e);
        e.setVariable(RetrofitProcess.VAR_PASSED_AT, Date.from(RetrofitTimers.now()));
        a.getHousehold().getDwelling().retrofitted(RetrofitTimers.today());
    }

    public void close(DelegateExecution e) {
        RetrofitApplication a = application(e);
        a.paid(LocalDateTime.ofInstant(RetrofitTimers.now(), ZONE));
        service.plan(a.getCaseNumber()).ifPresent(plan ->
                documents.payment(a, plan, (String) e.getVariable("voucherReference"), user(e)));
    }

    public void terminate(DelegateExecution e) {
        RetrofitApplication a = application(e);
        a.moveTo(CaseStatus.TERMINATED);
        documents.termination(a, service.headName(a), (String) e.getVariable("resolutionReason"), user(e));
    }

    private RetrofitApplication application(DelegateExecution e) {
        return service.get(e.getProcessBusinessKey());
    }

    private static boolean flag(DelegateExecution e, String name) {
        return Boolean.TRUE.equals(e.getVariable(name));
    }

    private static String user(DelegateExecution e) {
        Authentication auth = e.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        return auth == null || auth.getUserId() == null ? "system" : auth.getUserId();
    }
}
