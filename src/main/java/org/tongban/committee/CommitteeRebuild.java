package org.tongban.committee;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricIdentityLinkLog;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recreates the task facts from the engine's history: the tasks, the identity-link log (who took a
 * task up when, which group held it) and due dates. The history is replayed through
 * {@link TaskFacts} in time order, so a rebuilt row equals the one the events wrote. Runs at start
 * when the table is empty (an installation that had history before the committee view existed).
 */
@Service
public class CommitteeRebuild {

    private static final Logger log = LoggerFactory.getLogger(CommitteeRebuild.class);
    private static final int PAGE = 500;

    private final HistoryService history;
    private final TaskFacts facts;

    CommitteeRebuild(HistoryService history, TaskFacts facts) {
        this.history = history;
        this.facts = facts;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(0)
    @Transactional
    public void rebuildIfEmpty() {
        if (facts.empty() && history.createHistoricTaskInstanceQuery().count() > 0) {
            rebuild();
        }
    }

    /** Replaces every fact with one replayed from history; returns the number of tasks. */
    @Transactional
    public int rebuild() {
        facts.deleteAll();
        Map<String, List<HistoricIdentityLinkLog>> links = identityLinks();
        List<HistoricTaskInstance> tasks = tasks();
        Map<String, String> caseNumbers = caseNumbers(tasks);
        List<Step> steps = new ArrayList<>();
        Map<String, Step> firstClaims = new HashMap<>();
        for (HistoricTaskInstance task : tasks) {
            steps.add(new Step(task.getStartTime().toInstant(), Kind.CREATE, task));
            links.getOrDefault(task.getId(), List.of()).stream()
                    .filter(l -> IdentityLinkType.ASSIGNEE.equals(l.getType()) && "add".equalsIgnoreCase(l.getOperationType()))
                    .findFirst().ifPresent(l -> {
                        Step claim = new Step(l.getTime().toInstant(), Kind.ASSIGN, task, l.getUserId());
                        steps.add(claim);
                        firstClaims.put(task.getId(), claim);
                    });
            if (task.getEndTime() != null) {
                steps.add(new Step(task.getEndTime().toInstant(), Kind.END, task));
            }
        }
        // At one instant a task ends before the next one starts (the engine's order in a sequence).
        steps.sort(Comparator.comparing(Step::at).thenComparing(Step::kind));
        Set<String> created = new HashSet<>();
        Set<String> assigned = new HashSet<>();
        for (Step step : steps) {
            HistoricTaskInstance task = step.task();
            String id = task.getId();
            switch (step.kind()) {
                case CREATE -> create(task, links, caseNumbers, created);
                case ASSIGN -> {
                    create(task, links, caseNumbers, created);
                    if (assigned.add(id)) {
                        facts.assigned(id, step.assignee(), agencyAt(links.get(id), step.at()), step.at());
                    }
                }
                case END -> {
                    create(task, links, caseNumbers, created);
                    // Taken up at the same instant it ended: the claim comes first, as in the engine.
                    Step claim = firstClaims.get(id);
                    if (claim != null && assigned.add(id)) {
                        facts.assigned(id, claim.assignee(), agencyAt(links.get(id), claim.at()), claim.at());
                    }
                    if ("completed".equals(task.getDeleteReason())) {
                        facts.completed(id, agencyAt(links.get(id), step.at()), step.at());
                    } else {
                        facts.cancelled(id, step.at());
                    }
                }
            }
        }
        log.info("Committee task facts rebuilt from history: {} tasks", tasks.size());
        return tasks.size();
    }

    private void create(HistoricTaskInstance task, Map<String, List<HistoricIdentityLinkLog>> links,
            Map<String, String> caseNumbers, Set<String> created) {
        if (!created.add(task.getId())) {
            return;
        }
        Instant start = task.getStartTime().toInstant();
        facts.created(new TaskFacts.NewTask(task.getId(), task.getProcessInstanceId(),
                caseNumbers.get(task.getProcessInstanceId()), task.getProcessDefinitionKey(), task.getTaskDefinitionKey(),
                agencyAt(links.get(task.getId()), start), start,
                task.getDueDate() == null ? null : task.getDueDate().toInstant()));
    }

    /** The candidate groups of a task at an instant, from its link log (added and not yet deleted). */
    private static String agencyAt(List<HistoricIdentityLinkLog> log, Instant at) {
        Set<String> groups = new LinkedHashSet<>();
        for (HistoricIdentityLinkLog link : log == null ? List.<HistoricIdentityLinkLog>of() : log) {
            if (link.getTime().toInstant().isAfter(at) || link.getGroupId() == null
                    || !IdentityLinkType.CANDIDATE.equals(link.getType())) {
                continue;
            }
            if ("add".equalsIgnoreCase(link.getOperationType())) {
                groups.add(link.getGroupId());
            } else {
                groups.remove(link.getGroupId());
            }
        }
        return TaskFacts.agencyOf(groups);
    }

    private List<HistoricTaskInstance> tasks() {
        List<HistoricTaskInstance> all = new ArrayList<>();
        for (int first = 0; ; first += PAGE) {
            List<HistoricTaskInstance> page = history.createHistoricTaskInstanceQuery()
                    .orderByHistoricActivityInstanceStartTime().asc().orderByTaskId().asc().listPage(first, PAGE);
            page.stream().filter(t -> t.getProcessInstanceId() != null).forEach(all::add);
            if (page.size() < PAGE) {
                return all;
            }
        }
    }

    private Map<String, List<HistoricIdentityLinkLog>> identityLinks() {
        Map<String, List<HistoricIdentityLinkLog>> byTask = new HashMap<>();
        for (int first = 0; ; first += PAGE) {
            List<HistoricIdentityLinkLog> page = history.createHistoricIdentityLinkLogQuery().orderByTime().asc()
                    .listPage(first, PAGE);
            page.stream().filter(l -> l.getTaskId() != null)
                    .forEach(l -> byTask.computeIfAbsent(l.getTaskId(), k -> new ArrayList<>()).add(l));
            if (page.size() < PAGE) {
                return byTask;
            }
        }
    }

    private Map<String, String> caseNumbers(List<HistoricTaskInstance> tasks) {
        List<String> ids = tasks.stream().map(HistoricTaskInstance::getProcessInstanceId).distinct().toList();
        Map<String, String> numbers = new HashMap<>();
        for (int i = 0; i < ids.size(); i += PAGE) {
            Set<String> batch = new HashSet<>(ids.subList(i, Math.min(ids.size(), i + PAGE)));
            for (HistoricProcessInstance instance : history.createHistoricProcessInstanceQuery().processInstanceIds(batch)
                    .listPage(0, PAGE)) {
                numbers.put(instance.getId(), instance.getBusinessKey());
            }
        }
        return numbers;
    }

    private enum Kind { END, CREATE, ASSIGN }

    private record Step(Instant at, Kind kind, HistoricTaskInstance task, String assignee) {
        Step(Instant at, Kind kind, HistoricTaskInstance task) {
            this(at, kind, task, null);
        }
    }
}
