package org.tongban.rehab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

@Deployment(resources = {
    "processes/rehab-rescue/rehab-rescue.bpmn",
    "forms/rehab-rescue/preliminary-review.form", "forms/rehab-rescue/check-completeness.form",
    "forms/rehab-rescue/assess-child.form", "forms/rehab-rescue/check-guardianship.form",
    "forms/rehab-rescue/check-insurance.form", "forms/rehab-rescue/decide-application.form",
    "forms/rehab-rescue/choose-institution.form", "forms/rehab-rescue/approve-out-of-area.form",
    "forms/rehab-rescue/sign-agreement.form", "forms/rehab-rescue/review-bill.form",
    "forms/rehab-rescue/pay-insured-items.form", "forms/rehab-rescue/pay-institution.form",
    "forms/rehab-rescue/review-renewal.form", "forms/rehab-rescue/prepare-ageing-out.form",
    "forms/rehab-rescue/review-institution-change.form", "forms/rehab-rescue/terminate-service.form",
})
class RehabRescueProcessTest {

    @RegisterExtension
    static ProcessEngineExtension extension = ProcessEngineExtension.builder()
            .configurationResource("rehab/camunda.cfg.xml").build();

    ProcessEngine engine;
    FakeRehabSteps steps;
    int sequence;

    @BeforeEach
    void setUp() {
        BpmnAwareTests.init(engine);
        ClockUtil.setCurrentTime(new Date(1_796_000_000_000L)); // 2026-11-29
        steps = new FakeRehabSteps();
        Mocks.register("rehabSteps", steps);
    }

    @AfterEach
    void tearDown() {
        Mocks.reset();
        ClockUtil.reset();
    }

    @Test
    void an_approved_child_goes_through_assessment_checks_decision_agreement_and_a_quarterly_settlement() {
        ProcessInstance pi = start(false, false);
        assertThat(pi).isWaitingAt(RehabProcess.TASK_CHECK_COMPLETENESS);
        assertThat(task(pi)).hasCandidateGroup("CDPF");
        complete(task(pi), withVariables("completeness", "COMPLETE", "needsAssessment", true));

        assertThat(pi).isWaitingAt(RehabProcess.TASK_ASSESS_CHILD);
        assertThat(task(pi)).hasCandidateGroup("HEALTH");
        complete(task(pi), withVariables("needConfirmed", true, "reportNumber", "PG-2026-17"));

        assertThat(pi).isWaitingAt(RehabProcess.TASK_CHECK_INSURANCE).isNotWaitingAt(RehabProcess.TASK_CHECK_GUARDIANSHIP);
        assertThat(task(pi)).hasCandidateGroup("MEDINS");
        complete(task(pi), withVariables("insured", "YES"));

        decideAndContract(pi, "RI-EH-01");
        assertThat(pi).hasNotPassed(RehabProcess.TASK_APPROVE_OUT_OF_AREA);

        settle(pi, 1000);
        assertThat(pi).hasPassed(RehabProcess.TASK_REVIEW_BILL, RehabProcess.TASK_PAY_INSURED, RehabProcess.TASK_PAY_INSTITUTION)
                .isWaitingAt("Gateway_ServiceEvents");
        assertThat(steps.steps).containsSubsequence(RehabProcess.TASK_CHECK_COMPLETENESS, RehabProcess.TASK_DECIDE,
                RehabProcess.TASK_CHOOSE_INSTITUTION, RehabProcess.TASK_SIGN_AGREEMENT, RehabProcess.TASK_REVIEW_BILL,
                RehabProcess.TASK_PAY_INSURED, RehabProcess.TASK_PAY_INSTITUTION);
    }

    @Test
    void a_bill_without_insured_items_goes_straight_to_finance() {
        ProcessInstance pi = inService("RI-EH-01");
        settle(pi, 0);
        assertThat(pi).hasPassed(RehabProcess.TASK_PAY_INSTITUTION).hasNotPassed(RehabProcess.TASK_PAY_INSURED);
    }

    @Test
    void a_grass_roots_intake_is_reviewed_there_first_and_a_welfare_institution_guardian_is_checked_by_civil_affairs() {
        ProcessInstance pi = start(true, true);
        assertThat(pi).isWaitingAt(RehabProcess.TASK_PRELIMINARY_REVIEW);
        assertThat(task(pi)).hasCandidateGroup("COMMUNITY-03");
        complete(task(pi), withVariables("preliminaryOpinion", "已入户核实", "homeVisited", true));
        complete(task(pi), withVariables("completeness", "COMPLETE", "needsAssessment", false));

        assertThat(pi).isWaitingAt(RehabProcess.TASK_CHECK_INSURANCE, RehabProcess.TASK_CHECK_GUARDIANSHIP)
                .hasNotPassed(RehabProcess.TASK_ASSESS_CHILD);
        complete(task(RehabProcess.TASK_CHECK_GUARDIANSHIP, pi), withVariables("guardianshipStatus", "WELFARE_INSTITUTION"));
        assertThat(pi).isNotWaitingAt(RehabProcess.TASK_DECIDE);
        complete(task(RehabProcess.TASK_CHECK_INSURANCE, pi), withVariables("insured", "NO"));
        assertThat(pi).isWaitingAt(RehabProcess.TASK_DECIDE);
    }

    @Test
    void a_child_of_an_ineligible_category_is_refused_with_the_reason() {
        ProcessInstance pi = toDecision();
        complete(task(pi), withVariables("approved", false, "refusalReason", "CATEGORY"));

        assertThat(pi).isEnded().hasPassed(RehabProcess.END_REFUSED).hasNotPassed(RehabProcess.TASK_CHOOSE_INSTITUTION);
        assertThat(pi).variables().containsEntry("refusalReason", "CATEGORY");
    }

    @Test
    void an_incomplete_application_gets_one_notice_and_is_checked_again_after_the_supplement() {
        ProcessInstance pi = start(false, false);
        complete(task(pi), withVariables("completeness", "INCOMPLETE", "missingMaterials", "户口簿复印件；出生医学证明"));
        assertThat(pi).isWaitingAt("Gateway_AwaitSupplement");
        assertThat(pi).variables().containsKey(RehabProcess.VAR_SUPPLEMENT_DEADLINE);

        engine.getRuntimeService().createMessageCorrelation(RehabProcess.MSG_SUPPLEMENTED)
                .processInstanceBusinessKey(pi.getBusinessKey()).correlate();
        assertThat(pi).isWaitingAt(RehabProcess.TASK_CHECK_COMPLETENESS);
        complete(task(pi), withVariables("completeness", "COMPLETE", "needsAssessment", false));
        assertThat(pi).isWaitingAt(RehabProcess.TASK_CHECK_INSURANCE);
    }

    @Test
    void nothing_supplied_within_the_period_is_treated_as_withdrawn() {
        ProcessInstance pi = start(false, false);
        complete(task(pi), withVariables("completeness", "INCOMPLETE", "missingMaterials", "残疾人证"));
        ClockUtil.setCurrentTime(new Date(ClockUtil.getCurrentTime().getTime() + 31 * FakeRehabSteps.DAY));
        execute(job("Event_SupplementPeriodPassed", pi));
        assertThat(pi).isEnded().hasPassed(RehabProcess.END_TREATED_WITHDRAWN);
    }

    @Test
    void the_guardian_may_withdraw_while_the_notice_runs_and_an_out_of_scope_request_is_not_accepted() {
        ProcessInstance pi = start(false, false);
        complete(task(pi), withVariables("completeness", "INCOMPLETE", "missingMaterials", "残疾人证"));
        engine.getRuntimeService().createMessageCorrelation(RehabProcess.MSG_WITHDRAWN)
                .processInstanceBusinessKey(pi.getBusinessKey()).correlate();
        assertThat(pi).isEnded().hasPassed(RehabProcess.END_WITHDRAWN);

        ProcessInstance other = start(false, false);
        complete(task(other), withVariables("completeness", "OUT_OF_SCOPE", "outOfScopeReason", "成年人康复，另行办理"));
        assertThat(other).isEnded().hasPassed(RehabProcess.END_NOT_ACCEPTED);
    }

    @Test
    void care_outside_the_city_needs_cdpf_approval_and_a_refusal_sends_the_guardian_back_to_choose() {
        ProcessInstance pi = toDecision();
        complete(task(pi), withVariables("approved", true));
        complete(task(pi), withVariables("institutionCode", "RI-XL-01"));
        assertThat(pi).isWaitingAt(RehabProcess.TASK_APPROVE_OUT_OF_AREA);
        assertThat(task(pi)).hasCandidateGroup("CDPF");
        complete(task(pi), withVariables("outOfAreaApproved", false, "outOfAreaReason", "市内机构可提供同类服务"));

        assertThat(pi).isWaitingAt(RehabProcess.TASK_CHOOSE_INSTITUTION);
        complete(task(pi), withVariables("institutionCode", "RI-XL-01"));
        complete(task(pi), withVariables("outOfAreaApproved", true, "outOfAreaReason", "市内无人工耳蜗术后康复"));
        assertThat(pi).isWaitingAt(RehabProcess.TASK_SIGN_AGREEMENT);
    }

    @Test
    void a_change_of_institution_is_reviewed_and_leads_to_a_new_choice_and_agreement() {
        ProcessInstance pi = inService("RI-EH-01");
        engine.getRuntimeService().createMessageCorrelation(RehabProcess.MSG_CHANGE_REQUESTED)
                .processInstanceBusinessKey(pi.getBusinessKey()).correlate();
        assertThat(pi).isWaitingAt(RehabProcess.TASK_REVIEW_CHANGE);
        complete(task(pi), withVariables("changeApproved", true, "changeReason", "家庭搬迁至机构附近"));

        assertThat(pi).isWaitingAt(RehabProcess.TASK_CHOOSE_INSTITUTION);
        complete(task(pi), withVariables("institutionCode", "RI-EH-03"));
        complete(task(pi), withVariables("agreementSigned", true));
        assertThat(pi).isWaitingAt("Gateway_ServiceEvents");
        assertThat(steps.steps.stream().filter(RehabProcess.TASK_SIGN_AGREEMENT::equals)).hasSize(2);
    }

    @Test
    void a_refused_change_keeps_the_child_where_it_is() {
        ProcessInstance pi = inService("RI-EH-01");
        engine.getRuntimeService().createMessageCorrelation(RehabProcess.MSG_CHANGE_REQUESTED)
                .processInstanceBusinessKey(pi.getBusinessKey()).correlate();
        complete(task(pi), withVariables("changeApproved", false, "changeReason", "未说明理由"));
        assertThat(pi).isWaitingAt("Gateway_ServiceEvents").hasNotPassed("Flow_ChangeApproved");
    }

    @Test
    void renewal_opens_before_the_period_ends_and_the_service_continues() {
        ProcessInstance pi = inService("RI-EH-01");
        ClockUtil.setCurrentTime(new Date(ClockUtil.getCurrentTime().getTime() + 336 * FakeRehabSteps.DAY));
        execute(job("Event_RenewalDue", pi));
        assertThat(pi).isWaitingAt(RehabProcess.TASK_REVIEW_RENEWAL);
        complete(task(pi), withVariables("renew", true));
        assertThat(pi).isWaitingAt("Gateway_ServiceEvents").isNotEnded();
    }

    @Test
    void a_child_nearing_15_gets_a_reminder_is_not_renewed_and_the_case_ends_after_the_last_settlement() {
        steps.ageingReminderInDays = 30;
        steps.paymentsUntilFinished = 1;
        ProcessInstance pi = inService("RI-EH-01");
        ClockUtil.setCurrentTime(new Date(ClockUtil.getCurrentTime().getTime() + 31 * FakeRehabSteps.DAY));
        execute(job("Event_AgeingReminder", pi));
        assertThat(pi).isWaitingAt(RehabProcess.TASK_AGEING_OUT);
        assertThat(task(pi)).hasCandidateGroup("CDPF");
        complete(task(pi), withVariables("transition", "EDU"));

        ClockUtil.setCurrentTime(new Date(ClockUtil.getCurrentTime().getTime() + 60 * FakeRehabSteps.DAY));
        settle(pi, 0);
        assertThat(pi).isEnded().hasPassed(RehabProcess.END_SERVICE_ENDED);
    }

    @Test
    void moving_away_or_stopping_terminates_the_service() {
        ProcessInstance pi = inService("RI-EH-02");
        engine.getRuntimeService().createMessageCorrelation(RehabProcess.MSG_SERVICE_STOPPED)
                .processInstanceBusinessKey(pi.getBusinessKey()).setVariable("stopReason", "MOVED_AWAY").correlate();
        assertThat(pi).isWaitingAt(RehabProcess.TASK_TERMINATE);
        complete(task(pi), withVariables("stopReason", "MOVED_AWAY"));
        assertThat(pi).isEnded().hasPassed(RehabProcess.END_TERMINATED);
    }

    @Test
    void an_absence_without_reason_suspends_the_service_and_attendance_resumes_it() {
        ProcessInstance pi = inService("RI-EH-01");
        engine.getRuntimeService().createMessageCorrelation(RehabProcess.MSG_ABSENCE_REPORTED)
                .processInstanceBusinessKey(pi.getBusinessKey()).setVariable("absentSince", "2026-10-01").correlate();
        assertThat(pi).isWaitingAt("Gateway_Suspended").hasPassed(RehabProcess.EVENT_ABSENCE_REPORTED);
        assertThat(pi).variables().containsKey(RehabProcess.VAR_SUSPENSION_ENDS_AT);

        engine.getRuntimeService().createMessageCorrelation(RehabProcess.MSG_ATTENDANCE_RESUMED)
                .processInstanceBusinessKey(pi.getBusinessKey()).correlate();
        assertThat(pi).isWaitingAt("Gateway_ServiceEvents").isNotEnded();
        assertThat(steps.steps).containsSubsequence(RehabProcess.EVENT_ABSENCE_REPORTED, RehabProcess.EVENT_ATTENDANCE_RESUMED);
    }

    @Test
    void a_suspension_without_renewed_attendance_ends_in_termination_for_absence() {
        ProcessInstance pi = inService("RI-EH-01");
        engine.getRuntimeService().createMessageCorrelation(RehabProcess.MSG_ABSENCE_REPORTED)
                .processInstanceBusinessKey(pi.getBusinessKey()).setVariable("absentSince", "2026-10-01").correlate();
        ClockUtil.setCurrentTime(new Date(ClockUtil.getCurrentTime().getTime() + 31 * FakeRehabSteps.DAY));
        execute(job(RehabProcess.EVENT_SUSPENSION_EXPIRED, pi));

        assertThat(pi).isWaitingAt(RehabProcess.TASK_TERMINATE);
        assertThat(pi).variables().containsEntry(RehabProcess.VAR_STOP_REASON, "ABSENT");
        complete(task(pi), withVariables("stopReason", "ABSENT"));
        assertThat(pi).isEnded().hasPassed(RehabProcess.END_TERMINATED);
    }

    @Test
    void the_reminder_before_the_15th_birthday_passes_the_step_that_tells_cdpf() {
        steps.ageingReminderInDays = 10;
        ProcessInstance pi = inService("RI-EH-01");
        ClockUtil.setCurrentTime(new Date(ClockUtil.getCurrentTime().getTime() + 11 * FakeRehabSteps.DAY));
        execute(job(RehabProcess.EVENT_AGEING_REMINDER, pi));
        assertThat(steps.steps).contains(RehabProcess.EVENT_AGEING_REMINDER);
        assertThat(pi).isWaitingAt(RehabProcess.TASK_AGEING_OUT);
    }

    @Test
    void every_user_task_has_a_form_in_the_deployment() {
        ProcessInstance pi = start(false, false);
        var withForm = engine.getTaskService().createTaskQuery().processInstanceId(pi.getId()).initializeFormKeys().singleResult();
        assertThat(withForm.getCamundaFormRef().getKey()).isEqualTo("rehab-rescue.check-completeness");
        assertThat(withForm.getCamundaFormRef().getBinding()).isEqualTo("deployment");
        assertThat(pi).hasBusinessKey("RR-2026-000001");
    }

    // --- helpers -------------------------------------------------------------------------------

    private ProcessInstance start(boolean viaGrassRoots, boolean civilCheck) {
        Map<String, Object> vars = new HashMap<>();
        vars.put(RehabProcess.VAR_APPLICATION_ID, (long) ++sequence);
        vars.put(RehabProcess.VAR_CHANNEL_GRASS_ROOTS, viaGrassRoots);
        vars.put(RehabProcess.VAR_GRASS_ROOTS_UNIT, "COMMUNITY-03");
        vars.put(RehabProcess.VAR_CIVIL_CHECK, civilCheck);
        return engine.getRuntimeService().startProcessInstanceByKey(RehabProcess.KEY,
                String.format("RR-2026-%06d", sequence), vars);
    }

    private ProcessInstance toDecision() {
        ProcessInstance pi = start(false, false);
        complete(task(pi), withVariables("completeness", "COMPLETE", "needsAssessment", false));
        complete(task(pi), withVariables("insured", "YES"));
        assertThat(pi).isWaitingAt(RehabProcess.TASK_DECIDE);
        return pi;
    }

    private void decideAndContract(ProcessInstance pi, String institution) {
        assertThat(pi).isWaitingAt(RehabProcess.TASK_DECIDE);
        complete(task(pi), withVariables("approved", true));
        complete(task(pi), withVariables("institutionCode", institution));
        assertThat(pi).isWaitingAt(RehabProcess.TASK_SIGN_AGREEMENT);
        complete(task(pi), withVariables("agreementSigned", true));
        assertThat(pi).isWaitingAt("Gateway_ServiceEvents");
    }

    private ProcessInstance inService(String institution) {
        ProcessInstance pi = toDecision();
        decideAndContract(pi, institution);
        return pi;
    }

    private void settle(ProcessInstance pi, int insured) {
        ClockUtil.setCurrentTime(new Date(ClockUtil.getCurrentTime().getTime() + 92 * FakeRehabSteps.DAY));
        execute(job("Event_SettlementDue", pi));
        assertThat(pi).isWaitingAt(RehabProcess.TASK_REVIEW_BILL);
        complete(task(pi), withVariables("billedAmount", 5200L, "approvedAmount", 5000L, "insuredAmount", (long) insured));
        if (insured > 0) {
            assertThat(task(pi)).hasCandidateGroup("MEDINS");
            complete(task(pi), withVariables("insuredPaid", true));
        }
        assertThat(task(pi)).hasCandidateGroup("FIN");
        complete(task(pi), withVariables("paymentReference", "BF-2026-" + sequence));
    }

    @SuppressWarnings("unused")
    private static long open(ProcessInstance pi) {
        return taskQuery().processInstanceId(pi.getId()).count();
    }
}
