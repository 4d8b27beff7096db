package org.tongban.quotareview;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;
import org.tongban.TongbanTest;
import org.tongban.committee.targets.Measurement.CaseRef;
import org.tongban.committee.targets.Period;

/** Member units reaching the ratio on constructed reviews of 2011 (no demo review that year); rolled back. */
@TongbanTest
@Transactional
class QuotaTargetMeasureTest {

    @Autowired QuotaTargetMeasure measure;
    @Autowired JdbcTemplate jdbc;

    @BeforeEach
    void reviews() {
        review(employer(true), "QR-2011-900001", "2.0000", "1.5000", true);
        review(employer(true), "QR-2011-900002", "1.0000", "1.5000", true);
        review(employer(true), "QR-2011-900003", "3.0000", "1.5000", false);
        review(employer(false), "QR-2011-900004", "3.0000", "1.5000", true);
    }

    private long employer(boolean member) {
        String code = QuotaFixtures.newCreditCode();
        jdbc.update("""
                insert into qr_employer (credit_code, name, kind, budget_funded, vat_refund_unit, committee_member, registered_at)
                values (?, ?, 'AGENCY', true, false, ?, current_timestamp)""", code, "测试单位" + code, member);
        return jdbc.queryForObject("select id from qr_employer where credit_code = ?", Long.class, code);
    }

    private void review(long employer, String caseNumber, String weighted, String required, boolean certified) {
        jdbc.update("""
                insert into qr_review (case_number, employer_id, review_year, status, relief_requested, reward_eligible, version,
                    weighted_count, required_count, certified_by, certified_at)
                values (?, ?, 2011, 'CLOSED', false, false, 0, ?, ?, ?, ?)""", caseNumber, employer, new java.math.BigDecimal(weighted),
                new java.math.BigDecimal(required), certified ? "hrss.officer" : null,
                certified ? LocalDateTime.of(2011, 6, 30, 10, 0) : null);
    }

    @Test
    void of_the_member_units_certified_reviews_those_at_or_above_the_required_count_reached() {
        var m = measure.measure(Period.year(2011)).orElseThrow();
        assertThat(m.numerator()).isEqualByComparingTo("1");
        assertThat(m.denominator()).isEqualByComparingTo("2");
        assertThat(m.cases()).containsExactly(new CaseRef("QR-2011-900001", true), new CaseRef("QR-2011-900002", false));
    }

    @Test
    void a_year_without_certified_member_reviews_and_a_quarter_have_no_figure() {
        assertThat(measure.measure(Period.year(2009))).isEmpty();
        assertThat(measure.measure(Period.quarter(2011, 2))).isEmpty();
    }
}
