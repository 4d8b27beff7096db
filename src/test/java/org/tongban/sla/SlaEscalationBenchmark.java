package org.tongban.sla;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.boot.Banner;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.tongban.TongbanApplication;
import org.tongban.consultation.ConsultationService;

/**
 * Issue 5 benchmark (a main class, not a test), on PostgreSQL: what the SLA clocks cost.
 * <ol>
 * <li>starting a user task with its clock (policy lookup, calendar count, projection) — referrals
 *     started through the engine, with the engine clock spread over the last 30 days;</li>
 * <li>the first escalation round, which fires every step that came due while nobody looked;</li>
 * <li>a steady round every minute when nothing new is due (the cost every node pays);</li>
 * <li>one deadline computed on the business calendar.</li>
 * </ol>
 * Run: {@code ./mvnw -q -Pbenchmark test-compile exec:exec -Dbenchmark.main=org.tongban.sla.SlaEscalationBenchmark};
 * DB_URL / DB_USER / DB_PASSWORD as for the inbox benchmark (default local {@code tongban_sla_bench}),
 * dropped and created anew. {@code -Dbenchmark.tasks} (default 20,000) and {@code -Dbenchmark.runs} change sizes.
 */
public final class SlaEscalationBenchmark {

    private static final String DEFAULT_URL = "jdbc:postgresql://127.0.0.1:5432/tongban_sla_bench";

    private SlaEscalationBenchmark() {
    }

    public static void main(String[] args) {
        int status = 0;
        try {
            run();
        } catch (Throwable e) {
            e.printStackTrace();
            status = 1;
        }
        System.exit(status);
    }

    private static void run() throws SQLException {
        int count = Integer.getInteger("benchmark.tasks", 20_000);
        int runs = Integer.getInteger("benchmark.runs", 50);
        String url = env("DB_URL", DEFAULT_URL);
        String user = env("DB_USER", "postgres");
        String password = env("DB_PASSWORD", "");
        recreate(url, user, password);
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(TongbanApplication.class)
                .profiles("postgres").bannerMode(Banner.Mode.OFF).logStartupInfo(false)
                .run("--spring.datasource.url=" + url, "--spring.datasource.username=" + user,
                        "--spring.datasource.password=" + password, "--server.port=0",
                        "--camunda.bpm.job-execution.enabled=false", "--tongban.sla.escalation-enabled=false",
                        "--logging.level.root=WARN", "--logging.level.org.tongban=WARN")) {
            ConsultationService consultations = context.getBean(ConsultationService.class);
            Escalations escalations = context.getBean(Escalations.class);
            BusinessCalendar calendar = context.getBean(BusinessCalendar.class);
            JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);

            Random random = new Random(5);
            Instant now = Instant.now();
            List<Long> starts = new ArrayList<>();
            String[] agencies = {"CDPF", "JUSTICE", "HOUSING", "HRSS", "CIVIL"};
            for (int i = 0; i < count; i++) {
                ClockUtil.setCurrentTime(Date.from(now.minus(Duration.ofMinutes(random.nextInt(30 * 24 * 60)))));
                long t = System.nanoTime();
                consultations.refer(agencies[i % agencies.length], "基准测试咨询 " + i);
                starts.add(System.nanoTime() - t);
            }
            ClockUtil.reset();
            System.out.printf(Locale.ROOT, "Started %,d referrals (one user task and its clock each): median %.2f ms, p90 %.2f ms%n",
                    count, median(starts), percentile(starts, 0.9));
            jdbc.execute("analyze");

            long t = System.nanoTime();
            int fired = escalations.fireDue(now).size();
            double first = (System.nanoTime() - t) / 1e6;
            System.out.printf(Locale.ROOT, "First round: %,d steps fired in %.0f ms (%.2f ms a step, notifications included)%n",
                    fired, first, first / Math.max(1, fired));

            List<Long> steady = new ArrayList<>();
            for (int i = 0; i < runs; i++) {
                long s = System.nanoTime();
                escalations.fireDue(now.plusSeconds(i));
                steady.add(System.nanoTime() - s);
            }
            System.out.printf(Locale.ROOT, "Steady round over %,d open clocks, nothing due: median %.2f ms, p90 %.2f ms (%d runs)%n",
                    jdbc.queryForObject("select count(*) from sla_clock where status = 'OPEN'", Integer.class),
                    median(steady), percentile(steady, 0.9), runs);

            List<Long> deadlines = new ArrayList<>();
            for (int i = 0; i < 2_000; i++) {
                Instant trigger = now.minus(Duration.ofHours(random.nextInt(24 * 400)));
                long s = System.nanoTime();
                calendar.deadline(trigger, 20, LimitUnit.WORKING_DAYS);
                deadlines.add(System.nanoTime() - s);
            }
            System.out.printf(Locale.ROOT, "One 20-working-day deadline on the calendar: median %.3f ms, p90 %.3f ms%n",
                    median(deadlines), percentile(deadlines, 0.9));
            System.out.printf(Locale.ROOT, "Machine: %d cores, %s; run at %s%n", Runtime.getRuntime().availableProcessors(),
                    System.getProperty("java.version"), LocalDateTime.now());
        }
    }

    private static double median(List<Long> nanos) {
        return percentile(nanos, 0.5);
    }

    private static double percentile(List<Long> nanos, double p) {
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        return sorted.get((int) Math.min(sorted.size() - 1, Math.floor(p * sorted.size()))) / 1e6;
    }

    private static void recreate(String url, String user, String password) throws SQLException {
        String name = url.substring(url.lastIndexOf('/') + 1);
        if (!name.contains("bench")) {
            throw new IllegalArgumentException("The benchmark database name must contain 'bench': " + name);
        }
        try (Connection c = DriverManager.getConnection(url.substring(0, url.lastIndexOf('/') + 1) + "postgres", user, password);
                Statement s = c.createStatement()) {
            s.execute("drop database if exists " + name + " with (force)");
            s.execute("create database " + name);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
