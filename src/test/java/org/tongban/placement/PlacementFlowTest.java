package org.tongban.placement;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tongban.TongbanTest;
import org.tongban.documents.DocumentKind;
import org.tongban.documents.DocumentService;
import org.tongban.documents.IssuedDocument;
import org.tongban.inbox.CaseFields;
import org.tongban.organisation.Role;
import org.tongban.people.PeopleRegistry;
import org.tongban.people.Person;
import org.tongban.security.TongbanUser;

/** A case worked through the inbox on the real beans: statuses, documents and the count move with it. */
@TongbanTest
class PlacementFlowTest {

    static final TongbanUser COMMUNITY = new TongbanUser("community01", "郭玉兰", "COMMUNITY-01", EnumSet.of(Role.OFFICER));

    static final TongbanUser HRSS = PlacementDriver.officerOf("HRSS");

    @Autowired WelfarePlacementService service;
    @Autowired PlacementOperations operations;
    @Autowired PlacementDriver driver;
    @Autowired PeopleRegistry people;
    @Autowired org.springframework.jdbc.core.JdbcTemplate jdbc;
    @Autowired WelfareApplicationRepository applications;
    @Autowired WelfarePostPlanRepository plans;
    @Autowired WelfarePostRepository posts;
    @Autowired PlacementCounter counter;
    @Autowired DocumentService documents;
    @Autowired WelfarePlacementCaseFields caseFields;
    @Autowired WelfarePlacementSummary summary;
    @Autowired RuntimeService runtime;

    @Test
    void an_application_goes_through_checks_public_notice_and_placement_with_its_documents_and_a_paid_claim() {
        Person person = TestPeople.woman(jdbc, people);
        String caseNumber = apply(person);
        assertThat(status(caseNumber)).isEqualTo(ApplicationStatus.SUBMITTED);
        assertThat(caseFields.fieldsOf(null, caseNumber)).isEqualTo(new CaseFields(person.getName(), "COMMUNITY-01", "HRSS",
                java.util.Set.of("CDPF", "CIVIL", "MARKET", "FIN", "COMMUNITY-01")));

        driver.complete(caseNumber, WelfarePlacementProcess.TASK_CHECK_COMPLETENESS, Map.of("completeness", "COMPLETE"));
        assertThat(status(caseNumber)).isEqualTo(ApplicationStatus.ACCEPTED);
        checks(caseNumber, false);
        assertThat(status(caseNumber)).isEqualTo(ApplicationStatus.IN_REVIEW);

        long post = post();
        driver.complete(caseNumber, WelfarePlacementProcess.TASK_MATCH, Map.of("postId", post, "matchNote", "就近安排"));
        driver.complete(caseNumber, WelfarePlacementProcess.TASK_ASSESSMENT, Map.of("assessmentPassed", true,
                "assessmentNote", "居民代表一致同意"));
        assertThat(status(caseNumber)).isEqualTo(ApplicationStatus.PUBLIC_NOTICE);
        assertThat(applications.findByCaseNumber(caseNumber).orElseThrow().getNoticeEndsAt()).isAfter(LocalDateTime.now());

        endNotice(caseNumber);
        driver.complete(caseNumber, WelfarePlacementProcess.TASK_RECORD_PLACEMENT, Map.of("contractStart",
                LocalDate.now().toString(), "contractMonths", 12, "monthlyWage", 2300, "socialInsurance", true));
        assertThat(status(caseNumber)).isEqualTo(ApplicationStatus.IN_SERVICE);
        assertThat(counter.count(person.getId()).placements()).isEqualTo(1);
        assertThat(posts.findById(post).orElseThrow().getStatus()).isEqualTo(WelfarePost.Status.FILLED);

        endQuarter(caseNumber);
        assertThat(operations.recordClaim(HRSS, caseNumber, new PlacementReports.Claim(3, true, "")))
                .as("a whole quarter at this year's minimum wage, computed from the parameters")
                .isEqualTo(new PlacementReports.Recorded(true, Map.of(), "3 × 2270.00 + 3 × 4000 × 23.5% = 9630.00"));
        driver.complete(caseNumber, WelfarePlacementProcess.TASK_REVIEW_CLAIM, Map.of("claimApproved", true,
                "claimAmount", 9630, "claimNote", "花名册、工资、社保齐全"));
        driver.complete(caseNumber, WelfarePlacementProcess.TASK_PAY_CLAIM, Map.of("paymentReference", "GK-2026-0001"));

        assertThat(documents.ofCase(caseNumber)).extracting(IssuedDocument::kind).containsExactly(
                DocumentKind.ACCEPTANCE_NOTICE, DocumentKind.ELIGIBILITY_FORM, DocumentKind.PUBLIC_NOTICE,
                DocumentKind.PLACEMENT_NOTICE, DocumentKind.PAYMENT_VOUCHER);
        assertThat(summary.summary(caseNumber, java.util.Locale.SIMPLIFIED_CHINESE)).extracting(f -> f.label() + "=" + f.value())
                .contains("办件状态=在岗（补贴期）", "累计安置次数=1 次（上限 2 次）")
                .noneMatch(s -> s.contains(person.getIdNumber()));

        assertThat(operations.reportExit(HRSS, caseNumber, new PlacementReports.Exit("OTHER_JOB", LocalDate.now(),
                "已在物流企业就业")).ok()).isTrue();
        driver.complete(caseNumber, WelfarePlacementProcess.TASK_CONFIRM_EXIT, Map.of("exitReason", "OTHER_JOB",
                "exitNote", "已在物流企业就业"));
        assertThat(status(caseNumber)).isEqualTo(ApplicationStatus.TERMINATED);
        assertThat(counter.count(person.getId()).placements()).as("an early exit still counts").isEqualTo(1);
        assertThat(documents.ofCase(caseNumber)).extracting(IssuedDocument::kind).contains(DocumentKind.TERMINATION_NOTICE);
        assertThat(posts.findById(post).orElseThrow().getStatus()).as("the vacancy is matched again").isEqualTo(WelfarePost.Status.OPEN);
    }

    @Test
    void a_person_already_placed_twice_is_refused_at_eligibility_with_a_decision() {
        Person person = TestPeople.man(jdbc, people);
        placeTwiceInThePast(person);
        String caseNumber = apply(person);
        driver.complete(caseNumber, WelfarePlacementProcess.TASK_CHECK_COMPLETENESS, Map.of("completeness", "COMPLETE"));
        checks(caseNumber, false);

        WelfareApplication a = applications.findByCaseNumber(caseNumber).orElseThrow();
        assertThat(a.getStatus()).isEqualTo(ApplicationStatus.REFUSED);
        assertThat(a.getOutcomeReason()).isEqualTo("CAP_REACHED");
        assertThat(documents.ofCase(caseNumber)).extracting(IssuedDocument::kind).containsExactly(
                DocumentKind.ACCEPTANCE_NOTICE, DocumentKind.DECISION);
    }

    @Test
    void an_incomplete_application_gets_a_one_time_notice_with_the_supplement_date() {
        Person person = TestPeople.man(jdbc, people);
        String caseNumber = apply(person);
        driver.complete(caseNumber, WelfarePlacementProcess.TASK_CHECK_COMPLETENESS, Map.of("completeness", "INCOMPLETE",
                "missingItems", "1. 就业创业证复印件；2. 户口簿复印件"));

        WelfareApplication a = applications.findByCaseNumber(caseNumber).orElseThrow();
        assertThat(a.getStatus()).isEqualTo(ApplicationStatus.RETURNED);
        assertThat(a.getSupplementDue()).isAfter(LocalDateTime.now().plusDays(29));
        assertThat(documents.ofCase(caseNumber)).extracting(IssuedDocument::kind).containsExactly(DocumentKind.CORRECTION_NOTICE);
    }

    @Test
    void the_yearly_post_plan_runs_from_cdpf_to_finance() {
        int year = 2090 + (int) (System.nanoTime() % 9);
        String caseNumber = service.startPostPlan(year, "cdpf.officer");
        driver.complete(caseNumber, WelfarePlacementProcess.TASK_PROPOSE_POSTS, Map.of("postCount", 14,
                "postProposal", "社区残疾人专职委员14个"));
        driver.complete(caseNumber, WelfarePlacementProcess.TASK_APPROVE_PLAN, Map.of("planApproved", true, "planNote", "同意"));
        driver.complete(caseNumber, WelfarePlacementProcess.TASK_CONFIRM_BUDGET, Map.of("subsidyBudget", 520000));
        assertThat(plans.findByCaseNumber(caseNumber).orElseThrow().getStatus()).isEqualTo(WelfarePostPlan.Status.FUNDED);
    }

    private String apply(Person person) {
        ApplicationResult result = service.apply(COMMUNITY, new NewApplication(person.getIdNumber(), "1525010012345678",
                "COMMUNITY-01", "13904790000", null), null);
        assertThat(result.fieldErrors()).isEmpty();
        return result.caseNumber();
    }

    private void checks(String caseNumber, boolean dibao) {
        driver.complete(caseNumber, WelfarePlacementProcess.TASK_CHECK_CARD, Map.of("cardValid", true));
        driver.complete(caseNumber, WelfarePlacementProcess.TASK_HARDSHIP, Map.of("hardshipRecognised", true, "employed", false));
        driver.complete(caseNumber, WelfarePlacementProcess.TASK_DIBAO, Map.of("dibao", dibao, "zeroEmploymentFamily", false));
        driver.complete(caseNumber, WelfarePlacementProcess.TASK_BUSINESS, Map.of("businessOwner", false));
    }

    private long post() {
        return post(posts, plans);
    }

    /** A new open post of this year's funded plan (made if the demo profile did not). */
    static long post(WelfarePostRepository posts, WelfarePostPlanRepository plans) {
        int year = LocalDate.now().getYear();
        WelfarePostPlan plan = plans.findByPlanYear(year).orElseGet(() -> {
            WelfarePostPlan made = new WelfarePostPlan(year, "WP-%d-TESTPLAN".formatted(year), LocalDateTime.now());
            made.fund(new BigDecimal("386400.00"));
            return plans.saveAndFlush(made);
        });
        return posts.save(new WelfarePost(plan.getId(), "社区残疾人专职委员", "前进路社区居委会", "COMMUNITY-01",
                new BigDecimal("2300.00"))).getId();
    }

    @Autowired PlacementRegister register;

    private void placeTwiceInThePast(Person person) {
        for (LocalDate start : new LocalDate[] {LocalDate.of(2018, 1, 1), LocalDate.of(2021, 6, 1)}) {
            String c = applications.save(new WelfareApplication("WP-2000-%06d".formatted(person.getId() * 10 + start.getYear() % 10),
                    person.getId(), "COMMUNITY-01", "1525010012345678", RetirementGroup.MALE, null,
                    LocalDateTime.of(2023, 1, 2, 9, 0), "", "hrss.officer", null)).getCaseNumber();
            assertThat(register.place(c, PlacementCapTest.terms(start), "hrss.officer").placed()).isTrue();
        }
        applications.findByPersonIdOrderById(person.getId()).forEach(x -> {
            x.end(ApplicationStatus.CLOSED, "TERM_EXPIRED_REFERRED", null);
            applications.save(x);
        });
    }

    @Autowired org.camunda.bpm.engine.ManagementService management;

    private void endNotice(String caseNumber) {
        fire(caseNumber, "Event_NoticePeriodEnded");
    }

    private void endQuarter(String caseNumber) {
        fire(caseNumber, "Event_QuarterEnded");
    }

    private void fire(String caseNumber, String activity) {
        String instance = runtime.createProcessInstanceQuery().processInstanceBusinessKey(caseNumber).singleResult().getId();
        management.executeJob(management.createJobQuery().processInstanceId(instance).activityId(activity).singleResult().getId());
    }

    private ApplicationStatus status(String caseNumber) {
        return applications.findByCaseNumber(caseNumber).orElseThrow().getStatus();
    }
}
