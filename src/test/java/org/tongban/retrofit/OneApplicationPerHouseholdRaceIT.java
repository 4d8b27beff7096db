package org.tongban.retrofit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.tongban.PostgresTest;

/**
 * On PostgreSQL: the same household applying twice at the same moment (a grass-roots unit and the
 * needs survey, with different keys) — exactly one case exists, and the other caller is told in
 * words that the household already applied this year, not with a constraint violation.
 */
@PostgresTest
class OneApplicationPerHouseholdRaceIT {

    @Autowired RetrofitService service;
    @Autowired JdbcTemplate jdbc;

    @Test
    void two_concurrent_applications_of_one_household_make_one_case_and_a_clear_refusal() throws Exception {
        String head = TestHouseholds.person(jdbc, 1);
        NewApplication application = TestHouseholds.application(head, List.of(), false);
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<String>> results = new ArrayList<>();
        try {
            for (String key : List.of("race-a-" + head, "race-b-" + head)) {
                results.add(pool.submit(() -> {
                    start.await();
                    try {
                        return service.apply(application, "community03", key).caseNumber();
                    } catch (RetrofitValidationException e) {
                        return "refused:" + e.problems().get("headIdNumber").zh();
                    }
                }));
            }
            start.countDown();
            List<String> outcomes = new ArrayList<>();
            for (Future<String> r : results) {
                outcomes.add(r.get());
            }
            assertThat(outcomes).filteredOn(o -> o.startsWith("AR-")).hasSize(1);
            assertThat(outcomes).filteredOn(o -> o.startsWith("refused:")).singleElement().asString().contains("一户一案");
        } finally {
            pool.shutdown();
        }
        assertThat(jdbc.queryForObject("select count(*) from ar_application a join ar_household h on h.id = a.household_id"
                + " join person p on p.id = h.head_person_id where p.id_number = ?", Integer.class, head)).isEqualTo(1);
    }
}
