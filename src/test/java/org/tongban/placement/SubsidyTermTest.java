package org.tongban.placement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tongban.TongbanTest;

/** The subsidy term and working age under the dated retirement schedule (2024 decision, from 2025). */
@TongbanTest
class SubsidyTermTest {

    @Autowired PlacementParameters parameters;

    final LocalDate start = LocalDate.of(2026, 3, 1);

    @Test
    void a_man_born_in_1965_or_later_retires_later_by_one_month_per_four_months_of_birth() {
        PlacementRules rules = parameters.on(start);
        assertThat(rules.retirementDate(LocalDate.of(1964, 12, 15), RetirementGroup.MALE)).isEqualTo(LocalDate.of(2024, 12, 15));
        assertThat(rules.retirementDate(LocalDate.of(1965, 1, 15), RetirementGroup.MALE)).isEqualTo(LocalDate.of(2025, 2, 15));
        assertThat(rules.retirementDate(LocalDate.of(1965, 5, 15), RetirementGroup.MALE)).isEqualTo(LocalDate.of(2025, 7, 15));
        assertThat(rules.retirementDate(LocalDate.of(1980, 1, 1), RetirementGroup.MALE)).isEqualTo(LocalDate.of(2043, 1, 1));
    }

    @Test
    void women_workers_move_one_month_per_two_months_of_birth_up_to_five_years() {
        PlacementRules rules = parameters.on(start);
        assertThat(rules.retirementDate(LocalDate.of(1975, 3, 10), RetirementGroup.FEMALE_WORKER)).isEqualTo(LocalDate.of(2025, 5, 10));
        assertThat(rules.retirementDate(LocalDate.of(1990, 1, 1), RetirementGroup.FEMALE_WORKER)).isEqualTo(LocalDate.of(2045, 1, 1));
        assertThat(rules.retirementDate(LocalDate.of(1972, 1, 1), RetirementGroup.FEMALE_CADRE)).isEqualTo(LocalDate.of(2027, 8, 1));
    }

    @Test
    void a_case_dated_before_2025_uses_the_old_ages_without_delay() {
        PlacementRules old = parameters.on(LocalDate.of(2024, 6, 1));
        assertThat(old.retirementDate(LocalDate.of(1966, 1, 1), RetirementGroup.MALE)).isEqualTo(LocalDate.of(2026, 1, 1));
    }

    /** Born 1970-01-01: 60 years and (60 months after 1965-01) / 4 + 1 = 16 months → retires 2031-05-01. */
    static final LocalDate BORN = LocalDate.of(1970, 1, 1);
    static final LocalDate RETIRES = LocalDate.of(2031, 5, 1);

    @Test
    void four_years_eleven_months_from_retirement_the_term_runs_to_retirement() {
        LocalDate approval = RETIRES.minusYears(4).minusMonths(11);
        PlacementRules rules = parameters.on(approval);
        assertThat(rules.retirementDate(BORN, RetirementGroup.MALE)).isEqualTo(RETIRES);

        var term = rules.term(approval, BORN, RetirementGroup.MALE);

        assertThat(term.basis()).isEqualTo(PlacementRules.TermBasis.TO_RETIREMENT);
        assertThat(term.end()).isEqualTo(LocalDate.of(2031, 4, 30));
    }

    @Test
    void five_years_one_month_from_retirement_the_term_is_three_years() {
        LocalDate approval = RETIRES.minusYears(5).minusMonths(1);
        PlacementRules rules = parameters.on(approval);

        var term = rules.term(approval, BORN, RetirementGroup.MALE);

        assertThat(term.basis()).isEqualTo(PlacementRules.TermBasis.THREE_YEARS);
        assertThat(term.end()).isEqualTo(LocalDate.of(2029, 3, 31));
    }

    @Test
    void working_age_starts_at_sixteen_and_ends_at_the_retirement_date() {
        PlacementRules rules = parameters.on(start);
        assertThat(rules.ofWorkingAge(LocalDate.of(2010, 3, 1), RetirementGroup.MALE, start)).isTrue();
        assertThat(rules.ofWorkingAge(LocalDate.of(2010, 3, 2), RetirementGroup.MALE, start)).isFalse();
        assertThat(rules.ofWorkingAge(BORN, RetirementGroup.MALE, RETIRES.minusDays(1))).isTrue();
        assertThat(rules.ofWorkingAge(BORN, RetirementGroup.MALE, RETIRES)).isFalse();
    }
}
