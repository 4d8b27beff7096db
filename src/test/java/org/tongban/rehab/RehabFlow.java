package org.tongban.rehab;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Date;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.ApplicationContext;
import org.tongban.documents.DocumentKind;
import org.tongban.documents.DocumentService;
import org.tongban.inbox.InboxService;
import org.tongban.inbox.Outcome;
import org.tongban.organisation.Role;
import org.tongban.security.TongbanUser;

/**
 * Walks a rehab case through the inbox as the agencies' officers would, with the real beans, and
 * fires the model's timers by moving the engine clock past them. For Spring tests only.
 */
final class RehabFlow {

    static final TongbanUser CDPF = new TongbanUser("cdpf.officer", "市残联经办人", "CDPF", Set.of(Role.OFFICER));
    static final TongbanUser MEDINS = new TongbanUser("medins.officer", "医保局经办人", "MEDINS", Set.of(Role.OFFICER));
    static final TongbanUser FIN = new TongbanUser("fin.officer", "财政局经办人", "FIN", Set.of(Role.OFFICER));

    private final RehabService rehab;
    private final InboxService inbox;
    private final TaskService tasks;
    private final RuntimeService runtime;
    private final ManagementService management;
    private final DocumentService documents;
    private final ApplicationRepository applications;
    private final BillRepository bills;

    RehabFlow(ApplicationContext context) {
        this.rehab = context.getBean(RehabService.class);
        this.inbox = context.getBean(InboxService.class);
        this.tasks = context.getBean(TaskService.class);
        this.runtime = context.getBean(RuntimeService.class);
        this.management = context.getBean(ManagementService.class);
        this.documents = context.getBean(DocumentService.class);
        this.applications = context.getBean(ApplicationRepository.class);
        this.bills = context.getBean(BillRepository.class);
    }

    /** Stops the engine clock at the current instant, so timers fire only when the test moves it. */
    void freezeClock() {
        ClockUtil.setCurrentTime(new Date());
    }

    /** Applies, accepts, checks insurance, approves, registers the institution and signs. */
    String inService(NewApplication application, String institution) {
        String caseNumber = approved(application);
        complete(CDPF, caseNumber, RehabProcess.TASK_CHOOSE_INSTITUTION, Map.of("institutionCode", institution));
        complete(CDPF, caseNumber, RehabProcess.TASK_SIGN_AGREEMENT, Map.of("agreementSigned", true));
        return caseNumber;
    }

    String approved(NewApplication application) {
        String caseNumber = toDecision(application);
        complete(CDPF, caseNumber, RehabProcess.TASK_DECIDE, Map.of("approved", true));
        return caseNumber;
    }

    String toDecision(NewApplication application) {
        String caseNumber = rehab.apply(application, null, CDPF);
        complete(CDPF, caseNumber, RehabProcess.TASK_CHECK_COMPLETENESS, Map.of("completeness", "COMPLETE"));
        complete(MEDINS, caseNumber, RehabProcess.TASK_CHECK_INSURANCE, Map.of("insured", "YES"));
        return caseNumber;
    }

    /** Completes the case's open task of that step through the inbox; it must succeed. */
    void complete(TongbanUser user, String caseNumber, String step, Map<String, ?> values) {
        Outcome outcome = submit(user, caseNumber, step, values);
        assertThat(outcome.done()).as(step + " " + outcome).isTrue();
    }

    /** Submits the case's open task of that step through the inbox and returns what the user is told. */
    Outcome submit(TongbanUser user, String caseNumber, String step, Map<String, ?> values) {
        Task task = tasks.createTaskQuery().processInstanceBusinessKey(caseNumber).taskDefinitionKey(step).singleResult();
        assertThat(task).as(caseNumber + " waits at " + step + " (open: " + openTask(caseNumber) + ")").isNotNull();
        return inbox.complete(user, task.getId(), values);
    }

    String openTask(String caseNumber) {
        return tasks.createTaskQuery().processInstanceBusinessKey(caseNumber).list().stream()
                .map(Task::getTaskDefinitionKey).findFirst().orElse(null);
    }

    /** The institution's attendance for every month from the start of service to today, as CDPF enters it. */
    void attend(String caseNumber, int days) {
        java.time.LocalDate today = java.time.LocalDate.now(EngineClock.INSTANCE);
        java.time.LocalDate month = applications.findByCaseNumber(caseNumber).orElseThrow().getServedOn().withDayOfMonth(1);
        for (; !month.isAfter(today); month = month.plusMonths(1)) {
            try {
                rehab.recordService(caseNumber, month, days, null, CDPF.username());
            } catch (org.tongban.inbox.RuleRefusal afterThePeriod) {
                return;
            }
        }
    }

    /** Moves the clock just past the timer and runs its job; returns the timer's due date. */
    Date fireTimer(String caseNumber, String event) {
        Job job = timer(caseNumber, event);
        Date due = job.getDuedate();
        if (ClockUtil.getCurrentTime().before(due)) {
            ClockUtil.setCurrentTime(new Date(due.getTime() + 60_000));
        }
        management.executeJob(job.getId());
        return due;
    }

    Date timerDue(String caseNumber, String event) {
        return timer(caseNumber, event).getDuedate();
    }

    private Job timer(String caseNumber, String event) {
        String instance = runtime.createProcessInstanceQuery().processInstanceBusinessKey(caseNumber).singleResult().getId();
        Job job = management.createJobQuery().processInstanceId(instance).activityId(event).singleResult();
        assertThat(job).as(caseNumber + " timer " + event).isNotNull();
        return job;
    }

    List<String> waitingAt(String caseNumber) {
        String instance = runtime.createProcessInstanceQuery().processInstanceBusinessKey(caseNumber).singleResult().getId();
        return runtime.getActiveActivityIds(instance);
    }

    boolean ended(String caseNumber) {
        return runtime.createProcessInstanceQuery().processInstanceBusinessKey(caseNumber).count() == 0;
    }

    List<Bill> bills(String caseNumber) {
        List<Bill> oldestFirst = new java.util.ArrayList<>(
                bills.ofApplication(applications.findByCaseNumber(caseNumber).orElseThrow().getId()));
        java.util.Collections.reverse(oldestFirst);
        return oldestFirst;
    }

    EnumSet<DocumentKind> kinds(String caseNumber) {
        EnumSet<DocumentKind> kinds = EnumSet.noneOf(DocumentKind.class);
        documents.ofCase(caseNumber).forEach(d -> kinds.add(d.kind()));
        return kinds;
    }
}
