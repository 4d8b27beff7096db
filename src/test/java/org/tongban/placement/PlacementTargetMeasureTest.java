package org.tongban.placement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;
import org.tongban.TongbanTest;
import org.tongban.committee.targets.Measurement.CaseRef;
import org.tongban.committee.targets.Period;

/** Placements towards "50 就业" on constructed placements of 2011–2012 (no demo case uses them); rolled back. */
@TongbanTest
@Transactional
class PlacementTargetMeasureTest {

    @Autowired PlacementTargetMeasure measure;
    @Autowired JdbcTemplate jdbc;

    @BeforeEach
    void placements() {
        List<Long> persons = jdbc.queryForList(
                "select id from person where id not in (select person_id from wp_placement) order by id limit 3", Long.class);
        place(persons.get(0), "WP-2011-900001", "2011-02-01");
        place(persons.get(1), "WP-2011-900002", "2011-08-15");
        place(persons.get(2), "WP-2011-900003", "2012-01-03");
    }

    private void place(long person, String caseNumber, String started) {
        jdbc.update("""
                insert into wp_application (case_number, person_id, grass_roots_unit, employment_card, retirement_group, status,
                    received_at, reference_date, parameter_ids, created_by)
                values (?, ?, 'COMMUNITY-01', 'x', 'MALE', 'IN_SERVICE', current_timestamp, ?, '', 'test')""",
                caseNumber, person, LocalDate.parse(started));
        long application = jdbc.queryForObject("select id from wp_application where case_number = ?", Long.class, caseNumber);
        jdbc.update("""
                insert into wp_placement (person_id, ordinal, application_id, started_on, term_end, term_basis, contract_months,
                    monthly_wage, created_at)
                values (?, 1, ?, ?, ?, 'THREE_YEARS', 36, 2270, current_timestamp)""",
                person, application, LocalDate.parse(started), LocalDate.parse(started).plusYears(3));
    }

    @Test
    void counts_the_placements_that_started_in_the_year() {
        var m = measure.measure(Period.year(2011)).orElseThrow();
        assertThat(m.numerator()).isEqualByComparingTo("2");
        assertThat(m.denominator()).isNull();
        assertThat(m.cases()).containsExactly(new CaseRef("WP-2011-900001", true), new CaseRef("WP-2011-900002", true));
    }

    @Test
    void counts_the_placements_that_started_in_a_quarter() {
        assertThat(measure.measure(Period.quarter(2011, 1)).orElseThrow().cases())
                .containsExactly(new CaseRef("WP-2011-900001", true));
        assertThat(measure.measure(Period.quarter(2011, 2)).orElseThrow().numerator()).isEqualByComparingTo("0");
        assertThat(measure.measure(Period.quarter(2012, 1)).orElseThrow().numerator()).isEqualByComparingTo("1");
    }
}
