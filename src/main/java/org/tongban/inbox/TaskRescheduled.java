package org.tongban.inbox;

import java.time.Instant;

/**
 * Published (as a Spring event) when a task's deadline moved outside the task's own events: an
 * extension, or the end of a pause. The inbox writes the new due date to the engine's task.
 */
public record TaskRescheduled(String taskId, Instant due) {
}
