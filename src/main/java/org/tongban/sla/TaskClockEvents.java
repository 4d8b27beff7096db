package org.tongban.sla;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Runs the clocks from the engine's task events. It goes first, so the due date is on the task
 * before the inbox projects it.
 */
@Component
class TaskClockEvents {

    private final SlaClocks clocks;

    TaskClockEvents(SlaClocks clocks) {
        this.clocks = clocks;
    }

    @EventListener
    @Order(Ordered.HIGHEST_PRECEDENCE)
    void on(DelegateTask task) {
        if (task.getProcessInstanceId() == null) {
            return;
        }
        switch (task.getEventName()) {
            case TaskListener.EVENTNAME_CREATE -> clocks.started(task);
            case TaskListener.EVENTNAME_COMPLETE -> clocks.completed(task);
            case TaskListener.EVENTNAME_DELETE -> clocks.cancelled(task);
            default -> { }
        }
    }
}
