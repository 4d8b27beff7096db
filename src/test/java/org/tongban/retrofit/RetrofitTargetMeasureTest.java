package org.tongban.retrofit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;
import org.tongban.TongbanTest;
import org.tongban.committee.targets.Measurement.CaseRef;
import org.tongban.committee.targets.Period;

/** Retrofits against a constructed 2011 programme of four households (no demo programme that year); rolled back. */
@TongbanTest
@Transactional
class RetrofitTargetMeasureTest {

    @Autowired RetrofitTargetMeasure measure;
    @Autowired JdbcTemplate jdbc;

    @BeforeEach
    void programme() {
        jdbc.update("""
                insert into ar_programme (programme_year, target_households, budget, central_percent, region_percent,
                    city_percent, reference)
                values (2011, 4, 100000, 50, 30, 20, 'test')""");
        List<Long> persons = jdbc.queryForList(
                "select id from person where id not in (select head_person_id from ar_household) order by id limit 4", Long.class);
        apply(persons.get(0), "AR-2011-900001", "CLOSED", "2011-09-01 10:00:00");
        apply(persons.get(1), "AR-2011-900002", "SETTLEMENT", "2011-10-01 10:00:00");
        apply(persons.get(2), "AR-2011-900003", "IN_SERVICE", null);
        apply(persons.get(3), "AR-2011-900004", "REFUSED", null);
    }

    private void apply(long person, String caseNumber, String status, String passedAt) {
        jdbc.update("""
                insert into ar_household (head_person_id, grass_roots_unit, address, elderly_carer, relapse_monitoring)
                values (?, 'COMMUNITY-01', 'x', false, false)""", person);
        long household = jdbc.queryForObject("select id from ar_household where head_person_id = ?", Long.class, person);
        jdbc.update("""
                insert into ar_application (case_number, household_id, programme_year, channel, status, need, received_at,
                    received_by, lead_agency, priority_score, inspection_rounds, passed_at)
                values (?, ?, 2011, 'DIRECT', ?, 'x', current_timestamp, 'test', 'CDPF', 0, 0, ?)""",
                caseNumber, household, status, passedAt == null ? null : java.sql.Timestamp.valueOf(passedAt));
    }

    @Test
    void households_that_passed_acceptance_over_the_programmes_target_with_cases_under_way_listed_as_not_counted() {
        var m = measure.measure(Period.year(2011)).orElseThrow();
        assertThat(m.numerator()).isEqualByComparingTo("2");
        assertThat(m.denominator()).isEqualByComparingTo("4");
        assertThat(m.cases()).containsExactlyInAnyOrder(new CaseRef("AR-2011-900001", true), new CaseRef("AR-2011-900002", true),
                new CaseRef("AR-2011-900003", false));
    }

    @Test
    void a_year_without_a_programme_and_a_quarter_have_no_figure() {
        assertThat(measure.measure(Period.year(2010))).isEmpty();
        assertThat(measure.measure(Period.quarter(2011, 3))).isEmpty();
    }
}
