package org.tongban.quotareview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Every path of quota-review.bpmn on the in-memory engine, with a fake of the steps and the clock moved. */
@Deployment(resources = {
    "processes/quota-review/quota-review.bpmn",
    "forms/quota-review/check-declaration.form", "forms/quota-review/verify-social-insurance.form",
    "forms/quota-review/certify-review.form", "forms/quota-review/reexamine-review.form",
    "forms/quota-review/hand-over-to-tax.form", "forms/quota-review/decide-relief.form",
    "forms/quota-review/collect-levy.form", "forms/quota-review/issue-warning.form",
    "forms/quota-review/confirm-late-payment.form", "forms/quota-review/review-reward.form",
    "forms/quota-review/pay-reward.form",
})
class QuotaReviewProcessTest {

    @RegisterExtension
    static ProcessEngineExtension extension = ProcessEngineExtension.builder()
            .configurationResource("quota-review.camunda.cfg.xml").build();

    private static final Instant OPENED = Instant.parse("2026-03-01T01:00:00Z");
    private static final Instant CLOSES = Instant.parse("2026-10-31T16:00:00Z");

    ProcessEngine engine;
    FakeSteps steps;

    @BeforeEach
    void setUp() {
        BpmnAwareTests.init(engine);
        ClockUtil.setCurrentTime(Date.from(OPENED));
        steps = new FakeSteps();
        Mocks.register("quotaReviewSteps", steps);
    }

    @AfterEach
    void tearDown() {
        ClockUtil.reset();
        Mocks.reset();
    }

    @Test
    void a_declaration_is_accepted_checked_by_hrss_certified_and_paid_at_tax() {
        ProcessInstance pi = start();
        steps.feeDue = true;
        declare(pi, false);

        assertThat(pi).isWaitingAt(QuotaReviewProcess.TASK_CHECK);
        assertThat(task(pi)).hasCandidateGroup("CDPF");
        complete(task(pi), withVariables("returned", false, "notInJurisdiction", false));
        assertThat(task(pi)).hasDefinitionKey(QuotaReviewProcess.TASK_VERIFY).hasCandidateGroup("HRSS");
        complete(task(pi), withVariables("insuranceExceptions", "", "hrssReply", "均已足额缴纳"));
        assertThat(task(pi)).hasDefinitionKey(QuotaReviewProcess.TASK_CERTIFY).hasCandidateGroup("CDPF");
        complete(task(pi), withVariables("certificationNote", "认定无误"));

        assertThat(pi).isWaitingAt("Gateway_ObjectionWindow");
        fire("CatchEvent_ObjectionPeriodEnded", Duration.ofDays(22));
        assertThat(task(pi)).hasDefinitionKey(QuotaReviewProcess.TASK_HAND_OVER).hasCandidateGroup("CDPF");
        complete(task(pi));
        assertThat(task(pi)).hasDefinitionKey(QuotaReviewProcess.TASK_COLLECT).hasCandidateGroup("TAX");
        complete(task(pi), withVariables("paid", true, "paidOn", "2026-11-20"));

        assertThat(pi).isEnded().hasPassed("EndEvent_LevyPaid").hasNotPassed(QuotaReviewProcess.TASK_RELIEF);
        assertThat(steps.calls).containsSubsequence("issueAcceptanceNotice", "applyInsuranceFindings", "calculateLevy",
                "certify", "issueConfirmation", "setPaymentDeadline", "close");
    }

    @Test
    void a_review_without_a_fee_closes_after_certification() {
        ProcessInstance pi = acceptedAndCertified(false, false);
        fire("CatchEvent_ObjectionPeriodEnded", Duration.ofDays(22));
        assertThat(pi).isEnded().hasPassed("EndEvent_NoFeeClosed").hasNotPassed(QuotaReviewProcess.TASK_HAND_OVER);
    }

    @Test
    void reminders_go_out_30_and_7_days_before_the_close_and_no_declaration_is_treated_as_none() {
        ProcessInstance pi = start();
        assertThat(jobDue("BoundaryEvent_FirstReminder", CLOSES.minus(Duration.ofDays(31)))).isNull();
        fireAt("BoundaryEvent_FirstReminder", CLOSES.minus(Duration.ofDays(30)));
        assertThat(pi).isWaitingAt(QuotaReviewProcess.RECEIVE_DECLARATION).hasPassed("EndEvent_FirstReminderSent");
        fireAt("BoundaryEvent_SecondReminder", CLOSES.minus(Duration.ofDays(7)));
        assertThat(pi).isWaitingAt(QuotaReviewProcess.RECEIVE_DECLARATION).hasPassed("EndEvent_SecondReminderSent");
        assertThat(steps.calls).containsExactly("sendReminder", "sendReminder");

        steps.feeDue = true;
        fireAt("BoundaryEvent_WindowClosed", CLOSES.plusSeconds(60));

        assertThat(pi).hasPassed("ServiceTask_TreatAsNoneEmployed").isWaitingAt(QuotaReviewProcess.TASK_CERTIFY);
        assertThat(pi).hasNotPassed(QuotaReviewProcess.TASK_CHECK, QuotaReviewProcess.TASK_VERIFY);
        assertThat(steps.calls).containsSubsequence("treatAsNone", "calculateLevy");
    }

    @Test
    void a_return_for_correction_issues_the_one_time_notice_and_waits_for_the_supplement() {
        ProcessInstance pi = start();
        declare(pi, false);
        complete(task(pi), withVariables("returned", true));

        assertThat(pi).hasPassed("ServiceTask_IssueCorrectionNotice").isWaitingAt(QuotaReviewProcess.RECEIVE_SUPPLEMENT);
        engine.getRuntimeService().createMessageCorrelation(QuotaReviewProcess.MESSAGE_DECLARED)
                .processInstanceBusinessKey("QR-2026-000001").correlate();
        assertThat(pi).isWaitingAt(QuotaReviewProcess.TASK_CHECK);
        complete(task(pi), withVariables("returned", false, "notInJurisdiction", false));
        assertThat(task(pi)).hasDefinitionKey(QuotaReviewProcess.TASK_VERIFY);
    }

    @Test
    void no_supplement_by_the_end_of_the_supplement_period_is_treated_as_none() {
        ProcessInstance pi = start();
        declare(pi, false);
        complete(task(pi), withVariables("returned", true));
        fire("BoundaryEvent_SupplementExpired", Duration.ofDays(31));
        assertThat(pi).hasPassed("ServiceTask_TreatAsNoneEmployed").isWaitingAt(QuotaReviewProcess.TASK_CERTIFY);
    }

    @Test
    void an_employer_outside_the_city_is_not_accepted() {
        ProcessInstance pi = start();
        declare(pi, false);
        complete(task(pi), withVariables("returned", false, "notInJurisdiction", true, "competentBody", "锡林浩特市残联"));
        assertThat(pi).isEnded().hasPassed("ServiceTask_IssueNonAcceptance", "EndEvent_NotAccepted");
    }

    @Test
    void an_unpaid_levy_gets_a_fin_warning_and_a_late_fee_when_paid_afterwards() {
        ProcessInstance pi = atCollection(false);
        fire("BoundaryEvent_PaymentOverdue", Duration.ofDays(31));

        assertThat(task(pi)).hasDefinitionKey(QuotaReviewProcess.TASK_WARN).hasCandidateGroup("FIN");
        complete(task(pi), withVariables("warningNote", "逾期未缴纳"));
        assertThat(pi).hasPassed("ServiceTask_IssueWarningNotice");
        assertThat(task(pi)).hasDefinitionKey(QuotaReviewProcess.TASK_LATE_PAYMENT).hasCandidateGroup("TAX");
        complete(task(pi), withVariables("paid", true, "paidOn", "2026-12-20"));

        assertThat(pi).isEnded().hasPassed("ServiceTask_ChargeLateFee", "EndEvent_PaidWithLateFee")
                .hasNotPassed("ServiceTask_RecordCredit");
    }

    @Test
    void a_levy_still_unpaid_after_the_warning_deadline_goes_to_the_credit_record() {
        ProcessInstance pi = atCollection(false);
        complete(task(pi), withVariables("paid", false));
        complete(task(pi), withVariables("warningNote", "拒不缴纳"));
        fire("BoundaryEvent_WarningExpired", Duration.ofDays(60));
        assertThat(pi).isEnded().hasPassed("ServiceTask_RecordCredit", "EndEvent_CreditRecorded");
    }

    @Test
    void a_relief_request_goes_to_fin_before_collection() {
        ProcessInstance pi = atCollection(true);
        assertThat(pi).isWaitingAt(QuotaReviewProcess.TASK_COLLECT).hasPassed(QuotaReviewProcess.TASK_RELIEF);
        assertThat(steps.calls).contains("decideRelief");
        complete(task(pi), withVariables("paid", true, "paidOn", "2026-11-20"));
        assertThat(pi).isEnded().hasPassed("EndEvent_LevyPaid");
    }

    @Test
    void a_reexamination_by_another_officer_can_change_the_result() {
        ProcessInstance pi = acceptedAndCertified(true, false);
        engine.getRuntimeService().createMessageCorrelation(QuotaReviewProcess.MESSAGE_OBJECTION)
                .processInstanceBusinessKey("QR-2026-000001").setVariable("objectionReason", "漏计一名职工").correlate();
        assertThat(task(pi)).hasDefinitionKey(QuotaReviewProcess.TASK_REEXAMINE).hasCandidateGroup("CDPF");

        String taskId = task(pi).getId();
        assertThatThrownBy(() -> engine.getTaskService().claim(taskId, FakeSteps.CERTIFIER))
                .hasRootCauseInstanceOf(org.tongban.inbox.RuleRefusal.class).hasMessageContaining("quotareview.error.sameOfficer");
        engine.getTaskService().claim(taskId, "cdpf.officer2");
        steps.feeAfterReexamination = false;
        complete(task(pi), withVariables("reexaminationOutcome", "CHANGED", "reinstatedLines", "1",
                "reexaminationReason", "社保经核实已足额缴纳"));

        assertThat(pi).hasPassed("ServiceTask_IssueRevisedConfirmation").isEnded().hasPassed("EndEvent_NoFeeClosed")
                .hasNotPassed(QuotaReviewProcess.TASK_HAND_OVER);
    }

    @Test
    void an_upheld_reexamination_keeps_the_fee() {
        ProcessInstance pi = acceptedAndCertified(true, false);
        engine.getRuntimeService().createMessageCorrelation(QuotaReviewProcess.MESSAGE_OBJECTION)
                .processInstanceBusinessKey("QR-2026-000001").correlate();
        complete(task(pi), withVariables("reexaminationOutcome", "UPHELD", "reexaminationReason", "认定无误"));
        assertThat(pi).hasNotPassed("ServiceTask_IssueRevisedConfirmation");
        assertThat(task(pi)).hasDefinitionKey(QuotaReviewProcess.TASK_HAND_OVER);
    }

    @Test
    void an_employer_above_the_ratio_is_reviewed_for_a_reward_paid_by_fin() {
        ProcessInstance pi = acceptedAndCertified(false, true);
        fire("CatchEvent_ObjectionPeriodEnded", Duration.ofDays(22));
        assertThat(task(pi)).hasDefinitionKey(QuotaReviewProcess.TASK_REVIEW_REWARD).hasCandidateGroup("CDPF");
        complete(task(pi), withVariables("rewardApproved", true, "rewardNote", "符合条件"));
        assertThat(pi).hasPassed("ServiceTask_IssueRewardDecision");
        assertThat(task(pi)).hasDefinitionKey(QuotaReviewProcess.TASK_PAY_REWARD).hasCandidateGroup("FIN");
        complete(task(pi), withVariables("rewardPaidOn", "2026-12-01"));
        assertThat(pi).isEnded().hasPassed("EndEvent_Rewarded");
    }

    @Test
    void a_refused_reward_closes_the_review() {
        ProcessInstance pi = acceptedAndCertified(false, true);
        fire("CatchEvent_ObjectionPeriodEnded", Duration.ofDays(22));
        complete(task(pi), withVariables("rewardApproved", false, "rewardNote", "计入人员非本区户籍"));
        assertThat(pi).isEnded().hasPassed("EndEvent_RewardRefused").hasNotPassed("ServiceTask_IssueRewardDecision");
    }

    // ---- helpers ----

    private ProcessInstance start() {
        Map<String, Object> v = new HashMap<>();
        v.put(QuotaReviewProcess.VAR_REVIEW_ID, 1L);
        v.put(QuotaReviewProcess.VAR_WINDOW_CLOSES, Date.from(CLOSES));
        v.put(QuotaReviewProcess.VAR_REMINDER_FIRST, Date.from(CLOSES.minus(Duration.ofDays(30))));
        v.put(QuotaReviewProcess.VAR_REMINDER_SECOND, Date.from(CLOSES.minus(Duration.ofDays(7))));
        v.put(QuotaReviewProcess.VAR_RELIEF_REQUESTED, false);
        ProcessInstance pi = engine.getRuntimeService().startProcessInstanceByKey(QuotaReviewProcess.KEY, "QR-2026-000001", v);
        assertThat(pi).isWaitingAt(QuotaReviewProcess.RECEIVE_DECLARATION);
        return pi;
    }

    private void declare(ProcessInstance pi, boolean reliefRequested) {
        engine.getRuntimeService().createMessageCorrelation(QuotaReviewProcess.MESSAGE_DECLARED)
                .processInstanceBusinessKey(pi.getBusinessKey())
                .setVariable(QuotaReviewProcess.VAR_RELIEF_REQUESTED, reliefRequested).correlate();
    }

    private ProcessInstance acceptedAndCertified(boolean feeDue, boolean reward) {
        ProcessInstance pi = start();
        steps.feeDue = feeDue;
        steps.reward = reward;
        declare(pi, false);
        complete(task(pi), withVariables("returned", false, "notInJurisdiction", false));
        complete(task(pi), withVariables("insuranceExceptions", "1", "hrssReply", "1号未足额"));
        engine.getTaskService().claim(task(pi).getId(), FakeSteps.CERTIFIER);
        complete(task(pi), withVariables("certificationNote", "认定"));
        assertThat(pi).isWaitingAt("Gateway_ObjectionWindow");
        return pi;
    }

    private ProcessInstance atCollection(boolean relief) {
        ProcessInstance pi = start();
        steps.feeDue = true;
        declare(pi, relief);
        complete(task(pi), withVariables("returned", false, "notInJurisdiction", false));
        complete(task(pi), withVariables("insuranceExceptions", "", "hrssReply", "已核实"));
        complete(task(pi), withVariables("certificationNote", "认定"));
        fire("CatchEvent_ObjectionPeriodEnded", Duration.ofDays(22));
        complete(task(pi));
        if (relief) {
            assertThat(task(pi)).hasDefinitionKey(QuotaReviewProcess.TASK_RELIEF).hasCandidateGroup("FIN");
            complete(task(pi), withVariables("reliefAmount", "10000", "deferralMonths", 3L, "reliefDecisionReason", "受灾"));
        }
        assertThat(task(pi)).hasDefinitionKey(QuotaReviewProcess.TASK_COLLECT);
        return pi;
    }

    /** Moves the clock by the given time and runs the timer of that activity, which must then be due. */
    private void fire(String activityId, Duration later) {
        fireAt(activityId, ClockUtil.getCurrentTime().toInstant().plus(later));
    }

    private void fireAt(String activityId, Instant at) {
        ClockUtil.setCurrentTime(Date.from(at));
        Job job = jobDue(activityId, at);
        assertThat(job).as("timer of " + activityId + " due at " + at).isNotNull();
        engine.getManagementService().executeJob(job.getId());
    }

    private Job jobDue(String activityId, Instant at) {
        return engine.getManagementService().createJobQuery().activityId(activityId).duedateLowerThan(Date.from(at.plusMillis(1)))
                .singleResult();
    }

    /** Records the steps called and sets the variables the model routes on. */
    static class FakeSteps implements QuotaReviewSteps {
        static final String CERTIFIER = "cdpf.officer";
        final List<String> calls = new ArrayList<>();
        boolean feeDue;
        boolean reward;
        Boolean feeAfterReexamination;

        private Date later(int days) {
            return Date.from(ClockUtil.getCurrentTime().toInstant().plus(Duration.ofDays(days)));
        }

        @Override public void sendReminder(DelegateExecution e) { calls.add("sendReminder"); }
        @Override public void issueCorrectionNotice(DelegateExecution e) {
            calls.add("issueCorrectionNotice");
            e.setVariable(QuotaReviewProcess.VAR_SUPPLEMENT_ENDS, later(30));
        }
        @Override public void issueNonAcceptance(DelegateExecution e) { calls.add("issueNonAcceptance"); }
        @Override public void issueAcceptanceNotice(DelegateExecution e) { calls.add("issueAcceptanceNotice"); }
        @Override public void treatAsNone(DelegateExecution e) { calls.add("treatAsNone"); }
        @Override public void calculateLevy(DelegateExecution e) {
            calls.add("calculateLevy");
            e.setVariable(QuotaReviewProcess.VAR_FEE_DUE, feeDue);
            e.setVariable(QuotaReviewProcess.VAR_REWARD_PROPOSED, reward);
        }
        @Override public void issueConfirmation(DelegateExecution e) {
            calls.add("issueConfirmation");
            e.setVariable(QuotaReviewProcess.VAR_OBJECTION_ENDS, later(21));
        }
        @Override public void issueRevisedConfirmation(DelegateExecution e) { calls.add("issueRevisedConfirmation"); }
        @Override public void setPaymentDeadline(DelegateExecution e) {
            calls.add("setPaymentDeadline");
            e.setVariable(QuotaReviewProcess.VAR_PAYMENT_DUE, later(30));
        }
        @Override public void issueWarningNotice(DelegateExecution e) {
            calls.add("issueWarningNotice");
            e.setVariable(QuotaReviewProcess.VAR_WARNING_DUE, later(14));
        }
        @Override public void chargeLateFee(DelegateExecution e) { calls.add("chargeLateFee"); }
        @Override public void recordCredit(DelegateExecution e) { calls.add("recordCredit"); }
        @Override public void issueRewardDecision(DelegateExecution e) { calls.add("issueRewardDecision"); }
        @Override public void close(DelegateExecution e) { calls.add("close"); }
        @Override public void applyInsuranceFindings(DelegateTask t) { calls.add("applyInsuranceFindings"); }
        @Override public void certify(DelegateTask t) {
            calls.add("certify");
            t.getExecution().setVariable(QuotaReviewProcess.VAR_FEE_DUE, feeDue);
            t.getExecution().setVariable(QuotaReviewProcess.VAR_REWARD_PROPOSED, reward);
        }
        @Override public void checkReexaminer(DelegateTask t) {
            if (CERTIFIER.equals(t.getAssignee())) {
                throw new org.tongban.inbox.RuleRefusal("quotareview.error.sameOfficer");
            }
        }
        @Override public void reexamine(DelegateTask t) {
            calls.add("reexamine");
            if ("CHANGED".equals(t.getVariable(QuotaReviewProcess.VAR_REEXAMINATION)) && feeAfterReexamination != null) {
                t.getExecution().setVariable(QuotaReviewProcess.VAR_FEE_DUE, feeAfterReexamination);
            }
        }
        @Override public void decideRelief(DelegateTask t) { calls.add("decideRelief"); }
    }
}
