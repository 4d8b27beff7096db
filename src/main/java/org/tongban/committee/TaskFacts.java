package org.tongban.committee;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Writes the committee's task facts. Called by engine task events (in the engine's transaction)
 * and by {@link CommitteeRebuild} replaying history through the same methods, so both give the
 * same rows.
 *
 * <p>Which agency a task is charged to: the agency whose queue (candidate group) held the task
 * when it was first taken up (claimed), or when it ended if nobody took it up. The waiting before
 * that moment is that agency's; a task the holding agency delegates or hands to an officer of
 * another unit stays charged to it, waiting and working both, because it is still answerable for
 * the task. Waiting runs from creation to the first claim; a task completed without a claim waited
 * all its time and worked none.
 */
@Component
class TaskFacts {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    /** A new task as the source (event or history) knows it. */
    record NewTask(String taskId, String processInstanceId, String caseNumber, String processKey, String taskKey,
            String agency, Instant created, Instant due) {
    }

    private final JdbcTemplate jdbc;

    TaskFacts(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void created(NewTask task) {
        jdbc.update("delete from committee_task_fact where task_id = ?", task.taskId());
        Previous previous = jdbc.query("""
                select agency, ended_at from committee_task_fact
                where process_instance_id = ? and status = 'DONE' and ended_at <= ? order by ended_at desc""",
                rs -> rs.next() ? new Previous(rs.getString(1), instant(rs, 2)) : null,
                task.processInstanceId(), ts(task.created()));
        boolean handoff = previous != null && previous.agency() != null && task.agency() != null
                && !previous.agency().equals(task.agency());
        jdbc.update("""
                insert into committee_task_fact (task_id, process_instance_id, case_number, process_key, task_key,
                    agency, created_at, status, due_at, handoff_from, handoff_at)
                values (?, ?, ?, ?, ?, ?, ?, 'OPEN', ?, ?, ?)""",
                task.taskId(), task.processInstanceId(), task.caseNumber(), task.processKey(), task.taskKey(),
                task.agency(), ts(task.created()), ts(task.due()),
                handoff ? previous.agency() : null, handoff ? ts(previous.endedAt()) : null);
    }

    /** Someone took the task up (or it was given to someone): the first time ends its waiting. */
    void assigned(String taskId, String assignee, String agency, Instant at) {
        if (assignee == null) {
            return;
        }
        Open open = open(taskId);
        if (open == null || open.claimedAt() != null) {
            return; // already taken up once: a later hand-over (or delegation) does not move the charge
        }
        jdbc.update("""
                update committee_task_fact set claimed_at = ?, agency = ?, waiting_seconds = ?, handoff_seconds = ?
                where task_id = ?""", ts(at), agency == null ? open.agency() : agency,
                seconds(open.createdAt(), at), open.handoffAt() == null ? null : seconds(open.handoffAt(), at), taskId);
    }

    void completed(String taskId, String agency, Instant at) {
        Open open = open(taskId);
        if (open == null) {
            return;
        }
        Boolean onTime = open.dueAt() == null ? null : !at.isAfter(open.dueAt());
        if (open.claimedAt() == null) {
            jdbc.update("""
                    update committee_task_fact set status = 'DONE', ended_at = ?, agency = ?, on_time = ?,
                        waiting_seconds = ?, working_seconds = 0, handoff_seconds = ?
                    where task_id = ?""", ts(at), agency == null ? open.agency() : agency, onTime,
                    seconds(open.createdAt(), at), open.handoffAt() == null ? null : seconds(open.handoffAt(), at),
                    taskId);
        } else {
            jdbc.update("""
                    update committee_task_fact set status = 'DONE', ended_at = ?, on_time = ?, working_seconds = ?
                    where task_id = ?""", ts(at), onTime, seconds(open.claimedAt(), at), taskId);
        }
    }

    /** Removed without completion (the case ended another way, a timer fired). */
    void cancelled(String taskId, Instant at) {
        jdbc.update("update committee_task_fact set status = 'CANCELLED', ended_at = ? where task_id = ? and status = 'OPEN'",
                ts(at), taskId);
    }

    /** An extension or the end of a pause moved the due time of an open task. */
    void rescheduled(String taskId, Instant due) {
        jdbc.update("update committee_task_fact set due_at = ? where task_id = ? and status = 'OPEN'", ts(due), taskId);
    }

    void deleteAll() {
        jdbc.update("delete from committee_task_fact");
    }

    boolean empty() {
        return jdbc.queryForList("select task_id from committee_task_fact fetch first 1 rows only", String.class).isEmpty();
    }

    /**
     * A task's agency from its candidate groups: agency groups only (not the {@code role-…} groups),
     * the first by code if a model names several; the same rule as the SLA clocks.
     */
    static String agencyOf(Collection<String> candidateGroups) {
        return candidateGroups.stream().filter(Objects::nonNull).filter(g -> !g.startsWith("role-"))
                .min(Comparator.naturalOrder()).orElse(null);
    }

    static String processKey(String processDefinitionId) {
        int colon = processDefinitionId.indexOf(':');
        return colon < 0 ? processDefinitionId : processDefinitionId.substring(0, colon);
    }

    private Open open(String taskId) {
        List<Open> rows = jdbc.query("""
                select agency, created_at, claimed_at, due_at, handoff_at from committee_task_fact
                where task_id = ? and status = 'OPEN'""",
                (rs, n) -> new Open(rs.getString(1), instant(rs, 2), instant(rs, 3), instant(rs, 4), instant(rs, 5)),
                taskId);
        return rows.isEmpty() ? null : rows.get(0);
    }

    private static long seconds(Instant from, Instant to) {
        return Math.max(0, Duration.between(from, to).getSeconds());
    }

    /** Times are stored as Erenhot wall-clock time, like the inbox's and the clocks'. */
    static Timestamp ts(Instant instant) {
        return instant == null ? null : Timestamp.valueOf(LocalDateTime.ofInstant(instant, ZONE));
    }

    static Instant instant(ResultSet rs, int column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toLocalDateTime().atZone(ZONE).toInstant();
    }

    private record Previous(String agency, Instant endedAt) {
    }

    private record Open(String agency, Instant createdAt, Instant claimedAt, Instant dueAt, Instant handoffAt) {
    }
}
