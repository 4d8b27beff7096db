package org.tongban.inbox;

import java.util.List;
import java.util.Map;
import org.tongban.forms.FormDefinition;

/**
 * Everything the task view shows: the list row, the form with its current values, whether the
 * model lets this task be returned for correction, the case's timeline, and the task's deadline
 * (null when it has no SLA clock).
 */
public record TaskDetails(InboxRow row, FormDefinition form, Map<String, Object> values, boolean returnable,
        List<TimelineEntry> timeline, Diagram diagram, TaskDeadlines.TaskDeadline deadline) {

    /** The process model and the activities where the case now waits. */
    public record Diagram(String bpmnXml, List<String> currentActivities) {
    }
}
