package org.tongban.quotareview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tongban.quotareview.QuotaFixtures.dec;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.tongban.PostgresTest;

/** Two employers declare the same disabled person at the same moment, on PostgreSQL. */
@PostgresTest
class CountedElsewhereRaceIT {

    @Autowired EmployerRegistry registry;
    @Autowired QuotaReviewService reviews;
    @Autowired JdbcTemplate jdbc;
    @Autowired CountedPersons counted;

    @Test
    void the_person_is_counted_by_exactly_one_and_the_other_sees_counted_elsewhere() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 8; round++) {
                String card = DemoCards.next(jdbc, 4, 3, 4);
                String first = start();
                String second = start();
                CountDownLatch go = new CountDownLatch(1);
                List<Callable<DeclarationReceipt>> both = new ArrayList<>();
                for (String caseNumber : List.of(first, second)) {
                    both.add(() -> {
                        go.await();
                        return reviews.declare(caseNumber, new Declaration(dec("100"), dec("6000000"),
                                List.of(QuotaFixtures.fullYear(card)), false, null), Review.Channel.ONLINE, "employer");
                    });
                }
                List<Future<DeclarationReceipt>> futures = both.stream().map(pool::submit).toList();
                go.countDown();
                List<DeclarationReceipt> receipts = new ArrayList<>();
                for (Future<DeclarationReceipt> f : futures) {
                    receipts.add(f.get());
                }

                assertThat(receipts).extracting(r -> r.roster().get(0).exclusion())
                        .containsExactlyInAnyOrder(null, ExclusionReason.COUNTED_ELSEWHERE);
                String id18 = card.substring(0, 18);
                assertThat(jdbc.queryForObject("select count(*) from qr_counted_person where review_year = 2026 and person_key = ?",
                        Integer.class, id18)).isEqualTo(1);
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void the_database_refuses_a_second_claim_on_the_same_person_and_year() {
        String card = DemoCards.next(jdbc, 4, 3, 4);
        long a = reviews.find(start()).orElseThrow().getId();
        long b = reviews.find(start()).orElseThrow().getId();
        counted.claim(2026, card.substring(0, 18), a);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> counted.claim(2026, card.substring(0, 18), b))
                .isInstanceOf(DuplicateKeyException.class);
    }

    private String start() {
        Employer e = registry.register(new EmployerRegistration(QuotaFixtures.newCreditCode(), "并发测试单位" + System.nanoTime(),
                EmployerKind.ENTERPRISE, false, false, false));
        return reviews.startReview(e.getId(), 2026, LocalDate.now().plusMonths(2), "cdpf.officer");
    }
}
