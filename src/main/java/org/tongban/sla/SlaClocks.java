package org.tongban.sla;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.tongban.inbox.ReturnForCorrection;
import org.tongban.inbox.TaskRescheduled;

/**
 * Starts, pauses, resumes and stops the clock of every user task. Runs inside the engine's
 * command (task events are synchronous), so a clock commits or rolls back with its task.
 *
 * <p>A pause (returned for correction, or an expert assessment) holds every clock of the case that
 * started before it; when it ends those clocks go on with the time they had left. A task created
 * again after it was returned continues its first clock instead of starting afresh.
 */
@Service
public class SlaClocks {

    private final JdbcTemplate jdbc;
    private final SlaPolicies policies;
    private final BusinessCalendar calendar;
    private final SlaSettings settings;
    private final ApplicationEventPublisher events;

    SlaClocks(JdbcTemplate jdbc, SlaPolicies policies, BusinessCalendar calendar, SlaSettings settings,
            ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
        this.policies = policies;
        this.calendar = calendar;
        this.settings = settings;
    }

    /** A clock as stored. */
    record Clock(String taskId, String processInstanceId, String processKey, String taskKey, String caseNumber,
            String agency, Long policyId, String party, LimitUnit unit, boolean statutory, String reference,
            Instant startedAt, Instant dueAt, Instant warnAt, Instant superviseAt, boolean provisional, String status,
            int limitAmount) {
    }

    /** Starts the clock of a new task and sets the task's due date from its policy. */
    void started(DelegateTask task) {
        String processKey = processKey(task.getProcessDefinitionId());
        Instant created = task.getCreateTime().toInstant();
        LocalDate today = created.atZone(BusinessCalendar.ZONE).toLocalDate();
        SlaPolicy policy = policies.find(processKey, task.getTaskDefinitionKey(), today)
                .orElseGet(() -> policies.fallback(processKey, task.getTaskDefinitionKey()));
        endReturnedPause(task.getProcessInstanceId(), task.getTaskDefinitionKey(), created);
        Optional<Clock> returned = returnedClock(task.getProcessInstanceId(), task.getTaskDefinitionKey());
        Instant trigger = returned.map(Clock::startedAt).orElseGet(() -> anchor(task, policy).orElse(created));

        Deadline due = policy.applicantsDeadline()
                ? calendar.applicantDeadline(trigger, policy.limitAmount(), policy.limitUnit())
                : calendar.deadline(trigger, policy.limitAmount(), policy.limitUnit());
        Instant warn = warnPoint(trigger, due.due(), policy);
        Instant dueAt = due.due();
        for (Pause pause : closedPausesSince(task.getProcessInstanceId(), trigger)) {
            dueAt = shift(dueAt, pause, policy.limitUnit());
            warn = shift(warn, pause, policy.limitUnit());
        }
        returned.ifPresent(r -> jdbc.update("update sla_clock set status = 'DONE' where task_id = ?", r.taskId()));
        String caseNumber = task.getExecution() == null ? null : task.getExecution().getProcessBusinessKey();
        jdbc.update("delete from sla_clock where task_id = ?", task.getId());
        jdbc.update("""
                insert into sla_clock (task_id, process_instance_id, process_key, task_key, case_number, agency,
                    policy_id, party, limit_amount, limit_unit, statutory, reference, started_at, due_at, warn_at,
                    supervise_at, provisional, status)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'OPEN')""",
                task.getId(), task.getProcessInstanceId(), processKey, task.getTaskDefinitionKey(), caseNumber,
                agencyOf(task), policy.id(), policy.party(), policy.limitAmount(), policy.limitUnit().name(), policy.statutory(),
                policy.reference(), ts(trigger), ts(dueAt), ts(warn), ts(superviseAt(dueAt)), due.provisional());
        if (policy.pausesClock()) {
            jdbc.update("""
                    insert into sla_pause (process_instance_id, reason, task_id, started_at)
                    values (?, 'ASSESSMENT', ?, ?)""", task.getProcessInstanceId(), task.getId(), ts(created));
        }
        task.setDueDate(Date.from(dueAt));
    }

    /** Stops the clock of a completed task; a return for correction pauses the case. */
    void completed(DelegateTask task) {
        Instant now = ClockUtil.getCurrentTime().toInstant();
        boolean returned = ReturnForCorrection.wasReturned(task);
        jdbc.update("update sla_clock set status = ?, ended_at = ? where task_id = ? and status = 'OPEN'",
                returned ? "RETURNED" : "DONE", ts(now), task.getId());
        if (returned) {
            jdbc.update("""
                    insert into sla_pause (process_instance_id, reason, task_id, started_at)
                    values (?, 'RETURNED', ?, ?)""", task.getProcessInstanceId(), task.getId(), ts(now));
        }
        endAssessment(task.getId(), now);
    }

    /** A task removed without completion (the case ended another way, or a boundary event fired). */
    void cancelled(DelegateTask task) {
        Instant now = ClockUtil.getCurrentTime().toInstant();
        jdbc.update("update sla_clock set status = 'CANCELLED', ended_at = ? where task_id = ? and status = 'OPEN'",
                ts(now), task.getId());
        endAssessment(task.getId(), now);
    }

    /** The clock of a task, open or not. */
    public Optional<Clock> clock(String taskId) {
        return jdbc.query(SELECT + " where task_id = ?", SlaClocks::clock, taskId).stream().findFirst();
    }

    /** The clocks of the given tasks, open or not. */
    List<Clock> clocks(Collection<String> taskIds) {
        if (taskIds.isEmpty()) {
            return List.of();
        }
        return jdbc.query(SELECT + " where task_id in (" + marks(taskIds.size()) + ")", SlaClocks::clock,
                taskIds.toArray());
    }

    /** Which of the clocks stand still, by the rule of {@link #paused(Clock)}, in one query. */
    Set<String> paused(List<Clock> clocks) {
        List<Clock> open = clocks.stream().filter(c -> "OPEN".equals(c.status())).toList();
        if (open.isEmpty()) {
            return Set.of();
        }
        record OpenPause(String processInstanceId, String taskId, Instant startedAt) {
        }
        List<OpenPause> pauses = jdbc.query("select process_instance_id, task_id, started_at from sla_pause"
                + " where ended_at is null and process_instance_id in (" + marks(open.size()) + ")",
                (rs, row) -> new OpenPause(rs.getString(1), rs.getString(2), instant(rs, 3)),
                open.stream().map(Clock::processInstanceId).toArray());
        return open.stream()
                .filter(c -> pauses.stream().anyMatch(p -> p.processInstanceId().equals(c.processInstanceId())
                        && !p.startedAt().isBefore(c.startedAt()) && !p.taskId().equals(c.taskId())))
                .map(Clock::taskId).collect(Collectors.toSet());
    }

    private static String marks(int count) {
        return String.join(",", Collections.nCopies(count, "?"));
    }

    /** Whether a pause that began after the clock started is still open: the clock stands still. */
    boolean paused(Clock clock) {
        Integer open = jdbc.queryForObject("""
                select count(*) from sla_pause where process_instance_id = ? and ended_at is null
                and started_at >= ? and task_id <> ?""", Integer.class,
                clock.processInstanceId(), ts(clock.startedAt()), clock.taskId());
        return open != null && open > 0;
    }

    /** Moves the due date of an open clock (an extension); the reminder and 督办 move with it. */
    void moveDue(Clock clock, Instant newDue) {
        long shift = newDue.toEpochMilli() - clock.dueAt().toEpochMilli();
        jdbc.update("update sla_clock set due_at = ?, warn_at = ?, supervise_at = ? where task_id = ?",
                ts(newDue), ts(clock.warnAt().plusMillis(shift)), ts(superviseAt(newDue)), clock.taskId());
        events.publishEvent(new TaskRescheduled(clock.taskId(), newDue));
    }

    Instant superviseAt(Instant due) {
        return calendar.deadline(due, settings.supervisionWorkingDays(), LimitUnit.WORKING_DAYS).due();
    }

    /** The reminder point: after the warn share of the limit, counted in the limit's own days. */
    private Instant warnPoint(Instant trigger, Instant due, SlaPolicy policy) {
        int share = policy.limitAmount() * settings.warnPercent() / 100;
        if (policy.limitUnit() == LimitUnit.HOURS || share == 0) {
            return trigger.plusMillis((due.toEpochMilli() - trigger.toEpochMilli()) * settings.warnPercent() / 100);
        }
        return calendar.deadline(trigger, share, policy.limitUnit()).due();
    }

    private Instant shift(Instant point, Pause pause, LimitUnit unit) {
        if (!pause.startedAt().isBefore(point)) {
            return point;
        }
        long left = calendar.remaining(pause.startedAt(), point, unit);
        return calendar.resume(pause.endedAt(), left, unit).due();
    }

    /** Ends an assessment pause and moves the open clocks it held. */
    private void endAssessment(String taskId, Instant now) {
        List<Pause> ended = jdbc.query("""
                select id, started_at, ended_at, process_instance_id from sla_pause
                where task_id = ? and reason = 'ASSESSMENT' and ended_at is null""", SlaClocks::pause, taskId);
        for (Pause pause : ended) {
            jdbc.update("update sla_pause set ended_at = ? where id = ?", ts(now), pause.id());
            Pause closed = new Pause(pause.id(), pause.startedAt(), now, pause.processInstanceId());
            for (Clock held : jdbc.query(SELECT + " where process_instance_id = ? and status = 'OPEN' and started_at < ?",
                    SlaClocks::clock, pause.processInstanceId(), ts(pause.startedAt()))) {
                Instant due = shift(held.dueAt(), closed, held.unit());
                jdbc.update("update sla_clock set due_at = ?, warn_at = ?, supervise_at = ? where task_id = ?",
                        ts(due), ts(shift(held.warnAt(), closed, held.unit())), ts(superviseAt(due)), held.taskId());
                events.publishEvent(new TaskRescheduled(held.taskId(), due));
            }
        }
    }

    /** A task returned for correction comes back: the case's pause for it ends. */
    private void endReturnedPause(String processInstanceId, String taskKey, Instant now) {
        jdbc.update("""
                update sla_pause set ended_at = ? where process_instance_id = ? and reason = 'RETURNED'
                and ended_at is null and task_id in (select task_id from sla_clock
                    where process_instance_id = ? and task_key = ?)""",
                ts(now), processInstanceId, processInstanceId, taskKey);
    }

    private Optional<Clock> returnedClock(String processInstanceId, String taskKey) {
        return jdbc.query(SELECT + " where process_instance_id = ? and task_key = ? and status = 'RETURNED'"
                + " order by ended_at desc", SlaClocks::clock, processInstanceId, taskKey).stream().findFirst();
    }

    private List<Pause> closedPausesSince(String processInstanceId, Instant trigger) {
        return jdbc.query("""
                select id, started_at, ended_at, process_instance_id from sla_pause
                where process_instance_id = ? and ended_at is not null and started_at >= ? order by started_at""",
                SlaClocks::pause, processInstanceId, ts(trigger));
    }

    private static Optional<Instant> anchor(DelegateTask task, SlaPolicy policy) {
        if (policy.anchorVariable() == null) {
            return Optional.empty();
        }
        Object value = task.getVariable(policy.anchorVariable());
        return value instanceof Date date ? Optional.of(date.toInstant()) : Optional.empty();
    }

    private static String agencyOf(DelegateTask task) {
        return task.getCandidates().stream()
                .filter(link -> link.getGroupId() != null && !link.getGroupId().startsWith("role-"))
                .map(link -> link.getGroupId()).sorted().findFirst().orElse(null);
    }

    static String processKey(String processDefinitionId) {
        int colon = processDefinitionId.indexOf(':');
        return colon < 0 ? processDefinitionId : processDefinitionId.substring(0, colon);
    }

    private record Pause(long id, Instant startedAt, Instant endedAt, String processInstanceId) {
    }

    private static Pause pause(ResultSet rs, int row) throws SQLException {
        return new Pause(rs.getLong(1), instant(rs, 2), instant(rs, 3), rs.getString(4));
    }

    static final String SELECT = """
            select task_id, process_instance_id, process_key, task_key, case_number, agency, policy_id, party,
                   limit_unit, statutory, reference, started_at, due_at, warn_at, supervise_at, provisional, status,
                   limit_amount
            from sla_clock""";

    static Clock clock(ResultSet rs, int row) throws SQLException {
        long policy = rs.getLong(7);
        return new Clock(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.wasNull() ? null : policy, rs.getString(8), LimitUnit.valueOf(rs.getString(9)),
                rs.getBoolean(10), rs.getString(11), instant(rs, 12), instant(rs, 13), instant(rs, 14), instant(rs, 15),
                rs.getBoolean(16), rs.getString(17),
                rs.getInt(18));
    }

    /** Timestamps are stored as Erenhot wall-clock time, like the inbox's. */
    static Timestamp ts(Instant instant) {
        return instant == null ? null : Timestamp.valueOf(LocalDateTime.ofInstant(instant, BusinessCalendar.ZONE));
    }

    static Instant instant(ResultSet rs, int column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toLocalDateTime().atZone(BusinessCalendar.ZONE).toInstant();
    }
}
