package org.tongban.quotareview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.tongban.quotareview.QuotaFixtures.dec;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.tongban.TongbanTest;
import org.tongban.documents.DocumentKind;
import org.tongban.documents.DocumentService;

@TongbanTest
class QuotaReviewServiceTest {

    @Autowired EmployerRegistry registry;
    @Autowired QuotaReviewService reviews;
    @Autowired QuotaParameters parameters;
    @Autowired RuntimeService runtime;
    @Autowired TaskService tasks;
    @Autowired DocumentService documents;
    @Autowired JdbcTemplate jdbc;
    @Autowired org.camunda.bpm.engine.ManagementService management;

    private static final LocalDate CLOSES = LocalDate.now().plusMonths(2);

    private Employer employer(EmployerKind kind) {
        return registry.register(new EmployerRegistration(QuotaFixtures.newCreditCode(), "测试单位" + System.nanoTime(), kind,
                false, false, false));
    }

    private String start(Employer e) {
        return reviews.startReview(e.getId(), 2026, CLOSES, "cdpf.officer");
    }

    @Test
    void an_employer_needs_a_valid_and_new_credit_code() {
        String code = QuotaFixtures.newCreditCode();
        registry.register(new EmployerRegistration(code, "二连浩特市某某商贸有限公司", EmployerKind.ENTERPRISE, false, false, false));
        assertThatThrownBy(() -> registry.register(new EmployerRegistration(code, "重复", EmployerKind.ENTERPRISE, false, false, false)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("already registered");
        String bad = code.substring(0, 17) + (code.charAt(17) == '0' ? '1' : '0');
        assertThatThrownBy(() -> registry.register(new EmployerRegistration(bad, "错码", EmployerKind.ENTERPRISE, false, false, false)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void the_levy_parameters_follow_the_review_year_and_the_tiers_stop_after_2027() {
        LevyParameters y2026 = parameters.levy(2026);
        assertThat(y2026.tierMidRate()).isEqualByComparingTo("0.50");
        assertThat(y2026.smallEnterpriseMax()).isEqualByComparingTo("30");
        assertThat(y2026.averageWage()).isEqualByComparingTo("85000");
        assertThat(y2026.parameterIds()).hasSize(7);
        jdbc.update("insert into qr_parameter (param_key, param_value, unit, day_type, valid_from, valid_to, scope, reference, mark) "
                + "values ('quota.avg_wage', '90000', 'YUAN', null, date '2028-01-01', date '2028-12-31', 'quota-review', 'test', 'SOURCE')");
        try {
            LevyParameters y2028 = parameters.levy(2028);
            assertThat(y2028.tierThreshold()).isNull();
            assertThat(y2028.smallEnterpriseMax()).isNull();
            assertThat(LevyCalculator.calculate(EmployerKind.ENTERPRISE, dec("25"), dec("1500000"), BigDecimal.ZERO, y2028).tier())
                    .isEqualTo(LevyResult.Tier.FULL);
        } finally {
            jdbc.update("delete from qr_parameter where param_key = 'quota.avg_wage' and valid_from = date '2028-01-01'");
        }
    }

    @Test
    void each_declared_employee_is_counted_with_a_weight_or_excluded_with_a_reason() {
        String grade4 = DemoCards.next(jdbc, 4, 4);
        String grade2 = DemoCards.next(jdbc, 4, 1, 2);
        String mental3 = DemoCards.next(jdbc, 6, 3, 4);
        String unregistered = QuotaFixtures.card(QuotaFixtures.idNumber("150102", LocalDate.of(1981, 1, 4), 107), 4, 4);
        String lowWage = DemoCards.next(jdbc, 4, 4);
        String caseNumber = start(employer(EmployerKind.ENTERPRISE));

        DeclarationReceipt receipt = reviews.declare(caseNumber, new Declaration(dec("200"), dec("12000000"), List.of(
                QuotaFixtures.fullYear(grade4), QuotaFixtures.fullYear(grade2), QuotaFixtures.fullYear(mental3),
                QuotaFixtures.fullYear(unregistered),
                new RosterLine(CardKind.DISABILITY, lowWage, null, false, 36, 12, dec("1000"), true, true)), false, null),
                Review.Channel.WINDOW, "cdpf.officer");

        assertThat(receipt.roster()).extracting(DeclarationReceipt.Verdict::weight).containsExactly(1, 2, 2, 0, 0);
        assertThat(receipt.roster()).extracting(DeclarationReceipt.Verdict::exclusion)
                .containsExactly(null, null, null, ExclusionReason.NO_VALID_CARD, ExclusionReason.WAGE_LT_MIN);
        assertThat(receipt.weightedCount()).isEqualByComparingTo("5");
        assertThat(receipt.roster().get(0).maskedCard()).contains("****").doesNotContain(grade4.substring(6, 14));
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(caseNumber).singleResult()).isNotNull();
        assertThat(tasks.createTaskQuery().processInstanceBusinessKey(caseNumber).singleResult().getTaskDefinitionKey())
                .isEqualTo(QuotaReviewProcess.TASK_CHECK);
    }

    @Test
    void a_person_counted_by_one_employer_is_counted_elsewhere_for_the_next() {
        String card = DemoCards.next(jdbc, 4, 4);
        String first = start(employer(EmployerKind.ENTERPRISE));
        String second = start(employer(EmployerKind.PUBLIC_INSTITUTION));

        reviews.declare(first, new Declaration(dec("100"), dec("6000000"), List.of(QuotaFixtures.fullYear(card)), false, null),
                Review.Channel.ONLINE, "employer");
        DeclarationReceipt other = reviews.declare(second, new Declaration(dec("100"), dec("6000000"),
                List.of(QuotaFixtures.fullYear(card)), false, null), Review.Channel.ONLINE, "employer");

        assertThat(other.roster().get(0).exclusion()).isEqualTo(ExclusionReason.COUNTED_ELSEWHERE);
        assertThat(other.weightedCount()).isEqualByComparingTo("0");
    }

    @Test
    void a_bad_declaration_is_refused_field_by_field_and_writes_nothing() {
        String caseNumber = start(employer(EmployerKind.ENTERPRISE));
        Declaration bad = new Declaration(dec("-1"), null, List.of(
                new RosterLine(CardKind.DISABILITY, "15250119780930903742", null, false, 12, 13, dec("1"), true, true),
                new RosterLine(CardKind.VETERAN, "150102198001010011", 9, false, 12, 12, dec("1"), true, true)), true, " ");

        assertThatThrownBy(() -> reviews.declare(caseNumber, bad, Review.Channel.ONLINE, "employer"))
                .isInstanceOfSatisfying(InvalidDeclarationException.class, e -> assertThat(e.problems())
                        .extracting(DeclarationProblem::field).contains("headcount", "payroll", "reliefReason",
                                "roster[0].cardNumber", "roster[0].monthsEmployed", "roster[1].veteranGrade"));
        assertThat(reviews.find(caseNumber).orElseThrow().getStatus()).isEqualTo(ReviewStatus.AWAITING_DECLARATION);
    }

    @Test
    void a_declaration_runs_through_acceptance_hrss_and_certification_to_the_confirmation_listing_every_employee() {
        String counted = DemoCards.next(jdbc, 4, 4);
        String uninsured = DemoCards.next(jdbc, 4, 4);
        String caseNumber = start(employer(EmployerKind.ENTERPRISE));
        reviews.declare(caseNumber, new Declaration(dec("200"), dec("12000000"),
                List.of(QuotaFixtures.fullYear(counted), QuotaFixtures.fullYear(uninsured)), false, null),
                Review.Channel.WINDOW, "cdpf.officer");

        complete(caseNumber, "cdpf.officer", Map.of("returned", false, "notInJurisdiction", false));
        complete(caseNumber, "hrss.officer", Map.of("insuranceExceptions", "2", "hrssReply", "2号社保未足额"));
        complete(caseNumber, "cdpf.officer", Map.of("certificationNote", "认定"));

        Review review = reviews.find(caseNumber).orElseThrow();
        assertThat(review.getStatus()).isEqualTo(ReviewStatus.DECIDED);
        assertThat(review.getWeightedCount()).isEqualByComparingTo("1");
        // N = 200, W = 60,000 ≤ 2 × 85,000; gap 2; 90 % of 120,000
        assertThat(review.getFee()).isEqualByComparingTo("108000.00");
        assertThat(review.getRoster().get(1).getExclusion()).isEqualTo(ExclusionReason.SOCIAL_INSURANCE);
        assertThat(review.getCertifiedBy()).isEqualTo("cdpf.officer");
        assertThat(review.getParameterIds()).isNotBlank();
        assertThat(documents.ofCase(caseNumber)).extracting(d -> d.kind())
                .contains(DocumentKind.ACCEPTANCE_NOTICE, DocumentKind.REVIEW_CONFIRMATION);
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(caseNumber).singleResult()).isNotNull();
    }

    @Test
    void an_unpaid_levy_is_warned_by_fin_and_charged_five_per_mille_a_day_when_paid_late() {
        String caseNumber = start(employer(EmployerKind.AGENCY));
        reviews.declare(caseNumber, new Declaration(dec("100"), dec("6000000"), List.of(), false, null),
                Review.Channel.ONLINE, "employer");
        complete(caseNumber, "cdpf.officer", Map.of("returned", false, "notInJurisdiction", false));
        complete(caseNumber, "hrss.officer", Map.of("insuranceExceptions", "", "hrssReply", "无残疾职工"));
        complete(caseNumber, "cdpf.officer", Map.of("certificationNote", "未安排残疾人就业"));
        // N = 100, W = 60,000, D = 0: 90 % of 1.5 × 60,000
        assertThat(reviews.find(caseNumber).orElseThrow().getFee()).isEqualByComparingTo("81000.00");
        String instanceId = runtime.createProcessInstanceQuery().processInstanceBusinessKey(caseNumber).singleResult().getId();
        var objection = management.createJobQuery().processInstanceId(instanceId).activityId("CatchEvent_ObjectionPeriodEnded")
                .singleResult();
        management.executeJob(objection.getId());
        complete(caseNumber, "cdpf.officer", Map.of("handOverNote", "已推送"));
        java.util.Date due = (java.util.Date) runtime.getVariable(instanceId, QuotaReviewProcess.VAR_PAYMENT_DUE);
        complete(caseNumber, "tax.officer", Map.of("paid", false));
        complete(caseNumber, "fin.officer", Map.of("warningNote", "逾期未缴纳"));
        LocalDate deadline = LocalDate.ofInstant(due.toInstant(), java.time.ZoneId.of("Asia/Shanghai")).minusDays(1);
        complete(caseNumber, "tax.officer", Map.of("paid", true, "paidOn", deadline.plusDays(10).toString()));

        Review review = reviews.find(caseNumber).orElseThrow();
        assertThat(review.getLateFee()).isEqualByComparingTo("4050.00");
        assertThat(review.getStatus()).isEqualTo(ReviewStatus.CLOSED);
        assertThat(documents.ofCase(caseNumber)).extracting(d -> d.kind()).contains(DocumentKind.WARNING_NOTICE);
    }

    @Test
    void relief_beyond_one_years_levy_or_six_months_is_refused() {
        String caseNumber = start(employer(EmployerKind.AGENCY));
        reviews.declare(caseNumber, new Declaration(dec("100"), dec("6000000"), List.of(), true, "火灾停产"),
                Review.Channel.ONLINE, "employer");
        long id = reviews.find(caseNumber).orElseThrow().getId();
        reviews.calculate(id);
        assertThatThrownBy(() -> reviews.grantRelief(id, dec("81000.01"), null, "fin.officer"))
                .isInstanceOfSatisfying(QuotaReviewService.ReliefOutOfBoundsException.class, refusal -> {
                    assertThat(refusal.messageKey()).isEqualTo("quotareview.error.reductionCap");
                    assertThat(refusal.arguments()).containsExactly("81000.00");
                });
        assertThatThrownBy(() -> reviews.grantRelief(id, null, 7, "fin.officer"))
                .isInstanceOfSatisfying(QuotaReviewService.ReliefOutOfBoundsException.class,
                        refusal -> assertThat(refusal.arguments()).containsExactly(6));
        reviews.grantRelief(id, dec("81000.00"), 6, "fin.officer");
        assertThat(reviews.find(caseNumber).orElseThrow().amountDue()).isEqualByComparingTo("0");
    }

    private void complete(String caseNumber, String user, Map<String, Object> variables) {
        Task task = tasks.createTaskQuery().processInstanceBusinessKey(caseNumber).singleResult();
        tasks.claim(task.getId(), user);
        tasks.complete(task.getId(), variables);
    }
}
