package org.tongban.retrofit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.tongban.TongbanTest;

/** The demo data leaves cases in every state, so each agency's inbox and the programme view have something. */
@TongbanTest
class RetrofitDemoDataTest {

    @Autowired JdbcTemplate jdbc;

    @Test
    void demo_cases_cover_every_state_of_the_procedure() {
        List<String> statuses = jdbc.queryForList("select distinct status from ar_application where idempotency_key like 'demo-retrofit-%'",
                String.class);
        assertThat(statuses).contains("SUBMITTED", "RETURNED", "IN_REVIEW", "PUBLIC_NOTICE", "IN_SERVICE", "ACCEPTANCE",
                "SETTLEMENT", "CLOSED", "REFUSED", "WITHDRAWN");
        List<String> agencies = jdbc.queryForList("select distinct agency from inbox_task where process_key = 'accessibility-retrofit'"
                + " and case_number in (select case_number from ar_application where idempotency_key like 'demo-retrofit-%')", String.class);
        assertThat(agencies).contains("HOUSING", "CDPF", "CIVIL", "FIN")
                .anySatisfy(a -> assertThat(a).matches("(COMMUNITY|SUMU|GACHA)-\\d{2}"));
        assertThat(jdbc.queryForList("select applicant_masked from inbox_task where process_key = 'accessibility-retrofit'",
                String.class)).allSatisfy(name -> assertThat(name).contains("*"));
    }
}
