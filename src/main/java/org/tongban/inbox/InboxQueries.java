package org.tongban.inbox;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tongban.people.Masking;
import org.tongban.security.TongbanUser;

/**
 * The inbox lists, read from the projection only (no process variables, no engine queries):
 * one indexed table per list, sorted by due date with undated tasks last ({@code nulls last}, the
 * order of the due-date indexes, so a page is read from the index rather than sorted).
 */
@Service
@Transactional(readOnly = true)
public class InboxQueries {

    private static final String SLA = """
            case when due_at is null then 'NONE' when due_at < ? then 'OVERDUE'
                 when warn_at <= ? then 'DUE_SOON' else 'ON_TRACK' end""";

    private final JdbcTemplate jdbc;
    private final Clock clock;

    InboxQueries(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public List<InboxRow> page(TongbanUser user, InboxTab tab, InboxFilter filter, int offset, int limit) {
        if (!hasList(user, tab)) {
            return List.of();
        }
        Timestamp now = now();
        List<Object> args = new ArrayList<>();
        String sql;
        if (tab == InboxTab.DONE) {
            sql = "select task_id, null as task_def_key, task_name, process_instance_id, process_key, case_number,"
                    + " applicant_masked, grass_roots_unit, null as lead_agency, agency, completed_by as assignee,"
                    + " null as created_at, due_at, 0 as priority, 'NONE' as sla, completed_at"
                    + where(user, tab, filter, args, now) + " order by completed_at desc, task_id limit ? offset ?";
        } else {
            args.add(now);
            args.add(now);
            sql = "select task_id, task_def_key, task_name, process_instance_id, process_key, case_number,"
                    + " applicant_masked, grass_roots_unit, lead_agency, agency, assignee, created_at, due_at,"
                    + " priority, " + SLA + " as sla, null as completed_at"
                    + where(user, tab, filter, args, now)
                    + " order by due_at nulls last, priority desc, created_at, task_id"
                    + " limit ? offset ?";
        }
        args.add(limit);
        args.add(offset);
        return jdbc.query(sql, InboxQueries::row, args.toArray());
    }

    public int count(TongbanUser user, InboxTab tab, InboxFilter filter) {
        if (!hasList(user, tab)) {
            return 0;
        }
        List<Object> args = new ArrayList<>();
        Integer n = jdbc.queryForObject("select count(*)" + where(user, tab, filter, args, now()), Integer.class,
                args.toArray());
        return n == null ? 0 : n;
    }

    /** Counts of every tab, for the tab labels and the menu. */
    public Map<InboxTab, Integer> counts(TongbanUser user, InboxFilter filter) {
        Map<InboxTab, Integer> counts = new EnumMap<>(InboxTab.class);
        for (InboxTab tab : InboxTab.values()) {
            counts.put(tab, count(user, tab, filter));
        }
        return counts;
    }

    /** The row of one open task, if it is in the projection. */
    public java.util.Optional<InboxRow> task(String taskId) {
        Timestamp now = now();
        return jdbc.query("select task_id, task_def_key, task_name, process_instance_id, process_key, case_number,"
                + " applicant_masked, grass_roots_unit, lead_agency, agency, assignee, created_at, due_at,"
                + " priority, " + SLA + " as sla, null as completed_at from inbox_task where task_id = ?",
                InboxQueries::row, now, now, taskId).stream().findFirst();
    }

    /** The open tasks of a case, earliest due first. */
    public List<InboxRow> openTasksOfCase(String processInstanceId) {
        Timestamp now = now();
        return jdbc.query("select task_id, task_def_key, task_name, process_instance_id, process_key, case_number,"
                + " applicant_masked, grass_roots_unit, lead_agency, agency, assignee, created_at, due_at,"
                + " priority, " + SLA + " as sla, null as completed_at from inbox_task where process_instance_id = ?"
                + " order by due_at", InboxQueries::row, now, now, processInstanceId);
    }

    /** A user without a unit (the administrator) has no agency queue and cooperates on nothing. */
    private static boolean hasList(TongbanUser user, InboxTab tab) {
        return user.unitCode() != null || tab == InboxTab.MINE || tab == InboxTab.DONE;
    }

    /** Whether the agency holds or held a task on this case, or leads or cooperates on it. */
    public boolean takesPart(String agency, String processInstanceId) {
        Integer n = jdbc.queryForObject(
                "select count(*) from inbox_case_agency where process_instance_id = ? and agency = ?",
                Integer.class, processInstanceId, agency);
        return n != null && n > 0;
    }

    private String where(TongbanUser user, InboxTab tab, InboxFilter filter, List<Object> args, Timestamp now) {
        StringBuilder sql = new StringBuilder();
        switch (tab) {
            case MINE -> {
                sql.append(" from inbox_task where assignee = ?");
                args.add(user.username());
            }
            case QUEUE -> {
                sql.append(" from inbox_task where agency = ? and assignee is null");
                args.add(user.unitCode());
            }
            case COOPERATING -> {
                sql.append(" from inbox_task where agency <> ? and (lead_agency is null or lead_agency <> ?)"
                        + " and process_instance_id in (select process_instance_id from inbox_case_agency where agency = ?)");
                args.add(user.unitCode());
                args.add(user.unitCode());
                args.add(user.unitCode());
            }
            case DONE -> {
                sql.append(" from inbox_done_task where completed_by = ?");
                args.add(user.username());
            }
        }
        if (filter.processKey() != null) {
            sql.append(" and process_key = ?");
            args.add(filter.processKey());
        }
        if (filter.grassRootsUnit() != null) {
            sql.append(" and grass_roots_unit = ?");
            args.add(filter.grassRootsUnit());
        }
        if (filter.text() != null && !filter.text().isBlank()) {
            String text = filter.text().strip();
            sql.append(" and (upper(case_number) like ? or applicant_masked = ?)");
            args.add("%" + text.toUpperCase().replace("%", "").replace("_", "") + "%");
            args.add(Masking.name(text));
        }
        if (filter.slaState() != null && tab != InboxTab.DONE) {
            switch (filter.slaState()) {
                case NONE -> sql.append(" and due_at is null");
                case OVERDUE -> {
                    sql.append(" and due_at < ?");
                    args.add(now);
                }
                case DUE_SOON -> {
                    sql.append(" and due_at >= ? and warn_at <= ?");
                    args.add(now);
                    args.add(now);
                }
                case ON_TRACK -> {
                    sql.append(" and due_at >= ? and warn_at > ?");
                    args.add(now);
                    args.add(now);
                }
            }
        }
        return sql.toString();
    }

    private Timestamp now() {
        return Timestamp.valueOf(LocalDateTime.now(clock));
    }

    private static InboxRow row(ResultSet rs, int n) throws SQLException {
        return new InboxRow(rs.getString("task_id"), rs.getString("task_def_key"), rs.getString("task_name"),
                rs.getString("process_instance_id"), rs.getString("process_key"), rs.getString("case_number"),
                rs.getString("applicant_masked"), rs.getString("grass_roots_unit"), rs.getString("lead_agency"),
                rs.getString("agency"), rs.getString("assignee"), time(rs, "created_at"), time(rs, "due_at"),
                rs.getInt("priority"), SlaState.valueOf(rs.getString("sla").trim()), time(rs, "completed_at"));
    }

    private static LocalDateTime time(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toLocalDateTime();
    }
}
