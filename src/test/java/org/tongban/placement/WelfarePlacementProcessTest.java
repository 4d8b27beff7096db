package org.tongban.placement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.tongban.placement.WelfarePlacementProcess.*;

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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every path of welfare-placement.bpmn, the clock moved with ClockUtil. */
@Deployment(resources = {WelfarePlacementProcessTest.BPMN, WelfarePlacementProcessTest.DMN})
class WelfarePlacementProcessTest {

    static final String BPMN = "processes/welfare-placement/welfare-placement.bpmn";
    static final String DMN = "processes/welfare-placement/welfare-placement-eligibility.dmn";

    @RegisterExtension
    static ProcessEngineExtension extension = ProcessEngineExtension.builder()
            .configurationResource("placement/camunda.cfg.xml").build();

    ProcessEngine engine;
    FakePlacementBeans fakes;
    int caseSequence;

    @BeforeEach
    void setUp() {
        BpmnAwareTests.init(engine);
        ClockUtil.setCurrentTime(new Date(1_796_000_000_000L)); // 2026-11-29
        fakes = new FakePlacementBeans();
        Mocks.register("welfarePlacementSteps", fakes.steps);
        Mocks.register("welfarePlacementTimers", fakes.timers);
    }

    @AfterEach
    void tearDown() {
        Mocks.reset();
        ClockUtil.reset();
    }

    @Test
    void a_first_placement_goes_from_application_through_checks_matching_and_public_notice_to_the_subsidy_term() {
        ProcessInstance pi = start();
        assertThat(task(pi)).hasDefinitionKey(TASK_CHECK_COMPLETENESS).hasCandidateGroup("CDPF");

        complete(task(pi), withVariables("completeness", "COMPLETE", "returned", false));
        assertThat(pi).isWaitingAt(TASK_CHECK_CARD, TASK_HARDSHIP, TASK_DIBAO, TASK_BUSINESS);
        assertThat(task(TASK_HARDSHIP, pi)).hasCandidateGroup("HRSS");
        assertThat(task(TASK_DIBAO, pi)).hasCandidateGroup("CIVIL");
        assertThat(task(TASK_BUSINESS, pi)).hasCandidateGroup("MARKET");
        checks(pi, Map.of());

        assertThat(pi).hasPassed("ServiceTask_Accept", "ServiceTask_ConfirmEligibility").isWaitingAt(TASK_MATCH);
        assertThat(variable(pi, VAR_ELIGIBILITY)).isEqualTo("ELIGIBLE");
        complete(task(pi), withVariables("postId", 7L, "matchNote", "就近安排"));
        assertThat(task(pi)).hasDefinitionKey(TASK_ASSESSMENT).hasCandidateGroup("COMMUNITY-03");
        complete(task(pi), withVariables("assessmentPassed", true, "assessmentNote", "评议通过"));

        assertThat(pi).hasPassed("ServiceTask_PublishNotice").isWaitingAt("Gateway_DuringNotice");
        fire(pi, "Event_NoticePeriodEnded");
        assertThat(task(pi)).hasDefinitionKey(TASK_RECORD_PLACEMENT).hasCandidateGroup("HRSS");
        recordPlacement(pi, 12);

        assertThat(pi).hasPassed("ServiceTask_Place").isWaitingAt("Event_QuarterEnded");
        assertThat(variable(pi, VAR_PLACEMENT_RESULT)).isEqualTo("PLACED");
        assertThat(fakes.calls).containsSubsequence("accept", "assessFacts", "confirmEligibility", "publishNotice", "place");
    }

    @Test
    void a_dibao_recipient_has_the_taper_started_by_civil_affairs_before_the_term_runs() {
        ProcessInstance pi = start();
        toPlacement(pi, Map.of("dibao", true));
        recordPlacement(pi, 12);

        assertThat(task(pi)).hasDefinitionKey(TASK_DIBAO_TAPER).hasCandidateGroup("CIVIL");
        complete(task(pi), withVariables("taperMonths", 6L));
        assertThat(pi).isWaitingAt("Event_QuarterEnded");
    }

    // Refusal ----------------------------------------

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "NO_VALID_CARD,    false, true,  true,  false, false, 0, true,  true",
        "AGE,              true,  false, true,  false, false, 0, true,  true",
        "NOT_HARDSHIP,     true,  true,  false, false, false, 0, true,  true",
        "EMPLOYED,         true,  true,  true,  true,  false, 0, true,  true",
        "EMPLOYED,         true,  true,  true,  false, true,  0, true,  true",
        "CAP_REACHED,      true,  true,  true,  false, false, 2, true,  true",
        "TERM_NOT_EXPIRED, true,  true,  true,  false, false, 1, false, true",
        "NOT_HARDSHIP,     true,  true,  true,  false, false, 1, true,  false",
    })
    void each_reason_code_ends_the_case_refused_with_that_reason(String reason, boolean card, boolean age,
            boolean hardship, boolean employed, boolean business, int placements, boolean termExpired,
            boolean special) {
        ProcessInstance pi = start(Map.of("workingAge", age, "placementsSoFar", placements,
                "previousTermExpired", termExpired, "specialDifficulty", special));
        complete(task(pi), withVariables("completeness", "COMPLETE", "returned", false));
        checks(pi, Map.of("cardValid", card, "hardshipRecognised", hardship, "employed", employed,
                "businessOwner", business));

        assertThat(pi).isEnded().hasPassed("ServiceTask_Refuse", "EndEvent_Refused").hasNotPassed(TASK_MATCH);
        assertThat(historic(pi, "refusalReason")).isEqualTo(reason);
    }

    @Test
    void a_cap_reached_at_the_placement_itself_is_refused_too() {
        ProcessInstance pi = start();
        toPlacement(pi, Map.of());
        runtime().setVariable(pi.getId(), "forcePlacementResult", "CAP_REACHED");
        recordPlacement(pi, 12);

        assertThat(pi).isEnded().hasPassed("EndEvent_Refused");
        assertThat(historic(pi, "refusalReason")).isEqualTo("CAP_REACHED");
    }

    @Test
    void a_contract_under_a_year_goes_back_to_the_placement_task() {
        ProcessInstance pi = start();
        toPlacement(pi, Map.of());
        recordPlacement(pi, 6);

        assertThat(task(pi)).hasDefinitionKey(TASK_RECORD_PLACEMENT);
        recordPlacement(pi, 12);
        assertThat(pi).isWaitingAt("Event_QuarterEnded");
    }

    // Completeness ----------------------------------------

    @Test
    void an_incomplete_application_gets_one_notice_and_is_accepted_after_the_supplement() {
        ProcessInstance pi = start();
        complete(task(pi), withVariables("completeness", "INCOMPLETE", "missingItems", "就业创业证复印件", "returned", false));

        assertThat(pi).hasPassed("ServiceTask_ReturnForCorrection");
        assertThat(task(pi)).hasDefinitionKey(TASK_SUPPLEMENT).hasCandidateGroup("COMMUNITY-03");
        complete(task(pi), withVariables("supplementNote", "已补交"));
        assertThat(task(pi)).hasDefinitionKey(TASK_CHECK_COMPLETENESS);
        complete(task(pi), withVariables("completeness", "COMPLETE", "returned", false));
        assertThat(pi).isWaitingAt(TASK_CHECK_CARD, TASK_HARDSHIP, TASK_DIBAO, TASK_BUSINESS);
    }

    @Test
    void the_inbox_return_action_also_sends_the_one_time_notice() {
        ProcessInstance pi = start();
        complete(task(pi), withVariables("returned", true));
        assertThat(task(pi)).hasDefinitionKey(TASK_SUPPLEMENT);
    }

    @Test
    void nothing_supplied_within_the_period_means_withdrawn() {
        ProcessInstance pi = start();
        complete(task(pi), withVariables("completeness", "INCOMPLETE", "returned", false));

        fire(pi, "BoundaryEvent_SupplementPeriodPassed");

        assertThat(pi).isEnded().hasPassed("ServiceTask_TreatAsWithdrawn", "EndEvent_Withdrawn");
    }

    @Test
    void an_application_out_of_scope_is_not_accepted() {
        ProcessInstance pi = start();
        complete(task(pi), withVariables("completeness", "OUT_OF_SCOPE", "returned", false));
        assertThat(pi).isEnded().hasPassed("ServiceTask_NotAccept", "EndEvent_NotAccepted");
    }

    // PublicNotice ----------------------------------------

    @Test
    void an_objection_upheld_refuses_the_case_and_frees_the_post_for_the_next_candidate() {
        ProcessInstance pi = start();
        toNotice(pi, Map.of());

        correlate(pi, MSG_OBJECTION);
        assertThat(task(pi)).hasDefinitionKey(TASK_VERIFY_OBJECTION).hasCandidateGroup("HRSS");
        complete(task(pi), withVariables("objectionUpheld", true, "objectionFinding", "申请人已在企业就业"));

        assertThat(pi).isEnded().hasPassed("EndEvent_Refused");
        assertThat(historic(pi, "refusalReason")).isEqualTo("OBJECTION_UPHELD");
    }

    @Test
    void an_objection_not_upheld_lets_the_notice_run_out_and_the_placement_follow() {
        ProcessInstance pi = start();
        toNotice(pi, Map.of());
        correlate(pi, MSG_OBJECTION);
        complete(task(pi), withVariables("objectionUpheld", false, "objectionFinding", "经核实不成立"));

        assertThat(pi).isWaitingAt("Gateway_DuringNotice");
        fire(pi, "Event_NoticePeriodEnded");
        assertThat(task(pi)).hasDefinitionKey(TASK_RECORD_PLACEMENT);
    }

    @Test
    void a_failed_community_assessment_sends_the_case_back_to_matching() {
        ProcessInstance pi = start();
        complete(task(pi), withVariables("completeness", "COMPLETE", "returned", false));
        checks(pi, Map.of());
        complete(task(pi), withVariables("postId", 7L));
        complete(task(pi), withVariables("assessmentPassed", false, "assessmentNote", "岗位不适合"));
        assertThat(task(pi)).hasDefinitionKey(TASK_MATCH);
    }

    // SubsidyTerm ----------------------------------------

    @Test
    void a_quarterly_claim_cycle_with_one_missing_claim_reminds_the_employer_and_pays_every_quarter() {
        ProcessInstance pi = placed(Map.of());

        fire(pi, "Event_QuarterEnded");
        correlate(pi, MSG_CLAIM_FILED);
        reviewAndPay(pi);

        fire(pi, "Event_QuarterEnded");
        assertThat(pi).isWaitingAt("Gateway_ClaimOrReminder");
        fire(pi, "Event_ClaimOverdue");
        assertThat(fakes.calls).containsOnlyOnce("remindEmployer");
        assertThat(pi).isWaitingAt("Gateway_ClaimOrReminder");
        correlate(pi, MSG_CLAIM_FILED);
        reviewAndPay(pi);

        assertThat(pi).hasPassed("EndEvent_TermCompleted");
        assertThat(task(pi)).hasDefinitionKey(TASK_DECIDE_AFTER_EXPIRY);
        assertThat(fakes.calls).filteredOn("issuePaymentVoucher"::equals).hasSize(2);
    }

    @Test
    void a_claim_refused_by_hrss_is_not_paid_and_the_next_quarter_follows() {
        ProcessInstance pi = placed(Map.of("termQuarters", 3));
        fire(pi, "Event_QuarterEnded");
        correlate(pi, MSG_CLAIM_FILED);
        complete(task(pi), withVariables("claimApproved", false, "claimNote", "花名册与考勤不符"));

        assertThat(pi).isWaitingAt("Event_QuarterEnded");
        assertThat(fakes.calls).doesNotContain("issuePaymentVoucher");
    }

    @Test
    void the_expiry_warning_comes_sixty_days_before_the_term_ends_and_the_term_goes_on() {
        ProcessInstance pi = placed(Map.of());
        fire(pi, "BoundaryEvent_ExpiryWarning");

        assertThat(fakes.calls).contains("warnExpiry");
        assertThat(pi).isWaitingAt("Event_QuarterEnded");
    }

    @Test
    void an_early_exit_terminates_the_case_and_the_placement_still_counts() {
        ProcessInstance pi = placed(Map.of());
        fire(pi, "Event_QuarterEnded");

        correlate(pi, MSG_PLACEMENT_ENDED);
        assertThat(task(pi)).hasDefinitionKey(TASK_CONFIRM_EXIT).hasCandidateGroup("HRSS");
        complete(task(pi), withVariables("exitReason", "OTHER_JOB", "exitNote", "已在企业就业"));

        assertThat(pi).isEnded().hasPassed("ServiceTask_Terminate", "EndEvent_Terminated")
                .hasNotPassed("Task_DecideAfterExpiry");
    }

    @Test
    void at_the_expiry_of_a_first_term_a_person_still_without_work_gets_a_second_case() {
        ProcessInstance first = placed(Map.of());
        runTerm(first);
        complete(task(first), withVariables("stillUnemployed", true, "expiryNote", "仍未就业"));

        assertThat(first).isEnded().hasPassed("ServiceTask_OpenNewCase", "EndEvent_Replaced");

        ProcessInstance second = placed(Map.of("placementsSoFar", 1, "previousTermExpired", true));
        assertThat(variable(second, VAR_ELIGIBILITY)).isEqualTo("ELIGIBLE");
        runTerm(second);
        complete(task(second), withVariables("stillUnemployed", true, "expiryNote", "仍未就业"));

        assertThat(second).isEnded().hasPassed("ServiceTask_ExitWithReferral", "EndEvent_Exited")
                .hasNotPassed("ServiceTask_OpenNewCase");
    }

    @Test
    void at_expiry_a_person_who_found_work_exits_with_a_referral() {
        ProcessInstance pi = placed(Map.of());
        runTerm(pi);
        complete(task(pi), withVariables("stillUnemployed", false, "expiryNote", "已找到工作"));
        assertThat(pi).isEnded().hasPassed("EndEvent_Exited");
    }

    @Test
    void the_yearly_post_plan_is_proposed_by_cdpf_approved_by_hrss_and_funded_by_finance() {
        ProcessInstance pi = engine.getRuntimeService().createMessageCorrelation(MSG_POST_PLAN_DUE)
                .processInstanceBusinessKey("WP-2026-000900").correlateStartMessage();

        assertThat(task(pi)).hasDefinitionKey(TASK_PROPOSE_POSTS).hasCandidateGroup("CDPF");
        complete(task(pi), withVariables("postCount", 14L, "postProposal", "社区残疾人专职委员14个"));
        assertThat(task(pi)).hasDefinitionKey(TASK_APPROVE_PLAN).hasCandidateGroup("HRSS");
        complete(task(pi), withVariables("planApproved", true, "planNote", "同意"));
        assertThat(task(pi)).hasDefinitionKey(TASK_CONFIRM_BUDGET).hasCandidateGroup("FIN");
        complete(task(pi), withVariables("subsidyBudget", 500000L));
        assertThat(pi).isEnded().hasPassed("ServiceTask_ApprovePostPlan", "EndEvent_PostPlanApproved");
    }

    // ------------------------------------------------------------------ helpers

    private ProcessInstance start() {
        return start(Map.of());
    }

    private ProcessInstance start(Map<String, Object> facts) {
        Map<String, Object> variables = new HashMap<>(facts);
        variables.put(VAR_PERSON_ID, 42L);
        variables.put(VAR_UNIT, "COMMUNITY-03");
        return engine.getRuntimeService().startProcessInstanceByKey(KEY, "WP-2026-%06d".formatted(++caseSequence), variables);
    }

    private void checks(ProcessInstance pi, Map<String, Object> answers) {
        Map<String, Object> a = new HashMap<>(Map.of("cardValid", true, "hardshipRecognised", true, "employed", false,
                "businessOwner", false, "dibao", false, "zeroEmploymentFamily", false));
        a.putAll(answers);
        complete(task(TASK_CHECK_CARD, pi), withVariables("cardValid", a.get("cardValid")));
        complete(task(TASK_HARDSHIP, pi), withVariables("hardshipRecognised", a.get("hardshipRecognised"), "employed", a.get("employed")));
        complete(task(TASK_DIBAO, pi), withVariables("dibao", a.get("dibao"), "zeroEmploymentFamily", a.get("zeroEmploymentFamily")));
        complete(task(TASK_BUSINESS, pi), withVariables("businessOwner", a.get("businessOwner")));
    }

    private void toNotice(ProcessInstance pi, Map<String, Object> answers) {
        complete(task(pi), withVariables("completeness", "COMPLETE", "returned", false));
        checks(pi, answers);
        complete(task(pi), withVariables("postId", 7L, "matchNote", "就近安排"));
        complete(task(pi), withVariables("assessmentPassed", true, "assessmentNote", "评议通过"));
    }

    private void toPlacement(ProcessInstance pi, Map<String, Object> answers) {
        toNotice(pi, answers);
        fire(pi, "Event_NoticePeriodEnded");
    }

    private ProcessInstance placed(Map<String, Object> facts) {
        ProcessInstance pi = start(facts);
        toPlacement(pi, Map.of());
        recordPlacement(pi, 12);
        assertThat(pi).isWaitingAt("Event_QuarterEnded");
        return pi;
    }

    private void recordPlacement(ProcessInstance pi, int months) {
        complete(task(pi), withVariables("contractStart", "2026-12-01", "contractMonths", (long) months,
                "monthlyWage", 2300L, "socialInsurance", true));
    }

    private void reviewAndPay(ProcessInstance pi) {
        assertThat(task(pi)).hasDefinitionKey(TASK_REVIEW_CLAIM).hasCandidateGroup("HRSS");
        complete(task(pi), withVariables("claimApproved", true, "claimAmount", 6900L, "claimNote", "花名册、工资、社保齐全"));
        assertThat(task(pi)).hasDefinitionKey(TASK_PAY_CLAIM).hasCandidateGroup("FIN");
        complete(task(pi), withVariables("paymentReference", "GK2026-0001"));
    }

    private void runTerm(ProcessInstance pi) {
        for (int q = 0; q < 2; q++) {
            fire(pi, "Event_QuarterEnded");
            correlate(pi, MSG_CLAIM_FILED);
            reviewAndPay(pi);
        }
        assertThat(task(pi)).hasDefinitionKey(TASK_DECIDE_AFTER_EXPIRY).hasCandidateGroup("HRSS");
    }

    /** Moves the clock to the timer's due date and runs it. */
    private void fire(ProcessInstance pi, String activityId) {
        Job job = engine.getManagementService().createJobQuery().processInstanceId(pi.getId()).activityId(activityId)
                .singleResult();
        assertThat(job).as("timer at " + activityId).isNotNull();
        ClockUtil.setCurrentTime(job.getDuedate());
        engine.getManagementService().executeJob(job.getId());
    }

    private void correlate(ProcessInstance pi, String message) {
        engine.getRuntimeService().createMessageCorrelation(message).processInstanceId(pi.getId()).correlate();
    }

    private org.camunda.bpm.engine.RuntimeService runtime() {
        return engine.getRuntimeService();
    }

    private Object variable(ProcessInstance pi, String name) {
        return historic(pi, name);
    }

    private Object historic(ProcessInstance pi, String name) {
        return engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(pi.getId())
                .variableName(name).singleResult().getValue();
    }
}
