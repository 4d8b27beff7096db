package org.tongban.inbox;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.EntityTypes;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.task.Comment;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.stereotype.Component;
import org.tongban.organisation.Role;

/**
 * A case's history for the task view, from the engine's history: tasks created (for which
 * agency), what users did with them (operation log), and their comments.
 */
@Component
public class CaseTimeline {

    private final HistoryService history;
    private final TaskService tasks;
    private final IdentityService identity;
    private final UserNames names;
    private final ZoneId zone;

    CaseTimeline(HistoryService history, TaskService tasks, IdentityService identity, UserNames names, Clock clock) {
        this.history = history;
        this.tasks = tasks;
        this.identity = identity;
        this.names = names;
        this.zone = clock.getZone();
    }

    /** The case's history: tasks created and what users did on them, oldest first. */
    public List<TimelineEntry> of(String processInstanceId) {
        List<TimelineEntry> entries = new ArrayList<>();
        Map<String, String> taskNames = new HashMap<>();
        Map<String, String> unitOf = new HashMap<>();
        for (HistoricTaskInstance t : history.createHistoricTaskInstanceQuery().processInstanceId(processInstanceId)
                .orderByHistoricActivityInstanceStartTime().asc().list()) {
            taskNames.put(t.getId(), t.getName());
            String agency = history.createHistoricIdentityLinkLogQuery().taskId(t.getId())
                    .type(IdentityLinkType.CANDIDATE).list().stream()
                    .map(l -> l.getGroupId()).filter(g -> g != null).findFirst().orElse(null);
            entries.add(new TimelineEntry(time(t.getStartTime()), null, agency, "CREATED", t.getName(), null));
        }
        for (UserOperationLogEntry op : history.createUserOperationLogQuery().processInstanceId(processInstanceId)
                .entityType(EntityTypes.TASK).listPage(0, 1000)) {
            String kind = switch (op.getOperationType()) {
                case UserOperationLogEntry.OPERATION_TYPE_CLAIM -> op.getNewValue() == null ? "UNCLAIMED" : "CLAIMED";
                case UserOperationLogEntry.OPERATION_TYPE_ASSIGN -> op.getNewValue() == null ? "UNCLAIMED" : "ASSIGNED";
                case UserOperationLogEntry.OPERATION_TYPE_COMPLETE -> "COMPLETED";
                default -> null;
            };
            if (kind != null && (op.getProperty() == null || "assignee".equals(op.getProperty())
                    || UserOperationLogEntry.OPERATION_TYPE_COMPLETE.equals(op.getOperationType()))) {
                String text = "ASSIGNED".equals(kind) ? names.of(op.getNewValue()) : null;
                entries.add(new TimelineEntry(time(op.getTimestamp()), op.getUserId(),
                        unitOf.computeIfAbsent(String.valueOf(op.getUserId()), this::unitOf), kind,
                        taskNames.get(op.getTaskId()), text));
            }
        }
        for (Comment c : tasks.getProcessInstanceComments(processInstanceId)) {
            entries.add(new TimelineEntry(time(c.getTime()), c.getUserId(),
                    unitOf.computeIfAbsent(String.valueOf(c.getUserId()), this::unitOf), "COMMENT",
                    taskNames.get(c.getTaskId()), c.getFullMessage()));
        }
        entries.sort(Comparator.comparing(TimelineEntry::at));
        return dedupe(entries);
    }

    /** The operation log writes one row per changed property; keep one entry per act. */
    private static List<TimelineEntry> dedupe(List<TimelineEntry> entries) {
        List<TimelineEntry> result = new ArrayList<>();
        for (TimelineEntry e : entries) {
            if (!result.isEmpty() && result.get(result.size() - 1).equals(e)) {
                continue;
            }
            result.add(e);
        }
        return result;
    }

    private String unitOf(String username) {
        return identity.createGroupQuery().groupMember(username).list().stream()
                .filter(g -> !Role.GROUP_TYPE.equals(g.getType()) && !"SYSTEM".equals(g.getType()))
                .map(g -> g.getId()).findFirst().orElse(null);
    }

    private LocalDateTime time(Date date) {
        return date == null ? null : LocalDateTime.ofInstant(date.toInstant(), zone);
    }
}
