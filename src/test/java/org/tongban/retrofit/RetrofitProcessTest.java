package org.tongban.retrofit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.tongban.retrofit.RetrofitProcess.*;

import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
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

/** Every path of accessibility-retrofit.bpmn, the clock moved with ClockUtil. */
@Deployment(resources = "processes/accessibility-retrofit/accessibility-retrofit.bpmn")
class RetrofitProcessTest {

    @RegisterExtension
    static ProcessEngineExtension extension = ProcessEngineExtension.builder()
            .configurationResource("retrofit/camunda.cfg.xml").build();

    ProcessEngine engine;
    FakeRetrofitBeans fakes;
    int sequence;

    @BeforeEach
    void setUp() {
        BpmnAwareTests.init(engine);
        ClockUtil.setCurrentTime(new Date(1_796_000_000_000L)); // 2026-11-29
        fakes = new FakeRetrofitBeans();
        Mocks.register("retrofitSteps", fakes.steps);
        Mocks.register("retrofitTimers", fakes.timers);
    }

    @AfterEach
    void tearDown() {
        Mocks.reset();
        ClockUtil.reset();
    }

    @Test
    void an_eligible_household_goes_through_notice_assessment_works_and_inspection_to_payment() {
        ProcessInstance pi = start("COMMUNITY-03");
        assertThat(task(pi)).hasDefinitionKey(TASK_INITIAL_CHECK).hasCandidateGroup("COMMUNITY-03");
        complete(task(pi), withVariables("completeness", "COMPLETE", "initialCheckNote", "已入户核实"));

        assertThat(pi).hasPassed("ServiceTask_Accept").isWaitingAt(TASK_CHECK_CARD_AND_HOME, TASK_CHECK_HARDSHIP);
        assertThat(task(TASK_CHECK_CARD_AND_HOME, pi)).hasCandidateGroup("CDPF");
        assertThat(task(TASK_CHECK_HARDSHIP, pi)).hasCandidateGroup("CIVIL");
        checks(pi, "DIBAO", false);

        assertThat(pi).hasPassed("ServiceTask_PublishNotice").isWaitingAt("EventGateway_Notice");
        noticeEnds(pi);
        assertThat(task(pi)).hasDefinitionKey(TASK_HOME_ASSESSMENT).hasCandidateGroup("CDPF");
        complete(task(pi), withVariables("householdAgrees", true, "assessmentNote", "卫生间加装扶手"));

        assertThat(pi).isWaitingAt(RECEIVE_PROCUREMENT);
        contract(pi);
        assertThat(task(pi)).hasDefinitionKey(TASK_SUPERVISE_WORKS).hasCandidateGroup("HOUSING");
        complete(task(pi), withVariables("worksCompletedOn", "2026-12-20", "worksNote", "按方案完工"));
        inspect(pi, true);

        assertThat(pi).hasPassed("ServiceTask_RecordAcceptance");
        assertThat(task(pi)).hasDefinitionKey(TASK_PAY_CONTRACTOR).hasCandidateGroup("FIN");
        assertThat(variable(pi, VAR_PASSED_AT)).isInstanceOf(Date.class);
        complete(task(pi), withVariables("paidOn", "2027-01-10", "voucherReference", "GK-2027-0001"));

        assertThat(pi).isEnded().hasPassed("ServiceTask_Close", "EndEvent_Paid");
        assertThat(fakes.calls).containsSubsequence("accept", "assessEligibility", "publishNotice", "assessmentDone",
                "worksCompleted", "recordInspection", "recordAcceptance", "close");
    }

    @Test
    void a_household_without_a_grade_one_or_two_card_is_refused() {
        ProcessInstance pi = start("COMMUNITY-01", Map.of("gradeOk", false));
        accepted(pi);
        checks(pi, "DIBAO", false);

        assertThat(pi).isEnded().hasPassed("ServiceTask_Refuse", "EndEvent_Refused").hasNotPassed("ServiceTask_PublishNotice");
        assertThat(variable(pi, VAR_REFUSAL_REASON)).isEqualTo("GRADE");
    }

    @Test
    void civil_finding_an_earlier_elderly_home_adaptation_refuses_the_case() {
        ProcessInstance pi = start("GACHA-02");
        accepted(pi);
        checks(pi, "TEKUN", true);

        assertThat(pi).isEnded().hasPassed("EndEvent_Refused");
        assertThat(variable(pi, VAR_REFUSAL_REASON)).isEqualTo("ALREADY_RETROFITTED");
    }

    @Test
    void a_household_not_in_hardship_is_refused() {
        ProcessInstance pi = start("COMMUNITY-02");
        accepted(pi);
        checks(pi, "NONE", false);

        assertThat(variable(pi, VAR_REFUSAL_REASON)).isEqualTo("NOT_HARDSHIP");
        assertThat(pi).isEnded().hasPassed("EndEvent_Refused");
    }

    @Test
    void an_upheld_objection_during_the_notice_refuses_the_case() {
        ProcessInstance pi = eligibleInNotice();
        message(pi, MSG_OBJECTION);

        assertThat(task(pi)).hasDefinitionKey(TASK_VERIFY_OBJECTION).hasCandidateGroup("CDPF");
        complete(task(pi), withVariables("objectionUpheld", true, "objectionFinding", "该户已迁出本市"));

        assertThat(pi).isEnded().hasPassed("ServiceTask_Refuse").hasNotPassed(TASK_HOME_ASSESSMENT);
        assertThat(variable(pi, VAR_REFUSAL_REASON)).isEqualTo("OBJECTION_UPHELD");
    }

    @Test
    void a_rejected_objection_lets_the_notice_run_to_its_original_end() {
        ProcessInstance pi = eligibleInNotice();
        message(pi, MSG_OBJECTION);
        complete(task(pi), withVariables("objectionUpheld", false, "objectionFinding", "经核实不成立"));

        assertThat(pi).isWaitingAt("EventGateway_Notice");
        Job timer = engine.getManagementService().createJobQuery().processInstanceId(pi.getId()).timers().singleResult();
        assertThat(timer.getDuedate()).isEqualTo(variable(pi, "noticeEndsAt"));
        noticeEnds(pi);
        assertThat(task(pi)).hasDefinitionKey(TASK_HOME_ASSESSMENT);
    }

    @Test
    void a_failed_inspection_goes_to_rectification_and_a_second_inspection_that_passes() {
        ProcessInstance pi = inWorks();
        inspect(pi, false);

        assertThat(task(pi)).hasDefinitionKey(TASK_RECORD_RECTIFICATION).hasCandidateGroup("HOUSING");
        complete(task(pi), withVariables("rectificationNote", "扶手重新固定"));
        assertThat(task(pi)).hasDefinitionKey(TASK_INSPECT);
        inspect(pi, true);

        assertThat(task(pi)).hasDefinitionKey(TASK_PAY_CONTRACTOR);
        assertThat(variable(pi, VAR_INSPECTION_ROUND)).isEqualTo(2);
    }

    @Test
    void a_second_failure_goes_to_the_supervisor_who_may_terminate_and_withhold_payment() {
        ProcessInstance pi = inWorks();
        inspect(pi, false);
        complete(task(pi), withVariables("rectificationNote", "已整改"));
        inspect(pi, false);

        assertThat(task(pi)).hasDefinitionKey(TASK_RESOLVE_SECOND_FAILURE).hasCandidateGroup("HOUSING");
        complete(task(pi), withVariables("resolution", "RECTIFY_AGAIN", "resolutionReason", "给予最后一次整改"));
        assertThat(task(pi)).hasDefinitionKey(TASK_RECORD_RECTIFICATION);
        complete(task(pi), withVariables("rectificationNote", "再次整改"));
        inspect(pi, false);
        complete(task(pi), withVariables("resolution", "TERMINATE", "resolutionReason", "施工单位拒不整改"));

        assertThat(pi).isEnded().hasPassed("ServiceTask_Terminate").hasNotPassed(TASK_PAY_CONTRACTOR);
    }

    @Test
    void a_household_that_does_not_sign_the_plan_withdraws() {
        ProcessInstance pi = eligibleInNotice();
        noticeEnds(pi);
        complete(task(pi), withVariables("householdAgrees", false, "assessmentNote", "户主不同意改造"));

        assertThat(pi).isEnded().hasPassed("ServiceTask_RecordWithdrawal", "EndEvent_HouseholdWithdrew");
    }

    @Test
    void a_household_can_decline_at_any_step_before_the_works() {
        ProcessInstance pi = start("COMMUNITY-05");
        accepted(pi);
        engine.getRuntimeService().createMessageCorrelation(MSG_DECLINED).processInstanceBusinessKey(pi.getBusinessKey())
                .setVariable("declineReason", "户主去世").correlate();

        assertThat(pi).isEnded().hasPassed("ServiceTask_RecordDecline", "EndEvent_HouseholdDeclined");
        assertThat(engine.getTaskService().createTaskQuery().processInstanceId(pi.getId()).count()).isZero();
    }

    @Test
    void an_incomplete_application_gets_one_notice_and_returns_to_the_initial_check_when_supplemented() {
        ProcessInstance pi = start("COMMUNITY-04");
        complete(task(pi), withVariables("completeness", "INCOMPLETE", "missingItems", "房产证明；户口簿", "initialCheckNote", "缺材料"));

        assertThat(pi).hasPassed("ServiceTask_ReturnForCorrection").isWaitingAt("EventGateway_Supplement");
        message(pi, MSG_SUPPLEMENT);
        assertThat(task(pi)).hasDefinitionKey(TASK_INITIAL_CHECK);
        complete(task(pi), withVariables("completeness", "COMPLETE", "initialCheckNote", "补正齐全"));
        assertThat(pi).hasPassed("ServiceTask_Accept");
    }

    @Test
    void a_return_from_the_inbox_also_sends_the_one_time_notice() {
        ProcessInstance pi = start("COMMUNITY-04");
        complete(task(pi), withVariables("returned", true));

        assertThat(pi).hasPassed("ServiceTask_ReturnForCorrection").isWaitingAt("EventGateway_Supplement");
    }

    @Test
    void nothing_supplied_within_the_period_is_treated_as_withdrawn() {
        ProcessInstance pi = start("SUMU-01");
        complete(task(pi), withVariables("completeness", "INCOMPLETE", "missingItems", "房产证明", "initialCheckNote", "缺材料"));

        ClockUtil.setCurrentTime(new Date(ClockUtil.getCurrentTime().getTime() + 29 * FakeRetrofitBeans.DAY));
        assertThat(dueTimers(pi)).isZero();
        ClockUtil.setCurrentTime(new Date(ClockUtil.getCurrentTime().getTime() + 2 * FakeRetrofitBeans.DAY));
        fireTimer(pi);

        assertThat(pi).isEnded().hasPassed("ServiceTask_TreatAsWithdrawn", "EndEvent_Withdrawn");
    }

    @Test
    void an_application_out_of_scope_is_not_accepted() {
        ProcessInstance pi = start("COMMUNITY-06");
        complete(task(pi), withVariables("completeness", "OUT_OF_SCOPE", "initialCheckNote", "户籍及居住均不在本市"));

        assertThat(pi).isEnded().hasPassed("ServiceTask_NotAccept", "EndEvent_NotAccepted").hasNotPassed("ServiceTask_Accept");
    }

    @Test
    void the_lead_agency_is_a_setting() {
        Map<String, Object> vars = new HashMap<>();
        vars.put(VAR_LEAD_AGENCY, "CDPF");
        ProcessInstance pi = inWorks(vars);

        assertThat(task(pi)).hasDefinitionKey(TASK_SUPERVISE_WORKS).hasCandidateGroup("CDPF");
    }

    // --- steps

    private ProcessInstance start(String unit) {
        return start(unit, Map.of());
    }

    private ProcessInstance start(String unit, Map<String, Object> extra) {
        Map<String, Object> vars = new HashMap<>();
        vars.put(VAR_LEAD_AGENCY, "HOUSING");
        vars.put(VAR_GRASS_ROOTS_UNIT, unit);
        vars.put(VAR_APPLICATION_ID, 1L);
        vars.put(VAR_CHANNEL, "GRASS_ROOTS");
        vars.putAll(extra);
        return engine.getRuntimeService().startProcessInstanceByKey(KEY, "AR-2026-%06d".formatted(++sequence), vars);
    }

    private void accepted(ProcessInstance pi) {
        complete(task(pi), withVariables("completeness", "COMPLETE", "initialCheckNote", "已入户核实"));
    }

    private void checks(ProcessInstance pi, String hardship, boolean elderlyAdaptation) {
        complete(task(TASK_CHECK_CARD_AND_HOME, pi), withVariables("homeAdaptable", true, "homeUnsafe", false,
                "needConfirmed", true, "cardAndHomeNote", "肢体二级，住房可改造"));
        complete(task(TASK_CHECK_HARDSHIP, pi), withVariables("hardshipCategory", hardship,
                "elderlyAdaptationFound", elderlyAdaptation, "hardshipNote", "2023-05 起享受低保"));
    }

    private ProcessInstance eligibleInNotice() {
        ProcessInstance pi = start("COMMUNITY-07");
        accepted(pi);
        checks(pi, "DIBAO", false);
        return pi;
    }

    private ProcessInstance inWorks() {
        return inWorks(Map.of());
    }

    private ProcessInstance inWorks(Map<String, Object> extra) {
        ProcessInstance pi = start("COMMUNITY-08", extra);
        accepted(pi);
        checks(pi, "LOW_INCOME", false);
        noticeEnds(pi);
        complete(task(pi), withVariables("householdAgrees", true, "assessmentNote", "入户评估"));
        contract(pi);
        if (!extra.isEmpty()) {
            return pi;
        }
        complete(task(pi), withVariables("worksCompletedOn", "2026-12-20", "worksNote", "完工"));
        return pi;
    }

    private void noticeEnds(ProcessInstance pi) {
        ClockUtil.setCurrentTime(new Date(ClockUtil.getCurrentTime().getTime() + 8 * FakeRetrofitBeans.DAY));
        fireTimer(pi);
    }

    private void contract(ProcessInstance pi) {
        message(pi, MSG_CONTRACTED);
    }

    private void inspect(ProcessInstance pi, boolean passed) {
        assertThat(task(pi)).hasDefinitionKey(TASK_INSPECT);
        complete(task(pi), withVariables("inspectionPassed", passed, "satisfaction", "SATISFIED",
                "inspectionNote", passed ? "合格" : "扶手松动"));
    }

    private void message(ProcessInstance pi, String name) {
        engine.getRuntimeService().createMessageCorrelation(name).processInstanceBusinessKey(pi.getBusinessKey()).correlate();
    }

    private long dueTimers(ProcessInstance pi) {
        return engine.getManagementService().createJobQuery().processInstanceId(pi.getId()).timers()
                .duedateLowerThan(ClockUtil.getCurrentTime()).count();
    }

    private void fireTimer(ProcessInstance pi) {
        Job job = engine.getManagementService().createJobQuery().processInstanceId(pi.getId()).timers()
                .duedateLowerThan(ClockUtil.getCurrentTime()).singleResult();
        assertThat(job).as("a due timer").isNotNull();
        engine.getManagementService().executeJob(job.getId());
    }

    private Object variable(ProcessInstance pi, String name) {
        return engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(pi.getId())
                .variableName(name).singleResult().getValue();
    }
}
