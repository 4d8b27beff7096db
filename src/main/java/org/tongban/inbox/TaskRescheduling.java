package org.tongban.inbox;

import java.util.Date;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Writes a moved deadline to the engine's task; the task's update event then refreshes the
 * projection. Runs as the system: the user whose action moved the deadline (a supervisor granting
 * an extension, an officer closing an assessment) need not hold the moved task.
 */
@Component
class TaskRescheduling {

    private final TaskService tasks;
    private final IdentityService identity;

    TaskRescheduling(TaskService tasks, IdentityService identity) {
        this.tasks = tasks;
        this.identity = identity;
    }

    @EventListener
    void on(TaskRescheduled event) {
        Authentication caller = identity.getCurrentAuthentication();
        identity.clearAuthentication();
        try {
            Task task = tasks.createTaskQuery().taskId(event.taskId()).singleResult();
            if (task != null) {
                task.setDueDate(Date.from(event.due()));
                tasks.saveTask(task);
            }
        } finally {
            if (caller != null) {
                identity.setAuthentication(caller);
            }
        }
    }
}
