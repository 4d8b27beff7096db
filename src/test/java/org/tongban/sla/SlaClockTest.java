package org.tongban.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tongban.sla.BusinessCalendarTest.at;

import java.time.LocalDateTime;
import java.util.Date;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.tongban.TongbanTest;
import org.tongban.audit.AuditLog;
import org.tongban.consultation.ConsultationService;
import org.tongban.inbox.InboxQueries;
import org.tongban.inbox.InboxService;
import org.tongban.organisation.Role;
import org.tongban.security.TongbanUser;

/**
 * The clocks on a real procedure (the consultation referral) with the engine's clock moved by
 * {@link ClockUtil}: due dates from policies, pauses, the escalation ladder, breach reasons and
 * extensions.
 */
@TongbanTest
class SlaClockTest {

    static final TongbanUser JUSTICE_OFFICER = new TongbanUser("justice.officer", "吴海燕", "JUSTICE", EnumSet.of(Role.OFFICER));
    static final TongbanUser JUSTICE_SUPERVISOR = new TongbanUser("justice.supervisor", "邓明", "JUSTICE", EnumSet.of(Role.SUPERVISOR));
    static final TongbanUser CIVIL_SUPERVISOR = new TongbanUser("civil.supervisor", "蒋雯", "CIVIL", EnumSet.of(Role.SUPERVISOR));

    @Autowired ConsultationService consultations;
    @Autowired TaskService tasks;
    @Autowired RuntimeService runtime;
    @Autowired InboxService inbox;
    @Autowired InboxQueries inboxQueries;
    @Autowired Escalations escalations;
    @Autowired SlaExtensions extensions;
    @Autowired JdbcTemplate jdbc;
    @Autowired AuditLog audit;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void a_task_created_on_the_friday_before_the_spring_festival_is_due_five_working_days_later() {
        // 2026-02-13 is a Friday; Saturday 14 is worked (调休), 15–23 are the holiday.
        now("2026-02-13T10:00");
        Task answer = openTask(consultations.refer("JUSTICE", "春节前的咨询"));

        assertThat(answer.getDueDate()).isEqualTo(endOf("2026-02-27"));
        assertThat(inboxQueries.task(answer.getId()).orElseThrow().dueAt()).isEqualTo(LocalDateTime.parse("2026-02-27T23:59:59"));
    }

    @Test
    void return_for_correction_pauses_the_clock_and_the_returned_task_resumes_with_the_days_it_had_left() {
        now("2026-03-02T09:00");
        String caseNumber = consultations.refer("JUSTICE", "CIVIL", "需要民政意见的咨询");
        now("2026-03-02T09:30");
        tasks.complete(openTask(caseNumber).getId(), Map.of("opinion", "符合低保条件。", "basis", "POLICY"));
        Task answer = openTask(caseNumber);
        assertThat(answer.getDueDate()).isEqualTo(endOf("2026-03-09"));

        now("2026-03-04T10:00"); // 3 working days left: 5日, 6日, 9日
        assertThat(inbox.returnForCorrection(JUSTICE_OFFICER, answer.getId(), "意见缺少依据").done()).isTrue();
        Task opinionAgain = openTask(caseNumber);
        now("2026-03-16T09:00");
        tasks.complete(opinionAgain.getId(), Map.of("opinion", "依据：民政部低保办法。", "basis", "POLICY"));

        Task resumed = openTask(caseNumber);
        assertThat(resumed.getTaskDefinitionKey()).isEqualTo("Task_AnswerConsultation");
        assertThat(resumed.getDueDate()).isEqualTo(endOf("2026-03-19"));
    }

    @Test
    void a_list_page_reads_paused_and_provisional_deadlines_like_the_task_view_does() {
        now("2026-12-30T09:00"); // the limit runs into 2027, whose holiday notice is not loaded
        String caseNumber = consultations.refer("JUSTICE", "CIVIL", "年底的咨询");
        Task held = openTask(caseNumber);
        String standing = consultations.refer("JUSTICE", "CIVIL", "另一件咨询");
        Task running = openTask(standing);
        now("2026-12-30T10:00");
        jdbc.update("insert into sla_pause (process_instance_id, reason, task_id, started_at) values (?, 'ASSESSMENT', ?, ?)",
                held.getProcessInstanceId(), "expert-opinion", java.sql.Timestamp.valueOf("2026-12-30 10:00:00"));

        var page = inbox.deadlines(List.of(held.getId(), running.getId(), "no-such-task"));

        assertThat(page).containsOnlyKeys(held.getId(), running.getId());
        assertThat(page.get(held.getId()).paused()).isTrue();
        assertThat(page.get(running.getId()).paused()).isFalse();
        assertThat(page.get(held.getId()).provisional()).isTrue();
        assertThat(page.get(held.getId())).isEqualTo(inbox.open(CIVIL_SUPERVISOR, held.getId()).orElseThrow().deadline());
    }

    @Test
    void each_step_of_the_ladder_fires_once_at_its_time_to_the_right_people() {
        now("2026-03-02T09:00");
        String caseNumber = consultations.refer("JUSTICE", "CIVIL", "升级测试");
        String opinion = openTask(caseNumber).getId(); // CIVIL, 3 working days: due 5日, reminder after 2

        assertThat(firedFor(opinion, "2026-03-04T23:59")).isEmpty();
        assertThat(firedFor(opinion, "2026-03-05T00:00")).containsExactly(
                new Escalations.Fired(opinion, EscalationStep.WARNING, List.of("civil.officer")));
        assertThat(firedFor(opinion, "2026-03-05T08:00")).isEmpty();
        assertThat(firedFor(opinion, "2026-03-06T00:00")).containsExactly(
                new Escalations.Fired(opinion, EscalationStep.OVERDUE, List.of("civil.supervisor")));
        // 督办 three working days after the due time (6日, 9日, 10日), to the lead agency.
        assertThat(firedFor(opinion, "2026-03-10T23:00")).isEmpty();
        assertThat(firedFor(opinion, "2026-03-11T00:00")).containsExactly(
                new Escalations.Fired(opinion, EscalationStep.SUPERVISION, List.of("justice.supervisor")));
        assertThat(firedFor(opinion, "2026-04-30T00:00")).isEmpty();

        assertThat(jdbc.queryForList("select step from sla_escalation where task_id = ? order by fired_at", String.class, opinion))
                .containsExactly("WARNING", "OVERDUE", "SUPERVISION");
        assertThat(jdbc.queryForObject("select count(*) from notification where task_id = ? and recipient = 'civil.supervisor'",
                Integer.class, opinion)).isEqualTo(1);
    }

    @Test
    void an_assigned_task_reminds_its_holder_and_a_completed_task_never_escalates() {
        now("2026-03-02T09:00");
        String caseNumber = consultations.refer("JUSTICE", "CIVIL", "已认领的任务");
        String opinion = openTask(caseNumber).getId();
        tasks.setAssignee(opinion, "civil.officer");
        String other = openTask(consultations.refer("JUSTICE", "CIVIL", "已办结的任务")).getId();
        tasks.complete(other, Map.of("opinion", "同意。", "basis", "POLICY"));

        assertThat(firedFor(opinion, "2026-03-06T00:00")).extracting(Escalations.Fired::recipients)
                .containsExactly(List.of("civil.officer"), List.of("civil.officer", "civil.supervisor"));
        assertThat(firedFor(other, "2026-03-12T00:00")).isEmpty();
    }

    @Nested
    class statutory_limits {

        @Test
        void completing_after_a_statutory_limit_needs_a_written_reason_which_is_kept_and_audited() {
            // A statutory policy valid only in June 2024, so it touches no other test.
            jdbc.update("""
                    insert into sla_policy (process_key, task_key, limit_amount, limit_unit, statutory, party,
                        anchor_variable, pauses_clock, reference, mark, valid_from, valid_to)
                    values ('consultation-referral', 'Task_AnswerConsultation', 5, 'WORKING_DAYS', true, 'AGENCY',
                        null, false, '测试用法定时限', 'SOURCE', date '2024-06-01', date '2024-06-30')""");
            now("2024-06-03T09:00");
            String answer = openTask(consultations.refer("JUSTICE", "法定时限")).getId();
            Map<String, Object> form = answer("2024-06-12");

            now("2024-06-12T09:00");
            assertThat(inbox.complete(JUSTICE_OFFICER, answer, form, " ").messageKey())
                    .isEqualTo("task.error.breachReasonRequired");
            assertThat(inbox.complete(JUSTICE_OFFICER, answer, form, "等待公安机关回函，超期两日。").done()).isTrue();

            assertThat(jdbc.queryForObject("select breach_reason from sla_clock where task_id = ?", String.class, answer))
                    .isEqualTo("等待公安机关回函，超期两日。");
            assertThat(audit.byUser("justice.officer")).extracting(e -> e.getAction()).contains("SLA_BREACH_EXPLAINED");
        }

        @Test
        void within_the_limit_no_reason_is_asked() {
            now("2026-03-02T09:00");
            String answer = openTask(consultations.refer("JUSTICE", "按时办结")).getId();

            assertThat(inbox.complete(JUSTICE_OFFICER, answer, answer("2026-03-03"), null).done()).isTrue();
        }
    }

    @Nested
    class extensions {

        @Test
        void the_agencys_supervisor_extends_with_a_reason_and_the_task_and_inbox_follow() {
            now("2026-03-02T09:00");
            String answer = openTask(consultations.refer("JUSTICE", "延期")).getId();

            assertThat(extensions.extend(JUSTICE_SUPERVISOR, answer, 2, "需补充调查，依法延长。").done()).isTrue();

            assertThat(tasks.createTaskQuery().taskId(answer).singleResult().getDueDate()).isEqualTo(endOf("2026-03-11"));
            assertThat(inboxQueries.task(answer).orElseThrow().dueAt()).isEqualTo(LocalDateTime.parse("2026-03-11T23:59:59"));
            assertThat(jdbc.queryForObject("select granted_by from sla_extension where task_id = ?", String.class, answer))
                    .isEqualTo("justice.supervisor");
        }

        @Test
        void officers_other_agencies_and_missing_reasons_are_refused() {
            now("2026-03-02T09:00");
            String answer = openTask(consultations.refer("JUSTICE", "拒绝延期")).getId();

            assertThat(extensions.extend(JUSTICE_OFFICER, answer, 2, "理由").messageKey()).isEqualTo("sla.extend.error.notYours");
            assertThat(extensions.extend(CIVIL_SUPERVISOR, answer, 2, "理由").messageKey()).isEqualTo("sla.extend.error.notYours");
            assertThat(extensions.extend(JUSTICE_SUPERVISOR, answer, 2, "  ").messageKey()).isEqualTo("sla.extend.error.reason");
            assertThat(extensions.extend(JUSTICE_SUPERVISOR, answer, 0, "理由").messageKey()).isEqualTo("sla.extend.error.amount");
            assertThat(tasks.createTaskQuery().taskId(answer).singleResult().getDueDate()).isEqualTo(endOf("2026-03-09"));
        }
    }

    @Test
    void an_expert_assessment_stops_the_case_clock_counted_from_receipt() {
        // Policies valid only in September 2024: the opinion is an assessment that pauses the case,
        // and the answer has 7 calendar days from receipt.
        jdbc.update("""
                insert into sla_policy (process_key, task_key, limit_amount, limit_unit, statutory, party,
                    anchor_variable, pauses_clock, reference, mark, valid_from, valid_to) values
                ('consultation-referral', 'Task_GiveOpinion', 3, 'WORKING_DAYS', false, 'AGENCY', null, true,
                 '测试用鉴定', 'DEFAULT', date '2024-09-01', date '2024-09-30'),
                ('consultation-referral', 'Task_AnswerConsultation', 7, 'CALENDAR_DAYS', true, 'AGENCY', 'receivedAt', false,
                 '测试用自收到之日起7日', 'SOURCE', date '2024-09-01', date '2024-09-30')""");
        now("2024-09-02T09:00");
        String caseNumber = consultations.refer("JUSTICE", "CIVIL", "鉴定暂停");
        Task opinion = openTask(caseNumber);
        runtime.setVariable(opinion.getProcessInstanceId(), "receivedAt", Date.from(at("2024-09-02T08:00")));

        now("2024-09-05T09:00");
        tasks.complete(opinion.getId(), Map.of("opinion", "鉴定意见：符合条件。", "basis", "POLICY"));

        // 7 days from 2日 would end on 9日; the three days of assessment move it to 12日.
        assertThat(openTask(caseNumber).getDueDate()).isEqualTo(endOf("2024-09-12"));
    }

    private static Map<String, Object> answer(String answeredOn) {
        return Map.of("answer", "已电话答复申请人，说明了办理条件。", "channel", "PHONE", "answeredOn", answeredOn);
    }

    private List<Escalations.Fired> firedFor(String taskId, String localTime) {
        return escalations.fireDue(at(localTime)).stream().filter(f -> f.taskId().equals(taskId)).toList();
    }

    private Task openTask(String caseNumber) {
        return tasks.createTaskQuery().processInstanceBusinessKey(caseNumber).singleResult();
    }

    private static void now(String localTime) {
        ClockUtil.setCurrentTime(Date.from(at(localTime)));
    }

    private static Date endOf(String day) {
        return Date.from(at(day + "T23:59:59"));
    }
}
