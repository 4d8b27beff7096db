package org.tongban.legalaid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.tongban.TongbanTest;
import org.tongban.consultation.ConsultationService;
import org.tongban.inbox.InboxFilter;
import org.tongban.inbox.InboxQueries;
import org.tongban.inbox.InboxService;
import org.tongban.inbox.InboxTab;

/** The 司法局's REST endpoints for objections, complaints and change requests: good and bad input, never a 500. */
@TongbanTest
class LegalAidRemedyApiTest {

    @Autowired MockMvc mvc;
    @Autowired LegalAidService legalAid;
    @Autowired InboxService inbox;
    @Autowired InboxQueries queries;
    @Autowired TaskService tasks;
    @Autowired JdbcTemplate jdbc;
    @Autowired Clock clock;
    @Autowired ConsultationService consultations;

    @Test
    void an_objection_to_a_refusal_is_recorded_encrypted_and_its_task_waits_in_the_bureau_inbox() throws Exception {
        String caseNumber = refused("敖特根");

        mvc.perform(remedy(caseNumber, "objections", "justice.officer", """
                        {"receivedOn":"%s","grounds":"申请人认为其月收入低于标准，收入证明计算有误。"}""".formatted(today())))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.caseNumber").value(caseNumber))
                .andExpect(jsonPath("$.kind").value("OBJECTION"));

        var row = queries.page(LegalAidServiceTest.SUPERVISOR, InboxTab.QUEUE,
                new InboxFilter(LegalAidProcess.KEY, null, null, caseNumber), 0, 10);
        assertThat(row).singleElement().satisfies(r -> {
            assertThat(r.taskDefinitionKey()).isEqualTo(LegalAidProcess.TASK_DECIDE_OBJECTION);
            assertThat(r.dueAt()).isNotNull();
        });
        Map<String, Object> stored = jdbc.queryForMap("select * from la_remedy where case_number = ?", caseNumber);
        assertThat((String) stored.get("GROUNDS_ENC")).startsWith("v1:").doesNotContain("收入证明");
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'LEGAL_AID_OBJECTION_LODGED' and subject = ?",
                Long.class, caseNumber)).isEqualTo(1);

        // The same objection again while the first is being reviewed: refused in words, not a 500.
        mvc.perform(remedy(caseNumber, "objections", "justice.officer", """
                        {"receivedOn":"%s","grounds":"再次提出同一异议。"}""".formatted(today())).header("Accept-Language", "en"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.code").value("legalaid.remedy.error.objectionPending"))
                .andExpect(jsonPath("$.message").value(Matchers.containsString("already being reviewed")));
    }

    @Test
    void bad_fields_answer_400_per_field_and_write_nothing() throws Exception {
        String caseNumber = refused("巴雅尔");
        long before = jdbc.queryForObject("select count(*) from la_remedy", Long.class);

        mvc.perform(remedy(caseNumber, "objections", "justice.officer", """
                        {"receivedOn":"%s","grounds":"短"}""".formatted(LocalDate.now(clock).plusDays(1))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(Matchers.containsInAnyOrder("receivedOn", "grounds")))
                .andExpect(jsonPath("$.errors[*].message").value(Matchers.hasItem("收到日期不能晚于今天")));
        mvc.perform(remedy(caseNumber, "objections", "justice.officer", """
                        {"receivedOn":"2020-01-01"}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(Matchers.containsInAnyOrder("receivedOn", "grounds")));
        mvc.perform(remedy(caseNumber, "complaints", "justice.officer", "{\"receivedOn\": \"yesterday\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message").value("请求内容不是有效的 JSON，或字段类型不符"));

        assertThat(jdbc.queryForObject("select count(*) from la_remedy", Long.class)).isEqualTo(before);
        assertThat(tasks.createTaskQuery().processInstanceBusinessKey(caseNumber)
                .taskDefinitionKey(LegalAidProcess.TASK_DECIDE_OBJECTION).count()).isZero();
    }

    @Test
    void what_the_case_state_does_not_allow_answers_422_with_the_rule_in_words() throws Exception {
        String submitted = legalAid.apply(LegalAidServiceTest.walkIn("阿木尔", LegalAidServiceTest.FACTS), "justice.officer", null)
                .caseNumber();
        String body = """
                {"receivedOn":"%s","grounds":"申请人对办理情况不满意。"}""".formatted(today());

        mvc.perform(remedy(submitted, "objections", "justice.officer", body))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.code").value("legalaid.remedy.error.nothingToObject"))
                .andExpect(jsonPath("$.message").value(Matchers.containsString(submitted)));
        mvc.perform(remedy(submitted, "lawyer-changes", "justice.officer", body))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.code").value("legalaid.remedy.error.noWorker"));
        mvc.perform(remedy(submitted, "complaints", "justice.officer", body))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.kind").value("COMPLAINT"));
        assertThat(tasks.createTaskQuery().processInstanceBusinessKey(submitted)
                .taskDefinitionKey(LegalAidProcess.TASK_INVESTIGATE_COMPLAINT).count()).isEqualTo(1);
    }

    @Test
    void another_agency_gets_403_and_a_case_justice_has_no_part_in_looks_missing() throws Exception {
        String refused = refused("图门");
        String otherProcedure = consultations.refer("COURT", "MARKET", "个体户登记咨询");
        String body = """
                {"receivedOn":"%s","grounds":"申请人对决定有异议。"}""".formatted(today());

        mvc.perform(remedy(refused, "objections", "cdpf.officer", body)).andExpect(status().isForbidden());
        mvc.perform(remedy(otherProcedure, "complaints", "justice.officer", body)).andExpect(status().isNotFound())
                .andExpect(jsonPath("$.message").value("未找到此案件，或司法局没有参与办理该案件"));
        mvc.perform(remedy("LA-1999-000001", "objections", "justice.officer", body)).andExpect(status().isNotFound());
        mvc.perform(post("/api/legal-aid/cases/" + refused + "/objections").contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isUnauthorized());
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'CASE_VIEW_REFUSED' and subject = ?",
                Long.class, otherProcedure)).isEqualTo(1);
    }

    private String refused(String name) {
        String caseNumber = legalAid.apply(new LegalAidApplication("WALK_IN", name, "152501197809309038", null, 4, "INJURY",
                LegalAidServiceTest.FACTS, new BigDecimal("5000"), "NONE", false, false, false, null, null, null, null, null),
                "justice.officer", null).caseNumber();
        complete(caseNumber, Map.of("intakeOutcome", "ACCEPT"));
        complete(caseNumber, Map.of("decision", "REFUSE_NOT_HARDSHIP"));
        return caseNumber;
    }

    private void complete(String caseNumber, Map<String, Object> values) {
        String taskId = tasks.createTaskQuery().processInstanceBusinessKey(caseNumber).singleResult().getId();
        assertThat(inbox.complete(LegalAidServiceTest.OFFICER, taskId, values).done()).isTrue();
    }

    private MockHttpServletRequestBuilder remedy(String caseNumber, String kind, String user, String body) {
        return post("/api/legal-aid/cases/" + caseNumber + "/" + kind).with(httpBasic(user, "tongban"))
                .contentType(MediaType.APPLICATION_JSON).content(body);
    }

    private String today() {
        return LocalDate.now(clock).toString();
    }
}
