package org.tongban.sla.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.RouteParameters;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.tongban.SignedInUi;
import org.tongban.TongbanTest;
import org.tongban.consultation.ConsultationService;
import org.tongban.inbox.ui.TaskView;

/** In the task view, a task past its statutory limit shows the limit and asks for the reason of the delay. */
@TongbanTest
class LateCompletionTest {

    @Autowired ApplicationContext context;
    @Autowired ConsultationService consultations;
    @Autowired TaskService tasks;
    @Autowired JdbcTemplate jdbc;

    @AfterEach
    void close() {
        SignedInUi.close();
        ClockUtil.reset();
    }

    @Test
    void the_officer_cannot_complete_a_late_statutory_task_without_saying_why() {
        // A statutory limit valid only in July 2024, so it touches no other test.
        jdbc.update("""
                insert into sla_policy (process_key, task_key, limit_amount, limit_unit, statutory, party,
                    anchor_variable, pauses_clock, reference, mark, valid_from, valid_to)
                values ('consultation-referral', 'Task_AnswerConsultation', 7, 'CALENDAR_DAYS', true, 'AGENCY',
                    null, false, '测试：法律援助法第43条', 'SOURCE', date '2024-07-01', date '2024-07-31')""");
        now("2024-07-01T09:00");
        String caseNumber = consultations.refer("COURT", "逾期答复测试");
        String taskId = tasks.createTaskQuery().processInstanceBusinessKey(caseNumber).singleResult().getId();
        now("2024-07-10T09:00");

        SignedInUi.open(context, "court.officer");
        UI.getCurrent().navigate(TaskView.class, new RouteParameters("id", taskId));
        assertThat(_get(DescriptionList.class, spec -> spec.withId("task-summary")).getElement().getTextRecursively())
                .contains("7 日（自然日）（法定时限）", "测试：法律援助法第43条");
        _get(TextArea.class, spec -> spec.withId("field-answer")).setValue("已书面答复申请人并说明理由。");
        _get(DatePicker.class, spec -> spec.withId("field-answeredOn")).setValue(LocalDate.of(2024, 7, 10));

        _get(Button.class, spec -> spec.withId("action-complete")).click();
        assertThat(tasks.createTaskQuery().taskId(taskId).count()).isOne();

        _get(TextArea.class, spec -> spec.withId("breach-reason")).setValue("待法院调取卷宗，逾期两日。");
        _get(Button.class, spec -> spec.withId("action-complete")).click();
        assertThat(tasks.createTaskQuery().taskId(taskId).count()).isZero();
        assertThat(jdbc.queryForObject("select breach_reason from sla_clock where task_id = ?", String.class, taskId))
                .isEqualTo("待法院调取卷宗，逾期两日。");
    }

    @Test
    void a_task_within_its_limit_asks_no_reason() {
        String taskId = tasks.createTaskQuery()
                .processInstanceBusinessKey(consultations.refer("COURT", "按期答复测试")).singleResult().getId();

        SignedInUi.open(context, "court.officer");
        UI.getCurrent().navigate(TaskView.class, new RouteParameters("id", taskId));

        assertThat(_find(TextArea.class, spec -> spec.withId("breach-reason"))).isEmpty();
    }

    private static void now(String localTime) {
        ClockUtil.setCurrentTime(Date.from(LocalDateTime.parse(localTime).atZone(ZoneId.of("Asia/Shanghai")).toInstant()));
    }
}
