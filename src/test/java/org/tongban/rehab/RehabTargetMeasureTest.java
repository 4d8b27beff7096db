package org.tongban.rehab;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;
import org.tongban.TongbanTest;
import org.tongban.committee.targets.Measurement.CaseRef;
import org.tongban.committee.targets.Period;

/** The basic rehab service rate on constructed applications of 2011 (a year no demo case uses); rolled back. */
@TongbanTest
@Transactional
class RehabTargetMeasureTest {

    @Autowired RehabTargetMeasure measure;
    @Autowired JdbcTemplate jdbc;
    @Autowired RehabKpi kpi;

    @BeforeEach
    void applications() {
        Map<String, Object> borrowed = jdbc.queryForMap("select child_id, consent_id from rehab_application order by id limit 1");
        insert(borrowed, "RR-2011-900001", "2011-02-10", "IN_SERVICE", "2011-03-01");
        insert(borrowed, "RR-2011-900002", "2011-03-20", "IN_SERVICE", "2011-04-05");
        insert(borrowed, "RR-2011-900003", "2011-05-01", "REFUSED", null);
        insert(borrowed, "RR-2011-900004", "2011-06-01", "WITHDRAWN", null);
        insert(borrowed, "RR-2011-900005", "2011-07-01", "NOT_ACCEPTED", null);
        insert(borrowed, "RR-2011-900006", "2011-12-20", "IN_SERVICE", "2012-01-05");
        insert(borrowed, "RR-2010-900007", "2010-12-30", "IN_SERVICE", "2011-01-05");
    }

    private void insert(Map<String, Object> borrowed, String caseNumber, String received, String status, String served) {
        jdbc.update("""
                insert into rehab_application (case_number, child_id, consent_id, received_on, channel, category, proof,
                    certificate_enc, services, age_at_reference, priority_group, parameter_ids, status, served_on,
                    created_by, created_at)
                values (?, ?, ?, ?, 'CDPF', 1, 'CERTIFICATE', 'x', 'x', 5, false, '', ?, ?, 'test', current_timestamp)""",
                caseNumber, borrowed.get("child_id"), borrowed.get("consent_id"), LocalDate.parse(received), status,
                served == null ? null : LocalDate.parse(served));
    }

    @Test
    void of_the_years_applicants_those_served_within_the_year_count_and_withdrawn_or_not_accepted_are_not_applicants() {
        var m = measure.measure(Period.year(2011)).orElseThrow();
        assertThat(m.numerator()).isEqualByComparingTo("2");
        assertThat(m.denominator()).isEqualByComparingTo("4");
        assertThat(m.cases()).containsExactlyInAnyOrder(new CaseRef("RR-2011-900001", true), new CaseRef("RR-2011-900002", true),
                new CaseRef("RR-2011-900003", false), new CaseRef("RR-2011-900006", false));
    }

    @Test
    void a_quarter_counts_its_own_applicants_served_by_its_end() {
        var m = measure.measure(Period.quarter(2011, 1)).orElseThrow();
        assertThat(m.numerator()).isEqualByComparingTo("1");
        assertThat(m.denominator()).isEqualByComparingTo("2");
        assertThat(m.cases()).containsExactlyInAnyOrder(new CaseRef("RR-2011-900001", true), new CaseRef("RR-2011-900002", false));
    }

    @Test
    void agrees_with_the_rehab_kpi_on_the_demo_year() {
        var kpi = this.kpi.servedWithinYear(2026, RehabServiceTest.COMMITTEE);
        var m = measure.measure(Period.year(2026)).orElseThrow();
        assertThat(m.numerator().longValue()).isEqualTo(kpi.served());
        assertThat(m.denominator().longValue()).isEqualTo(kpi.applicants());
    }

    @Test
    void a_period_without_applicants_has_no_figure() {
        assertThat(measure.measure(Period.year(2009))).isEmpty();
    }
}
