package org.tongban.inbox;

import java.time.LocalDateTime;

/** One line of an inbox list. For the Done tab, {@code completedAt} is set and the task is closed. */
public record InboxRow(
        String taskId,
        String taskDefinitionKey,
        String taskName,
        String processInstanceId,
        String processKey,
        String caseNumber,
        String applicantMasked,
        String grassRootsUnit,
        String leadAgency,
        String agency,
        String assignee,
        LocalDateTime createdAt,
        LocalDateTime dueAt,
        int priority,
        SlaState slaState,
        LocalDateTime completedAt) {
}
