package org.tongban.inbox;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/**
 * What the inbox asks the SLA clocks about a task: its deadline, and whether completing it late
 * needs a written reason. Implemented by the {@code sla} package.
 */
public interface TaskDeadlines {

    /** The deadline of an open task, or empty when it has no clock. */
    Optional<TaskDeadline> of(String taskId);

    /** The deadlines of a page of tasks, in a fixed number of queries; tasks without a clock are left out. */
    Map<String, TaskDeadline> of(Collection<String> taskIds);

    /** Records why a task is completed after its statutory limit; called just before completion. */
    void explainBreach(String taskId, String reason, String username);

    /**
     * A task's deadline.
     *
     * @param warnAt when the reminder (黄牌) goes out
     * @param statutory the limit is set by law; completing late needs a reason
     * @param provisional counted through a year whose holiday notice is not loaded
     * @param reference the regulation or setting the limit comes from
     * @param limit the limit as written, e.g. {@code 7 CALENDAR_DAYS}
     */
    record TaskDeadline(Instant due, Instant warnAt, boolean statutory, boolean provisional, boolean paused,
            String reference, int limitAmount, String limitUnit) {

        /** Whether completing now needs a written reason. */
        public boolean needsReason(Instant now) {
            return statutory && now.isAfter(due);
        }
    }
}
