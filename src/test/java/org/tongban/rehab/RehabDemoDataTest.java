package org.tongban.rehab;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.tongban.TongbanTest;

@TongbanTest
class RehabDemoDataTest {

    @Autowired JdbcTemplate jdbc;

    @Test
    void demo_cases_cover_intake_return_assessment_refusal_and_service() {
        Set<String> statuses = jdbc.queryForList("select distinct status from rehab_application where created_by in "
                + "('cdpf.officer', 'community02')", String.class).stream().collect(Collectors.toSet());
        assertThat(statuses).contains("SUBMITTED", "RETURNED", "ACCEPTED", "APPROVED", "REFUSED", "IN_SERVICE", "SUSPENDED");
        assertThat(jdbc.queryForObject("select count(*) from rehab_agreement where status = 'ACTIVE'", Integer.class)).isPositive();
        assertThat(jdbc.queryForObject("select count(*) from document where case_number like 'RR-%' and kind = 'REFERRAL'",
                Integer.class)).isPositive();
    }
}
