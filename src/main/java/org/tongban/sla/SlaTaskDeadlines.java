package org.tongban.sla;

import java.util.Optional;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.tongban.audit.AuditLog;
import org.tongban.inbox.TaskDeadlines;

/** Answers the inbox from the clocks. */
@Component
class SlaTaskDeadlines implements TaskDeadlines {

    private final SlaClocks clocks;
    private final JdbcTemplate jdbc;
    private final AuditLog audit;

    SlaTaskDeadlines(SlaClocks clocks, JdbcTemplate jdbc, AuditLog audit) {
        this.clocks = clocks;
        this.jdbc = jdbc;
        this.audit = audit;
    }

    @Override
    public Optional<TaskDeadline> of(String taskId) {
        return clocks.clock(taskId).map(c -> new TaskDeadline(c.dueAt(), c.warnAt(), c.statutory(), c.provisional(),
                "OPEN".equals(c.status()) && clocks.paused(c), c.reference(), c.limitAmount(), c.unit().name()));
    }

    @Override
    public void explainBreach(String taskId, String reason, String username) {
        jdbc.update("update sla_clock set breach_reason = ? where task_id = ?", reason, taskId);
        clocks.clock(taskId).ifPresent(c -> audit.record(username, "SLA_BREACH_EXPLAINED", c.caseNumber(),
                c.taskKey() + " " + taskId + " due " + c.dueAt() + " completed " + ClockUtil.getCurrentTime().toInstant()));
    }
}
