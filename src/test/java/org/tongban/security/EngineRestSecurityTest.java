package org.tongban.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.tongban.TongbanTest;
import org.tongban.consultation.ConsultationService;

/** {@code /engine-rest} takes HTTP Basic and shows each agency only its own tasks. */
@TongbanTest
class EngineRestSecurityTest {

    @Autowired TestRestTemplate rest;
    @Autowired ConsultationService consultations;
    @Autowired TaskService tasks;
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void an_anonymous_caller_gets_401_with_a_basic_challenge() {
        ResponseEntity<String> response = rest.getForEntity("/engine-rest/task", String.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(response.getHeaders().getFirst("WWW-Authenticate")).startsWith("Basic realm=\"Tongban\"");
    }

    @Test
    void a_wrong_password_gets_401() {
        var response = rest.withBasicAuth("tax.officer", "wrong").getForEntity("/engine-rest/task/count", String.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void an_officer_sees_none_of_another_agencys_tasks() {
        String justiceCase = consultations.refer("JUSTICE", "法律援助申请条件咨询");
        String cdpfCase = consultations.refer("CDPF", "残疾人证换领咨询");
        String justiceTask = taskOf(justiceCase);
        String cdpfTask = taskOf(cdpfCase);

        List<Map<String, Object>> seen = tasksSeenBy("justice.officer");
        // The newest tasks first: demo data and other tests give JUSTICE more tasks than one page holds.

        assertThat(seen).extracting(t -> t.get("id")).contains(justiceTask).doesNotContain(cdpfTask);
        assertThat(seen).allSatisfy(t -> assertThat(candidateGroups((String) t.get("id"))).contains("JUSTICE"));
        assertThat(rest.withBasicAuth("justice.officer", "tongban")
                .getForEntity("/engine-rest/task/" + cdpfTask, String.class).getStatusCode().is4xxClientError()).isTrue();
        assertThat(tasksSeenBy("cdpf.officer")).extracting(t -> t.get("id")).contains(cdpfTask).doesNotContain(justiceTask);
    }

    @Test
    void the_committee_sees_no_tasks() {
        consultations.refer("HRSS", "公益性岗位政策咨询");

        assertThat(tasksSeenBy("committee")).isEmpty();
    }

    private List<Map<String, Object>> tasksSeenBy(String username) {
        ResponseEntity<String> response = rest.withBasicAuth(username, "tongban")
                .getForEntity("/engine-rest/task?sortBy=created&sortOrder=desc&firstResult=0&maxResults=200", String.class);
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.OK);
        try {
            return json.readValue(response.getBody(), new TypeReference<>() { });
        } catch (JsonProcessingException e) {
            throw new AssertionError("Not a task list: " + response.getBody(), e);
        }
    }

    private String taskOf(String caseNumber) {
        return tasks.createTaskQuery().processInstanceBusinessKey(caseNumber).singleResult().getId();
    }

    private List<String> candidateGroups(String taskId) {
        return tasks.getIdentityLinksForTask(taskId).stream().map(IdentityLink::getGroupId).toList();
    }
}
