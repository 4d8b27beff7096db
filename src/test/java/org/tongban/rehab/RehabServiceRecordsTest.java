package org.tongban.rehab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.tongban.TongbanTest;
import org.tongban.documents.DocumentKind;
import org.tongban.documents.DocumentService;
import org.tongban.inbox.RuleRefusal;

/** Attendance, absence and the reminder before the 15th birthday, with the real beans. */
@TongbanTest
class RehabServiceRecordsTest {

    @Autowired ApplicationContext context;
    @Autowired RehabService rehab;
    @Autowired RehabCaseWork work;
    @Autowired DocumentService documents;
    @Autowired JdbcTemplate jdbc;
    RehabFlow flow;

    @BeforeEach
    void flow() {
        flow = new RehabFlow(context);
        flow.freezeClock();
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void a_child_absent_without_reason_is_suspended_and_terminated_when_attendance_does_not_resume() {
        String caseNumber = flow.inService(RehabTestData.child(LocalDate.of(2020, 8, 8), "额日和"), "RI-EH-01");
        LocalDate today = LocalDate.now(EngineClock.INSTANCE);
        assertThatThrownBy(() -> rehab.reportAbsence(caseNumber, today.minusDays(10), "cdpf.officer"))
                .isInstanceOf(RuleRefusal.class).hasMessageContaining("rehab.refusal.absenceTooShort");

        rehab.reportAbsence(caseNumber, today.minusDays(31), "cdpf.officer");
        assertThat(rehab.statusOf(caseNumber)).contains(RehabEnums.Status.SUSPENDED);
        assertThat(flow.waitingAt(caseNumber)).contains("Gateway_Suspended");

        flow.fireTimer(caseNumber, RehabProcess.EVENT_SUSPENSION_EXPIRED);
        flow.complete(RehabFlow.CDPF, caseNumber, RehabProcess.TASK_TERMINATE, Map.of("stopReason", "ABSENT"));
        assertThat(rehab.statusOf(caseNumber)).contains(RehabEnums.Status.TERMINATED);
        assertThat(rehab.inService(caseNumber)).isFalse();
        assertThat(documents.ofCase(caseNumber)).anyMatch(d -> d.kind() == DocumentKind.TERMINATION_NOTICE);
    }

    @Test
    void attendance_recorded_for_a_suspended_child_resumes_the_service() {
        String caseNumber = flow.inService(RehabTestData.child(LocalDate.of(2021, 9, 9), "呼和"), "RI-EH-01");
        LocalDate today = LocalDate.now(EngineClock.INSTANCE);
        rehab.reportAbsence(caseNumber, today.minusDays(40), "cdpf.officer");
        assertThat(rehab.statusOf(caseNumber)).contains(RehabEnums.Status.SUSPENDED);

        rehab.recordService(caseNumber, today, 6, null, "cdpf.officer");
        assertThat(rehab.statusOf(caseNumber)).contains(RehabEnums.Status.IN_SERVICE);
        assertThat(flow.waitingAt(caseNumber)).contains("Gateway_ServiceEvents");
        rehab.recordService(caseNumber, today, 9, "MID", "cdpf.officer");
        assertThat(rehab.attendance(caseNumber)).containsEntry(today.withDayOfMonth(1), 9);
        assertThatThrownBy(() -> rehab.recordService(caseNumber, today, 40, null, "cdpf.officer"))
                .isInstanceOf(RuleRefusal.class).hasMessageContaining("rehab.refusal.days");
    }

    @Test
    void cdpf_is_told_once_in_the_bell_before_the_15th_birthday_and_the_child_is_not_renewed() {
        LocalDate received = LocalDate.of(2026, 11, 2);
        LocalDate born = received.minusYears(15).plusDays(40); // 14 on the reference day, 15 within 60 days
        String caseNumber = flow.inService(RehabTestData.child(born, "那顺"), "RI-EH-01");

        flow.fireTimer(caseNumber, RehabProcess.EVENT_AGEING_REMINDER);
        assertThat(flow.openTask(caseNumber)).isEqualTo(RehabProcess.TASK_AGEING_OUT);
        Integer told = jdbc.queryForObject("select count(*) from notification where case_number = ? and topic = 'REHAB_AGEING_OUT'"
                + " and recipient = 'cdpf.officer'", Integer.class, caseNumber);
        assertThat(told).isEqualTo(1);

        flow.complete(RehabFlow.CDPF, caseNumber, RehabProcess.TASK_AGEING_OUT, Map.of("transition", "EDU"));
        work.remindAgeingOut(caseNumber);
        assertThat(jdbc.queryForObject("select count(*) from notification where case_number = ? and topic = 'REHAB_AGEING_OUT'"
                + " and recipient = 'cdpf.officer'", Integer.class, caseNumber)).isEqualTo(1);
        assertThat(flow.timerDue(caseNumber, RehabProcess.EVENT_AGEING_REMINDER)).isAfter(flow.timerDue(caseNumber, "Event_RenewalDue"));
    }
}
