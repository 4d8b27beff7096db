package org.tongban.inbox;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the projection in step with the engine. Camunda publishes task events synchronously,
 * inside the command's transaction, so a projection row and its task commit or roll back together.
 */
@Component
class TaskEvents {

    private final InboxProjection projection;

    TaskEvents(InboxProjection projection) {
        this.projection = projection;
    }

    @EventListener
    void on(DelegateTask task) {
        if (task.getProcessInstanceId() == null) {
            return; // standalone tasks are not part of any procedure
        }
        switch (task.getEventName()) {
            case TaskListener.EVENTNAME_CREATE -> projection.created(snapshot(task));
            case TaskListener.EVENTNAME_ASSIGNMENT, TaskListener.EVENTNAME_UPDATE -> projection.changed(snapshot(task));
            case TaskListener.EVENTNAME_COMPLETE -> projection.completed(snapshot(task), completedBy(task));
            case TaskListener.EVENTNAME_DELETE -> projection.deleted(task.getId());
            default -> { }
        }
    }

    private static InboxProjection.TaskSnapshot snapshot(DelegateTask task) {
        return new InboxProjection.TaskSnapshot(task.getId(), task.getTaskDefinitionKey(), task.getName(),
                task.getProcessInstanceId(), task.getProcessDefinitionId(),
                task.getExecution() == null ? null : task.getExecution().getProcessBusinessKey(),
                InboxProjection.agencyOf(task.getCandidates()), task.getAssignee(), task.getCreateTime(), task.getDueDate(), task.getPriority());
    }

    /** Who completed it: the signed-in user of the engine command, else the assignee. */
    private static String completedBy(DelegateTask task) {
        var authentication = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        return authentication != null ? authentication.getUserId() : task.getAssignee();
    }
}
