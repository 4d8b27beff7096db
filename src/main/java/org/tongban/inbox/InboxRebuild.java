package org.tongban.inbox;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricIdentityLinkLog;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recreates the open-task projection from the engine: after a restore, a bug fix, or to check
 * that the event-driven rows are right. The Done lists are kept (they are the users' record).
 */
@Service
public class InboxRebuild {

    private static final Logger log = LoggerFactory.getLogger(InboxRebuild.class);
    private static final int PAGE = 500;

    private final TaskService tasks;
    private final RuntimeService runtime;
    private final HistoryService history;
    private final InboxProjection projection;

    InboxRebuild(TaskService tasks, RuntimeService runtime, HistoryService history, InboxProjection projection) {
        this.tasks = tasks;
        this.runtime = runtime;
        this.history = history;
        this.projection = projection;
    }

    /** Returns the number of open tasks projected. */
    @Transactional
    public int rebuild() {
        projection.deleteAllOpen();
        Map<String, String> businessKeys = new HashMap<>();
        int count = 0;
        for (int first = 0; ; first += PAGE) {
            List<Task> page = tasks.createTaskQuery().orderByTaskCreateTime().asc().orderByTaskId().asc()
                    .listPage(first, PAGE);
            for (Task task : page) {
                if (task.getProcessInstanceId() == null) {
                    continue;
                }
                String caseNumber = businessKeys.computeIfAbsent(task.getProcessInstanceId(), this::businessKey);
                projection.created(new InboxProjection.TaskSnapshot(task.getId(), task.getTaskDefinitionKey(),
                        task.getName(), task.getProcessInstanceId(), task.getProcessDefinitionId(), caseNumber,
                        InboxProjection.agencyOf(tasks.getIdentityLinksForTask(task.getId())), task.getAssignee(), task.getCreateTime(), task.getDueDate(),
                        task.getPriority()));
                count++;
            }
            if (page.size() < PAGE) {
                break;
            }
        }
        businessKeys.keySet().forEach(this::restorePastParticipation);
        log.info("Inbox projection rebuilt: {} open tasks", count);
        return count;
    }

    private String businessKey(String processInstanceId) {
        ProcessInstance instance = runtime.createProcessInstanceQuery().processInstanceId(processInstanceId).singleResult();
        return instance == null ? null : instance.getBusinessKey();
    }

    /** Agencies that held a task on the case earlier still take part in it. */
    private void restorePastParticipation(String processInstanceId) {
        List<String> agencies = history.createHistoricTaskInstanceQuery().processInstanceId(processInstanceId)
                .list().stream()
                .flatMap(task -> history.createHistoricIdentityLinkLogQuery().taskId(task.getId())
                        .type(IdentityLinkType.CANDIDATE).list().stream())
                .map(HistoricIdentityLinkLog::getGroupId)
                .filter(g -> g != null)
                .distinct().toList();
        projection.takePart(processInstanceId, agencies);
    }
}
