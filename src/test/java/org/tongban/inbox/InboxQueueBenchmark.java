package org.tongban.inbox;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Date;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.boot.Banner;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.tongban.TongbanApplication;
import org.tongban.consultation.ConsultationProcess;
import org.tongban.consultation.ConsultationService;
import org.tongban.organisation.Role;
import org.tongban.security.TongbanUser;

/**
 * Issue 4 benchmark (a main class, not a test): a 50-row page of an agency's queue, filtered by
 * procedure and sorted by due date, read (A) from the inbox projection and (B) through Camunda's
 * {@code TaskQuery} with a process-variable filter, in the same run on the same PostgreSQL.
 * Loads 50,000 open tasks through the real engine first, so the task events fill the projection.
 *
 * <p>Run: {@code ./mvnw -q -Pbenchmark test-compile exec:exec}; figures go to {@code docs/benchmarks.md}.
 * DB_URL / DB_USER / DB_PASSWORD name the server (default: local {@code tongban_bench}, user postgres);
 * the database is dropped and created anew at start, so its name must contain "bench".
 * {@code -Dbenchmark.tasks}, {@code -Dbenchmark.runs}, {@code -Dbenchmark.warmup} change the sizes.
 */
public final class InboxQueueBenchmark {

    private static final String DEFAULT_URL = "jdbc:postgresql://127.0.0.1:5432/tongban_bench";
    private static final String AGENCY = "CDPF";
    private static final String PROCESS = ConsultationProcess.KEY;
    private static final int PAGE = 50;
    private static final int BATCH = 500;
    /** Lead agencies and their share (per cent) of referrals. */
    private static final String[] LEADS = {"CDPF", "JUSTICE", "HOUSING", "HRSS", "CIVIL"};
    private static final int[] LEAD_SHARES = {40, 15, 15, 15, 15};
    private static final String[] COOPERATING = {"CDPF", "CIVIL", "HEALTH", "HRSS", "EDU"};
    private static final int COOPERATING_PERCENT = 30;
    private static final int CLAIMED_PERCENT = 10;

    private InboxQueueBenchmark() {
    }

    public static void main(String[] args) {
        int status = 0;
        try {
            run();
        } catch (Throwable e) {
            e.printStackTrace();
            status = 1;
        }
        System.exit(status); // the web server and engine threads would otherwise keep the JVM alive
    }

    private static void run() throws SQLException {
        int openTasks = Integer.getInteger("benchmark.tasks", 50_000);
        int runs = Integer.getInteger("benchmark.runs", 200);
        int warmup = Integer.getInteger("benchmark.warmup", 20);
        String url = env("DB_URL", DEFAULT_URL);
        String user = env("DB_USER", "postgres");
        String password = env("DB_PASSWORD", "");

        recreateDatabase(url, user, password);
        long started = System.nanoTime();
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(TongbanApplication.class)
                .profiles("postgres")
                .bannerMode(Banner.Mode.OFF)
                .logStartupInfo(false)
                .run("--spring.datasource.url=" + url, "--spring.datasource.username=" + user,
                        "--spring.datasource.password=" + password, "--server.port=0",
                        "--camunda.bpm.job-execution.enabled=false", "--logging.level.root=WARN",
                        "--logging.level.org.tongban=WARN")) {
            System.out.printf(Locale.ROOT, "Application started in %.1f s%n", seconds(System.nanoTime() - started));

            long loadStart = System.nanoTime();
            load(context, openTasks);
            double loadSeconds = seconds(System.nanoTime() - loadStart);
            System.out.printf(Locale.ROOT, "Loaded %,d open tasks through the engine in %.1f s (%.0f instances/s)%n",
                    openTasks, loadSeconds, openTasks / loadSeconds);
            analyze(url, user, password);

            measure(context, warmup, runs);
            printMachine(url, user, password);
        }
    }

    // ---------------------------------------------------------------- data

    /** Starts the referrals in batches, then gives each new task its own due date (some claimed). */
    private static void load(ConfigurableApplicationContext context, int count) {
        ConsultationService consultations = context.getBean(ConsultationService.class);
        TaskService tasks = context.getBean(TaskService.class);
        TransactionTemplate tx = new TransactionTemplate(context.getBean(PlatformTransactionManager.class));
        Random random = new Random(4);
        // One minute apart, shuffled: no two tasks share a due date, from 10 days overdue to ~25 days ahead.
        List<Integer> minutes = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            minutes.add(i);
        }
        Collections.shuffle(minutes, random);
        Instant base = Instant.now().truncatedTo(ChronoUnit.MINUTES).minus(Duration.ofDays(10));

        for (int from = 0; from < count; from += BATCH) {
            int first = from;
            int size = Math.min(BATCH, count - from);
            tx.executeWithoutResult(status -> {
                List<String> cases = new ArrayList<>(size);
                for (int i = 0; i < size; i++) {
                    String lead = lead(random);
                    String cooperating = random.nextInt(100) < COOPERATING_PERCENT ? cooperating(random, lead) : null;
                    cases.add(consultations.refer(lead, cooperating, "基准测试咨询 " + (first + i)));
                }
                List<Task> created = tasks.createTaskQuery().processInstanceBusinessKeyIn(cases.toArray(String[]::new))
                        .orderByTaskId().asc().list();
                if (created.size() != size) {
                    throw new IllegalStateException("Expected " + size + " new tasks, found " + created.size());
                }
                for (int i = 0; i < size; i++) {
                    Task task = created.get(i);
                    task.setDueDate(Date.from(base.plus(Duration.ofMinutes(minutes.get(first + i)))));
                    tasks.saveTask(task); // fires the update event that moves the projection's due date
                    if (random.nextInt(100) < CLAIMED_PERCENT) {
                        tasks.setAssignee(task.getId(), "bench.colleague");
                    }
                }
            });
            int done = first + size;
            if (done % 10_000 == 0 || done == count) {
                System.out.printf(Locale.ROOT, "  %,d / %,d%n", done, count);
            }
        }
    }

    private static String lead(Random random) {
        int r = random.nextInt(100);
        for (int i = 0; i < LEADS.length; i++) {
            r -= LEAD_SHARES[i];
            if (r < 0) {
                return LEADS[i];
            }
        }
        return LEADS[LEADS.length - 1];
    }

    private static String cooperating(Random random, String lead) {
        String agency;
        do {
            agency = COOPERATING[random.nextInt(COOPERATING.length)];
        } while (agency.equals(lead));
        return agency;
    }

    // ---------------------------------------------------------------- measurement

    private static void measure(ConfigurableApplicationContext context, int warmup, int runs) {
        InboxQueries queries = context.getBean(InboxQueries.class);
        TaskService tasks = context.getBean(TaskService.class);
        Clock clock = context.getBean(Clock.class);
        TongbanUser officer = new TongbanUser("bench.officer", "Bench", AGENCY, EnumSet.of(Role.OFFICER));
        InboxFilter filter = new InboxFilter(PROCESS, null, null, null);

        // A: the projection, as the inbox grid asks for it.
        Supplier<List<InboxRow>> pageA = () -> queries.page(officer, InboxTab.QUEUE, filter, 0, PAGE);
        Supplier<Long> countA = () -> (long) queries.count(officer, InboxTab.QUEUE, filter);
        // B: Camunda's task query with a process-variable filter. The queue holds the agency's
        // answers (lead agency = agencyCode) and its opinions (cooperatingAgency), so the variable
        // filter names both; ordered like the projection (due date, then the same tie-breakers).
        Supplier<TaskQuery> queryB = () -> tasks.createTaskQuery()
                .taskCandidateGroup(AGENCY).taskUnassigned().processDefinitionKey(PROCESS)
                .or()
                    .processVariableValueEquals(ConsultationProcess.VAR_AGENCY, AGENCY)
                    .processVariableValueEquals(ConsultationProcess.VAR_COOPERATING_AGENCY, AGENCY)
                .endOr();
        Supplier<List<Task>> pageB = () -> ordered(queryB.get()).listPage(0, PAGE);
        Supplier<Long> countB = () -> queryB.get().count();
        // C (reference only): the same task query without any variable filter.
        Supplier<TaskQuery> queryC = () -> tasks.createTaskQuery()
                .taskCandidateGroup(AGENCY).taskUnassigned().processDefinitionKey(PROCESS);
        Supplier<List<Task>> pageC = () -> ordered(queryC.get()).listPage(0, PAGE);
        Supplier<Long> countC = () -> queryC.get().count();

        List<Timed<?>> timed = List.of(
                new Timed<>("A  projection page", pageA), new Timed<>("B  TaskQuery+variables page", pageB),
                new Timed<>("A  projection count", countA), new Timed<>("B  TaskQuery+variables count", countB),
                new Timed<>("C  TaskQuery, no variables, page (reference)", pageC),
                new Timed<>("C  TaskQuery, no variables, count (reference)", countC));

        String loadBefore = loadAverage();
        for (int i = 0; i < warmup; i++) {
            timed.forEach(Timed::call);
        }
        check(pageA.get(), pageB.get(), pageC.get(), countA.get(), countB.get(), countC.get(), clock);
        for (int i = 0; i < runs; i++) {
            // Interleaved A, B, A, B …; every other round B goes first, so neither always follows the other.
            for (int k = 0; k < timed.size(); k++) {
                int index = (i % 2 == 0) ? k : (k ^ 1);
                timed.get(index).time();
            }
            if (!sameIds(ids(timed.get(0).last()), taskIds(timed.get(1).last()))) {
                throw new IllegalStateException("A and B returned different pages in run " + i);
            }
        }

        List<InboxRow> rows = pageA.get();
        System.out.printf(Locale.ROOT, "%nQueue of %s, procedure %s: %,d tasks (A count = B count), page of %d rows%n",
                AGENCY, PROCESS, countA.get(), rows.size());
        System.out.printf(Locale.ROOT, "First due %s, last due on page %s%n", rows.get(0).dueAt(),
                rows.get(rows.size() - 1).dueAt());
        System.out.printf(Locale.ROOT, "Open tasks in the engine: %,d; warm-up %d, timed runs %d each, interleaved%n",
                tasks.createTaskQuery().count(), warmup, runs);
        System.out.printf(Locale.ROOT, "Load average (1, 5, 15 min) before: %s, after: %s%n%n", loadBefore,
                loadAverage());
        System.out.printf(Locale.ROOT, "%-46s %8s %8s %8s %8s%n", "ms", "p50", "p95", "max", "mean");
        for (Timed<?> t : timed) {
            Stats s = t.stats();
            System.out.printf(Locale.ROOT, "%-46s %8.2f %8.2f %8.2f %8.2f%n", t.name, s.p50, s.p95, s.max, s.mean);
        }
        System.out.printf(Locale.ROOT, "%nRatio B/A of medians: page %.1f×, count %.1f×, page+count %.1f×%n",
                timed.get(1).stats().p50 / timed.get(0).stats().p50,
                timed.get(3).stats().p50 / timed.get(2).stats().p50,
                (timed.get(1).stats().p50 + timed.get(3).stats().p50)
                        / (timed.get(0).stats().p50 + timed.get(2).stats().p50));
    }

    private static TaskQuery ordered(TaskQuery query) {
        return query.orderByDueDate().asc().orderByTaskPriority().desc().orderByTaskCreateTime().asc()
                .orderByTaskId().asc();
    }

    /** Both lists must show the same tasks in the same order, with the same due dates. */
    private static void check(List<InboxRow> a, List<Task> b, List<Task> c, long countA, long countB, long countC,
            Clock clock) {
        if (a.size() != PAGE || !sameIds(ids(a), taskIds(b)) || !sameIds(ids(a), taskIds(c))) {
            throw new IllegalStateException("Pages differ:\nA " + ids(a) + "\nB " + taskIds(b) + "\nC " + taskIds(c));
        }
        if (countA != countB || countA != countC) {
            throw new IllegalStateException("Counts differ: A " + countA + ", B " + countB + ", C " + countC);
        }
        for (int i = 0; i < a.size(); i++) {
            LocalDateTime engineDue = LocalDateTime.ofInstant(b.get(i).getDueDate().toInstant(), clock.getZone());
            if (!engineDue.equals(a.get(i).dueAt())) {
                throw new IllegalStateException("Due dates differ for " + a.get(i).taskId() + ": projection "
                        + a.get(i).dueAt() + ", engine " + engineDue);
            }
        }
        System.out.println("Checked: A, B and C return the same " + PAGE + " task ids in the same order, "
                + "with the same due dates, and the same count " + countA);
    }

    private static boolean sameIds(List<String> a, List<String> b) {
        return a.equals(b);
    }

    private static List<String> ids(Object rows) {
        List<String> ids = new ArrayList<>();
        for (Object row : (List<?>) rows) {
            ids.add(((InboxRow) row).taskId());
        }
        return ids;
    }

    private static List<String> taskIds(Object tasks) {
        List<String> ids = new ArrayList<>();
        for (Object task : (List<?>) tasks) {
            ids.add(((Task) task).getId());
        }
        return ids;
    }

    /** One measured call, with its timings in milliseconds. */
    private static final class Timed<T> {
        private final String name;
        private final Supplier<T> call;
        private final List<Double> millis = new ArrayList<>();
        private T last;

        Timed(String name, Supplier<T> call) {
            this.name = name;
            this.call = call;
        }

        void call() {
            last = call.get();
        }

        void time() {
            long start = System.nanoTime();
            last = call.get();
            millis.add((System.nanoTime() - start) / 1e6);
        }

        T last() {
            return last;
        }

        Stats stats() {
            double[] sorted = millis.stream().mapToDouble(Double::doubleValue).sorted().toArray();
            return new Stats(rank(sorted, 0.50), rank(sorted, 0.95), sorted[sorted.length - 1],
                    Arrays.stream(sorted).average().orElse(0));
        }

        /** Nearest-rank percentile. */
        private static double rank(double[] sorted, double p) {
            return sorted[Math.max(0, (int) Math.ceil(p * sorted.length) - 1)];
        }
    }

    private record Stats(double p50, double p95, double max, double mean) {
    }

    // ---------------------------------------------------------------- database and machine

    private static final Pattern URL = Pattern.compile("(jdbc:postgresql://[^/]+/)([^?]+)(\\?.*)?");

    /** Drops and creates the benchmark database through the server's {@code postgres} database. */
    private static void recreateDatabase(String url, String user, String password) throws SQLException {
        Matcher m = URL.matcher(url);
        if (!m.matches() || !m.group(2).matches("[a-z0-9_]+") || !m.group(2).contains("bench")) {
            throw new IllegalArgumentException("DB_URL must name a PostgreSQL database whose name contains "
                    + "'bench' (it is dropped and created anew): " + url);
        }
        String admin = m.group(1) + "postgres" + (m.group(3) == null ? "" : m.group(3));
        try (Connection c = DriverManager.getConnection(admin, user, password); Statement s = c.createStatement()) {
            s.execute("drop database if exists " + m.group(2) + " with (force)");
            s.execute("create database " + m.group(2));
        }
        System.out.println("Database " + m.group(2) + " created anew");
    }

    /** Fresh statistics for the planner on every table, so neither side waits for autovacuum. */
    private static void analyze(String url, String user, String password) throws SQLException {
        long start = System.nanoTime();
        try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement()) {
            s.execute("vacuum analyze");
        }
        System.out.printf(Locale.ROOT, "vacuum analyze in %.1f s%n", seconds(System.nanoTime() - start));
    }

    private static void printMachine(String url, String user, String password) throws SQLException {
        System.out.printf("%nMachine: %d cores (%s), %s %s (%s)%n", Runtime.getRuntime().availableProcessors(),
                cpuModel(), System.getProperty("java.runtime.name"), System.getProperty("java.runtime.version"),
                System.getProperty("java.vm.name"));
        try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement();
                ResultSet r = s.executeQuery("select version()")) {
            r.next();
            System.out.println("Database: " + r.getString(1));
        }
    }

    private static String cpuModel() {
        try {
            return java.nio.file.Files.readAllLines(java.nio.file.Path.of("/proc/cpuinfo")).stream()
                    .filter(l -> l.startsWith("model name")).map(l -> l.substring(l.indexOf(':') + 1).strip())
                    .findFirst().orElse("unknown CPU");
        } catch (java.io.IOException | RuntimeException e) {
            return "unknown CPU";
        }
    }

    /** The machine's load average, since other work on a shared machine skews the figures. */
    private static String loadAverage() {
        try {
            String[] parts = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).split(" ");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (java.io.IOException | RuntimeException e) {
            return "unknown";
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
