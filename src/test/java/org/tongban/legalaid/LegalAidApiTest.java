package org.tongban.legalaid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.HistoryService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.tongban.TongbanTest;

@TongbanTest
class LegalAidApiTest {

    static final String HOTLINE_ORDER = """
            {"channel":"HOTLINE","applicantName":"格日勒","idNumber":"15250119850312908X","disabilityCategory":2,
             "matterType":"MAINTENANCE","caseFacts":"子女拒不支付赡养费，申请人听力残疾无固定生活来源。",
             "exemptGroup":"DISABLED_NO_FIXED_INCOME","hotline":"12348","hotlineOrderNumber":"%s"}""";

    @Autowired MockMvc mvc;
    @Autowired JdbcTemplate jdbc;
    @Autowired HistoryService history;
    @Autowired ObjectMapper json;

    @Test
    void a_hotline_work_order_sent_twice_with_the_same_key_makes_one_case() throws Exception {
        String body = HOTLINE_ORDER.formatted("WO-12348-0001");

        String first = mvc.perform(post("/api/legal-aid/applications").with(httpBasic("justice.officer", "tongban"))
                        .header("Idempotency-Key", "12348-WO-0001").contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", startsWith("/cases/LA-")))
                .andReturn().getResponse().getContentAsString();
        String caseNumber = json.readTree(first).get("caseNumber").asText();

        mvc.perform(post("/api/legal-aid/applications").with(httpBasic("justice.officer", "tongban"))
                        .header("Idempotency-Key", "12348-WO-0001").contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.caseNumber").value(caseNumber));
        assertThat(history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(caseNumber).count()).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from la_case where case_number = ?", Long.class, caseNumber)).isEqualTo(1);
    }

    @Test
    void bad_input_answers_400_with_a_message_per_field_and_writes_nothing() throws Exception {
        long before = jdbc.queryForObject("select count(*) from la_case", Long.class);

        mvc.perform(post("/api/legal-aid/applications").with(httpBasic("justice.officer", "tongban"))
                        .header("Idempotency-Key", "bad-input-1").contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"channel":"HOTLINE","applicantName":"格日勒","idNumber":"152501197809309037","disabilityCategory":2,
                                 "matterType":"MAINTENANCE","caseFacts":"太短","exemptGroup":"NONE","hotline":"110"}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.containsInAnyOrder(
                        "idNumber", "caseFacts", "hotline", "hotlineOrderNumber")))
                .andExpect(jsonPath("$.errors[*].message").value(hasItem("公民身份号码格式、出生日期或校验码不正确")));
        mvc.perform(post("/api/legal-aid/applications").with(httpBasic("justice.officer", "tongban"))
                        .header("Idempotency-Key", "bad-input-2").header("Accept-Language", "en")
                        .contentType(MediaType.APPLICATION_JSON).content("{\"channel\": \"HOTLINE\", \"disabilityCategory\": \"two\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message").value("The request is not valid JSON or a field has the wrong type"));
        mvc.perform(post("/api/legal-aid/applications").with(httpBasic("justice.officer", "tongban"))
                        .contentType(MediaType.APPLICATION_JSON).content(HOTLINE_ORDER.formatted("WO-12348-0002")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("Idempotency-Key"));
        assertThat(jdbc.queryForObject("select count(*) from la_case", Long.class)).isEqualTo(before);
    }

    @Test
    void only_authenticated_intake_agencies_may_file_and_a_key_is_not_reused_for_another_order() throws Exception {
        String body = HOTLINE_ORDER.formatted("WO-12348-0003");

        mvc.perform(post("/api/legal-aid/applications").header("Idempotency-Key", "anon-1")
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isUnauthorized());
        mvc.perform(post("/api/legal-aid/applications").with(httpBasic("housing.officer", "tongban"))
                        .header("Idempotency-Key", "housing-1").contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/legal-aid/applications").with(httpBasic("justice.officer", "tongban"))
                        .header("Idempotency-Key", "reused-1").contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated());
        mvc.perform(post("/api/legal-aid/applications").with(httpBasic("justice.officer", "tongban"))
                        .header("Idempotency-Key", "reused-1").contentType(MediaType.APPLICATION_JSON)
                        .content(HOTLINE_ORDER.formatted("WO-12348-9999")))
                .andExpect(status().isUnprocessableEntity());
    }

    @Test
    void the_police_forward_a_request_from_custody() throws Exception {
        mvc.perform(post("/api/legal-aid/applications").with(httpBasic("police.officer", "tongban"))
                        .header("Idempotency-Key", "custody-1").contentType(MediaType.APPLICATION_JSON).content("""
                                {"channel":"CUSTODY","applicantName":"阿拉坦","idNumber":"152501197809309038","disabilityCategory":4,
                                 "matterType":"CRIMINAL_DEFENCE","caseFacts":"犯罪嫌疑人在看守所提出法律援助申请，涉嫌盗窃。",
                                 "exemptGroup":"NONE","forwardingAgency":"POLICE","custodyRequestAt":"2026-01-05T08:00:00+08:00"}"""))
                .andExpect(status().isCreated());
    }
}
