package org.tongban.committee;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H2;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.web.servlet.MockMvc;
import org.tongban.SignedInUi;
import org.tongban.TongbanTest;
import org.tongban.cases.CaseDirectory;
import org.tongban.cases.ui.CaseView;
import org.tongban.organisation.Role;
import org.tongban.security.TongbanUser;

/**
 * The committee gets aggregates only: no case of any procedure through the UI, the case service,
 * the procedures' REST endpoints or the engine's REST API.
 */
@TongbanTest
class CommitteeSeesNoPersonalDataTest {

    static final TongbanUser COMMITTEE = new TongbanUser("committee", "彭立新", "COMMITTEE", Set.of(Role.COMMITTEE));

    @Autowired ApplicationContext context;
    @Autowired HistoryService history;
    @Autowired RepositoryService repository;
    @Autowired CaseDirectory directory;
    @Autowired TestRestTemplate rest;
    @Autowired MockMvc mvc;

    @AfterEach
    void close() {
        SignedInUi.close();
    }

    @Test
    void no_demo_case_of_any_procedure_opens_for_the_committee_in_the_service_or_the_case_page() {
        List<HistoricProcessInstance> cases = new ArrayList<>();
        for (ProcessDefinition procedure : repository.createProcessDefinitionQuery().latestVersion().list()) {
            cases.addAll(history.createHistoricProcessInstanceQuery().processDefinitionKey(procedure.getKey())
                    .orderByProcessInstanceStartTime().desc().listPage(0, 20));
        }
        assertThat(cases.stream().map(HistoricProcessInstance::getProcessDefinitionKey).distinct().count()).isGreaterThanOrEqualTo(5);
        SignedInUi.open(context, "committee");
        for (HistoricProcessInstance instance : cases) {
            if (instance.getBusinessKey() == null) {
                continue;
            }
            assertThat(directory.open(COMMITTEE, instance.getBusinessKey())).as(instance.getBusinessKey()).isEmpty();
        }
        String some = cases.stream().map(HistoricProcessInstance::getBusinessKey).filter(k -> k != null).findFirst().orElseThrow();
        UI.getCurrent().navigate(CaseView.class, CaseView.route(some));
        assertThat(_find(H2.class, spec -> spec.withId("case-not-found"))).hasSize(1);
        assertThat(_find(H2.class, spec -> spec.withId("case-title"))).isEmpty();
    }

    @Test
    void the_engine_rest_api_shows_the_committee_no_instance_variable_or_history() {
        for (String path : new String[] {"/engine-rest/process-instance", "/engine-rest/history/process-instance",
                "/engine-rest/history/variable-instance", "/engine-rest/variable-instance", "/engine-rest/history/task",
                "/engine-rest/history/detail", "/engine-rest/task"}) {
            ResponseEntity<String> response = rest.withBasicAuth("committee", "tongban")
                    .getForEntity(path + "?maxResults=50", String.class);
            assertThat(response.getStatusCode().value()).as(path).isIn(200, 403);
            if (response.getStatusCode() == HttpStatus.OK) {
                assertThat(response.getBody()).as(path).isEqualTo("[]");
            }
        }
    }

    @Test
    void the_procedures_rest_endpoints_refuse_the_committee() throws Exception {
        for (String path : new String[] {"/api/legal-aid/applications", "/api/welfare-placement/applications",
                "/api/quota-review/applications", "/api/rehab-rescue/applications", "/api/accessibility-retrofit/applications"}) {
            int code = mvc.perform(post(path).with(httpBasic("committee", "tongban")).header("Idempotency-Key", "committee-1")
                    .contentType(MediaType.APPLICATION_JSON).content("{}")).andReturn().getResponse().getStatus();
            assertThat(code).as(path).isIn(403, 404, 405);
        }
        mvc.perform(post("/api/legal-aid/applications").with(httpBasic("committee", "tongban"))
                .header("Idempotency-Key", "committee-2").contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isForbidden());
    }
}
