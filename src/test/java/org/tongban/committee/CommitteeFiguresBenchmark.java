package org.tongban.committee;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Date;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricIdentityLinkLog;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.boot.Banner;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.tongban.TongbanApplication;
import org.tongban.organisation.Role;
import org.tongban.security.TongbanUser;

/**
 * Issue 11 benchmark (a main class, not a test). On a PostgreSQL database of its own:
 * <ol>
 * <li>runs {@code benchmark.tasks} (default 20,000) real user tasks through the engine over a
 *     simulated year (engine clock moved), so the task events fill the read model and Camunda holds
 *     the same history;</li>
 * <li>adds {@code benchmark.facts} (default 1,000,000) generated historic tasks straight into the
 *     read model with one {@code insert … select from generate_series}, with 督办 for 2 %;</li>
 * <li>times each figure (median of {@code benchmark.runs}): Tongban over all of it, Tongban over the
 *     engine-made part only, and the same figures from Camunda's {@code HistoryService} queries over
 *     the engine-made part (the history API in a loop: a task query, then each task's identity-link
 *     log), whose answers are checked against Tongban's.</li>
 * </ol>
 * Run: {@code ./mvnw -q -Pbenchmark test-compile exec:exec -Dbenchmark.main=org.tongban.committee.CommitteeFiguresBenchmark}
 * (DB_URL default {@code jdbc:postgresql://127.0.0.1:5432/tongban_committee_bench}, recreated).
 */
public final class CommitteeFiguresBenchmark {

    private static final String DEFAULT_URL = "jdbc:postgresql://127.0.0.1:5432/tongban_committee_bench";
    private static final String PROCESS = "committee-bench-relay";
    private static final int YEAR = 2026;
    private static final int BATCH = 25;

    private CommitteeFiguresBenchmark() {
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
        int engineTasks = Integer.getInteger("benchmark.tasks", 20_000);
        int facts = Integer.getInteger("benchmark.facts", 1_000_000);
        int runs = Math.min(Integer.getInteger("benchmark.runs", 7), 50);
        String url = env("DB_URL", DEFAULT_URL);
        String user = env("DB_USER", "postgres");
        String password = env("DB_PASSWORD", "");
        recreate(url, user, password);
        long started = System.nanoTime();
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(TongbanApplication.class)
                .profiles("postgres").bannerMode(Banner.Mode.OFF).logStartupInfo(false)
                .run("--spring.datasource.url=" + url, "--spring.datasource.username=" + user,
                        "--spring.datasource.password=" + password, "--server.port=0",
                        "--camunda.bpm.job-execution.enabled=false", "--logging.level.root=WARN",
                        "--logging.level.org.tongban=WARN")) {
            System.out.printf(Locale.ROOT, "Application started in %.1f s%n", seconds(System.nanoTime() - started));
            long t = System.nanoTime();
            int made = engine(context, engineTasks);
            System.out.printf(Locale.ROOT, "%,d historic tasks through the engine in %.1f s%n", made, seconds(System.nanoTime() - t));
            t = System.nanoTime();
            generate(context.getBean(JdbcTemplate.class), facts);
            System.out.printf(Locale.ROOT, "%,d generated facts (+ 督办) in %.1f s%n", facts, seconds(System.nanoTime() - t));
            try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement()) {
                s.execute("vacuum analyze");
            }
            measure(context, runs);
            try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement();
                    var r = s.executeQuery("select version()")) {
                r.next();
                System.out.printf("%nMachine: %d cores, %s %s; %s%n", Runtime.getRuntime().availableProcessors(),
                        System.getProperty("java.runtime.name"), System.getProperty("java.runtime.version"), r.getString(1));
            }
        }
    }

    // ---------------------------------------------------------------- data

    /** Three-step cases (CDPF → CIVIL → CDPF) spread over the year; the last 2 % leave their last task open. */
    private static int engine(ConfigurableApplicationContext context, int tasks) {
        RepositoryService repository = context.getBean(RepositoryService.class);
        RuntimeService runtime = context.getBean(RuntimeService.class);
        TaskService taskService = context.getBean(TaskService.class);
        ConstructedHistory history = new ConstructedHistory(repository, runtime, taskService,
                context.getBean(JdbcTemplate.class), PROCESS);
        TransactionTemplate tx = new TransactionTemplate(context.getBean(PlatformTransactionManager.class));
        int instances = tasks / 3;
        long yearStart = LocalDate.of(YEAR, 1, 1).atStartOfDay(TaskFacts.ZONE).toInstant().toEpochMilli();
        long step = (350L * 86_400_000) / instances;
        for (int from = 0; from < instances; from += BATCH) {
            int first = from;
            tx.executeWithoutResult(status -> {
                for (int i = first; i < Math.min(instances, first + BATCH); i++) {
                    history.at(Instant.ofEpochMilli(yearStart + i * step));
                    String number = "BR-" + YEAR + "-" + String.format("%06d", i);
                    runtime.startProcessInstanceByKey(PROCESS, number);
                    boolean open = i >= instances * 98 / 100;
                    for (int k = 0; k < 3; k++) {
                        Task task = taskService.createTaskQuery().processInstanceBusinessKey(number).singleResult();
                        history.hours(((i * 7 + k * 13) % 48) + 0.5);
                        if (open && k == 2) {
                            break;
                        }
                        taskService.claim(task.getId(), k == 1 ? "civil.officer" : "cdpf.officer");
                        history.hours(((i * 11 + k * 5) % 8) + 0.25);
                        taskService.complete(task.getId());
                    }
                }
            });
            if ((first + BATCH) % 1000 == 0) {
                System.out.printf(Locale.ROOT, "  %,d instances%n", first + BATCH);
            }
        }
        ClockUtil.reset();
        return instances * 3;
    }

    /**
     * Four-step cases over the year in five procedures and ten agencies, each step a hand-off; waits
     * up to 150 h against a 5-day limit, work up to 8 h; the last 2 % of cases still open.
     */
    private static void generate(JdbcTemplate jdbc, int facts) {
        jdbc.execute("""
                insert into committee_task_fact (task_id, process_instance_id, case_number, process_key, task_key, agency,
                    created_at, claimed_at, ended_at, status, due_at, on_time, waiting_seconds, working_seconds,
                    handoff_from, handoff_at, handoff_seconds)
                select 'syn-' || n, 'synp-' || i, 'SYN-%1$d-' || lpad(i::text, 7, '0'),
                    (array['legal-aid','welfare-placement','quota-review','accessibility-retrofit','rehab-rescue'])[i %% 5 + 1],
                    'Task_Step' || k,
                    (array['CDPF','HRSS','CIVIL','HEALTH','EDU','JUSTICE','HOUSING','FIN','MEDINS','TAX'])[(i * 31 + k * k * 3) %% 10 + 1],
                    created, case when open then null else created + wait end,
                    case when open then null else created + wait + work end,
                    case when open then 'OPEN' else 'DONE' end,
                    created + interval '5 days',
                    case when open then null else created + wait + work <= created + interval '5 days' end,
                    case when open then null else extract(epoch from wait)::bigint end,
                    case when open then null else extract(epoch from work)::bigint end,
                    case when k > 0 then (array['CDPF','HRSS','CIVIL','HEALTH','EDU','JUSTICE','HOUSING','FIN','MEDINS','TAX'])[(i * 31 + (k - 1) * (k - 1) * 3) %% 10 + 1] end,
                    case when k > 0 then created - interval '2 hours' end,
                    case when k > 0 and not open then extract(epoch from wait)::bigint + 7200 end
                from (
                    select n, n / 4 as i, n %% 4 as k,
                        timestamp '%1$d-01-01 08:00' + (n / 4) * interval '1 second' * (31536000.0 / (%2$d / 4)) + (n %% 4) * interval '7 days' as created,
                        ((n::bigint * 2654435761) %% 540000) * interval '1 second' as wait,
                        ((n::bigint * 40503) %% 28800) * interval '1 second' as work,
                        (n / 4) >= (%2$d / 4) * 98 / 100 and n %% 4 = 3 as open
                    from generate_series(0, %2$d - 1) as n
                ) g""".formatted(YEAR, facts));
        jdbc.execute("""
                insert into sla_clock (task_id, process_instance_id, process_key, task_key, case_number, agency, party,
                    limit_amount, limit_unit, statutory, reference, started_at, due_at, warn_at, supervise_at,
                    provisional, status)
                select task_id, process_instance_id, process_key, task_key, case_number, agency, 'AGENCY', 5,
                    'WORKING_DAYS', false, 'benchmark', created_at, due_at, due_at, due_at + interval '3 days', false,
                    case when status = 'OPEN' then 'OPEN' else 'DONE' end
                from committee_task_fact where task_id like 'syn-%' and right(task_id, 2) in ('00', '50')""");
        jdbc.execute("""
                insert into sla_escalation (task_id, step, fired_at, agency, recipients)
                select task_id, 'SUPERVISION', supervise_at, agency, 'bench' from sla_clock where reference = 'benchmark'""");
    }

    // ---------------------------------------------------------------- measurement

    private static void measure(ConfigurableApplicationContext context, int runs) {
        CommitteeQueries queries = context.getBean(CommitteeQueries.class);
        HistoryService history = context.getBean(HistoryService.class);
        JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
        TongbanUser committee = new TongbanUser("committee", "bench", "COMMITTEE", EnumSet.of(Role.COMMITTEE));
        List<String> all = jdbc.queryForList("select distinct process_key from committee_task_fact order by 1", String.class);
        Scope whole = Scope.year(YEAR, all);
        Scope engineOnly = Scope.year(YEAR, List.of(PROCESS));
        long facts = jdbc.queryForObject("select count(*) from committee_task_fact", Long.class);
        System.out.printf(Locale.ROOT, "%nRead model: %,d task facts; engine history: %,d historic tasks (%s)%n", facts,
                history.createHistoricTaskInstanceQuery().processDefinitionKey(PROCESS).count(), PROCESS);

        Map<String, Supplier<Object>> figures = new java.util.LinkedHashMap<>();
        figures.put("League table, all " + String.format(Locale.ROOT, "%,d", facts) + " facts", () -> queries.league(committee, whole));
        figures.put("Hand-offs, all facts", () -> queries.handoffs(committee, whole));
        figures.put("Heatmap of one procedure (rehab-rescue), all facts", () -> queries.activities(committee, whole, "rehab-rescue"));
        figures.put("Drill-down: CDPF backlog case numbers, all facts", () -> queries.cases(committee, whole, new Drill.Backlog("CDPF")));
        figures.put("League table, engine-made part", () -> queries.league(committee, engineOnly));
        figures.put("Hand-offs, engine-made part", () -> queries.handoffs(committee, engineOnly));
        figures.put("Heatmap, engine-made part", () -> queries.activities(committee, engineOnly, PROCESS));
        figures.put("HistoryService: league table (waiting p50/p90 per agency), engine-made part", () -> historyLeague(history));
        figures.put("HistoryService: heatmap (waiting p50/p90 per activity), engine-made part", () -> historyActivities(history));

        System.out.println();
        System.out.println("| Figure | Median (ms) | Min (ms) | Max (ms) |");
        System.out.println("|---|---|---|---|");
        for (Map.Entry<String, Supplier<Object>> figure : figures.entrySet()) {
            boolean slow = figure.getKey().startsWith("HistoryService");
            int n = slow ? Math.max(3, runs / 2) : runs;
            figure.getValue().get(); // warm-up
            double[] ms = new double[n];
            for (int i = 0; i < n; i++) {
                long t = System.nanoTime();
                figure.getValue().get();
                ms[i] = (System.nanoTime() - t) / 1e6;
            }
            Arrays.sort(ms);
            System.out.printf(Locale.ROOT, "| %s | %.1f | %.1f | %.1f |%n", figure.getKey(), ms[n / 2], ms[0], ms[n - 1]);
        }
        // The two ways must agree, or the comparison means nothing.
        Map<String, double[]> viaHistory = historyLeague(history);
        for (var row : queries.league(committee, engineOnly)) {
            double[] h = viaHistory.get(row.agency());
            if (h == null || Math.abs(h[0] - row.waitingP50()) > 1 || Math.abs(h[1] - row.waitingP90()) > 1) {
                throw new IllegalStateException("HistoryService and the read model disagree for " + row.agency()
                        + ": " + Arrays.toString(h) + " vs " + row);
            }
        }
        System.out.println("\nHistoryService and read-model waiting percentiles agree for every agency.");
    }

    /** Waiting p50/p90 per agency from the history API: every completed task, then its identity-link log. */
    private static Map<String, double[]> historyLeague(HistoryService history) {
        Map<String, List<Double>> waits = new TreeMap<>();
        for (HistoricTaskInstance task : completedTasks(history)) {
            List<HistoricIdentityLinkLog> links = history.createHistoricIdentityLinkLogQuery().taskId(task.getId()).list();
            Instant claimed = links.stream().filter(l -> IdentityLinkType.ASSIGNEE.equals(l.getType()))
                    .map(l -> l.getTime().toInstant()).min(Comparator.naturalOrder()).orElse(task.getEndTime().toInstant());
            String agency = links.stream().filter(l -> IdentityLinkType.CANDIDATE.equals(l.getType()) && l.getGroupId() != null)
                    .map(HistoricIdentityLinkLog::getGroupId).min(Comparator.naturalOrder()).orElse("?");
            waits.computeIfAbsent(agency, a -> new ArrayList<>())
                    .add((double) java.time.Duration.between(task.getStartTime().toInstant(), claimed).getSeconds());
        }
        Map<String, double[]> result = new HashMap<>();
        waits.forEach((agency, w) -> result.put(agency, percentiles(w)));
        return result;
    }

    private static Map<String, double[]> historyActivities(HistoryService history) {
        Map<String, List<Double>> waits = new TreeMap<>();
        for (HistoricTaskInstance task : completedTasks(history)) {
            Instant claimed = history.createHistoricIdentityLinkLogQuery().taskId(task.getId()).type(IdentityLinkType.ASSIGNEE)
                    .list().stream().map(l -> l.getTime().toInstant()).min(Comparator.naturalOrder())
                    .orElse(task.getEndTime().toInstant());
            waits.computeIfAbsent(task.getTaskDefinitionKey(), a -> new ArrayList<>())
                    .add((double) java.time.Duration.between(task.getStartTime().toInstant(), claimed).getSeconds());
        }
        Map<String, double[]> result = new HashMap<>();
        waits.forEach((key, w) -> result.put(key, percentiles(w)));
        return result;
    }

    private static List<HistoricTaskInstance> completedTasks(HistoryService history) {
        Date from = Date.from(LocalDate.of(YEAR, 1, 1).atStartOfDay(TaskFacts.ZONE).toInstant());
        Date to = Date.from(LocalDate.of(YEAR + 1, 1, 1).atStartOfDay(TaskFacts.ZONE).toInstant());
        List<HistoricTaskInstance> all = new ArrayList<>();
        for (int first = 0; ; first += 1000) {
            List<HistoricTaskInstance> page = history.createHistoricTaskInstanceQuery().processDefinitionKey(PROCESS)
                    .finished().taskDeleteReason("completed").finishedAfter(from).finishedBefore(to)
                    .orderByTaskId().asc().listPage(first, 1000);
            all.addAll(page);
            if (page.size() < 1000) {
                return all;
            }
        }
    }

    /** Linear interpolation, as PostgreSQL's percentile_cont. */
    private static double[] percentiles(List<Double> values) {
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return new double[] {at(sorted, 0.5), at(sorted, 0.9)};
    }

    private static double at(double[] sorted, double p) {
        double rank = p * (sorted.length - 1);
        int low = (int) Math.floor(rank);
        int high = (int) Math.ceil(rank);
        return sorted[low] + (sorted[high] - sorted[low]) * (rank - low);
    }

    private static void recreate(String url, String user, String password) throws SQLException {
        String name = url.substring(url.lastIndexOf('/') + 1);
        if (!name.matches("[a-z0-9_]+") || !name.contains("bench")) {
            throw new IllegalArgumentException("DB_URL must name a database whose name contains 'bench': " + url);
        }
        String admin = url.substring(0, url.lastIndexOf('/') + 1) + "postgres";
        try (Connection c = DriverManager.getConnection(admin, user, password); Statement s = c.createStatement()) {
            s.execute("drop database if exists " + name + " with (force)");
            s.execute("create database " + name);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }
}
