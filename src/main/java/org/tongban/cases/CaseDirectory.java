package org.tongban.cases;

import java.util.Optional;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.springframework.stereotype.Service;
import org.tongban.audit.AuditLog;
import org.tongban.inbox.InboxQueries;
import org.tongban.organisation.Role;
import org.tongban.security.TongbanUser;

/**
 * Finds a case by its number for a user, checking on the server that the user's agency holds or
 * held a task on it (common.md §6.3); the committee and administrators see no case. Every look is
 * audited, found or refused.
 */
@Service
public class CaseDirectory {

    private final HistoryService history;
    private final InboxQueries inbox;
    private final AuditLog audit;

    CaseDirectory(HistoryService history, InboxQueries inbox, AuditLog audit) {
        this.history = history;
        this.inbox = inbox;
        this.audit = audit;
    }

    /** The case if it exists and the user may see it; "not found" is the answer to both failures. */
    public Optional<CaseRecord> open(TongbanUser user, String caseNumber) {
        if (caseNumber == null || caseNumber.isBlank() || user.unitCode() == null
                || !(user.has(Role.OFFICER) || user.has(Role.SUPERVISOR))) {
            return Optional.empty();
        }
        HistoricProcessInstance instance = history.createHistoricProcessInstanceQuery()
                .processInstanceBusinessKey(caseNumber.strip()).orderByProcessInstanceStartTime().desc()
                .listPage(0, 1).stream().findFirst().orElse(null);
        if (instance == null) {
            return Optional.empty();
        }
        if (!inbox.takesPart(user.unitCode(), instance.getId())) {
            audit.record(user.username(), "CASE_VIEW_REFUSED", caseNumber, user.unitCode());
            return Optional.empty();
        }
        audit.record(user.username(), "CASE_VIEWED", caseNumber, instance.getProcessDefinitionKey());
        return Optional.of(new CaseRecord(instance.getBusinessKey(), instance.getId(),
                instance.getProcessDefinitionKey(), instance.getStartTime().toInstant(),
                instance.getEndTime() == null ? null : instance.getEndTime().toInstant()));
    }
}
