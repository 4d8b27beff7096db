package org.tongban.sla;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
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
        return clocks.clock(taskId).map(c -> deadline(c, "OPEN".equals(c.status()) && clocks.paused(c)));
    }

    @Override
    public Map<String, TaskDeadline> of(Collection<String> taskIds) {
        List<SlaClocks.Clock> page = clocks.clocks(taskIds);
        Set<String> paused = clocks.paused(page);
        return page.stream().collect(Collectors.toMap(SlaClocks.Clock::taskId,
                c -> deadline(c, paused.contains(c.taskId()))));
    }

    private static TaskDeadline deadline(SlaClocks.Clock c, boolean paused) {
        return new TaskDeadline(c.dueAt(), c.warnAt(), c.statutory(), c.provisional(), paused, c.reference(),
                c.limitAmount(), c.unit().name());
    }

    @Override
    public void explainBreach(String taskId, String reason, String username) {
        jdbc.update("update sla_clock set breach_reason = ? where task_id = ?", reason, taskId);
        clocks.clock(taskId).ifPresent(c -> audit.record(username, "SLA_BREACH_EXPLAINED", c.caseNumber(),
                c.taskKey() + " " + taskId + " due " + c.dueAt() + " completed " + ClockUtil.getCurrentTime().toInstant()));
    }
}
