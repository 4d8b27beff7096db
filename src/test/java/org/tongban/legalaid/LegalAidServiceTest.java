package org.tongban.legalaid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.tongban.TongbanTest;
import org.tongban.documents.DocumentKind;
import org.tongban.documents.DocumentService;
import org.tongban.documents.IssuedDocument;
import org.tongban.forms.FieldError;
import org.tongban.inbox.InboxService;
import org.tongban.organisation.Role;
import org.tongban.security.TongbanUser;

@TongbanTest
class LegalAidServiceTest {

    static final TongbanUser OFFICER = new TongbanUser("justice.officer", "法援经办", "JUSTICE", EnumSet.of(Role.OFFICER));
    static final TongbanUser SUPERVISOR = new TongbanUser("justice.supervisor", "法援负责人", "JUSTICE", EnumSet.of(Role.SUPERVISOR));
    static final TongbanUser FINANCE = new TongbanUser("fin.officer", "财政经办", "FIN", EnumSet.of(Role.OFFICER));
    static final String FACTS = "申请人在建筑工地务工被拖欠工资三个月，共计一万二千元，多次讨要未果。";

    @Autowired LegalAidService legalAid;
    @Autowired InboxService inbox;
    @Autowired TaskService tasks;
    @Autowired RuntimeService runtime;
    @Autowired HistoryService history;
    @Autowired DocumentService documents;
    @Autowired JdbcTemplate jdbc;
    @Autowired LegalAidSummary summary;
    @Autowired LegalAidRemedies remedies;
    @Autowired java.time.Clock clock;
    @Autowired LegalAidParameters parameters;
    @Autowired org.camunda.bpm.engine.ManagementService management;
    @Autowired org.tongban.inbox.InboxQueries queries;

    static LegalAidApplication walkIn(String name, String facts) {
        return new LegalAidApplication("WALK_IN", name, "152501197809309038", "13904790001", 4, "LABOUR", facts,
                new BigDecimal("860.00"), "NONE", false, false, false, null, null, null, null, null);
    }

    @Test
    void facts_income_and_identity_are_encrypted_at_rest_and_never_in_the_process() {
        String caseNumber = legalAid.apply(walkIn("巴特尔", FACTS), OFFICER.username(), null).caseNumber();

        Map<String, Object> row = jdbc.queryForMap("select * from la_case where case_number = ?", caseNumber);
        for (String column : List.of("CASE_FACTS_ENC", "MONTHLY_INCOME_ENC", "APPLICANT_NAME_ENC", "ID_NUMBER_ENC", "PHONE_ENC",
                "DISABILITY_CATEGORY_ENC")) {
            assertThat((String) row.get(column)).as(column).startsWith("v1:");
        }
        assertThat(row.values().toString()).doesNotContain("拖欠工资", "860", "巴特尔", "152501197809309038", "13904790001");
        assertThat(row.get("ID_NUMBER_MASKED")).isEqualTo("152501********9038");
        String pi = runtime.createProcessInstanceQuery().processInstanceBusinessKey(caseNumber).singleResult().getId();
        assertThat(runtime.getVariables(pi).toString()).doesNotContain("拖欠工资", "860", "巴特尔", "152501197809309038");
        assertThat(runtime.getVariable(pi, LegalAidProcess.VAR_WITHIN_MEANS_THRESHOLD)).isEqualTo(true);
        assertThat(legalAid.status(caseNumber)).contains(LegalAidStatus.SUBMITTED);
    }

    @Test
    void a_retried_hotline_request_makes_one_case_only() {
        LegalAidApplication order = new LegalAidApplication("HOTLINE", "乌日娜", "15250119850312908X", null, 2, "MAINTENANCE",
                "申请人之子拒不履行赡养义务，申请人听力残疾无固定收入。", null, "DISABLED_NO_FIXED_INCOME", false, false, false,
                null, null, null, "12345", "GD-2026-00412");

        var first = legalAid.apply(order, OFFICER.username(), "hotline-retry-1");
        var again = legalAid.apply(order, OFFICER.username(), "hotline-retry-1");

        assertThat(first.created()).isTrue();
        assertThat(again).isEqualTo(new LegalAidService.Filed(first.caseNumber(), false));
        assertThat(history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(first.caseNumber()).count()).isEqualTo(1);
        assertThatThrownBy(() -> legalAid.apply(walkIn("乌日娜", FACTS), OFFICER.username(), "hotline-retry-1"))
                .isInstanceOf(LegalAidService.KeyReused.class);
    }

    @Test
    void an_invalid_application_is_refused_field_by_field_and_writes_nothing() {
        long cases = jdbc.queryForObject("select count(*) from la_case", Long.class);
        LegalAidApplication bad = new LegalAidApplication("CUSTODY", " ", "152501197809309037", "12345", 9, "LABOUR", "短",
                new BigDecimal("-1"), "NONE", false, false, false, null, null, null, null, null);

        assertThatThrownBy(() -> legalAid.apply(bad, OFFICER.username(), "bad-1"))
                .isInstanceOfSatisfying(LegalAidService.InvalidApplication.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field).containsExactlyInAnyOrder("applicantName", "idNumber", "phone",
                                "disabilityCategory", "caseFacts", "monthlyIncome", "forwardingAgency", "custodyRequestAt"));
        assertThat(jdbc.queryForObject("select count(*) from la_case", Long.class)).isEqualTo(cases);
    }

    @Test
    void a_refusal_issues_its_reasons_and_the_objection_goes_to_another_officer() {
        String caseNumber = legalAid.apply(new LegalAidApplication("WALK_IN", "苏和", "152501197809309038", null, 4, "INJURY",
                FACTS, new BigDecimal("5000"), "NONE", false, false, false, null, null, null, null, null), OFFICER.username(), null)
                .caseNumber();
        complete(OFFICER, caseNumber, Map.of("intakeOutcome", "ACCEPT"));
        complete(OFFICER, caseNumber, Map.of("decision", "REFUSE_NOT_HARDSHIP"));

        assertThat(legalAid.status(caseNumber)).contains(LegalAidStatus.REFUSED);
        assertThat(documents.ofCase(caseNumber)).extracting(IssuedDocument::kind)
                .containsExactly(DocumentKind.ACCEPTANCE_NOTICE, DocumentKind.DECISION);
        remedies.record(OFFICER, caseNumber, RemedyKind.OBJECTION, new RemedyRequest(java.time.LocalDate.now(clock), "申请人认为收入计算有误。"));
        String objection = task(caseNumber).getId();
        var refused = inbox.claim(OFFICER, objection);
        assertThat(refused.done()).isFalse();
        assertThat(refused.messageKey()).isEqualTo("legalaid.error.sameOfficer");
        assertThat(task(caseNumber).getAssignee()).isNull();
        assertThat(inbox.complete(SUPERVISOR, objection, Map.of("objectionOutcome", "CORRECTION_ORDERED")).done()).isTrue();
        assertThat(legalAid.status(caseNumber)).contains(LegalAidStatus.IN_REVIEW);
        assertThat(task(caseNumber).getTaskDefinitionKey()).isEqualTo(LegalAidProcess.TASK_DECIDE_APPLICATION);
    }

    @Test
    void a_grant_is_assigned_and_a_termination_carries_its_reason() {
        String caseNumber = legalAid.apply(walkIn("其其格", FACTS), OFFICER.username(), null).caseNumber();
        complete(OFFICER, caseNumber, Map.of("intakeOutcome", "ACCEPT"));
        complete(OFFICER, caseNumber, Map.of("decision", "GRANT"));
        complete(OFFICER, caseNumber, Map.of("assignedWorker", "王律师", "workerOrganisation", "内蒙古边城律师事务所",
                "accommodation", "SIGN_LANGUAGE"));
        assertThat(legalAid.status(caseNumber)).contains(LegalAidStatus.IN_SERVICE);

        complete(OFFICER, caseNumber, Map.of("handlingOutcome", "TERMINATE_OWN_LAWYER"));

        assertThat(legalAid.status(caseNumber)).contains(LegalAidStatus.TERMINATED);
        assertThat(documents.ofCase(caseNumber)).extracting(IssuedDocument::kind).containsExactly(
                DocumentKind.ACCEPTANCE_NOTICE, DocumentKind.DECISION, DocumentKind.ASSIGNMENT_NOTICE, DocumentKind.TERMINATION_NOTICE);
    }

    @Test
    void an_incomplete_application_gets_one_notice_listing_every_missing_item() {
        String caseNumber = legalAid.apply(walkIn("那仁", FACTS), OFFICER.username(), null).caseNumber();

        complete(OFFICER, caseNumber, Map.of("intakeOutcome", "CORRECTION", "missingItems", "劳动合同复印件\n工资欠条复印件"));

        assertThat(legalAid.status(caseNumber)).contains(LegalAidStatus.RETURNED);
        assertThat(documents.ofCase(caseNumber)).singleElement().extracting(IssuedDocument::kind)
                .isEqualTo(DocumentKind.CORRECTION_NOTICE);
        assertThat(task(caseNumber).getTaskDefinitionKey()).isEqualTo(LegalAidProcess.TASK_RECEIVE_SUPPLEMENT);
    }

    @Test
    void the_case_view_summary_masks_the_applicant_and_leaves_out_facts_and_income() {
        String caseNumber = legalAid.apply(walkIn("宝音图", FACTS), OFFICER.username(), null).caseNumber();

        var facts = summary.summary(caseNumber, java.util.Locale.SIMPLIFIED_CHINESE);

        assertThat(facts).extracting(org.tongban.cases.CaseFact::label).contains("办件状态", "申请人", "公民身份号码");
        assertThat(facts).extracting(org.tongban.cases.CaseFact::value).contains("宝*图", "152501********9038", "已提交")
                .noneMatch(v -> v.contains("拖欠") || v.contains("860") || v.contains("宝音图"));
    }

    @Test
    void rule_refusals_of_the_steps_reach_the_officer_as_words_and_leave_the_task_open() {
        String caseNumber = legalAid.apply(walkIn("阿拉腾", FACTS), OFFICER.username(), null).caseNumber();

        var noItems = inbox.complete(OFFICER, task(caseNumber).getId(), Map.of("intakeOutcome", "CORRECTION"));
        assertThat(noItems.done()).isFalse();
        assertThat(noItems.messageKey()).isEqualTo("legalaid.error.missingItems");
        assertThat(legalAid.status(caseNumber)).contains(LegalAidStatus.SUBMITTED);
        assertThat(documents.ofCase(caseNumber)).isEmpty();

        complete(OFFICER, caseNumber, Map.of("intakeOutcome", "CORRECTION", "missingItems", "劳动合同复印件"));
        complete(OFFICER, caseNumber, Map.of("supplementComplete", true));
        var second = inbox.complete(OFFICER, task(caseNumber).getId(), Map.of("intakeOutcome", "CORRECTION",
                "missingItems", "补正的劳动合同缺少用人单位盖章"));
        assertThat(second.done()).isFalse();
        assertThat(second.messageKey()).isEqualTo("legalaid.error.secondCorrection");
        tasks.setAssignee(task(caseNumber).getId(), null);
        complete(SUPERVISOR, caseNumber, Map.of("intakeOutcome", "ACCEPT"));

        // Income 860 is within the threshold: "not in hardship" cannot be the reason to refuse.
        var hardship = inbox.complete(SUPERVISOR, task(caseNumber).getId(), Map.of("decision", "REFUSE_NOT_HARDSHIP"));
        assertThat(hardship.done()).isFalse();
        assertThat(hardship.messageKey()).isEqualTo("legalaid.error.hardshipNotAReason");
        assertThat(legalAid.status(caseNumber)).isNotEqualTo(java.util.Optional.of(LegalAidStatus.REFUSED));
        assertThat(task(caseNumber).getTaskDefinitionKey()).isEqualTo(LegalAidProcess.TASK_DECIDE_APPLICATION);
    }

    @Test
    void after_the_closing_review_fin_pays_the_case_subsidy_and_only_then_the_case_is_closed() {
        String caseNumber = legalAid.apply(walkIn("查干", FACTS), OFFICER.username(), null).caseNumber();
        complete(OFFICER, caseNumber, Map.of("intakeOutcome", "ACCEPT"));
        complete(OFFICER, caseNumber, Map.of("decision", "GRANT"));
        complete(OFFICER, caseNumber, Map.of("assignedWorker", "王律师", "workerOrganisation", "内蒙古边城律师事务所",
                "accommodation", "NONE"));
        complete(OFFICER, caseNumber, Map.of("handlingOutcome", "MATTER_ENDED"));
        complete(OFFICER, caseNumber, Map.of("materialsComplete", true));
        complete(OFFICER, caseNumber, Map.of("closingReview", "PASSED"));

        assertThat(legalAid.status(caseNumber)).contains(LegalAidStatus.SETTLEMENT);
        assertThat(task(caseNumber).getTaskDefinitionKey()).isEqualTo(LegalAidProcess.TASK_PAY_SUBSIDY);
        var justice = inbox.complete(OFFICER, task(caseNumber).getId(), Map.of("subsidyAmount", 1200, "subsidyVoucher", "财拨-0001"));
        assertThat(justice.done()).isFalse();
        complete(FINANCE, caseNumber, Map.of("subsidyAmount", 1200, "subsidyVoucher", "财拨〔2026〕21号"));

        assertThat(legalAid.status(caseNumber)).contains(LegalAidStatus.CLOSED);
        assertThat(jdbc.queryForMap("select subsidy_amount, subsidy_voucher from la_case where case_number = ?", caseNumber))
                .containsEntry("SUBSIDY_VOUCHER", "财拨〔2026〕21号")
                .hasEntrySatisfying("SUBSIDY_AMOUNT", v -> assertThat(new BigDecimal(v.toString())).isEqualByComparingTo("1200"));
    }

    @Test
    void a_request_from_custody_is_due_at_the_holding_agency_24_hours_after_the_person_asked() {
        java.time.Instant asked = clock.instant().minus(java.time.Duration.ofHours(3)).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        String caseNumber = legalAid.apply(new LegalAidApplication("CUSTODY", "额日和", "152501197809309038", null, 1,
                "CRIMINAL_DEFENCE", "犯罪嫌疑人在看守所提出法律援助申请，涉嫌故意伤害。", null, "NONE", false, false, false, null,
                "POLICE", asked, null, null), "police.officer", null).caseNumber();
        TongbanUser police = new TongbanUser("police.officer", "公安经办", "POLICE", EnumSet.of(Role.OFFICER));

        var rows = queries.page(police, org.tongban.inbox.InboxTab.QUEUE,
                new org.tongban.inbox.InboxFilter(LegalAidProcess.KEY, null, null, caseNumber), 0, 10);
        java.time.LocalDateTime due = java.time.LocalDateTime.ofInstant(asked.plus(java.time.Duration.ofHours(24)), clock.getZone());
        assertThat(rows).singleElement().satisfies(r -> {
            assertThat(r.taskDefinitionKey()).isEqualTo(LegalAidProcess.TASK_FORWARD_CUSTODY_REQUEST);
            assertThat(r.dueAt()).isEqualTo(due);
        });
        String pi = task(caseNumber).getProcessInstanceId();
        assertThat(management.createJobQuery().processInstanceId(pi).activityId("BoundaryEvent_ForwardingOverdue").singleResult()
                .getDuedate().toInstant()).isEqualTo(asked.plus(java.time.Duration.ofHours(24)));
    }

    @Test
    void the_income_threshold_is_the_row_valid_on_the_day_and_its_note_says_the_figure_is_a_placeholder() {
        java.time.LocalDate today = java.time.LocalDate.now(clock);
        assertThat(parameters.meansThreshold(today)).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("1290"));
        assertThat(jdbc.queryForObject("select reference from la_parameter where param_key = 'legal.means_threshold'"
                + " and valid_to is null", String.class)).contains("第三十四条", "演示占位值", "离线无法核实");

        jdbc.update("insert into la_parameter (param_key, amount, unit, valid_from, valid_to, reference, mark)"
                + " values ('legal.means_threshold', 1500, 'YUAN_PER_MONTH', date '2099-01-01', null, 'test row', 'DEFAULT')");
        try {
            assertThat(parameters.meansThreshold(java.time.LocalDate.of(2099, 6, 1)))
                    .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("1500"));
            assertThat(parameters.meansThreshold(today)).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("1290"));
        } finally {
            jdbc.update("delete from la_parameter where reference = 'test row'");
        }
    }

    @Test
    void a_defence_notice_is_due_at_the_court_3_calendar_days_after_it_arose_and_the_centre_assigns_within_3_more() {
        try {
            org.camunda.bpm.engine.impl.util.ClockUtil.setCurrentTime(java.util.Date.from(
                    java.time.OffsetDateTime.parse("2026-03-02T09:00:00+08:00").toInstant()));
            String caseNumber = legalAid.apply(new LegalAidApplication("DEFENCE_NOTICE", "朝鲁", "152501197809309038", null, 2,
                    "CRIMINAL_DEFENCE", "被告人为听力残疾人，未委托辩护人，法院通知指派辩护。", null, "NONE", false, false, true, null,
                    "COURT", null, null, null), "court.officer", null).caseNumber();

            Task notice = task(caseNumber);
            assertThat(notice.getTaskDefinitionKey()).isEqualTo(LegalAidProcess.TASK_SEND_DEFENCE_NOTICE);
            // 第36条: three days, calendar (day 1 is 3 March), statutory.
            assertThat(notice.getDueDate()).isEqualTo(java.util.Date.from(
                    java.time.OffsetDateTime.parse("2026-03-05T23:59:59+08:00").toInstant()));
            assertThat(jdbc.queryForObject("select statutory from sla_policy where task_key = ? and valid_to is null",
                    Boolean.class, LegalAidProcess.TASK_SEND_DEFENCE_NOTICE)).isTrue();
        } finally {
            org.camunda.bpm.engine.impl.util.ClockUtil.reset();
        }
    }

    @Test
    void a_limitation_period_under_7_days_away_makes_the_aid_urgent_before_the_decision_and_7_days_does_not() {
        java.time.LocalDate today = java.time.LocalDate.now(clock);
        String urgent = legalAid.apply(limited("斯日古楞", today.plusDays(6)), OFFICER.username(), null).caseNumber();
        String notUrgent = legalAid.apply(limited("萨日娜", today.plusDays(7)), OFFICER.username(), null).caseNumber();

        complete(OFFICER, urgent, Map.of("intakeOutcome", "ACCEPT"));
        complete(OFFICER, notUrgent, Map.of("intakeOutcome", "ACCEPT"));

        assertThat(task(urgent).getTaskDefinitionKey()).isEqualTo(LegalAidProcess.TASK_PROVIDE_URGENT_AID);
        assertThat(task(notUrgent).getTaskDefinitionKey()).isEqualTo(LegalAidProcess.TASK_DECIDE_APPLICATION);
        complete(OFFICER, urgent, Map.of("urgentGround", "LIMITATION", "assignedWorker", "李律师"));
        assertThat(legalAid.status(urgent)).contains(LegalAidStatus.IN_SERVICE);
        assertThat(task(urgent).getTaskDefinitionKey()).isEqualTo(LegalAidProcess.TASK_DECIDE_APPLICATION);
    }

    private static LegalAidApplication limited(String name, java.time.LocalDate limitation) {
        return new LegalAidApplication("WALK_IN", name, "152501197809309038", null, 4, "INJURY", FACTS,
                new BigDecimal("900"), "NONE", false, false, false, limitation, null, null, null, null);
    }

    private void complete(TongbanUser user, String caseNumber, Map<String, Object> values) {
        var outcome = inbox.complete(user, task(caseNumber).getId(), values);
        assertThat(outcome.done()).as(outcome.toString()).isTrue();
    }

    private Task task(String caseNumber) {
        return tasks.createTaskQuery().processInstanceBusinessKey(caseNumber).singleResult();
    }
}
