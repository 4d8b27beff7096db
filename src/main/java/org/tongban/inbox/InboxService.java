package org.tongban.inbox;

import java.io.InputStream;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.tongban.audit.AuditLog;
import org.tongban.forms.FormDefinition;
import org.tongban.forms.FormReader;
import org.tongban.forms.FormSubmission;
import org.tongban.forms.FormValidator;
import org.tongban.organisation.Role;
import org.tongban.security.TongbanUser;

/**
 * Task actions for the signed-in user. Every read and action first checks that the task belongs
 * to the user's agency or is assigned to the user; a task that fails the check is "not found".
 * Engine calls run as the user (so Camunda's authorizations and operation log apply), each
 * action in one transaction; a lost race is answered in words, never with an exception.
 */
@Service
public class InboxService {

    /** Variable set when a returnable task is completed: true when it was returned for correction. */
    public static final String VAR_RETURNED = ReturnForCorrection.VAR_RETURNED;

    private static final Logger log = LoggerFactory.getLogger(InboxService.class);

    private final TaskService tasks;
    private final FormService forms;
    private final HistoryService history;
    private final RepositoryService repository;
    private final IdentityService identity;
    private final InboxQueries queries;
    private final AuditLog audit;
    private final TransactionTemplate transaction;
    private final ZoneId zone;
    private final InboxSettings settings;
    private final List<TaskDeadlines> deadlines;
    private final CaseTimeline timeline;
    private final UserNames names;
    private final Map<String, Boolean> returnable = new ConcurrentHashMap<>();
    private final List<TaskFormOptions> formOptions;

    InboxService(TaskService tasks, FormService forms, HistoryService history, RepositoryService repository,
            IdentityService identity, InboxQueries queries, AuditLog audit, TransactionTemplate transaction,
            java.time.Clock clock, InboxSettings settings, CaseTimeline timeline, UserNames names,
            List<TaskDeadlines> deadlines, List<TaskFormOptions> formOptions) {
        this.formOptions = formOptions;
        this.settings = settings;
        this.deadlines = deadlines;
        this.timeline = timeline;
        this.names = names;
        this.tasks = tasks;
        this.forms = forms;
        this.history = history;
        this.repository = repository;
        this.identity = identity;
        this.queries = queries;
        this.audit = audit;
        this.transaction = transaction;
        this.zone = clock.getZone();
    }

    /** The task with its form and timeline, if it exists and the user may see it. */
    public Optional<TaskDetails> open(TongbanUser user, String taskId) {
        Optional<InboxRow> row = accessible(user, taskId);
        if (row.isEmpty()) {
            return Optional.empty();
        }
        InboxRow r = row.get();
        Task task = engineTask(taskId);
        FormDefinition form = form(task, r);
        Map<String, Object> values = form.fields().isEmpty() ? Map.of()
                : asUser(user, () -> tasks.getVariables(taskId, form.fields().stream().map(f -> f.key()).toList()));
        return Optional.of(new TaskDetails(r, form, values, isReturnable(task, r), timeline.of(r.processInstanceId()),
                diagram(task, r.processInstanceId()), deadline(taskId).orElse(null)));
    }

    public Outcome claim(TongbanUser user, String taskId) {
        Optional<InboxRow> row = accessible(user, taskId);
        if (row.isEmpty()) {
            return gone(taskId);
        }
        if (row.get().assignee() != null) {
            return user.username().equals(row.get().assignee()) ? Outcome.ok("task.claimed")
                    : Outcome.refused("task.error.claimedBy", displayName(row.get().assignee()));
        }
        return act(user, taskId, "task.claimed", () -> tasks.claim(taskId, user.username()));
    }

    public Outcome unclaim(TongbanUser user, String taskId) {
        Optional<InboxRow> row = accessible(user, taskId);
        if (row.isEmpty()) {
            return gone(taskId);
        }
        if (!mayReassign(user, row.get())) {
            return Outcome.refused("task.error.notYours");
        }
        return act(user, taskId, "task.unclaimed", () -> tasks.setAssignee(taskId, null));
    }

    /**
     * Completes the task with the submitted form values, checked again here. An unclaimed task
     * of the user's agency is claimed first, in the same transaction.
     */
    public Outcome complete(TongbanUser user, String taskId, Map<String, ?> submitted) {
        return complete(user, taskId, submitted, null);
    }

    /**
     * Completes the task; after a statutory limit has passed, only with a written reason for the
     * delay (common.md §2), which the SLA clock keeps.
     */
    public Outcome complete(TongbanUser user, String taskId, Map<String, ?> submitted, String breachReason) {
        Optional<InboxRow> row = accessible(user, taskId);
        if (row.isEmpty()) {
            return gone(taskId);
        }
        if (row.get().assignee() != null && !row.get().assignee().equals(user.username())) {
            return Outcome.refused("task.error.claimedBy", displayName(row.get().assignee()));
        }
        Task task = engineTask(taskId);
        FormSubmission submission = FormValidator.validate(form(task, row.get()), submitted);
        if (!submission.valid()) {
            return Outcome.invalid(submission.errors());
        }
        boolean late = deadline(taskId).filter(d -> d.needsReason(ClockUtil.getCurrentTime().toInstant())).isPresent();
        if (late && (breachReason == null || breachReason.isBlank())) {
            return Outcome.refused("task.error.breachReasonRequired");
        }
        Map<String, Object> variables = new HashMap<>(submission.variables());
        if (isReturnable(task, row.get())) {
            variables.put(VAR_RETURNED, false);
        }
        if (late) {
            deadlines.forEach(d -> d.explainBreach(taskId, breachReason.strip(), user.username()));
        }
        return finish(user, row.get(), variables, null, "task.completed");
    }

    /** Completes a returnable task as returned for correction, with the reason as a comment. */
    public Outcome returnForCorrection(TongbanUser user, String taskId, String reason) {
        Optional<InboxRow> row = accessible(user, taskId);
        if (row.isEmpty()) {
            return gone(taskId);
        }
        if (!isReturnable(engineTask(taskId), row.get())) {
            return Outcome.refused("task.error.notReturnable");
        }
        if (reason == null || reason.isBlank()) {
            return Outcome.refused("task.error.reasonRequired");
        }
        return finish(user, row.get(), Map.of(VAR_RETURNED, true), reason.strip(), "task.returned");
    }

    /**
     * Attaches a file to the task's case. Only PDF, PNG and JPEG are taken, recognised by their
     * content, up to the configured size; the name keeps no path.
     */
    public Outcome attach(TongbanUser user, String taskId, String fileName, byte[] content) {
        return attach(user, taskId, fileName, content, null, java.util.EnumSet.allOf(AttachmentType.class));
    }

    /**
     * Attaches a file with a label saying what it is (a procedure's own code, e.g. a photo before
     * the works), taking only the given types; otherwise as {@link #attach(TongbanUser, String, String, byte[])}.
     */
    public Outcome attach(TongbanUser user, String taskId, String fileName, byte[] content, String label,
            java.util.Set<AttachmentType> allowed) {
        Optional<InboxRow> row = accessible(user, taskId);
        if (row.isEmpty()) {
            return gone(taskId);
        }
        if (content == null || content.length == 0) {
            return Outcome.refused("task.error.fileEmpty");
        }
        if (content.length > settings.attachmentMaxBytes()) {
            return Outcome.refused("task.error.fileTooBig", settings.attachmentMaxBytes() / (1024 * 1024));
        }
        String name = safeName(fileName);
        Optional<AttachmentType> type = AttachmentType.sniff(name, content);
        if (type.isEmpty() || !allowed.contains(type.get())) {
            return Outcome.refused("task.error.fileType");
        }
        return act(user, taskId, "task.attached", () -> {
            var attachment = tasks.createAttachment(type.get().mimeType(), taskId, row.get().processInstanceId(), name,
                    label, new java.io.ByteArrayInputStream(content));
            audit.record(user.username(), "ATTACHMENT_ADDED", row.get().caseNumber(), attachment.getId());
        });
    }

    public long attachmentMaxBytes() {
        return settings.attachmentMaxBytes();
    }

    /** The files attached to the case of this task, oldest first. */
    public List<AttachmentInfo> attachments(TongbanUser user, String taskId) {
        Optional<InboxRow> row = accessible(user, taskId);
        if (row.isEmpty()) {
            return List.of();
        }
        return tasks.getProcessInstanceAttachments(row.get().processInstanceId()).stream()
                .map(a -> new AttachmentInfo(a.getId(), a.getName(), a.getType(), a.getTaskId(), null,
                        time(a.getCreateTime()), a.getDescription()))
                .sorted(Comparator.comparing(AttachmentInfo::at, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
    }

    /** The content of an attachment of this task's case, recorded in the audit trail; empty if not allowed. */
    public Optional<byte[]> download(TongbanUser user, String taskId, String attachmentId) {
        Optional<InboxRow> row = accessible(user, taskId);
        if (row.isEmpty()) {
            return Optional.empty();
        }
        var attachment = tasks.getAttachment(attachmentId);
        if (attachment == null || !row.get().processInstanceId().equals(attachment.getProcessInstanceId())) {
            return Optional.empty();
        }
        try (InputStream in = tasks.getAttachmentContent(attachmentId)) {
            byte[] bytes = in.readAllBytes();
            audit.record(user.username(), "ATTACHMENT_DOWNLOADED", row.get().caseNumber(), attachmentId);
            return Optional.of(bytes);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The file name without any directory part, at most 100 characters. */
    static String safeName(String fileName) {
        String name = fileName == null ? "" : fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).strip();
        name = name.replaceAll("[\\p{Cntrl}]", "");
        return name.length() > 100 ? name.substring(name.length() - 100) : name;
    }

    /** A supervisor claims several queued tasks at once; returns how many were claimed. */
    public BulkOutcome bulkClaim(TongbanUser user, List<String> taskIds) {
        return bulk(user, taskIds, id -> claim(user, id));
    }

    /** A supervisor hands several tasks of the agency to one colleague (or to themself). */
    public BulkOutcome bulkAssign(TongbanUser user, List<String> taskIds, String colleague) {
        boolean known = colleague != null && (colleague.equals(user.username())
                || colleagues(user).stream().anyMatch(c -> c.getId().equals(colleague)));
        if (!known) {
            return new BulkOutcome(0, taskIds.size());
        }
        return bulk(user, taskIds, id -> {
            Optional<InboxRow> row = accessible(user, id);
            if (row.isEmpty() || !user.unitCode().equals(row.get().agency())) {
                return Outcome.refused("task.error.notFound");
            }
            return act(user, id, "task.delegated", () -> {
                tasks.setAssignee(id, colleague);
                audit.record(user.username(), "TASK_ASSIGNED", row.get().caseNumber(), id + " → " + colleague);
            });
        });
    }

    private BulkOutcome bulk(TongbanUser user, List<String> taskIds, java.util.function.Function<String, Outcome> action) {
        if (!user.has(Role.SUPERVISOR)) {
            return new BulkOutcome(0, taskIds.size());
        }
        int done = 0;
        for (String id : taskIds) {
            if (action.apply(id).done()) {
                done++;
            }
        }
        return new BulkOutcome(done, taskIds.size() - done);
    }

    /** Hands the task to a colleague of the same agency, with the reason as a comment. */
    public Outcome delegate(TongbanUser user, String taskId, String colleague, String reason) {
        Optional<InboxRow> row = accessible(user, taskId);
        if (row.isEmpty()) {
            return gone(taskId);
        }
        if (!mayReassign(user, row.get())) {
            return Outcome.refused("task.error.notYours");
        }
        if (reason == null || reason.isBlank()) {
            return Outcome.refused("task.error.reasonRequired");
        }
        if (colleague == null || colleague.equals(user.username())
                || colleagues(user).stream().noneMatch(c -> c.getId().equals(colleague))) {
            return Outcome.refused("task.error.notColleague");
        }
        return act(user, taskId, "task.delegated", () -> {
            tasks.createComment(taskId, row.get().processInstanceId(), reason.strip());
            tasks.setAssignee(taskId, colleague);
            audit.record(user.username(), "TASK_DELEGATED", row.get().caseNumber(), taskId + " → " + colleague);
        });
    }

    public Outcome comment(TongbanUser user, String taskId, String text) {
        Optional<InboxRow> row = accessible(user, taskId);
        if (row.isEmpty()) {
            return gone(taskId);
        }
        if (text == null || text.isBlank()) {
            return Outcome.refused("task.error.commentEmpty");
        }
        return act(user, taskId, "task.commented",
                () -> tasks.createComment(taskId, row.get().processInstanceId(), text.strip()));
    }

    /** The keys of the deployed processes, for the procedure filter. */
    public List<String> procedures() {
        return repository.createProcessDefinitionQuery().latestVersion().list().stream()
                .map(d -> d.getKey()).distinct().sorted().toList();
    }

    /** The officers and supervisors of the user's agency, the user excluded, by name. */
    public List<User> colleagues(TongbanUser user) {
        if (user.unitCode() == null) {
            return List.of();
        }
        return identity.createUserQuery().memberOfGroup(user.unitCode()).orderByUserLastName().asc()
                .listPage(0, 500).stream()
                .filter(u -> !u.getId().equals(user.username()))
                .filter(u -> identity.createGroupQuery().groupMember(u.getId())
                        .groupIdIn(Role.OFFICER.groupId(), Role.SUPERVISOR.groupId()).count() > 0)
                .toList();
    }

    private Outcome finish(TongbanUser user, InboxRow row, Map<String, Object> variables, String comment,
            String doneKey) {
        if (row.assignee() != null && !row.assignee().equals(user.username())) {
            return Outcome.refused("task.error.claimedBy", displayName(row.assignee()));
        }
        return act(user, row.taskId(), doneKey, () -> {
            if (row.assignee() == null) {
                tasks.claim(row.taskId(), user.username());
            }
            if (comment != null) {
                tasks.createComment(row.taskId(), row.processInstanceId(), comment);
            }
            tasks.complete(row.taskId(), variables);
            audit.record(user.username(), comment == null ? "TASK_COMPLETED" : "TASK_RETURNED", row.caseNumber(),
                    row.taskDefinitionKey() + " " + row.taskId());
        });
    }

    /** Runs an action as the user in one transaction and turns a lost race into words. */
    private Outcome act(TongbanUser user, String taskId, String doneKey, Runnable action) {
        try {
            asUser(user, () -> {
                transaction.executeWithoutResult(status -> action.run());
                return null;
            });
            return Outcome.ok(doneKey);
        } catch (RuleRefusal e) {
            return Outcome.refused(e.messageKey(), e.arguments().toArray());
        } catch (TaskAlreadyClaimedException | OptimisticLockingException e) {
            return raced(taskId);
        } catch (AuthorizationException e) {
            return Outcome.refused("task.error.notFound");
        } catch (ProcessEngineException e) {
            var refusal = RuleRefusal.in(e);
            if (refusal.isPresent()) {
                return Outcome.refused(refusal.get().messageKey(), refusal.get().arguments().toArray());
            }
            if (tasks.createTaskQuery().taskId(taskId).count() == 0) {
                return gone(taskId);
            }
            log.warn("Task action on {} failed", taskId, e);
            throw e;
        }
    }

    /** Someone else got there first: say who, and whether the task is still open. */
    private Outcome raced(String taskId) {
        var task = tasks.createTaskQuery().taskId(taskId).singleResult();
        if (task == null) {
            return gone(taskId);
        }
        return task.getAssignee() == null ? Outcome.refused("task.error.changed")
                : Outcome.refused("task.error.claimedBy", displayName(task.getAssignee()));
    }

    /** The task is no longer open: completed by someone (named), or withdrawn. */
    private Outcome gone(String taskId) {
        HistoricTaskInstance done = history.createHistoricTaskInstanceQuery().taskId(taskId).singleResult();
        if (done != null && done.getEndTime() != null && "completed".equals(done.getDeleteReason())) {
            return Outcome.refused("task.error.completedBy", displayName(done.getAssignee()));
        }
        return Outcome.refused("task.error.notFound");
    }

    private Optional<InboxRow> accessible(TongbanUser user, String taskId) {
        return queries.task(taskId).filter(row -> (row.agency() != null && row.agency().equals(user.unitCode()))
                || user.username().equals(row.assignee()));
    }

    private static boolean mayReassign(TongbanUser user, InboxRow row) {
        return user.username().equals(row.assignee())
                || (user.has(Role.SUPERVISOR) && row.agency() != null && row.agency().equals(user.unitCode()));
    }

    private <T> T asUser(TongbanUser user, Supplier<T> work) {
        List<String> groups = new ArrayList<>();
        if (user.unitCode() != null) {
            groups.add(user.unitCode());
        }
        user.roles().forEach(role -> groups.add(role.groupId()));
        identity.setAuthentication(user.username(), groups);
        try {
            return work.get();
        } finally {
            identity.clearAuthentication();
        }
    }

    /** The engine's task with its form reference, read once per action; null if it is gone. */
    private Task engineTask(String taskId) {
        return tasks.createTaskQuery().taskId(taskId).initializeFormKeys().singleResult();
    }

    /** The task's form, with the choices that depend on the case filled in by its procedure. */
    private FormDefinition form(Task task, InboxRow row) {
        if (task == null || task.getCamundaFormRef() == null) {
            return new FormDefinition(null, List.of());
        }
        FormDefinition form;
        try (InputStream json = forms.getDeployedTaskForm(task.getId())) {
            form = FormReader.read(json);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        for (TaskFormOptions options : formOptions) {
            if (options.processKey().equals(row.processKey())) {
                form = form.withOptions(options.optionsFor(row.taskDefinitionKey(), row.caseNumber()));
            }
        }
        return form;
    }

    private boolean isReturnable(Task task, InboxRow row) {
        if (task == null) {
            return false;
        }
        return returnable.computeIfAbsent(task.getProcessDefinitionId() + "#" + row.taskDefinitionKey(),
                k -> ReturnForCorrection.isReturnable(repository.getBpmnModelInstance(task.getProcessDefinitionId())
                        .getModelElementById(row.taskDefinitionKey())));
    }

    /** The deadlines of a page of tasks (paused and provisional ones included), for lists. */
    public Map<String, TaskDeadlines.TaskDeadline> deadlines(Collection<String> taskIds) {
        Map<String, TaskDeadlines.TaskDeadline> found = new HashMap<>();
        deadlines.forEach(source -> source.of(taskIds).forEach(found::putIfAbsent));
        return found;
    }

    private Optional<TaskDeadlines.TaskDeadline> deadline(String taskId) {
        return deadlines.stream().map(d -> d.of(taskId)).flatMap(Optional::stream).findFirst();
    }

    private TaskDetails.Diagram diagram(Task task, String processInstanceId) {
        if (task == null) {
            return new TaskDetails.Diagram(null, List.of());
        }
        String xml;
        try (InputStream in = repository.getProcessModel(task.getProcessDefinitionId())) {
            xml = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        List<String> current = tasks.createTaskQuery().processInstanceId(processInstanceId).list().stream()
                .map(t -> t.getTaskDefinitionKey()).distinct().toList();
        return new TaskDetails.Diagram(xml, current);
    }

    /** "王丽娟" for a user name, or the user name itself for an unknown user. */
    public String displayName(String username) {
        return names.of(username);
    }

    private LocalDateTime time(Date date) {
        return date == null ? null : LocalDateTime.ofInstant(date.toInstant(), zone);
    }
}
