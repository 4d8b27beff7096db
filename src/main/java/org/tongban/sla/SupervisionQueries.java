package org.tongban.sla;

import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * What an agency's supervisor watches: its open tasks by SLA state, the overdue and at-risk tasks
 * with who holds them, the workload per officer and the on-time rate per week. Reads the clocks
 * with the inbox projection's task rows (names, holders, case numbers).
 */
@Service
public class SupervisionQueries {

    /** Open tasks by state; {@code supervised} (督办 due) is a part of {@code overdue}. */
    public record StateCounts(int onTrack, int dueSoon, int overdue, int supervised, int paused) {
        public int total() {
            return onTrack + dueSoon + overdue;
        }
    }

    /** An open task on the monitor's lists. */
    public record WatchedTask(String taskId, String caseNumber, String processKey, String taskName, String assignee,
            LocalDateTime dueAt, boolean statutory, boolean provisional, boolean supervised) {
    }

    /** Open tasks held by one officer (assignee null: not yet claimed). */
    public record Workload(String assignee, int open, int overdue) {
    }

    /** Tasks completed in the week starting on {@code weekStart} (a Monday), and how many by their due time. */
    public record WeekRate(LocalDate weekStart, int completed, int onTime) {
        public Double rate() {
            return completed == 0 ? null : (double) onTime / completed;
        }
    }

    private static final String OPEN = """
             from sla_clock c join inbox_task t on t.task_id = c.task_id
            where c.status = 'OPEN' and c.agency = ?""";

    private final JdbcTemplate jdbc;

    SupervisionQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public StateCounts counts(String agency, Instant now) {
        Timestamp at = SlaClocks.ts(now);
        return jdbc.queryForObject("select"
                + " sum(case when c.warn_at > ? then 1 else 0 end),"
                + " sum(case when c.warn_at <= ? and c.due_at >= ? then 1 else 0 end),"
                + " sum(case when c.due_at < ? then 1 else 0 end),"
                + " sum(case when c.supervise_at <= ? then 1 else 0 end),"
                + " sum(case when exists (select 1 from sla_pause p where p.process_instance_id = c.process_instance_id"
                + "   and p.ended_at is null and p.started_at >= c.started_at and p.task_id <> c.task_id) then 1 else 0 end)"
                + OPEN, (rs, n) -> new StateCounts(rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getInt(5)),
                at, at, at, at, at, agency);
    }

    /** Open tasks past their due time, longest overdue first. */
    public List<WatchedTask> overdue(String agency, Instant now) {
        Timestamp at = SlaClocks.ts(now);
        return watched("and c.due_at < ? order by c.due_at", agency, at, at);
    }

    /** Open tasks past the reminder point but not yet due, soonest due first. */
    public List<WatchedTask> atRisk(String agency, Instant now) {
        Timestamp at = SlaClocks.ts(now);
        return watched("and c.warn_at <= ? and c.due_at >= ? order by c.due_at", agency, at, at, at);
    }

    /** Open tasks per holder, the unclaimed first, then by most open. */
    public List<Workload> workload(String agency, Instant now) {
        return jdbc.query("select t.assignee, count(*), sum(case when c.due_at < ? then 1 else 0 end)" + OPEN
                + " group by t.assignee order by case when t.assignee is null then 0 else 1 end, count(*) desc, t.assignee",
                (rs, n) -> new Workload(rs.getString(1), rs.getInt(2), rs.getInt(3)), SlaClocks.ts(now), agency);
    }

    /** The on-time rate of the agency's completed tasks for each of the last {@code weeks} weeks, oldest first. */
    public List<WeekRate> onTimeByWeek(String agency, Instant now, int weeks) {
        LocalDate thisMonday = now.atZone(BusinessCalendar.ZONE).toLocalDate()
                .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate first = thisMonday.minusWeeks(weeks - 1L);
        Map<LocalDate, int[]> byWeek = new TreeMap<>();
        for (int i = 0; i < weeks; i++) {
            byWeek.put(first.plusWeeks(i), new int[2]);
        }
        jdbc.query("""
                select ended_at, case when ended_at <= due_at then 1 else 0 end from sla_clock
                where agency = ? and status = 'DONE' and ended_at >= ?""", rs -> {
            LocalDate week = rs.getTimestamp(1).toLocalDateTime().toLocalDate()
                    .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            int[] counts = byWeek.get(week);
            if (counts != null) {
                counts[0]++;
                counts[1] += rs.getInt(2);
            }
        }, agency, Timestamp.valueOf(first.atStartOfDay()));
        List<WeekRate> rates = new ArrayList<>();
        byWeek.forEach((week, c) -> rates.add(new WeekRate(week, c[0], c[1])));
        return rates;
    }

    private List<WatchedTask> watched(String condition, String agency, Object... args) {
        Object[] all = new Object[args.length + 1];
        all[0] = args[0];
        all[1] = agency;
        System.arraycopy(args, 1, all, 2, args.length - 1);
        return jdbc.query("select t.task_id, t.case_number, t.process_key, t.task_name, t.assignee, c.due_at,"
                + " c.statutory, c.provisional, case when c.supervise_at <= ? then 1 else 0 end" + OPEN + " " + condition,
                (rs, n) -> new WatchedTask(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getTimestamp(6).toLocalDateTime(), rs.getBoolean(7), rs.getBoolean(8),
                        rs.getInt(9) == 1), all);
    }
}
