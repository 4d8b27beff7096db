package org.tongban.committee;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Date;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A small procedure of its own for tests: 受理 by CDPF, 评估 by CIVIL, 决定 by CDPF again, with
 * limits of 4, 8 and 4 hours in {@code sla_policy}, deployed once with a form so it passes the
 * model test. Tests move the engine clock through it to build a history of known durations.
 */
final class ConstructedHistory {

    static final String INTAKE = "Task_Intake";
    static final String ASSESS = "Task_Assess";
    static final String DECIDE = "Task_Decide";
    static final String RELAY = "committee-test-relay";

    private final RepositoryService repository;
    private final RuntimeService runtime;
    private final TaskService tasks;
    final String processKey;
    private Instant now;

    ConstructedHistory(RepositoryService repository, RuntimeService runtime, TaskService tasks, JdbcTemplate jdbc,
            String processKey) {
        this.repository = repository;
        this.runtime = runtime;
        this.tasks = tasks;
        this.processKey = processKey;
        if (repository.createProcessDefinitionQuery().processDefinitionKey(processKey).count() == 0) {
            deploy(jdbc);
        }
    }

    private void deploy(JdbcTemplate jdbc) {
        String form = processKey + ".task";
        BpmnModelInstance model = Bpmn.createExecutableProcess(processKey).name("测试流程 " + processKey)
                .camundaHistoryTimeToLive(3650).camundaVersionTag("test")
                .startEvent("StartEvent_Applied").name("申请")
                .userTask(INTAKE).name("受理").camundaCandidateGroups("CDPF").camundaFormRef(form).camundaFormRefBinding("latest")
                .userTask(ASSESS).name("评估").camundaCandidateGroups("CIVIL").camundaFormRef(form).camundaFormRefBinding("latest")
                .userTask(DECIDE).name("决定").camundaCandidateGroups("CDPF").camundaFormRef(form).camundaFormRefBinding("latest")
                .endEvent("EndEvent_Decided").name("办结").done();
        repository.createDeployment().name(processKey)
                .addModelInstance(processKey + ".bpmn", model)
                .addString(processKey + ".form", "{\"id\": \"" + form + "\", \"type\": \"default\", \"components\": []}")
                .deploy();
        for (String[] limit : new String[][] {{INTAKE, "4"}, {ASSESS, "8"}, {DECIDE, "4"}}) {
            jdbc.update("""
                    insert into sla_policy (process_key, task_key, limit_amount, limit_unit, statutory, party,
                        pauses_clock, reference, mark, valid_from)
                    values (?, ?, ?, 'HOURS', false, 'AGENCY', false, 'test', 'PRACTICE', date '2000-01-01')""",
                    processKey, limit[0], Integer.parseInt(limit[1]));
        }
    }

    /**
     * The relay procedure with four cases in March 2026 (see {@code CommitteeFiguresTest}), built
     * once per application context.
     */
    static ConstructedHistory relay(RepositoryService repository, RuntimeService runtime, TaskService tasks,
            JdbcTemplate jdbc) {
        ConstructedHistory history = new ConstructedHistory(repository, runtime, tasks, jdbc, RELAY);
        if (!jdbc.queryForList("select task_id from committee_task_fact where process_key = ?", String.class, RELAY)
                .isEmpty()) {
            return history;
        }
        double[][] hours = {{1, 2, 2, 1, 3, 1}, {2, 2, 4, 1, 1, 1}, {3, 2, 6, 3}, {4, 2}};
        String[] cases = {"CTR-A", "CTR-B", "CTR-C", "CTR-D"};
        for (int i = 0; i < cases.length; i++) {
            history.at("2026-03-0" + (2 + i) + "T09:00");
            history.start(cases[i]);
            for (int step = 0; step < hours[i].length; step += 2) {
                history.handle(cases[i], hours[i][step], hours[i][step + 1], step == 2 ? "civil.officer" : "cdpf.officer");
            }
        }
        history.hours(1);
        jdbc.update("""
                insert into sla_escalation (task_id, step, fired_at, agency, recipients)
                values (?, 'SUPERVISION', timestamp '2026-03-20 09:00:00', 'CDPF', 'cdpf.supervisor')""",
                history.task("CTR-D").getId());
        // As the ladder would have: the clock's steps are marked fired, so no later round fires them again.
        jdbc.update("""
                update sla_clock set warn_fired_at = timestamp '2026-03-10 09:00:00', due_fired_at = timestamp '2026-03-12 09:00:00',
                    supervise_fired_at = timestamp '2026-03-20 09:00:00' where task_id = ?""", history.task("CTR-D").getId());
        ClockUtil.reset();
        return history;
    }

    /** Sets the engine clock to an Erenhot wall-clock time. */
    void at(String localTime) {
        now = LocalDateTime.parse(localTime).atZone(TaskFacts.ZONE).toInstant();
        ClockUtil.setCurrentTime(Date.from(now));
    }

    void at(Instant instant) {
        now = instant;
        ClockUtil.setCurrentTime(Date.from(now));
    }

    void hours(double hours) {
        now = now.plus(Duration.ofMinutes(Math.round(hours * 60)));
        ClockUtil.setCurrentTime(Date.from(now));
    }

    String start(String caseNumber) {
        runtime.startProcessInstanceByKey(processKey, caseNumber);
        return caseNumber;
    }

    Task task(String caseNumber) {
        return tasks.createTaskQuery().processInstanceBusinessKey(caseNumber).processDefinitionKey(processKey).singleResult();
    }

    /** The case's open task waits {@code waiting} hours, is claimed, worked {@code working} hours and completed. */
    void handle(String caseNumber, double waiting, double working, String officer) {
        Task task = task(caseNumber);
        hours(waiting);
        tasks.claim(task.getId(), officer);
        hours(working);
        tasks.complete(task.getId());
    }

    /** The case's open task waits and is claimed, then stays open. */
    void claimOnly(String caseNumber, double waiting, String officer) {
        hours(waiting);
        tasks.claim(task(caseNumber).getId(), officer);
    }

    TaskService tasks() {
        return tasks;
    }
}
