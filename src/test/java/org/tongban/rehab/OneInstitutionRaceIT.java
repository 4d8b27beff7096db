package org.tongban.rehab;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.tongban.PostgresTest;
import org.tongban.organisation.Role;
import org.tongban.security.TongbanUser;

/** On PostgreSQL: two agreements for one child signed at the same moment — exactly one exists. */
@PostgresTest
class OneInstitutionRaceIT {

    static final TongbanUser CDPF = new TongbanUser("cdpf.officer", "市残联经办人", "CDPF", Set.of(Role.OFFICER));

    @Autowired RehabService rehab;
    @Autowired RehabCaseWork work;
    @Autowired JdbcTemplate jdbc;

    @Test
    void two_concurrent_agreements_for_one_child_leave_exactly_one() throws Exception {
        NewApplication child = RehabTestData.child(LocalDate.of(2018, 8, 8), "苏和");
        String first = rehab.apply(child, null, CDPF);
        String second = rehab.apply(child, null, CDPF);
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<Boolean>> results = new ArrayList<>();
        try {
            for (String[] pair : new String[][] {{first, "RI-EH-01"}, {second, "RI-EH-03"}}) {
                results.add(pool.submit(() -> {
                    start.await();
                    try {
                        work.signAgreement(pair[0], pair[1], "cdpf.officer");
                        return true;
                    } catch (RuntimeException e) {
                        return false;
                    }
                }));
            }
            start.countDown();
            int signed = 0;
            for (Future<Boolean> r : results) {
                signed += r.get() ? 1 : 0;
            }
            assertThat(signed).isEqualTo(1);
        } finally {
            pool.shutdown();
        }
        Integer active = jdbc.queryForObject("select count(*) from rehab_agreement g join rehab_child c on c.id = g.child_id "
                + "join rehab_application a on a.child_id = c.id and a.case_number = ? where g.status = 'ACTIVE'",
                Integer.class, first);
        assertThat(active).isEqualTo(1);
    }
}
