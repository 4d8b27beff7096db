package org.tongban.quotareview;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Locale;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tongban.TongbanTest;
import org.tongban.cases.CaseFact;
import org.tongban.documents.DocumentKind;
import org.tongban.documents.DocumentService;

/** The demo has reviews in every state, visible to each cooperating agency, with a summary for the case view. */
@TongbanTest
class QuotaReviewDemoDataTest {

    @Autowired TaskService tasks;
    @Autowired HistoryService history;
    @Autowired QuotaReviewService reviews;
    @Autowired QuotaCaseSummary summary;
    @Autowired QuotaCaseFields fields;
    @Autowired EmployerRegistry employers;
    @Autowired DocumentService documents;

    @Test
    void every_agency_of_the_review_has_demo_tasks_and_cases_sit_in_every_state() {
        assertThat(tasks.createTaskQuery().processDefinitionKey(QuotaReviewProcess.KEY).list())
                .extracting(t -> t.getTaskDefinitionKey()).contains(QuotaReviewProcess.TASK_CHECK, QuotaReviewProcess.TASK_VERIFY,
                        QuotaReviewProcess.TASK_CERTIFY, QuotaReviewProcess.TASK_REEXAMINE, QuotaReviewProcess.TASK_RELIEF,
                        QuotaReviewProcess.TASK_COLLECT, QuotaReviewProcess.TASK_WARN, QuotaReviewProcess.TASK_REVIEW_REWARD);
        int year = LocalDate.now().getYear();
        var statuses = employers.all().stream().map(e -> reviews.findForEmployer(e.getId(), year))
                .flatMap(java.util.Optional::stream).map(Review::getStatus).distinct().toList();
        assertThat(statuses).contains(ReviewStatus.AWAITING_DECLARATION, ReviewStatus.SUBMITTED, ReviewStatus.RETURNED,
                ReviewStatus.IN_REVIEW, ReviewStatus.DECIDED, ReviewStatus.SETTLEMENT, ReviewStatus.CLOSED,
                ReviewStatus.NOT_ACCEPTED);
    }

    @Test
    void the_case_summary_lists_figures_and_each_employee_masked() {
        Employer logistics = employers.all().stream().filter(e -> e.getName().equals("二连浩特市木材加工有限公司")).findFirst()
                .orElseThrow();
        String caseNumber = reviews.findForEmployer(logistics.getId(), LocalDate.now().getYear()).orElseThrow().getCaseNumber();
        var facts = summary.summary(caseNumber, Locale.SIMPLIFIED_CHINESE);
        assertThat(facts).extracting(CaseFact::label).contains("用人单位", "上年在职职工年平均人数", "残疾职工 1", "残疾职工 2");
        assertThat(facts).filteredOn(f -> f.label().startsWith("残疾职工"))
                .allSatisfy(f -> assertThat(f.value()).contains("********"));
        assertThat(summary.summary(caseNumber, Locale.ENGLISH)).extracting(CaseFact::label).contains("Employer", "Employee 1");
        assertThat(fields.fieldsOf(null, caseNumber).leadAgency()).isEqualTo("CDPF");
        assertThat(fields.fieldsOf(null, caseNumber).cooperatingAgencies()).contains("HRSS", "TAX", "FIN");
    }

    @Test
    void the_closed_and_warned_cases_carry_their_documents() {
        int year = LocalDate.now().getYear();
        assertThat(documents.ofCase("QR-NOTICE-" + year)).extracting(d -> d.kind()).containsExactly(DocumentKind.ANNOUNCEMENT);
        Employer finance = employers.all().stream().filter(e -> e.getName().equals("二连浩特市民政和社会保障局")).findFirst()
                .orElseThrow();
        String warned = reviews.findForEmployer(finance.getId(), year).orElseThrow().getCaseNumber();
        assertThat(documents.ofCase(warned)).extracting(d -> d.kind())
                .contains(DocumentKind.ACCEPTANCE_NOTICE, DocumentKind.REVIEW_CONFIRMATION);
    }
}
