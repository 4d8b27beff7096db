package org.tongban.inbox;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.Comparator;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Writes the inbox tables. Called by task events inside the engine's transaction, and by
 * {@link InboxRebuild}; every write states the whole row, so replaying an event is harmless.
 */
@Component
class InboxProjection {

    /** A task as the projection stores it; the source (event or engine query) fills it in. */
    record TaskSnapshot(String taskId, String taskDefinitionKey, String name, String processInstanceId,
            String processDefinitionId, String caseNumber, String agency, String assignee,
            Date created, Date due, int priority) {
    }

    private final JdbcTemplate jdbc;
    private final Map<String, CaseFieldsProvider> providers;
    private final Clock clock;
    private final List<TaskDeadlines> deadlines;

    InboxProjection(JdbcTemplate jdbc, List<CaseFieldsProvider> providers, Clock clock, List<TaskDeadlines> deadlines) {
        this.jdbc = jdbc;
        this.deadlines = deadlines;
        this.providers = providers.stream().collect(Collectors.toMap(CaseFieldsProvider::processKey, Function.identity()));
        this.clock = clock;
    }

    /** A new task: its row, with the case's business fields, and its agencies' part in the case. */
    void created(TaskSnapshot task) {
        String processKey = processKey(task.processDefinitionId());
        CaseFieldsProvider provider = providers.get(processKey);
        CaseFields fields = provider == null ? CaseFields.NONE : provider.fieldsOf(task.processInstanceId(), task.caseNumber());
        jdbc.update("delete from inbox_task where task_id = ?", task.taskId());
        jdbc.update("""
                insert into inbox_task (task_id, task_def_key, task_name, process_instance_id, process_key,
                    case_number, applicant_masked, grass_roots_unit, lead_agency, agency, assignee,
                    created_at, due_at, warn_at, priority)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                task.taskId(), task.taskDefinitionKey(), task.name(), task.processInstanceId(), processKey,
                task.caseNumber(), fields.applicantShown(), fields.grassRootsUnit(),
                fields.leadAgency(), task.agency(), task.assignee(),
                timestamp(task.created()), timestamp(task.due()), timestamp(warnAt(task)),
                task.priority());
        Set<String> agencies = new LinkedHashSet<>();
        agencies.add(task.agency());
        agencies.add(fields.leadAgency());
        agencies.addAll(fields.cooperatingAgencies());
        takePart(task.processInstanceId(), agencies);
    }

    /** Assignee, due date, priority, name or agency changed. */
    void changed(TaskSnapshot task) {
        int rows = jdbc.update("""
                update inbox_task set task_name = ?, agency = ?, assignee = ?, due_at = ?, warn_at = ?, priority = ?
                where task_id = ?""",
                task.name(), task.agency(), task.assignee(), timestamp(task.due()),
                timestamp(warnAt(task)), task.priority(), task.taskId());
        if (rows == 0) {
            created(task);
        } else {
            takePart(task.processInstanceId(), Set.of(task.agency()));
        }
    }

    /** Completed by a user: leaves the open lists and enters that user's Done list. */
    void completed(TaskSnapshot task, String completedBy) {
        if (completedBy != null) {
            jdbc.update("""
                    insert into inbox_done_task (task_id, task_name, process_instance_id, process_key, case_number,
                        applicant_masked, grass_roots_unit, agency, completed_by, completed_at, due_at)
                    select task_id, task_name, process_instance_id, process_key, case_number, applicant_masked,
                        grass_roots_unit, agency, ?, ?, due_at
                    from inbox_task where task_id = ?""",
                    completedBy, Timestamp.valueOf(LocalDateTime.now(clock)), task.taskId());
        }
        deleted(task.taskId());
    }

    void deleted(String taskId) {
        jdbc.update("delete from inbox_task where task_id = ?", taskId);
    }

    void deleteAllOpen() {
        jdbc.update("delete from inbox_task");
        jdbc.update("delete from inbox_case_agency");
    }

    void takePart(String processInstanceId, Collection<String> agencies) {
        for (String agency : agencies) {
            if (agency != null) {
                jdbc.update("""
                        insert into inbox_case_agency (process_instance_id, agency)
                        select ?, ? where not exists (select 1 from inbox_case_agency where process_instance_id = ? and agency = ?)""",
                        processInstanceId, agency, processInstanceId, agency);
            }
        }
    }

    /** A task's agency: its candidate group (the first by name, if a model names several). */
    static String agencyOf(Collection<? extends IdentityLink> links) {
        return links.stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
                .map(IdentityLink::getGroupId)
                .min(Comparator.naturalOrder())
                .orElse(null);
    }

    static String processKey(String processDefinitionId) {
        int colon = processDefinitionId.indexOf(':');
        return colon < 0 ? processDefinitionId : processDefinitionId.substring(0, colon);
    }

    /**
     * When the reminder (黄牌) is due: the SLA clock's time, else the 75 % point between creation
     * and due date.
     */
    private Date warnAt(TaskSnapshot task) {
        for (TaskDeadlines source : deadlines) {
            var deadline = source.of(task.taskId());
            if (deadline.isPresent()) {
                return Date.from(deadline.get().warnAt());
            }
        }
        if (task.created() == null || task.due() == null) {
            return null;
        }
        return new Date(task.created().getTime() + (task.due().getTime() - task.created().getTime()) * 3 / 4);
    }

    private Timestamp timestamp(Date date) {
        return date == null ? null : Timestamp.valueOf(LocalDateTime.ofInstant(date.toInstant(), clock.getZone()));
    }
}
