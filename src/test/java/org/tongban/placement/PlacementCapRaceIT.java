package org.tongban.placement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.tongban.PostgresTest;
import org.tongban.TestPostgres;
import org.tongban.TongbanApplication;
import org.tongban.cases.CaseNumbers;
import org.tongban.people.PeopleRegistry;
import org.tongban.people.Person;
import org.tongban.placement.PlacementOutcome.Result;

/**
 * Two application nodes on one PostgreSQL, twenty officers (or retried calls) placing the same
 * person at once, who already had one placement: exactly one second placement, never a third.
 */
@PostgresTest
class PlacementCapRaceIT {

    private static ConfigurableApplicationContext secondNode;

    @Autowired PlacementRegister register;
    @Autowired PeopleRegistry people;
    @Autowired WelfareApplicationRepository applications;
    @Autowired PlacementRepository placements;
    @Autowired CaseNumbers caseNumbers;
    @Autowired JdbcTemplate jdbc;

    @BeforeAll
    static void startTheSecondNode() {
        String[] db = TestPostgres.connection();
        // Command-line arguments win over application-test.yml's H2 URL.
        secondNode = new SpringApplicationBuilder(TongbanApplication.class)
                .profiles("test", "postgres")
                .run("--spring.datasource.url=" + db[0], "--spring.datasource.username=" + db[1],
                        "--spring.datasource.password=" + db[2], "--camunda.bpm.process-engine-name=placement-node2",
                        "--server.port=0",
                        "--camunda.bpm.job-execution.enabled=false", "--logging.level.root=warn");
    }

    @AfterAll
    static void stopTheSecondNode() {
        if (secondNode != null) {
            secondNode.close();
        }
    }

    @Test
    void twenty_concurrent_placements_on_two_nodes_give_exactly_one_second_placement() throws Exception {
        Person person = TestPeople.man(jdbc, people);
        assertThat(register.place(application(person), PlacementCapTest.terms(LocalDate.of(2021, 3, 1)), "hrss.officer")
                .placed()).isTrue();
        List<String> cases = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            cases.add(application(person));
        }
        PlacementRegister other = secondNode.getBean(PlacementRegister.class);

        ExecutorService pool = Executors.newFixedThreadPool(20);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<PlacementOutcome>> futures = new ArrayList<>();
        for (int i = 0; i < cases.size(); i++) {
            PlacementRegister node = i % 2 == 0 ? register : other;
            String caseNumber = cases.get(i);
            // Half ask for a start today, half a year on: a second and a "third" placement.
            LocalDate start = i % 4 < 2 ? LocalDate.of(2026, 12, 1) : LocalDate.of(2027, 6, 1);
            futures.add(pool.submit(() -> {
                go.await();
                return node.place(caseNumber, PlacementCapTest.terms(start), "hrss.officer");
            }));
        }
        go.countDown();
        List<PlacementOutcome> outcomes = new ArrayList<>();
        for (Future<PlacementOutcome> f : futures) {
            outcomes.add(f.get());
        }
        pool.shutdown();

        assertThat(outcomes).filteredOn(PlacementOutcome::placed).hasSize(1);
        assertThat(outcomes).filteredOn(o -> !o.placed()).hasSize(19)
                .allSatisfy(o -> assertThat(o.result()).isIn(Result.CAP_REACHED, Result.TERM_NOT_EXPIRED));
        assertThat(jdbc.queryForObject("select placements from wp_person_placement where person_id = ?", Integer.class,
                person.getId())).isEqualTo(2);
        assertThat(placements.findByPersonIdOrderByOrdinal(person.getId())).extracting(Placement::getOrdinal)
                .containsExactly(1, 2);
    }

    private String application(Person person) {
        return applications.save(new WelfareApplication(caseNumbers.next("WP"), person.getId(), "COMMUNITY-01",
                "1525310000000001", RetirementGroup.MALE, null, LocalDateTime.of(2026, 11, 2, 9, 0), "",
                "cdpf.officer", null)).getCaseNumber();
    }
}
