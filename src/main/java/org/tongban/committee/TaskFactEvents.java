package org.tongban.committee;

import java.time.Instant;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.tongban.inbox.TaskRescheduled;

/**
 * Keeps the task facts in step with the engine. Camunda publishes task events synchronously in
 * the command's transaction; this listener runs after the SLA clocks', so a new task already has
 * its due date.
 */
@Component
class TaskFactEvents {

    private final TaskFacts facts;

    TaskFactEvents(TaskFacts facts) {
        this.facts = facts;
    }

    @EventListener
    void on(DelegateTask task) {
        if (task.getProcessInstanceId() == null) {
            return;
        }
        Instant now = ClockUtil.getCurrentTime().toInstant();
        switch (task.getEventName()) {
            case TaskListener.EVENTNAME_CREATE -> {
                facts.created(new TaskFacts.NewTask(task.getId(), task.getProcessInstanceId(),
                        task.getExecution() == null ? null : task.getExecution().getProcessBusinessKey(),
                        TaskFacts.processKey(task.getProcessDefinitionId()), task.getTaskDefinitionKey(),
                        agency(task), task.getCreateTime().toInstant(),
                        task.getDueDate() == null ? null : task.getDueDate().toInstant()));
                if (task.getAssignee() != null) {
                    facts.assigned(task.getId(), task.getAssignee(), agency(task), now);
                }
            }
            case TaskListener.EVENTNAME_ASSIGNMENT -> facts.assigned(task.getId(), task.getAssignee(), agency(task), now);
            case TaskListener.EVENTNAME_COMPLETE -> facts.completed(task.getId(), agency(task), now);
            case TaskListener.EVENTNAME_DELETE -> facts.cancelled(task.getId(), now);
            default -> { }
        }
    }

    @EventListener
    void on(TaskRescheduled rescheduled) {
        facts.rescheduled(rescheduled.taskId(), rescheduled.due());
    }

    private static String agency(DelegateTask task) {
        List<String> groups = task.getCandidates().stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))
                .map(IdentityLink::getGroupId).toList();
        return TaskFacts.agencyOf(groups);
    }
}
