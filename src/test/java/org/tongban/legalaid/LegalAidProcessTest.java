package org.tongban.legalaid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.tongban.legalaid.LegalAidProcess.*;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.ExecutionListener;
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
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(ProcessEngineExtension.class)
@Deployment(resources = {
    "processes/legal-aid/legal-aid.bpmn",
    "processes/legal-aid/legal-aid-means-test.dmn",
    "forms/legal-aid/send-defence-notice.form", "forms/legal-aid/forward-custody-request.form",
    "forms/legal-aid/transfer-from-station.form", "forms/legal-aid/check-application.form",
    "forms/legal-aid/receive-supplement.form", "forms/legal-aid/provide-urgent-aid.form",
    "forms/legal-aid/confirm-social-assistance.form", "forms/legal-aid/decide-application.form",
    "forms/legal-aid/assign-lawyer.form", "forms/legal-aid/supervise-handling.form",
    "forms/legal-aid/receive-closing-materials.form", "forms/legal-aid/review-closing.form",
    "forms/legal-aid/decide-objection.form", "forms/legal-aid/investigate-complaint.form",
    "forms/legal-aid/change-lawyer.form", "forms/legal-aid/pay-subsidy.form",
})
class LegalAidProcessTest {

    /** Monday 2 March 2026, 09:00 in Erenhot. */
    static final Instant RECEIVED = OffsetDateTime.parse("2026-03-02T09:00:00+08:00").toInstant();

    static final Map<String, Integer> DEFAULTS = Map.of(
            LegalAidTimers.FORWARD_HOURS, 24, LegalAidTimers.DECISION_DAYS, 7, LegalAidTimers.DECISION_REMINDER_DAY, 5,
            LegalAidTimers.ASSIGN_DAYS, 3, LegalAidTimers.OBJECTION_DECISION_DAYS, 5,
            LegalAidTimers.SUPPLEMENT_DAYS, 15, LegalAidTimers.ARCHIVE_AFTER_DAYS, 60);

    ProcessEngine engine;
    final List<String> steps = new ArrayList<>();

    @BeforeEach
    void setUp() {
        BpmnAwareTests.init(engine);
        ClockUtil.setCurrentTime(Date.from(RECEIVED));
        Mocks.register("legalAidTimers", new LegalAidTimers((key, on) -> DEFAULTS.get(key)));
        Mocks.register("legalAidSteps", (ExecutionListener) e -> {
            if (!e.isCanceled()) {
                steps.add(e.getCurrentActivityId());
            }
        });
    }

    @AfterEach
    void tearDown() {
        ClockUtil.reset();
        Mocks.reset();
        engine.getIdentityService().clearAuthentication();
    }

    @Test
    void a_walk_in_application_is_granted_assigned_handled_and_closed() {
        ProcessInstance pi = start("WALK_IN", Map.of(VAR_EXEMPT_GROUP, "DISABLED_NO_FIXED_INCOME"));

        assertThat(pi).isWaitingAt(TASK_CHECK_APPLICATION).hasBusinessKey("LA-2026-000001");
        assertThat(task(pi)).hasCandidateGroup("JUSTICE");
        complete(task(pi), withVariables(VAR_INTAKE_OUTCOME, "ACCEPT"));
        assertThat(pi).isWaitingAt(TASK_DECIDE_APPLICATION).variables().containsEntry(VAR_MEANS_OUTCOME, "EXEMPT_NO_FIXED_INCOME");
        complete(task(pi), withVariables(VAR_DECISION, "GRANT"));
        assertThat(pi).isWaitingAt(TASK_ASSIGN_LAWYER);
        complete(task(pi), withVariables(VAR_ASSIGNED_WORKER, "王律师", "workerOrganisation", "内蒙古边城律师事务所", "accommodation", "SIGN_LANGUAGE"));
        assertThat(pi).isWaitingAt(TASK_SUPERVISE_HANDLING);
        complete(task(pi), withVariables(VAR_HANDLING_OUTCOME, "MATTER_ENDED"));
        complete(task(pi), withVariables("materialsComplete", true));
        complete(task(pi), withVariables("closingReview", "PASSED"));
        assertThat(pi).isWaitingAt(TASK_PAY_SUBSIDY);
        assertThat(task(pi)).hasCandidateGroup("FIN");
        complete(task(pi), withVariables("subsidyAmount", 1200, "subsidyVoucher", "财拨〔2026〕17号"));

        assertThat(pi).isEnded().hasPassed(END_CLOSED).hasNotPassed(TASK_CONFIRM_SOCIAL_ASSISTANCE, TASK_PROVIDE_URGENT_AID);
        assertThat(steps).containsExactly(TASK_CHECK_APPLICATION, TASK_DECIDE_APPLICATION, TASK_ASSIGN_LAWYER,
                TASK_SUPERVISE_HANDLING, TASK_RECEIVE_CLOSING_MATERIALS, TASK_REVIEW_CLOSING, TASK_PAY_SUBSIDY, END_CLOSED);
    }

    @Test
    void a_hotline_work_order_goes_straight_to_the_centre() {
        ProcessInstance pi = start("HOTLINE", Map.of());

        assertThat(pi).isWaitingAt(TASK_CHECK_APPLICATION).hasNotPassed(TASK_TRANSFER_FROM_STATION);
    }

    @Test
    void the_legal_help_station_transfers_a_request_to_the_centre() {
        ProcessInstance pi = start("STATION", Map.of());

        assertThat(pi).isWaitingAt(TASK_TRANSFER_FROM_STATION);
        assertThat(task(pi)).hasCandidateGroup("CDPF");
        complete(task(pi), withVariables("transferLetterNumber", "工作站转〔2026〕3号"));
        assertThat(pi).isWaitingAt(TASK_CHECK_APPLICATION);
    }

    @Test
    void a_request_from_custody_is_forwarded_by_the_holding_agency_within_24_hours() {
        ProcessInstance pi = start("CUSTODY", Map.of(VAR_FORWARDING_AGENCY, "PROCURATORATE",
                VAR_CUSTODY_REQUEST_AT, Date.from(RECEIVED.minus(Duration.ofHours(3)))));

        assertThat(pi).isWaitingAt(TASK_FORWARD_CUSTODY_REQUEST);
        assertThat(task(pi)).hasCandidateGroup("PROCURATORATE");
        Job timer = timer(pi, "BoundaryEvent_ForwardingOverdue");
        assertThat(timer.getDuedate()).isEqualTo(Date.from(RECEIVED.plus(Duration.ofHours(21))));

        complete(task(pi), withVariables("forwardReference", "检转〔2026〕1号", "forwardedBy", "IN_PERSON"));
        assertThat(pi).isWaitingAt(TASK_CHECK_APPLICATION).hasNotPassed(END_FORWARDING_ESCALATED);
    }

    @Test
    void a_forwarding_late_by_24_hours_escalates_at_once_and_the_request_still_comes() {
        ProcessInstance pi = start("CUSTODY", Map.of(VAR_FORWARDING_AGENCY, "POLICE", VAR_CUSTODY_REQUEST_AT, Date.from(RECEIVED)));

        fire(pi, "BoundaryEvent_ForwardingOverdue", RECEIVED.plus(Duration.ofHours(24)));

        assertThat(pi).hasPassed(END_FORWARDING_ESCALATED).isWaitingAt(TASK_FORWARD_CUSTODY_REQUEST);
        assertThat(steps).containsExactly(END_FORWARDING_ESCALATED);
    }

    @Test
    void a_social_assistance_recipient_confirmed_by_civil_affairs_skips_the_means_check() {
        ProcessInstance pi = start("WALK_IN", Map.of(VAR_ASSISTANCE_CLAIMED, true, VAR_WITHIN_MEANS_THRESHOLD, false));
        complete(task(pi), withVariables(VAR_INTAKE_OUTCOME, "ACCEPT"));

        assertThat(pi).isWaitingAt(TASK_CONFIRM_SOCIAL_ASSISTANCE);
        assertThat(task(pi)).hasCandidateGroup("CIVIL");
        complete(task(pi), withVariables(VAR_SOCIAL_ASSISTANCE_CONFIRMED, true, "assistanceKind", "DIBAO"));

        assertThat(pi).isWaitingAt(TASK_DECIDE_APPLICATION).variables().containsEntry(VAR_MEANS_OUTCOME, "EXEMPT_SOCIAL_ASSISTANCE");
    }

    @Test
    void a_deaf_defendant_gets_a_defence_lawyer_without_decision_or_means_test() {
        ProcessInstance pi = start("DEFENCE_NOTICE", Map.of(VAR_FORWARDING_AGENCY, "COURT", VAR_MANDATORY_DEFENCE, true));

        assertThat(pi).isWaitingAt(TASK_SEND_DEFENCE_NOTICE);
        assertThat(task(pi)).hasCandidateGroup("COURT");
        complete(task(pi), withVariables("noticeReference", "二法通辩〔2026〕2号", "noticeStage", "TRIAL"));
        complete(task(pi), withVariables(VAR_INTAKE_OUTCOME, "ACCEPT"));

        assertThat(pi).isWaitingAt(TASK_ASSIGN_LAWYER).hasNotPassed(TASK_DECIDE_APPLICATION)
                .variables().containsEntry(VAR_MEANS_OUTCOME, "MANDATORY_DEFENCE");
    }

    @Test
    void urgent_aid_is_provided_before_the_decision_which_then_confirms_it() {
        ProcessInstance pi = start("WALK_IN", Map.of(VAR_URGENT, true, VAR_WITHIN_MEANS_THRESHOLD, true));
        complete(task(pi), withVariables(VAR_INTAKE_OUTCOME, "ACCEPT"));

        assertThat(pi).isWaitingAt(TASK_PROVIDE_URGENT_AID);
        complete(task(pi), withVariables("urgentGround", "LIMITATION", VAR_ASSIGNED_WORKER, "李律师"));
        assertThat(pi).isWaitingAt(TASK_DECIDE_APPLICATION).variables().containsEntry(VAR_MEANS_OUTCOME, "WITHIN_THRESHOLD");
        complete(task(pi), withVariables(VAR_DECISION, "GRANT"));
        assertThat(pi).isWaitingAt(TASK_ASSIGN_LAWYER);
    }

    @Test
    void a_wrong_office_transfers_the_application_and_ends() {
        ProcessInstance pi = start("WALK_IN", Map.of());

        complete(task(pi), withVariables(VAR_INTAKE_OUTCOME, "TRANSFER", "competentOffice", "锡林浩特市法律援助中心"));

        assertThat(pi).isEnded().hasPassed(END_TRANSFERRED);

    }

    @Test
    void a_supplied_supplement_goes_back_to_the_check() {
            ProcessInstance pi = start("WALK_IN", Map.of(VAR_EXEMPT_GROUP, "MIGRANT_WAGE_CLAIM"));
            complete(task(pi), withVariables(VAR_INTAKE_OUTCOME, "CORRECTION", "missingItems", "劳动合同或工资欠条复印件"));

            assertThat(pi).isWaitingAt(TASK_RECEIVE_SUPPLEMENT);
            complete(task(pi), withVariables("supplementComplete", true));
            assertThat(pi).isWaitingAt(TASK_CHECK_APPLICATION);
            complete(task(pi), withVariables(VAR_INTAKE_OUTCOME, "ACCEPT"));
            assertThat(pi).isWaitingAt(TASK_DECIDE_APPLICATION).variables().containsEntry(VAR_MEANS_OUTCOME, "EXEMPT_MIGRANT_WORKER");
        }

    @Test
    void nothing_supplied_by_the_end_of_the_period_is_treated_as_withdrawn() {
            ProcessInstance pi = start("WALK_IN", Map.of());
            complete(task(pi), withVariables(VAR_INTAKE_OUTCOME, "CORRECTION", "missingItems", "身份证件复印件"));

            Job period = timer(pi, "BoundaryEvent_SupplementPeriodOver");
            // 15 calendar days: day 1 is 3 March, the period ends with 17 March.
            assertThat(period.getDuedate()).isEqualTo(at("2026-03-18T00:00:00+08:00"));
            fire(pi, "BoundaryEvent_SupplementPeriodOver", at("2026-03-18T00:00:00+08:00").toInstant());

            assertThat(pi).isEnded().hasPassed(END_WITHDRAWN);
            assertThat(steps).containsExactly(TASK_CHECK_APPLICATION, END_WITHDRAWN);
        }

    @Test
    void on_day_5_the_head_is_reminded_and_after_day_7_the_delay_escalates() {
            ProcessInstance pi = atDecision(Map.of(VAR_WITHIN_MEANS_THRESHOLD, true));

            assertThat(timer(pi, "BoundaryEvent_DecisionReminder").getDuedate()).isEqualTo(at("2026-03-07T00:00:00+08:00"));
            assertThat(timer(pi, "BoundaryEvent_DecisionOverdue").getDuedate()).isEqualTo(at("2026-03-10T00:00:00+08:00"));
            fire(pi, "BoundaryEvent_DecisionReminder", at("2026-03-07T00:00:00+08:00").toInstant());
            assertThat(pi).hasPassed(END_DECISION_REMINDER).hasNotPassed(END_DECISION_ESCALATED).isWaitingAt(TASK_DECIDE_APPLICATION);
            fire(pi, "BoundaryEvent_DecisionOverdue", at("2026-03-10T00:00:00+08:00").toInstant());
            assertThat(pi).hasPassed(END_DECISION_ESCALATED).isWaitingAt(TASK_DECIDE_APPLICATION);
        }

    @Test
    void assignment_later_than_3_days_after_the_grant_escalates() {
            ProcessInstance pi = atDecision(Map.of(VAR_WITHIN_MEANS_THRESHOLD, true));
            ClockUtil.setCurrentTime(at("2026-03-04T15:00:00+08:00"));
            complete(task(pi), withVariables(VAR_DECISION, "GRANT"));

            assertThat(timer(pi, "BoundaryEvent_AssignmentOverdue").getDuedate()).isEqualTo(at("2026-03-08T00:00:00+08:00"));
            fire(pi, "BoundaryEvent_AssignmentOverdue", at("2026-03-08T00:00:00+08:00").toInstant());
            assertThat(pi).hasPassed(END_ASSIGNMENT_ESCALATED).isWaitingAt(TASK_ASSIGN_LAWYER);
        }

    @Test
    void a_refusal_upheld_on_objection_stands() {
            ProcessInstance pi = refusedBy("justice.officer");

            assertThat(pi).isWaitingAt("Gateway_AwaitObjection");
            lodgeObjection(pi);
            assertThat(pi).isWaitingAt(TASK_DECIDE_OBJECTION);
            assertThat(task(pi)).hasCandidateGroup("JUSTICE");
            assertThat(timer(pi, "BoundaryEvent_ObjectionOverdue").getDuedate()).isEqualTo(at("2026-03-16T00:00:00+08:00"));
            engine.getTaskService().claim(task(pi).getId(), "justice.supervisor");
            complete(task(pi), withVariables(VAR_OBJECTION_OUTCOME, "UPHELD"));

            assertThat(pi).isEnded().hasPassed(END_DECISION_UPHELD);
        }

    @Test
    void a_refusal_overturned_on_objection_goes_back_to_the_centre_to_decide_again() {
            ProcessInstance pi = refusedBy("justice.officer");
            lodgeObjection(pi);
            engine.getTaskService().claim(task(pi).getId(), "justice.supervisor");
            complete(task(pi), withVariables(VAR_OBJECTION_OUTCOME, "CORRECTION_ORDERED"));

            assertThat(pi).isWaitingAt(TASK_DECIDE_APPLICATION);
            complete(task(pi), withVariables(VAR_DECISION, "GRANT"));
            assertThat(pi).isWaitingAt(TASK_ASSIGN_LAWYER);
        }

    @Test
    void an_objection_recorded_two_days_after_the_bureau_received_it_is_due_5_days_from_receipt() {
            ProcessInstance pi = refusedBy("justice.officer");
            ClockUtil.setCurrentTime(at("2026-03-12T10:00:00+08:00"));
            engine.getRuntimeService().createMessageCorrelation(MESSAGE_OBJECTION).processInstanceId(pi.getId())
                    .setVariable(LegalAidRemedies.VAR_OBJECTION_RECEIVED_AT, at("2026-03-10T00:00:00+08:00")).correlate();

            // Received on 10 March: day 1 is 11 March, day 5 ends with 15 March.
            assertThat(timer(pi, "BoundaryEvent_ObjectionOverdue").getDuedate()).isEqualTo(at("2026-03-16T00:00:00+08:00"));
        }

    @Test
    void a_termination_upheld_on_objection_stands_and_the_case_is_not_closed() {
            ProcessInstance pi = handling();
            complete(task(pi), withVariables(VAR_HANDLING_OUTCOME, "TERMINATE_FRAUD"));
            lodgeObjection(pi);
            complete(task(pi), withVariables(VAR_OBJECTION_OUTCOME, "UPHELD"));

            assertThat(pi).isEnded().hasPassed(END_DECISION_UPHELD).hasNotPassed(END_CLOSED, TASK_RECEIVE_CLOSING_MATERIALS);
        }

    @Test
    void the_officer_who_refused_may_not_decide_the_objection() {
            ProcessInstance pi = refusedBy("justice.officer");
            lodgeObjection(pi);
            String taskId = task(pi).getId();

            assertThatThrownBy(() -> engine.getTaskService().claim(taskId, "justice.officer"))
                    .hasMessageContaining("legalaid.error.sameOfficer");
            assertThat(task(pi)).isNotAssigned();
        }

    @Test
    void the_officer_who_terminated_the_aid_may_not_decide_the_objection_to_it() {
            ProcessInstance pi = handling();
            engine.getTaskService().claim(task(pi).getId(), "justice.officer");
            complete(task(pi), withVariables(VAR_HANDLING_OUTCOME, "TERMINATE_MISUSE"));
            assertThat(pi).variables().containsEntry(VAR_DECIDED_BY, "justice.officer");
            lodgeObjection(pi);
            String taskId = task(pi).getId();

            assertThatThrownBy(() -> engine.getTaskService().claim(taskId, "justice.officer"))
                    .hasMessageContaining("legalaid.error.sameOfficer");
            engine.getTaskService().claim(taskId, "justice.supervisor");
            complete(task(pi), withVariables(VAR_OBJECTION_OUTCOME, "UPHELD"));
            assertThat(pi).isEnded().hasPassed(END_DECISION_UPHELD);
        }

    @Test
    void an_objection_decided_later_than_5_days_escalates() {
            ProcessInstance pi = refusedBy("justice.officer");
            lodgeObjection(pi);

            fire(pi, "BoundaryEvent_ObjectionOverdue", at("2026-03-16T00:00:00+08:00").toInstant());
            assertThat(pi).hasPassed(END_OBJECTION_ESCALATED).isWaitingAt(TASK_DECIDE_OBJECTION);
        }

    @Test
    void without_an_objection_the_refusal_becomes_final_after_the_remedy_period() {
            ProcessInstance pi = refusedBy("justice.officer");

            fire(pi, "Event_RemedyPeriodOver", at("2026-05-05T00:00:00+08:00").toInstant());
            assertThat(pi).isEnded().hasPassed(END_DECISION_FINAL);
        }

    @Test
    void aid_terminated_with_a_reason_code_waits_for_an_objection_then_becomes_final() {
            ProcessInstance pi = handling();
            complete(task(pi), withVariables(VAR_HANDLING_OUTCOME, "TERMINATE_OWN_LAWYER"));

            assertThat(pi).isWaitingAt("Gateway_AwaitObjection")
                    ;
            assertThat(steps).endsWith(TASK_SUPERVISE_HANDLING);
            fire(pi, "Event_RemedyPeriodOver", at("2026-05-05T00:00:00+08:00").toInstant());
            assertThat(pi).isEnded().hasPassed(END_DECISION_FINAL).hasNotPassed(END_CLOSED);
        }

    @Test
    void a_termination_overturned_on_objection_resumes_the_handling() {
            ProcessInstance pi = handling();
            complete(task(pi), withVariables(VAR_HANDLING_OUTCOME, "TERMINATE_MEANS_CHANGED"));
            lodgeObjection(pi);
            complete(task(pi), withVariables(VAR_OBJECTION_OUTCOME, "CORRECTION_ORDERED"));

            assertThat(pi).isWaitingAt(TASK_SUPERVISE_HANDLING);
        }

    @Test
    void a_founded_complaint_changes_the_lawyer_while_the_handling_goes_on() {
            ProcessInstance pi = handling();
            engine.getRuntimeService().createMessageCorrelation(MESSAGE_COMPLAINT).processInstanceId(pi.getId()).correlate();

            assertThat(pi).isWaitingAt(TASK_SUPERVISE_HANDLING, TASK_INVESTIGATE_COMPLAINT);
            complete(taskOf(TASK_INVESTIGATE_COMPLAINT, pi), withVariables("complaintFinding", "FOUNDED", VAR_CHANGE_LAWYER, true));
            complete(taskOf(TASK_CHANGE_LAWYER, pi), withVariables(VAR_ASSIGNED_WORKER, "赵律师", "workerOrganisation", "二连浩特市法律援助中心"));

            assertThat(pi).hasPassed(END_LAWYER_CHANGED).isWaitingAt(TASK_SUPERVISE_HANDLING);
        }

    @Test
    void an_unfounded_complaint_is_answered_and_nothing_changes() {
            ProcessInstance pi = handling();
            engine.getRuntimeService().createMessageCorrelation(MESSAGE_COMPLAINT).processInstanceId(pi.getId()).correlate();
            complete(taskOf(TASK_INVESTIGATE_COMPLAINT, pi), withVariables("complaintFinding", "UNFOUNDED", VAR_CHANGE_LAWYER, false));

            assertThat(pi).hasPassed(END_COMPLAINT_ANSWERED).hasNotPassed(TASK_CHANGE_LAWYER).isWaitingAt(TASK_SUPERVISE_HANDLING);
        }

    // ------------------------------------------------------------------ helpers

    private ProcessInstance atDecision(Map<String, Object> extra) {
        ProcessInstance pi = start("WALK_IN", extra);
        complete(task(pi), withVariables(VAR_INTAKE_OUTCOME, "ACCEPT"));
        assertThat(pi).isWaitingAt(TASK_DECIDE_APPLICATION);
        return pi;
    }

    private ProcessInstance refusedBy(String officer) {
        ProcessInstance pi = atDecision(Map.of(VAR_WITHIN_MEANS_THRESHOLD, false));
        engine.getTaskService().claim(task(pi).getId(), officer);
        complete(task(pi), withVariables(VAR_DECISION, "REFUSE_NOT_HARDSHIP"));
        assertThat(pi).variables().containsEntry(VAR_DECIDED_BY, officer);
        return pi;
    }

    private ProcessInstance handling() {
        ProcessInstance pi = atDecision(Map.of(VAR_EXEMPT_GROUP, "ELDERLY_NO_FIXED_INCOME"));
        complete(task(pi), withVariables(VAR_DECISION, "GRANT"));
        complete(task(pi), withVariables(VAR_ASSIGNED_WORKER, "王律师", "workerOrganisation", "内蒙古边城律师事务所", "accommodation", "NONE"));
        assertThat(pi).isWaitingAt(TASK_SUPERVISE_HANDLING);
        return pi;
    }

    private void lodgeObjection(ProcessInstance pi) {
        ClockUtil.setCurrentTime(at("2026-03-10T10:00:00+08:00"));
        engine.getRuntimeService().createMessageCorrelation(MESSAGE_OBJECTION).processInstanceId(pi.getId()).correlate();
    }

    private ProcessInstance start(String channel, Map<String, Object> extra) {
        Map<String, Object> v = new HashMap<>();
        v.put(VAR_CASE_ID, 1L);
        v.put(VAR_CHANNEL, channel);
        v.put(VAR_FORWARDING_AGENCY, null);
        v.put(VAR_RECEIVED_AT, Date.from(RECEIVED));
        v.put(VAR_URGENT, false);
        v.put(VAR_ASSISTANCE_CLAIMED, false);
        v.put(VAR_MANDATORY_DEFENCE, false);
        v.put(VAR_NO_MEANS_TEST_MATTER, false);
        v.put(VAR_EXEMPT_GROUP, "NONE");
        v.put(VAR_SOCIAL_ASSISTANCE_CONFIRMED, false);
        v.put(VAR_WITHIN_MEANS_THRESHOLD, null);
        v.putAll(extra);
        return engine.getRuntimeService().startProcessInstanceByKey(KEY, "LA-2026-000001", v);
    }

    private org.camunda.bpm.engine.task.Task taskOf(String key, ProcessInstance pi) {
        return engine.getTaskService().createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(key).singleResult();
    }

    private Job timer(ProcessInstance pi, String activityId) {
        Job job = engine.getManagementService().createJobQuery().processInstanceId(pi.getId()).activityId(activityId).singleResult();
        assertThat(job).as("timer at " + activityId).isNotNull();
        return job;
    }

    private void fire(ProcessInstance pi, String activityId, Instant when) {
        Job job = timer(pi, activityId);
        ClockUtil.setCurrentTime(Date.from(when));
        engine.getManagementService().executeJob(job.getId());
    }

    private static Date at(String iso) {
        return Date.from(OffsetDateTime.parse(iso).toInstant());
    }
}
