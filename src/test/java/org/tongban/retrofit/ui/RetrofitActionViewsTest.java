package org.tongban.retrofit.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import java.awt.Color;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.tongban.SignedInUi;
import org.tongban.TongbanTest;
import org.tongban.retrofit.CaseStatus;
import org.tongban.retrofit.RetrofitProcess;
import org.tongban.retrofit.RetrofitService;
import org.tongban.retrofit.RetrofitService.CaseLine;
import org.tongban.retrofit.TestHouseholds;
import org.tongban.retrofit.TestRetrofitCases;

/** The pages outside the inbox: objections, supplements, declines, a procurement batch, the programme, the 公示 list. */
@TongbanTest
class RetrofitActionViewsTest {

    @Autowired ApplicationContext context;
    @Autowired RetrofitService service;
    @Autowired TaskService tasks;
    @Autowired JdbcTemplate jdbc;
    TestRetrofitCases cases;

    @BeforeEach
    void cases() {
        cases = new TestRetrofitCases(context);
    }

    @AfterEach
    void close() {
        SignedInUi.close();
    }

    @Test
    void the_lead_agency_registers_an_objection_only_with_its_text_and_cdpf_gets_the_verification() {
        String caseNumber = cases.inNotice(TestHouseholds.person(jdbc, 1));
        SignedInUi.open(context, "housing.officer");
        RetrofitCaseActionsView view = navigate(RetrofitCaseActionsView.class);
        select(view.cases, caseNumber);
        assertThat(view.objection.isEnabled()).isTrue();
        assertThat(view.supplement.isEnabled()).isFalse();

        view.objection.click();
        assertThat(view.text.isInvalid()).isTrue();
        assertThat(view.result.getText()).contains("请写明异议内容");
        assertThat(taskKey(caseNumber)).isNull();

        select(view.cases, caseNumber);
        view.text.setValue("群众反映该户已迁出本市");
        view.objection.click();
        assertThat(view.result.getText()).contains(caseNumber, "市残联核实");
        assertThat(taskKey(caseNumber)).isEqualTo(RetrofitProcess.TASK_VERIFY_OBJECTION);
        assertThat(audits("RETROFIT_OBJECTION", caseNumber)).isEqualTo(1);
    }

    @Test
    void the_grass_roots_unit_records_the_supplement_and_a_household_declining_while_other_agencies_see_nothing() {
        String returned = cases.applied(TestHouseholds.person(jdbc, 1));
        tasks.complete(tasks.createTaskQuery().processInstanceBusinessKey(returned).singleResult().getId(),
                java.util.Map.of("completeness", "INCOMPLETE", "missingItems", "户口簿", "initialCheckNote", "材料不全"));
        String declining = cases.atAssessment(TestHouseholds.person(jdbc, 2));

        SignedInUi.open(context, "civil.officer");
        assertThat(navigate(RetrofitCaseActionsView.class).cases.getListDataView().getItems()
                .map(CaseLine::caseNumber)).doesNotContain(returned, declining);
        SignedInUi.close();

        SignedInUi.open(context, "community03");
        RetrofitCaseActionsView view = navigate(RetrofitCaseActionsView.class);
        select(view.cases, returned);
        assertThat(view.objection.isEnabled()).isFalse();
        view.supplement.click();
        assertThat(taskKey(returned)).isEqualTo(RetrofitProcess.TASK_INITIAL_CHECK);

        select(view.cases, declining);
        view.text.setValue("户主已搬至子女家居住");
        view.decline.click();
        assertThat(service.status(declining)).isEqualTo(CaseStatus.WITHDRAWN);
        assertThat(audits("RETROFIT_DECLINED", declining)).isEqualTo(1);
        assertThat(audits("RETROFIT_SUPPLEMENT", returned)).isEqualTo(1);
    }

    @Test
    void one_procurement_batch_sends_the_selected_households_to_the_works() throws Exception {
        String first = cases.awaitingProcurement(TestHouseholds.person(jdbc, 1), RetrofitTaskPanelsTest.png(Color.GRAY));
        String second = cases.awaitingProcurement(TestHouseholds.person(jdbc, 2), RetrofitTaskPanelsTest.png(Color.GRAY));
        SignedInUi.open(context, "housing.officer");
        RetrofitBatchView view = navigate(RetrofitBatchView.class);
        view.households.getListDataView().getItems().filter(c -> c.caseNumber().equals(first) || c.caseNumber().equals(second))
                .forEach(view.households::select);

        view.contract();
        assertThat(view.batchCode.isInvalid()).isTrue();
        assertThat(view.result.getText()).contains("批次编号");
        assertThat(taskKey(first)).isNull();

        view.households.getListDataView().getItems().filter(c -> c.caseNumber().equals(first) || c.caseNumber().equals(second))
                .forEach(view.households::select);
        view.batchCode.setValue("EHGC-2026-T" + first.substring(first.length() - 4));
        view.contract();
        assertThat(view.result.getText()).contains("2 户");
        assertThat(taskKey(first)).isEqualTo(RetrofitProcess.TASK_SUPERVISE_WORKS);
        assertThat(taskKey(second)).isEqualTo(RetrofitProcess.TASK_SUPERVISE_WORKS);
        assertThat(view.households.getListDataView().getItems().map(CaseLine::caseNumber)).doesNotContain(first, second);

        SignedInUi.close();
        SignedInUi.open(context, "cdpf.officer");
        assertThat(navigate(RetrofitBatchView.class).households.getListDataView().getItems()).isEmpty();
    }

    @Test
    void the_lead_agency_enters_next_years_programme_and_a_split_over_100_percent_is_refused_in_words() {
        int next = LocalDate.now().getYear() + 1;
        SignedInUi.open(context, "housing.officer");
        RetrofitProgrammeEntryView view = navigate(RetrofitProgrammeEntryView.class);
        view.year.setValue(next);
        view.target.setValue(45);
        view.budget.setValue(new BigDecimal("260000"));
        view.central.setValue(60);
        view.region.setValue(50);
        assertThat(view.city.getText()).contains("合计 100");
        view.reference.setValue(next + " 年度困难重度残疾人家庭无障碍改造实施方案");
        view.save();
        assertThat(view.result.getText()).contains("合计 100");
        assertThat(jdbc.queryForList("select central_percent from ar_programme where programme_year = ?", Integer.class, next))
                .doesNotContain(60);

        view.region.setValue(30);
        assertThat(view.city.getText()).contains("10%");
        view.save();
        assertThat(view.result.getText()).contains("已保存");
        assertThat(jdbc.queryForObject("select city_percent from ar_programme where programme_year = ?", Integer.class, next))
                .isEqualTo(10);
        assertThat(audits("RETROFIT_PROGRAMME", "AR-" + next)).isEqualTo(1);

        SignedInUi.close();
        SignedInUi.open(context, "cdpf.officer");
        assertThat(navigate(RetrofitProgrammeEntryView.class).save.getParent()).isEmpty();
    }

    @Test
    void the_years_notice_list_shows_masked_names_and_objections_and_is_issued_as_a_document() {
        String objected = cases.inNotice(TestHouseholds.person(jdbc, 1));
        SignedInUi.open(context, "housing.officer");
        RetrofitCaseActionsView actions = navigate(RetrofitCaseActionsView.class);
        select(actions.cases, objected);
        actions.text.setValue("反映该户收入超标");
        actions.objection.click();

        RetrofitNoticeListView view = navigate(RetrofitNoticeListView.class);
        var lines = view.list.getListDataView().getItems().toList();
        assertThat(lines).anySatisfy(l -> {
            assertThat(l.caseNumber()).isEqualTo(objected);
            assertThat(l.maskedName()).contains("*");
            assertThat(l.objection().name()).isEqualTo("VERIFYING");
        });
        view.issue();
        assertThat(_get(com.vaadin.flow.component.html.Anchor.class, spec -> spec.withId("notice-pdf")).getText())
                .startsWith("下载公示名单");
        assertThat(jdbc.queryForObject("select count(*) from document where case_number = ? and kind = 'PUBLIC_NOTICE'",
                Integer.class, "AR-" + LocalDate.now().getYear() + "-GS")).isPositive();
    }

    private static <T extends com.vaadin.flow.component.Component> T navigate(Class<T> view) {
        UI.getCurrent().navigate(view);
        return _get(view);
    }

    private static void select(Grid<CaseLine> grid, String caseNumber) {
        grid.select(grid.getListDataView().getItems().filter(c -> c.caseNumber().equals(caseNumber)).findFirst().orElseThrow());
    }

    private String taskKey(String caseNumber) {
        var t = tasks.createTaskQuery().processInstanceBusinessKey(caseNumber).list();
        return t.isEmpty() ? null : t.get(0).getTaskDefinitionKey();
    }

    private int audits(String action, String subject) {
        return jdbc.queryForObject("select count(*) from audit_event where action = ? and subject = ?", Integer.class,
                action, subject);
    }
}
