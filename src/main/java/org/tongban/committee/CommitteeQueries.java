package org.tongban.committee;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tongban.committee.Figures.ActivityFigures;
import org.tongban.committee.Figures.AgencyFigures;
import org.tongban.committee.Figures.Handoff;
import org.tongban.security.TongbanUser;

/**
 * The committee's figures, each one indexed SQL over the task facts with the database's own
 * percentiles ({@code percentile_cont … within group}, linear interpolation; PostgreSQL and H2
 * alike). Every method checks the reader; none returns anything but agency codes, task keys,
 * counts, durations and case numbers.
 */
@Service
@Transactional(readOnly = true)
public class CommitteeQueries {

    /** A drill-down lists at most this many case numbers. */
    public static final int DRILL_LIMIT = 1000;

    private static final String PERCENTILES = """
            percentile_cont(0.5) within group (order by %1$s), percentile_cont(0.9) within group (order by %1$s)""";

    private final JdbcTemplate jdbc;

    CommitteeQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The agency league table, agencies in code order. */
    public List<AgencyFigures> league(TongbanUser user, Scope scope) {
        CommitteeAccess.require(user);
        if (scope.processKeys().isEmpty()) {
            return List.of();
        }
        Map<String, long[]> counts = new TreeMap<>();
        Map<String, Double[]> durations = new TreeMap<>();
        Map<String, Instant> oldest = new TreeMap<>();
        jdbc.query("select agency, count(*), " + PERCENTILES.formatted("waiting_seconds") + ", "
                + PERCENTILES.formatted("working_seconds") + ","
                + " sum(case when on_time then 1 else 0 end), sum(case when due_at is not null then 1 else 0 end)"
                + " from committee_task_fact where status = 'DONE' and ended_at >= ? and ended_at < ?"
                + " and agency is not null and process_key in (" + marks(scope) + ") group by agency", rs -> {
            String agency = rs.getString(1);
            long[] c = counts.computeIfAbsent(agency, a -> new long[5]);
            c[0] = rs.getLong(2);
            c[1] = rs.getLong(7);
            c[2] = rs.getLong(8);
            durations.put(agency, new Double[] {number(rs, 3), number(rs, 4), number(rs, 5), number(rs, 6)});
        }, periodArgs(scope));
        jdbc.query("select agency, count(*), min(created_at) from committee_task_fact where status = 'OPEN'"
                + " and agency is not null and process_key in (" + marks(scope) + ") group by agency", rs -> {
            String agency = rs.getString(1);
            counts.computeIfAbsent(agency, a -> new long[5])[3] = rs.getLong(2);
            oldest.put(agency, TaskFacts.instant(rs, 3));
        }, scope.processKeys().toArray());
        jdbc.query("select f.agency, count(*) from sla_escalation e join committee_task_fact f on f.task_id = e.task_id"
                + " where e.step = 'SUPERVISION' and e.fired_at >= ? and e.fired_at < ? and f.agency is not null"
                + " and f.process_key in (" + marks(scope) + ") group by f.agency",
                rs -> {
                    counts.computeIfAbsent(rs.getString(1), a -> new long[5])[4] = rs.getLong(2);
                }, periodArgs(scope));
        List<AgencyFigures> rows = new ArrayList<>();
        counts.forEach((agency, c) -> {
            Double[] d = durations.getOrDefault(agency, new Double[4]);
            rows.add(new AgencyFigures(agency, c[0], d[0], d[1], d[2], d[3], c[1], c[2], c[3], oldest.get(agency), c[4]));
        });
        return rows;
    }

    /** Hand-offs between agencies in the period, the slowest (by median wait) first. */
    public List<Handoff> handoffs(TongbanUser user, Scope scope) {
        CommitteeAccess.require(user);
        if (scope.processKeys().isEmpty()) {
            return List.of();
        }
        return jdbc.query("select handoff_from, agency, count(*), " + PERCENTILES.formatted("handoff_seconds")
                + " from committee_task_fact where handoff_at >= ? and handoff_at < ? and handoff_seconds is not null"
                + " and process_key in (" + marks(scope) + ") group by handoff_from, agency"
                + " order by 4 desc, 3 desc, 1, 2",
                (rs, n) -> new Handoff(rs.getString(1), rs.getString(2), rs.getLong(3), number(rs, 4), number(rs, 5)),
                periodArgs(scope));
    }

    /** The activities of one procedure with completed or open tasks, in task key order. */
    public List<ActivityFigures> activities(TongbanUser user, Scope scope, String processKey) {
        CommitteeAccess.require(user);
        Map<String, ActivityFigures> byTask = new TreeMap<>();
        Object[] args = {TaskFacts.ts(start(scope)), TaskFacts.ts(end(scope)), processKey};
        jdbc.query("select task_key, count(*), " + PERCENTILES.formatted("waiting_seconds")
                + " from committee_task_fact where status = 'DONE' and ended_at >= ? and ended_at < ? and process_key = ?"
                + " group by task_key", rs -> {
            byTask.put(rs.getString(1), new ActivityFigures(processKey, rs.getString(1), rs.getLong(2), number(rs, 3),
                    number(rs, 4), 0));
        }, args);
        jdbc.query("select task_key, count(*) from committee_task_fact where status = 'OPEN' and process_key = ?"
                + " group by task_key", rs -> {
            ActivityFigures done = byTask.get(rs.getString(1));
            byTask.put(rs.getString(1), done == null
                    ? new ActivityFigures(processKey, rs.getString(1), 0, null, null, rs.getLong(2))
                    : new ActivityFigures(processKey, done.taskKey(), done.completed(), done.waitingP50(),
                            done.waitingP90(), rs.getLong(2)));
        }, processKey);
        return List.copyOf(byTask.values());
    }

    /** The case numbers behind a figure, sorted, at most {@link #DRILL_LIMIT}. */
    public List<String> cases(TongbanUser user, Scope scope, Drill drill) {
        CommitteeAccess.require(user);
        if (scope.processKeys().isEmpty()) {
            return List.of();
        }
        String inScope = " and f.process_key in (" + marks(scope) + ")";
        String done = "f.status = 'DONE' and f.ended_at >= ? and f.ended_at < ?";
        List<Object> args = new ArrayList<>();
        String where;
        if (drill instanceof Drill.Handled d) {
            where = period(args, scope, done + " and f.agency = ?", d.agency());
        } else if (drill instanceof Drill.Late d) {
            where = period(args, scope, done + " and f.agency = ? and f.on_time = false", d.agency());
        } else if (drill instanceof Drill.Backlog d) {
            where = add(args, "f.status = 'OPEN' and f.agency = ?", d.agency());
        } else if (drill instanceof Drill.Supervised d) {
            where = period(args, scope, "exists (select 1 from sla_escalation e where e.task_id = f.task_id"
                    + " and e.step = 'SUPERVISION' and e.fired_at >= ? and e.fired_at < ?) and f.agency = ?", d.agency());
        } else if (drill instanceof Drill.HandedOver d) {
            where = period(args, scope, "f.handoff_at >= ? and f.handoff_at < ? and f.handoff_seconds is not null"
                    + " and f.handoff_from = ? and f.agency = ?", d.fromAgency(), d.toAgency());
        } else if (drill instanceof Drill.ActivityDone d) {
            where = period(args, scope, done + " and f.process_key = ? and f.task_key = ?", d.processKey(), d.taskKey());
        } else {
            Drill.ActivityQueue d = (Drill.ActivityQueue) drill;
            where = add(args, "f.status = 'OPEN' and f.process_key = ? and f.task_key = ?", d.processKey(), d.taskKey());
        }
        args.addAll(scope.processKeys());
        return jdbc.queryForList("select distinct f.case_number from committee_task_fact f where " + where + inScope
                + " and f.case_number is not null order by f.case_number fetch first " + DRILL_LIMIT + " rows only",
                String.class, args.toArray());
    }

    /** A condition that starts with the period's two bounds, then the given values. */
    private static String period(List<Object> args, Scope scope, String where, Object... values) {
        args.add(TaskFacts.ts(start(scope)));
        args.add(TaskFacts.ts(end(scope)));
        Collections.addAll(args, values);
        return where;
    }

    private static String add(List<Object> args, String where, Object... values) {
        Collections.addAll(args, values);
        return where;
    }

    static Instant start(Scope scope) {
        return scope.from().atStartOfDay(TaskFacts.ZONE).toInstant();
    }

    static Instant end(Scope scope) {
        return scope.to().plusDays(1).atStartOfDay(TaskFacts.ZONE).toInstant();
    }

    private static Object[] periodArgs(Scope scope) {
        List<Object> args = new ArrayList<>();
        args.add(TaskFacts.ts(start(scope)));
        args.add(TaskFacts.ts(end(scope)));
        args.addAll(scope.processKeys());
        return args.toArray();
    }

    private static String marks(Scope scope) {
        return String.join(", ", Collections.nCopies(scope.processKeys().size(), "?"));
    }

    private static Double number(ResultSet rs, int column) throws SQLException {
        double value = rs.getDouble(column);
        return rs.wasNull() ? null : value;
    }

}
