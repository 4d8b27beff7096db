package org.tongban.legalaid;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.tongban.TongbanTest;

@TongbanTest
class LegalAidDemoDataTest {

    @Autowired JdbcTemplate jdbc;
    @Autowired TaskService tasks;

    @Test
    void the_demo_has_legal_aid_cases_in_every_state_and_open_tasks_at_every_agency() {
        List<String> statuses = jdbc.queryForList("select distinct status from la_case", String.class);
        assertThat(statuses).contains("SUBMITTED", "ACCEPTED", "RETURNED", "NOT_ACCEPTED", "WITHDRAWN", "IN_REVIEW",
                "REFUSED", "IN_SERVICE", "SETTLEMENT", "CLOSED", "TERMINATED");
        List<String> groups = tasks.createTaskQuery().processDefinitionKey(LegalAidProcess.KEY).active().list().stream()
                .flatMap(t -> tasks.getIdentityLinksForTask(t.getId()).stream())
                .map(l -> l.getGroupId()).filter(g -> g != null).distinct().toList();
        assertThat(groups).contains("JUSTICE", "CDPF", "POLICE", "CIVIL", "FIN");
        assertThat(tasks.createTaskQuery().processDefinitionKey(LegalAidProcess.KEY)
                .taskDefinitionKey(LegalAidProcess.TASK_DECIDE_OBJECTION).count()).isPositive();
        assertThat(tasks.createTaskQuery().processDefinitionKey(LegalAidProcess.KEY)
                .taskDefinitionKey(LegalAidProcess.TASK_INVESTIGATE_COMPLAINT).count()).isPositive();
        // objections against a refusal and against a termination, one decided; a complaint and a change request
        assertThat(jdbc.queryForList("select distinct c.status from la_remedy r join la_case c on c.id = r.case_id"
                + " where r.kind = 'OBJECTION'", String.class)).contains("REFUSED", "TERMINATED");
        assertThat(jdbc.queryForList("select distinct kind from la_remedy", String.class))
                .contains("OBJECTION", "COMPLAINT", "CHANGE_OF_LAWYER");
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'LEGAL_AID_OBJECTION_DECIDED'",
                Long.class)).isPositive();
    }
}
