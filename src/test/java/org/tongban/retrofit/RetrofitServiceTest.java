package org.tongban.retrofit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.tongban.TongbanTest;
import org.tongban.people.PeopleRegistry;

@TongbanTest
class RetrofitServiceTest {

    @Autowired HouseholdAddressUpgrade upgrade;
    @Autowired RetrofitService service;
    @Autowired PeopleRegistry registry;
    @Autowired RetrofitApplicationRepository applications;
    @Autowired HouseholdRepository households;
    @Autowired RuntimeService runtime;
    @Autowired JdbcTemplate jdbc;

    String severeHead() {
        return TestHouseholds.person(jdbc, 2);
    }

    @Test
    void an_application_opens_one_case_and_a_retry_with_the_same_key_returns_it() {
        NewApplication input = TestHouseholds.application(severeHead(), List.of(), false);
        String key = "hotline-" + System.nanoTime();

        RetrofitService.ApplicationResult first = service.apply(input, "community03", key);
        RetrofitService.ApplicationResult retry = service.apply(input, "community03", key);

        assertThat(first.created()).isTrue();
        assertThat(first.caseNumber()).matches("AR-\\d{4}-\\d{6}");
        assertThat(retry).isEqualTo(new RetrofitService.ApplicationResult(first.caseNumber(), false));
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(first.caseNumber()).count()).isEqualTo(1);
        assertThat(service.status(first.caseNumber())).isEqualTo(CaseStatus.SUBMITTED);
    }

    @Test
    void the_households_address_is_stored_encrypted_and_older_plain_addresses_are_encrypted_at_start() {
        String caseNumber = service.apply(TestHouseholds.application(severeHead(), List.of(), false), "community03", null)
                .caseNumber();
        Long household = jdbc.queryForObject("select household_id from ar_application where case_number = ?", Long.class,
                caseNumber);
        String stored = jdbc.queryForObject("select address from ar_household where id = ?", String.class, household);
        assertThat(stored).startsWith("v1:").doesNotContain("社区");
        assertThat(households.findById(household).orElseThrow().getAddress()).isEqualTo("二连浩特市某社区 3 号楼 2 单元 101");

        jdbc.update("update ar_household set address = '二连浩特市旧址 1 号' where id = ?", household);
        assertThat(upgrade.encryptPlainAddresses()).isEqualTo(1);
        assertThat(jdbc.queryForObject("select address from ar_household where id = ?", String.class, household)).startsWith("v1:");
        assertThat(households.findById(household).orElseThrow().getAddress()).isEqualTo("二连浩特市旧址 1 号");
    }

    @Test
    void a_household_applies_once_a_year() {
        String head = severeHead();
        service.apply(TestHouseholds.application(head, List.of(), false), "community03", null);

        assertThatThrownBy(() -> service.apply(TestHouseholds.application(head, List.of(), false), "community03", null))
                .isInstanceOfSatisfying(RetrofitValidationException.class,
                        e -> assertThat(e.problems()).containsKey("headIdNumber"));
    }

    @Test
    void bad_input_is_answered_per_field_and_nothing_is_written() {
        long before = applications.count();
        NewApplication bad = new NewApplication("152530197003019999", List.of(new NewApplication.Member("123", "")),
                "HOUSING", " ", "RICH", false, false, "LONG_TERM_RENT", false, true, null, "x");

        assertThatThrownBy(() -> service.apply(bad, "community03", "bad-" + System.nanoTime()))
                .isInstanceOfSatisfying(RetrofitValidationException.class, e -> {
                    assertThat(e.problems()).containsOnlyKeys("headIdNumber", "members[0].idNumber", "members[0].relation",
                            "grassRootsUnit", "address", "hardshipClaimed", "landlordConsent", "channel", "need");
                    assertThat(e.problems().get("landlordConsent").in(Locale.ENGLISH)).contains("landlord");
                });
        assertThat(applications.count()).isEqualTo(before);
    }

    @Test
    void several_disabled_members_and_an_elderly_carer_raise_the_priority() {
        String head = severeHead();
        String child = TestHouseholds.person(jdbc, 1, LocalDate.of(1900, 1, 1), LocalDate.now());
        String single = severeHead();

        String many = service.apply(TestHouseholds.application(head, List.of(new NewApplication.Member(child, "子女")), true),
                "community03", null).caseNumber();
        String one = service.apply(TestHouseholds.application(single, List.of(), false), "community03", null).caseNumber();

        // 一户多残 3 + 以老养残 2 + working age 1, against working age 1 alone.
        assertThat(service.get(many).getPriorityScore()).isEqualTo(6);
        assertThat(service.get(one).getPriorityScore()).isEqualTo(1);
    }

    @Nested
    class Budget {

        @Test
        void a_plan_over_the_cap_is_refused_with_both_amounts_shown() {
            String caseNumber = service.apply(TestHouseholds.application(severeHead(), List.of(), false), "community03", null)
                    .caseNumber();

            assertThatThrownBy(() -> service.savePlan(caseNumber, List.of(new RetrofitService.PlanItem("KITCHEN", 2),
                    new RetrofitService.PlanItem("RAMP", 1)), "希望厨房可用", "cdpf.officer"))
                    .isInstanceOfSatisfying(RetrofitRuleException.class, e -> {
                        assertThat(e.getMessage()).contains("6,200.00").contains("6,000.00");
                        assertThat(e.message(Locale.ENGLISH)).contains("6,200.00 yuan exceeds").contains("6,000.00");
                    });
            assertThat(service.plan(caseNumber)).isEmpty();
        }

        @Test
        void a_plan_within_the_cap_is_priced_from_the_catalogue_and_split_central_region_city() {
            String caseNumber = service.apply(TestHouseholds.application(severeHead(), List.of(), false), "community03", null)
                    .caseNumber();

            RetrofitService.PlanSummary plan = service.savePlan(caseNumber, List.of(new RetrofitService.PlanItem("RAMP", 1),
                    new RetrofitService.PlanItem("GRAB_BAR", 3)), "", "cdpf.officer");

            assertThat(plan.total()).isEqualByComparingTo("2580.00");
            assertThat(plan.cap()).isEqualByComparingTo("6000");
            assertThat(plan.split()).isEqualTo(new FundingSplit(new BigDecimal("1290.00"), new BigDecimal("774.00"),
                    new BigDecimal("516.00")));
            // A revision replaces the plan: still one plan per household.
            service.savePlan(caseNumber, List.of(new RetrofitService.PlanItem("RAMP", 1)), "", "cdpf.officer");
            assertThat(service.plan(caseNumber).orElseThrow().total()).isEqualByComparingTo("1800.00");
        }

        @Test
        void a_household_with_a_plan_from_an_earlier_year_gets_no_second_plan() {
            String caseNumber = service.apply(TestHouseholds.application(severeHead(), List.of(), false), "community03", null)
                    .caseNumber();
            Long householdId = jdbc.queryForObject("select household_id from ar_application where case_number = ?",
                    Long.class, caseNumber);
            int year = service.get(caseNumber).getProgrammeYear();
            RetrofitApplication earlier = applications.save(new RetrofitApplication("AR-T-" + System.nanoTime() % 1_000_000_000L,
                    households.findById(householdId).orElseThrow(), year - 2, Channel.SURVEY, "早年改造", LocalDateTime.now().minusYears(2),
                    "test", null, "HOUSING", 0));
            jdbc.update("insert into ar_plan (application_id, household_id, programme_year, total, cap, cap_parameter_id,"
                    + " central_amount, region_amount, city_amount, wishes, created_at) select ?, ?, ?, 1800, 6000, id,"
                    + " 900, 540, 360, '', current_timestamp from ar_parameter where param_key = 'retrofit.cap_per_household'",
                    earlier.getId(), householdId, year - 2);

            assertThatThrownBy(() -> service.savePlan(caseNumber, List.of(new RetrofitService.PlanItem("RAMP", 1)), "",
                    "cdpf.officer")).isInstanceOfSatisfying(RetrofitRuleException.class,
                    e -> assertThat(e.message(Locale.CHINESE)).contains("一户一案"));
        }

        @Test
        void the_years_list_is_ranked_by_priority_and_stops_at_the_budget() {
            int year = 2031;
            jdbc.update("insert into ar_programme (programme_year, target_households, budget, central_percent,"
                    + " region_percent, city_percent, reference) values (?, 40, 15000, 50, 30, 20, 'test')", year);
            Household h1 = household(), h2 = household(), h3 = household(), h4 = household();
            LocalDateTime t = LocalDateTime.of(2031, 3, 1, 9, 0);
            RetrofitApplication low = listed(h1, year, 1, t);
            RetrofitApplication top = listed(h2, year, 6, t.plusHours(1));
            RetrofitApplication middleEarly = listed(h3, year, 3, t.plusHours(2));
            RetrofitApplication middleLate = listed(h4, year, 3, t.plusHours(3));

            List<RankedHousehold> list = service.yearList(year);

            assertThat(list).extracting(RankedHousehold::caseNumber).containsExactly(top.getCaseNumber(),
                    middleEarly.getCaseNumber(), middleLate.getCaseNumber(), low.getCaseNumber());
            // Three households at the 6,000 cap do not fit in 15,000: the list stops after two.
            assertThat(list).extracting(RankedHousehold::funded).containsExactly(true, true, false, false);
            assertThat(list.get(0).maskedName()).contains("*");
        }

        private Household household() {
            String id = severeHead();
            Household h = new Household(registry.findByIdNumber(id).orElseThrow().getId(), "COMMUNITY-03", "测试地址",
                    "DIBAO", false, false);
            h.addMember(h.getHeadPersonId(), "HEAD");
            h.setDwelling(new Dwelling(h, "OWNED", false, true));
            return households.save(h);
        }

        private RetrofitApplication listed(Household h, int year, int score, LocalDateTime at) {
            RetrofitApplication a = new RetrofitApplication("AR-L-" + System.nanoTime() % 1_000_000_000L, h, year,
                    Channel.SURVEY, "需求调查", at, "test", null, "HOUSING", score);
            a.moveTo(CaseStatus.PUBLIC_NOTICE);
            return applications.save(a);
        }
    }
}
