package org.tongban.sla;

import java.time.Instant;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tongban.audit.AuditLog;
import org.tongban.inbox.Outcome;
import org.tongban.organisation.Role;
import org.tongban.security.TongbanUser;

/**
 * Extends a task's deadline: only a supervisor of the agency holding the task, only with a written
 * reason (the legal grounds; common.md §2), counted in the limit's own unit. Every extension is
 * kept with the old and new due time and audited.
 */
@Service
public class SlaExtensions {

    /** Longest single extension, in the limit's unit; a longer delay is a new decision, not an extension. */
    static final int MAX_EXTENSION = 30;

    private final SlaClocks clocks;
    private final BusinessCalendar calendar;
    private final JdbcTemplate jdbc;
    private final AuditLog audit;

    SlaExtensions(SlaClocks clocks, BusinessCalendar calendar, JdbcTemplate jdbc, AuditLog audit) {
        this.clocks = clocks;
        this.calendar = calendar;
        this.jdbc = jdbc;
        this.audit = audit;
    }

    @Transactional
    public Outcome extend(TongbanUser supervisor, String taskId, int amount, String reason) {
        SlaClocks.Clock clock = clocks.clock(taskId).filter(c -> "OPEN".equals(c.status())).orElse(null);
        if (clock == null || !supervisor.has(Role.SUPERVISOR) || clock.agency() == null
                || !clock.agency().equals(supervisor.unitCode())) {
            return Outcome.refused("sla.extend.error.notYours");
        }
        if (amount < 1 || amount > MAX_EXTENSION) {
            return Outcome.refused("sla.extend.error.amount", MAX_EXTENSION);
        }
        if (reason == null || reason.isBlank()) {
            return Outcome.refused("sla.extend.error.reason");
        }
        Instant newDue = clock.unit() == LimitUnit.HOURS
                ? clock.dueAt().plusSeconds(3600L * amount)
                : calendar.deadline(clock.dueAt(), amount, clock.unit()).due();
        Instant now = ClockUtil.getCurrentTime().toInstant();
        jdbc.update("""
                insert into sla_extension (task_id, days, reason, granted_by, granted_at, old_due_at, new_due_at)
                values (?, ?, ?, ?, ?, ?, ?)""", taskId, amount, reason.strip(), supervisor.username(),
                SlaClocks.ts(now), SlaClocks.ts(clock.dueAt()), SlaClocks.ts(newDue));
        clocks.moveDue(clock, newDue);
        audit.record(supervisor.username(), "SLA_EXTENDED", clock.caseNumber(),
                clock.taskKey() + " " + taskId + " +" + amount + " " + clock.unit() + " → " + newDue);
        return Outcome.ok("sla.extend.done");
    }
}
