package org.tongban.sla;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.tongban.PostgresTest;
import org.tongban.TestPostgres;
import org.tongban.TongbanApplication;
import org.tongban.consultation.ConsultationService;

/**
 * Two application nodes, each with its own process engine, on one PostgreSQL database race to fire
 * the same escalation steps: every step of every task fires exactly once.
 */
@PostgresTest
class EscalationTwoNodesIT {

    static final int TASKS = 20;
    static ConfigurableApplicationContext secondNode;

    @Autowired Escalations firstNode;
    @Autowired ConsultationService consultations;
    @Autowired JdbcTemplate jdbc;

    @BeforeAll
    static void startSecondNode() {
        String[] db = TestPostgres.connection();
        secondNode = new SpringApplicationBuilder(TongbanApplication.class)
                .profiles("test", "postgres")
                .run("--spring.datasource.url=" + db[0], "--spring.datasource.username=" + db[1],
                        "--spring.datasource.password=" + db[2], "--camunda.bpm.process-engine-name=node2", "--server.port=0",
                        "--camunda.bpm.job-execution.enabled=false", "--logging.level.root=warn");
    }

    @AfterAll
    static void stopSecondNode() {
        if (secondNode != null) {
            secondNode.close();
        }
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void every_step_of_every_task_fires_once_though_both_nodes_try_at_the_same_moments() throws Exception {
        ClockUtil.setCurrentTime(Date.from(at("2026-06-01T09:00")));
        List<String> cases = new ArrayList<>();
        for (int i = 0; i < TASKS; i++) {
            cases.add(consultations.refer("CIVIL", "JUSTICE", "两节点升级测试 " + i)); // JUSTICE gives an opinion: 3 working days
        }
        Escalations second = secondNode.getBean(Escalations.class);

        List<Escalations.Fired> fired = new ArrayList<>();
        for (String moment : List.of("2026-06-03T12:00", "2026-06-04T12:00", "2026-06-09T12:00", "2026-06-10T12:00")) {
            fired.addAll(race(firstNode, second, at(moment)));
        }

        List<Escalations.Fired> ours = fired.stream()
                .filter(f -> cases.contains(jdbc.queryForObject("select case_number from sla_clock where task_id = ?",
                        String.class, f.taskId())))
                .toList();
        assertThat(ours).hasSize(3 * TASKS);
        assertThat(ours.stream().map(f -> f.taskId() + f.step()).distinct()).hasSize(3 * TASKS);
        assertThat(jdbc.queryForObject("""
                select count(*) from sla_escalation e join sla_clock c on c.task_id = e.task_id
                where c.case_number like 'CR-%' and c.started_at = ?""", Integer.class,
                SlaClocks.ts(at("2026-06-01T09:00")))).isEqualTo(3 * TASKS);
        assertThat(jdbc.queryForObject("""
                select count(*) from notification n join sla_clock c on c.task_id = n.task_id
                where n.recipient = 'justice.supervisor' and n.topic = 'OVERDUE' and c.started_at = ?""",
                Integer.class, SlaClocks.ts(at("2026-06-01T09:00")))).isEqualTo(TASKS);
    }

    /** Both nodes fire at the same instant, released together. */
    private static List<Escalations.Fired> race(Escalations a, Escalations b, Instant now) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        List<Callable<List<Escalations.Fired>>> rounds = List.of(
                () -> { start.await(); return a.fireDue(now); },
                () -> { start.await(); return b.fireDue(now); });
        List<Future<List<Escalations.Fired>>> futures = new ArrayList<>();
        rounds.forEach(r -> futures.add(pool.submit(r)));
        start.countDown();
        List<Escalations.Fired> fired = new ArrayList<>();
        for (Future<List<Escalations.Fired>> f : futures) {
            fired.addAll(f.get());
        }
        pool.shutdown();
        return fired;
    }

    private static Instant at(String localTime) {
        return LocalDateTime.parse(localTime).atZone(BusinessCalendar.ZONE).toInstant();
    }
}
