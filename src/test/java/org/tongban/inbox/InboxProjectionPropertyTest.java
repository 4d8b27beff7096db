package org.tongban.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.tongban.TongbanTest;
import org.tongban.consultation.ConsultationService;

/**
 * Random task operations, straight on the engine as any caller could make them; after each one
 * the projection must equal what Camunda's TaskQuery says, and a rebuild must reproduce it.
 */
@TongbanTest
class InboxProjectionPropertyTest {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final String[] AGENCIES = {"CDPF", "CIVIL", "HOUSING", "HRSS"};
    private static final Map<String, List<String>> STAFF = Map.of(
            "CDPF", List.of("cdpf.officer", "cdpf.supervisor"),
            "CIVIL", List.of("civil.officer"),
            "HOUSING", List.of("housing.officer", "housing.supervisor"),
            "HRSS", List.of("hrss.officer", "hrss.supervisor"));

    @Autowired ConsultationService consultations;
    @Autowired TaskService tasks;
    @Autowired RuntimeService runtime;
    @Autowired JdbcTemplate jdbc;
    @Autowired InboxRebuild rebuild;
    private final List<String> ours = new ArrayList<>();

    @Test
    void the_projection_follows_every_task_operation_and_a_rebuild_reproduces_it() {
        Random random = new Random(20261129);
        List<String> operations = new ArrayList<>();
        for (int step = 0; step < 120; step++) {
            List<Task> open = ours.isEmpty() ? List.of()
                    : tasks.createTaskQuery().processInstanceIdIn(ours.toArray(String[]::new)).list();
            int op = open.isEmpty() ? 0 : random.nextInt(9);
            Task task = open.isEmpty() ? null : open.get(random.nextInt(open.size()));
            operations.add(apply(op, task, random));
            assertProjectionMatchesEngine(operations);
        }

        List<Map<String, Object>> before = jdbc.queryForList("select * from inbox_task order by task_id");
        List<Map<String, Object>> participationBefore = participationOfOpenCases();
        rebuild.rebuild();

        assertThat(jdbc.queryForList("select * from inbox_task order by task_id")).isEqualTo(before);
        assertThat(participationOfOpenCases()).isEqualTo(participationBefore);
    }

    private String apply(int op, Task task, Random random) {
        switch (op) {
            case 0, 1 -> {
                String lead = AGENCIES[random.nextInt(AGENCIES.length)];
                String other = AGENCIES[random.nextInt(AGENCIES.length)];
                String cooperating = random.nextBoolean() && !other.equals(lead) ? other : null;
                String caseNumber = consultations.refer(lead, cooperating, "属性测试咨询");
                ours.add(runtime.createProcessInstanceQuery().processInstanceBusinessKey(caseNumber).singleResult().getId());
                return "start " + caseNumber;
            }
            case 2 -> {
                if (task.getAssignee() == null) {
                    tasks.claim(task.getId(), someoneOf(task, random));
                    return "claim " + task.getId();
                }
                tasks.setAssignee(task.getId(), null);
                return "unclaim " + task.getId();
            }
            case 3 -> {
                tasks.setAssignee(task.getId(), someoneOf(task, random));
                return "assign " + task.getId();
            }
            case 4, 5 -> {
                Map<String, Object> variables = new HashMap<>();
                variables.put("opinion", "属性测试意见内容");
                variables.put("basis", "POLICY");
                variables.put("answer", "属性测试答复内容");
                variables.put("returned", random.nextInt(4) == 0);
                tasks.complete(task.getId(), variables);
                return "complete " + task.getId();
            }
            case 6 -> {
                task.setDueDate(Date.from(LocalDateTime.of(2026, 12, 1 + random.nextInt(28), 17, 0).atZone(ZONE).toInstant()));
                tasks.saveTask(task);
                return "due " + task.getId();
            }
            case 7 -> {
                tasks.setPriority(task.getId(), random.nextInt(100));
                return "priority " + task.getId();
            }
            default -> {
                runtime.deleteProcessInstance(task.getProcessInstanceId(), "withdrawn by the caller");
                return "withdraw " + task.getProcessInstanceId();
            }
        }
    }

    private String someoneOf(Task task, Random random) {
        List<String> staff = STAFF.get(agencyOf(task.getId()));
        return staff.get(random.nextInt(staff.size()));
    }

    private void assertProjectionMatchesEngine(List<String> operations) {
        Map<String, List<Object>> engine = new HashMap<>();
        for (Task t : tasks.createTaskQuery().list()) {
            engine.put(t.getId(), List.of(t.getTaskDefinitionKey(), String.valueOf(t.getName()), t.getProcessInstanceId(),
                    String.valueOf(t.getAssignee()), String.valueOf(agencyOf(t.getId())), String.valueOf(local(t.getDueDate())),
                    t.getPriority()));
        }
        Map<String, List<Object>> projected = new HashMap<>();
        jdbc.query("select * from inbox_task", rs -> {
            projected.put(rs.getString("task_id"), List.of(rs.getString("task_def_key"), String.valueOf(rs.getString("task_name")),
                    rs.getString("process_instance_id"), String.valueOf(rs.getString("assignee")),
                    String.valueOf(rs.getString("agency")),
                    String.valueOf(rs.getTimestamp("due_at") == null ? null : rs.getTimestamp("due_at").toLocalDateTime()),
                    rs.getInt("priority")));
        });
        assertThat(projected).as("after %s", operations.get(operations.size() - 1)).isEqualTo(engine);
    }

    private String agencyOf(String taskId) {
        return tasks.getIdentityLinksForTask(taskId).stream()
                .filter(l -> IdentityLinkType.CANDIDATE.equals(l.getType()) && l.getGroupId() != null)
                .map(IdentityLink::getGroupId).sorted().findFirst().orElse(null);
    }

    private List<Map<String, Object>> participationOfOpenCases() {
        return jdbc.queryForList("select * from inbox_case_agency where process_instance_id in"
                + " (select process_instance_id from inbox_task) order by process_instance_id, agency");
    }

    private static LocalDateTime local(Date date) {
        return date == null ? null : LocalDateTime.ofInstant(date.toInstant(), ZONE);
    }
}
