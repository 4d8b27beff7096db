package org.tongban.consultation;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.tongban.organisation.OrgStartup;

/**
 * Referred consultations so queues are not empty on first start, with twelve weeks of history
 * (answered on time and late) and open ones overdue and due soon, so the supervisors' monitor and
 * the SLA ladder have something to show. The past is made by moving the engine's clock while the
 * demo data is written at startup.
 */
@Component
@Profile("demo")
@Order(OrgStartup.DEMO_DATA + 2)
class ConsultationDemoData implements ApplicationRunner {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private final ConsultationService consultations;
    private final HistoryService history;
    private final TaskService tasks;
    private final IdentityService identity;

    ConsultationDemoData(ConsultationService consultations, HistoryService history, TaskService tasks,
            IdentityService identity) {
        this.consultations = consultations;
        this.history = history;
        this.tasks = tasks;
        this.identity = identity;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (history.createHistoricProcessInstanceQuery().processDefinitionKey(ConsultationProcess.KEY).count() > 0) {
            return;
        }
        LocalDate today = LocalDate.now(ZONE);
        try {
            pastWeeks(today);
            openAndLate(today);
        } finally {
            ClockUtil.reset();
        }
        consultations.refer("CDPF", "残疾人证换领咨询");
        consultations.refer("CDPF", "辅助器具适配咨询");
        consultations.refer("JUSTICE", "法律援助申请条件咨询");
        consultations.refer("HOUSING", "无障碍改造申请咨询");
        consultations.refer("HRSS", "公益性岗位政策咨询");
        consultations.refer("CDPF", "CIVIL", "困难残疾人生活补贴与低保衔接咨询");
        consultations.refer("HOUSING", "CDPF", "重度残疾人家庭无障碍改造标准咨询");
    }

    /** Twelve weeks of answered referrals: most within the limit, a few late with a reason. */
    private void pastWeeks(LocalDate today) {
        LocalDate monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        String[] topics = {"残疾人证办理咨询", "康复补贴咨询", "就业扶持政策咨询", "托养服务咨询"};
        for (int week = 12; week >= 1; week--) {
            LocalDate start = monday.minusWeeks(week);
            for (int i = 0; i < 4; i++) {
                at(start.plusDays(i % 2), 9 + i);
                String caseNumber = consultations.refer(i == 3 ? "JUSTICE" : "CDPF", topics[i]);
                // One in three weeks, one answer comes in the following week, after its 5 working days.
                boolean late = i == 0 && week % 3 == 0;
                at(late ? start.plusDays(9) : start.plusDays(2 + i % 2), 15);
                answer(caseNumber, i == 3 ? "justice.officer" : "cdpf.officer");
            }
        }
    }

    /** Open referrals now overdue (one long enough for 督办) and due soon. */
    private void openAndLate(LocalDate today) {
        at(today.minusDays(21), 10);
        consultations.refer("CDPF", "盲人按摩机构扶持咨询");
        at(today.minusDays(12), 10);
        String claimed = consultations.refer("CDPF", "残疾人机动轮椅车燃油补贴咨询");
        tasks.setAssignee(taskOf(claimed).getId(), "cdpf.officer");
        at(today.minusDays(10), 11);
        consultations.refer("JUSTICE", "残疾人家庭财产纠纷法律咨询");
        at(today.minusDays(6), 9);
        consultations.refer("CDPF", "助听器适配补贴咨询");
        at(today.minusDays(5), 9);
        consultations.refer("CDPF", "CIVIL", "重度残疾人护理补贴标准咨询");
        consultations.refer("CDPF", "无障碍出行服务咨询");
    }

    private void answer(String caseNumber, String officer) {
        Task task = taskOf(caseNumber);
        tasks.setAssignee(task.getId(), officer);
        identity.setAuthenticatedUserId(officer);
        try {
            tasks.complete(task.getId(), Map.of("answer", "已电话答复，并告知办理材料和地点。", "channel", "PHONE",
                    "answeredOn", ClockUtil.getCurrentTime().toInstant().atZone(ZONE).toLocalDate().toString(),
                    "resolved", true));
        } finally {
            identity.clearAuthentication();
        }
    }

    private Task taskOf(String caseNumber) {
        return tasks.createTaskQuery().processInstanceBusinessKey(caseNumber).singleResult();
    }

    private static void at(LocalDate day, int hour) {
        ClockUtil.setCurrentTime(Date.from(day.atTime(LocalTime.of(hour, 0)).atZone(ZONE).toInstant()));
    }
}
