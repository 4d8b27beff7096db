package org.tongban.placement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.tongban.TongbanTest;
import org.tongban.cases.CaseNumbers;
import org.tongban.people.PeopleRegistry;
import org.tongban.people.Person;
import org.tongban.placement.PlacementOutcome.Result;

/** The heart of the procedure: at most two placements per person, ever, the second after the first term. */
@TongbanTest
class PlacementCapTest {

    static final BigDecimal WAGE = new BigDecimal("2300.00");

    @Autowired PlacementRegister register;
    @Autowired PeopleRegistry people;
    @Autowired WelfareApplicationRepository applications;
    @Autowired PlacementRepository placements;
    @Autowired CaseNumbers caseNumbers;
    @Autowired JdbcTemplate jdbc;

    @Test
    void a_first_placement_counts_one_and_sets_a_three_year_term() {
        Person person = TestPeople.man(jdbc, people);
        String caseNumber = application(person);

        PlacementOutcome outcome = register.place(caseNumber, terms(LocalDate.of(2026, 1, 1)), "hrss.officer");

        assertThat(outcome).isEqualTo(new PlacementOutcome(Result.PLACED, 1));
        Placement placement = placements.findByPersonIdOrderByOrdinal(person.getId()).get(0);
        assertThat(placement.getOrdinal()).isEqualTo(1);
        assertThat(placement.getTermEnd()).isEqualTo(LocalDate.of(2028, 12, 31));
        assertThat(applications.findByCaseNumber(caseNumber).orElseThrow().getStatus())
                .isEqualTo(ApplicationStatus.IN_SERVICE);
    }

    @Test
    void a_second_placement_after_the_first_term_expired_is_the_last_one() {
        Person person = TestPeople.woman(jdbc, people);
        assertThat(register.place(application(person), terms(LocalDate.of(2021, 1, 1)), "hrss.officer").placed()).isTrue();

        assertThat(register.place(application(person), terms(LocalDate.of(2026, 2, 1)), "hrss.officer"))
                .isEqualTo(new PlacementOutcome(Result.PLACED, 2));
        assertThat(register.place(application(person), terms(LocalDate.of(2030, 2, 1)), "hrss.officer"))
                .isEqualTo(new PlacementOutcome(Result.CAP_REACHED, 2));
        assertThat(placements.findByPersonIdOrderByOrdinal(person.getId())).extracting(Placement::getOrdinal)
                .containsExactly(1, 2);
    }

    @Test
    void a_second_placement_while_the_first_term_runs_is_refused_and_counts_nothing() {
        Person person = TestPeople.man(jdbc, people);
        register.place(application(person), terms(LocalDate.of(2025, 6, 1)), "hrss.officer");

        PlacementOutcome outcome = register.place(application(person), terms(LocalDate.of(2026, 6, 1)), "hrss.officer");

        assertThat(outcome).isEqualTo(new PlacementOutcome(Result.TERM_NOT_EXPIRED, 1));
        assertThat(placements.findByPersonIdOrderByOrdinal(person.getId())).hasSize(1);
    }

    @Test
    void a_retried_request_for_the_same_case_does_not_count_twice() {
        Person person = TestPeople.woman(jdbc, people);
        String caseNumber = application(person);

        register.place(caseNumber, terms(LocalDate.of(2026, 1, 1)), "hrss.officer");
        PlacementOutcome again = register.place(caseNumber, terms(LocalDate.of(2026, 1, 1)), "hrss.officer");

        assertThat(again).isEqualTo(new PlacementOutcome(Result.PLACED, 1));
        assertThat(placements.findByPersonIdOrderByOrdinal(person.getId())).hasSize(1);
    }

    @Test
    void the_database_itself_refuses_a_third_placement_row_or_a_count_above_two() {
        Person person = TestPeople.man(jdbc, people);
        register.place(application(person), terms(LocalDate.of(2020, 1, 1)), "hrss.officer");
        register.place(application(person), terms(LocalDate.of(2024, 1, 1)), "hrss.officer");

        assertThatThrownBy(() -> jdbc.update("update wp_person_placement set placements = 3 where person_id = ?",
                person.getId())).hasMessageContaining("WP_PERSON_PLACEMENT_CAP");
        long applicationId = applications.findByCaseNumber(application(person)).orElseThrow().getId();
        assertThatThrownBy(() -> jdbc.update("insert into wp_placement (person_id, ordinal, application_id, started_on,"
                + " term_end, term_basis, contract_months, monthly_wage, created_at) values (?, 3, ?, date '2028-01-01',"
                + " date '2030-12-31', 'THREE_YEARS', 12, 2300, current_timestamp)", person.getId(), applicationId))
                .hasMessageContaining("WP_PLACEMENT_ORDINAL");
    }

    @Nested
    class Contract_checks {

        @Test
        void a_contract_under_one_year_is_refused_and_counts_nothing() {
            Person person = TestPeople.woman(jdbc, people);
            var outcome = register.place(application(person),
                    new ContractTerms(LocalDate.of(2026, 1, 1), 11, WAGE, true), "hrss.officer");
            assertThat(outcome.result()).isEqualTo(Result.CONTRACT_TOO_SHORT);
            assertThat(placements.findByPersonIdOrderByOrdinal(person.getId())).isEmpty();
        }

        @Test
        void a_wage_below_the_minimum_or_no_social_insurance_is_refused() {
            Person person = TestPeople.man(jdbc, people);
            assertThat(register.place(application(person), new ContractTerms(LocalDate.of(2026, 1, 1), 12,
                    new BigDecimal("2269.99"), true), "hrss.officer").result()).isEqualTo(Result.WAGE_BELOW_MINIMUM);
            assertThat(register.place(application(person), new ContractTerms(LocalDate.of(2026, 1, 1), 12,
                    new BigDecimal("2270"), false), "hrss.officer").result()).isEqualTo(Result.NO_SOCIAL_INSURANCE);
        }
    }

    static ContractTerms terms(LocalDate start) {
        return new ContractTerms(start, 12, WAGE, true);
    }

    String application(Person person) {
        return applications.save(new WelfareApplication(caseNumbers.next("WP"), person.getId(), "COMMUNITY-01",
                "1525310000000001", RetirementGroup.defaultFor(person.getGender()), null,
                LocalDateTime.of(2026, 1, 5, 9, 0), "", "hrss.officer", null)).getCaseNumber();
    }
}
