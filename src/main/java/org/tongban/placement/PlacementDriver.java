package org.tongban.placement;

import java.util.EnumSet;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import org.tongban.inbox.InboxService;
import org.tongban.inbox.Outcome;
import org.tongban.organisation.Role;
import org.tongban.security.TongbanUser;

/**
 * Works a case's open task as the demo officer of the agency that holds it, through the inbox
 * (the same checks, form validation and audit as a person at the screen). For demo data and tests.
 */
@Component
class PlacementDriver {

    private final InboxService inbox;
    private final TaskService tasks;

    PlacementDriver(InboxService inbox, TaskService tasks) {
        this.inbox = inbox;
        this.tasks = tasks;
    }

    /** Completes the open task {@code taskKey} of the case as an officer of its agency or unit. */
    void complete(String caseNumber, String taskKey, Map<String, ?> values) {
        Task task = tasks.createTaskQuery().processInstanceBusinessKey(caseNumber).taskDefinitionKey(taskKey).singleResult();
        if (task == null) {
            throw new IllegalStateException(caseNumber + " has no open " + taskKey);
        }
        String group = tasks.getIdentityLinksForTask(task.getId()).stream().filter(l -> l.getGroupId() != null)
                .map(l -> l.getGroupId()).findFirst().orElseThrow();
        Outcome outcome = inbox.complete(officerOf(group), task.getId(), values);
        if (!outcome.done()) {
            throw new IllegalStateException(caseNumber + " " + taskKey + ": " + outcome.messageKey() + " " + outcome.fieldErrors());
        }
    }

    /** The demo officer of an agency (cdpf.officer) or the 专职委员 of a grass-roots unit (community03). */
    static TongbanUser officerOf(String unit) {
        String username = unit.contains("-") ? unit.toLowerCase(java.util.Locale.ROOT).replace("-", "")
                : unit.toLowerCase(java.util.Locale.ROOT) + ".officer";
        return new TongbanUser(username, username, unit, EnumSet.of(Role.OFFICER));
    }
}
