package org.tongban.inbox;

import java.util.List;
import java.util.Map;
import org.tongban.forms.FormDefinition;

/**
 * Everything the task view shows: the list row, the form with its current values, whether the
 * model lets this task be returned for correction, and the case's timeline.
 */
public record TaskDetails(InboxRow row, FormDefinition form, Map<String, Object> values, boolean returnable,
        List<TimelineEntry> timeline, Diagram diagram) {

    /** The process model and the activities where the case now waits. */
    public record Diagram(String bpmnXml, List<String> currentActivities) {
    }
}
