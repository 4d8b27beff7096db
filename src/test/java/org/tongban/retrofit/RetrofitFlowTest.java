package org.tongban.retrofit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.tongban.TongbanTest;
import org.tongban.people.PeopleRegistry;

/** The model with the real steps, rules, documents and SLA policies on the Spring engine. */
@TongbanTest
class RetrofitFlowTest {

    static final long DAY = 24L * 3600 * 1000;

    @Autowired RetrofitService service;
    @Autowired PeopleRegistry registry;
    @Autowired TaskService tasks;
    @Autowired ManagementService management;
    @Autowired org.camunda.bpm.engine.RuntimeService runtime;
    @Autowired JdbcTemplate jdbc;
    @Autowired RetrofitProgrammes programmes;
    @Autowired org.springframework.context.ApplicationContext context;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void an_eligible_household_is_worked_from_application_to_payment_with_every_document() {
        String caseNumber = apply(2);
        complete(caseNumber, RetrofitProcess.TASK_INITIAL_CHECK, Map.of("completeness", "COMPLETE", "initialCheckNote", "已入户"));
        checks(caseNumber, "DIBAO");
        assertThat(service.status(caseNumber)).isEqualTo(CaseStatus.PUBLIC_NOTICE);

        ClockUtil.setCurrentTime(new Date(System.currentTimeMillis() + 12 * DAY));
        management.executeJob(management.createJobQuery().processInstanceId(task(caseNumber) == null
                ? runtime.createProcessInstanceQuery().processInstanceBusinessKey(caseNumber).singleResult().getId()
                : null).timers().singleResult().getId());
        Task assessment = task(caseNumber);
        assertThat(assessment.getTaskDefinitionKey()).isEqualTo(RetrofitProcess.TASK_HOME_ASSESSMENT);
        assertThatThrownBy(() -> tasks.complete(assessment.getId(), Map.of("householdAgrees", true, "assessmentNote", "评估")))
                .hasRootCauseInstanceOf(RetrofitRuleException.class);

        service.savePlan(caseNumber, List.of(new RetrofitService.PlanItem("GRAB_BAR", 2),
                new RetrofitService.PlanItem("SHOWER_SEAT", 1)), "希望洗澡安全", "cdpf.officer");
        complete(caseNumber, RetrofitProcess.TASK_HOME_ASSESSMENT, Map.of("householdAgrees", true, "assessmentNote", "评估"));
        assertThat(service.yearList(service.get(caseNumber).getProgrammeYear()))
                .anySatisfy(r -> assertThat(r.caseNumber()).isEqualTo(caseNumber));

        service.contractBatch(service.get(caseNumber).getProgrammeYear(), "PC-TEST-01", List.of(caseNumber), "housing.officer");
        complete(caseNumber, RetrofitProcess.TASK_SUPERVISE_WORKS, Map.of("worksCompletedOn", "2026-12-20", "worksNote", "完工"));
        Task inspection = task(caseNumber);
        assertThatThrownBy(() -> tasks.complete(inspection.getId(), Map.of("inspectionPassed", true,
                "satisfaction", "SATISFIED", "inspectionNote", "合格"))).hasRootCauseInstanceOf(RetrofitRuleException.class);
        tasks.createAttachment("image/png", inspection.getId(), inspection.getProcessInstanceId(), "after.png",
                RetrofitProcess.PHOTO_AFTER, new java.io.ByteArrayInputStream(DemoPhotos.png(java.awt.Color.BLUE)));
        complete(caseNumber, RetrofitProcess.TASK_INSPECT, Map.of("inspectionPassed", false, "satisfaction", "UNSATISFIED",
                "inspectionNote", "扶手松动"));
        complete(caseNumber, RetrofitProcess.TASK_RECORD_RECTIFICATION, Map.of("rectificationNote", "已加固"));
        complete(caseNumber, RetrofitProcess.TASK_INSPECT, Map.of("inspectionPassed", true, "satisfaction", "SATISFIED",
                "inspectionNote", "合格"));

        Task pay = task(caseNumber);
        assertThat(pay.getTaskDefinitionKey()).isEqualTo(RetrofitProcess.TASK_PAY_CONTRACTOR);
        assertThat(pay.getDueDate()).isAfter(new Date(ClockUtil.getCurrentTime().getTime() + 29 * DAY))
                .isBefore(new Date(ClockUtil.getCurrentTime().getTime() + 32 * DAY));
        assertThat(service.status(caseNumber)).isEqualTo(CaseStatus.SETTLEMENT);
        complete(caseNumber, RetrofitProcess.TASK_PAY_CONTRACTOR, Map.of("paidOn", "2027-01-05", "voucherReference", "GK-1"));

        assertThat(service.status(caseNumber)).isEqualTo(CaseStatus.CLOSED);
        assertThat(jdbc.queryForList("select kind from document where case_number = ?", String.class, caseNumber))
                .containsExactlyInAnyOrder("ACCEPTANCE_NOTICE", "PUBLIC_NOTICE", "ASSESSMENT_FORM", "INSPECTION_FORM",
                        "INSPECTION_FORM", "PAYMENT_VOUCHER");
        assertThat(service.progress(service.get(caseNumber).getProgrammeYear()).paid()).isPositive();
    }

    @Test
    void a_household_whose_only_card_is_grade_three_is_refused_with_a_decision() {
        String caseNumber = apply(3);
        complete(caseNumber, RetrofitProcess.TASK_INITIAL_CHECK, Map.of("completeness", "COMPLETE", "initialCheckNote", "已入户"));
        checks(caseNumber, "DIBAO");

        assertThat(service.status(caseNumber)).isEqualTo(CaseStatus.REFUSED);
        assertThat(service.get(caseNumber).getRefusalReason()).isEqualTo("GRADE");
        assertThat(jdbc.queryForList("select kind from document where case_number = ?", String.class, caseNumber))
                .contains("DECISION");
    }

    @Test
    void civil_finding_an_earlier_elderly_adaptation_refuses_the_household() {
        String caseNumber = apply(1);
        complete(caseNumber, RetrofitProcess.TASK_INITIAL_CHECK, Map.of("completeness", "COMPLETE", "initialCheckNote", "已入户"));
        complete(caseNumber, RetrofitProcess.TASK_CHECK_CARD_AND_HOME, Map.of("homeAdaptable", true, "homeUnsafe", false,
                "needConfirmed", true, "cardAndHomeNote", "一级肢体"));
        complete(caseNumber, RetrofitProcess.TASK_CHECK_HARDSHIP, Map.of("hardshipCategory", "TEKUN",
                "elderlyAdaptationFound", true, "hardshipNote", "2024 年已做适老化改造"));

        assertThat(service.get(caseNumber).getRefusalReason()).isEqualTo("ALREADY_RETROFITTED");
    }

    @Test
    void an_objection_upheld_by_cdpf_refuses_the_household_with_a_decision_and_marks_the_notice_list() {
        String caseNumber = new TestRetrofitCases(context).inNotice(TestHouseholds.person(jdbc, 1));
        service.raiseObjection(caseNumber, "群众反映该户已迁出本市", "housing.officer");
        complete(caseNumber, RetrofitProcess.TASK_VERIFY_OBJECTION, Map.of("objectionUpheld", true,
                "objectionFinding", "经入户核实，该户已迁出本市"));

        assertThat(service.status(caseNumber)).isEqualTo(CaseStatus.REFUSED);
        assertThat(service.get(caseNumber).getRefusalReason()).isEqualTo("OBJECTION_UPHELD");
        assertThat(jdbc.queryForList("select kind from document where case_number = ?", String.class, caseNumber))
                .contains("PUBLIC_NOTICE", "DECISION");
        assertThat(programmes.noticeList(service.get(caseNumber).getProgrammeYear()))
                .anySatisfy(l -> {
                    assertThat(l.caseNumber()).isEqualTo(caseNumber);
                    assertThat(l.objection()).isEqualTo(RetrofitProgrammes.Objection.UPHELD);
                });
    }

    @Test
    void a_household_declines_before_the_works_and_the_case_is_withdrawn() {
        String caseNumber = apply(2);
        service.decline(caseNumber, "户主搬离本市", "community03");

        assertThat(service.status(caseNumber)).isEqualTo(CaseStatus.WITHDRAWN);
        assertThat(tasks.createTaskQuery().processInstanceBusinessKey(caseNumber).count()).isZero();
    }

    private String apply(int grade) {
        String head = TestHouseholds.person(jdbc, grade, LocalDate.of(1900, 1, 1), LocalDate.now());
        return service.apply(TestHouseholds.application(head, List.of(), false), "community03", null).caseNumber();
    }

    private void checks(String caseNumber, String hardship) {
        complete(caseNumber, RetrofitProcess.TASK_CHECK_CARD_AND_HOME, Map.of("homeAdaptable", true, "homeUnsafe", false,
                "needConfirmed", true, "cardAndHomeNote", "证件有效"));
        complete(caseNumber, RetrofitProcess.TASK_CHECK_HARDSHIP, Map.of("hardshipCategory", hardship,
                "elderlyAdaptationFound", false, "hardshipNote", "2023-05 起享受低保"));
    }

    private void complete(String caseNumber, String taskKey, Map<String, Object> variables) {
        Task task = tasks.createTaskQuery().processInstanceBusinessKey(caseNumber).taskDefinitionKey(taskKey).singleResult();
        assertThat(task).as(taskKey).isNotNull();
        tasks.complete(task.getId(), variables);
    }

    private Task task(String caseNumber) {
        return tasks.createTaskQuery().processInstanceBusinessKey(caseNumber).singleResult();
    }
}
