package org.tongban.placement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.UUID;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.tongban.TongbanTest;
import org.tongban.people.PeopleRegistry;
import org.tongban.people.Person;

/** The REST intake: good input makes one case however often it is retried; bad input writes nothing. */
@TongbanTest
class WelfarePlacementApiTest {

    @Autowired MockMvc mvc;
    @Autowired PeopleRegistry people;
    @Autowired org.springframework.jdbc.core.JdbcTemplate jdbc;
    @Autowired WelfareApplicationRepository applications;
    @Autowired RuntimeService runtime;

    @Test
    void a_hotline_retry_with_the_same_key_returns_the_first_case_instead_of_a_second() throws Exception {
        Person person = TestPeople.woman(jdbc, people);
        String key = UUID.randomUUID().toString();
        String body = json(person.getIdNumber(), "1525010012345678", "COMMUNITY-01", "13904791234");

        String caseNumber = send(body, key, "community01").andExpect(status().isCreated())
                .andExpect(jsonPath("$.caseNumber").exists()).andReturn().getResponse().getContentAsString()
                .replaceAll(".*\"caseNumber\":\"([^\"]+)\".*", "$1");
        send(body, key, "community01").andExpect(status().isOk()).andExpect(jsonPath("$.caseNumber").value(caseNumber));

        assertThat(caseNumber).matches("WP-\\d{4}-\\d{6}");
        assertThat(applications.findByPersonIdOrderById(person.getId())).hasSize(1);
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(caseNumber).count()).isOne();
    }

    @Test
    void bad_input_is_answered_field_by_field_and_nothing_is_written() throws Exception {
        long before = applications.count();
        send(json("152501197809309037", "12", "COMMUNITY-02", "12345"), "k-" + UUID.randomUUID(), "community01")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.idNumber").value("身份证号格式或校验位不正确"))
                .andExpect(jsonPath("$.errors.employmentCard").exists())
                .andExpect(jsonPath("$.errors.grassRootsUnit").value("只能登记本单位辖区的申请"))
                .andExpect(jsonPath("$.errors.phone").exists());
        assertThat(applications.count()).isEqualTo(before);
    }

    @Test
    void messages_follow_the_callers_language_and_a_missing_key_or_person_is_a_field_error() throws Exception {
        mvc.perform(post("/api/welfare-placement/applications").with(httpBasic("cdpf.officer", "tongban"))
                        .header("Accept-Language", "en").contentType(MediaType.APPLICATION_JSON)
                        .content(json("110101199003078515", "1525010012345678", "COMMUNITY-03", "")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors['Idempotency-Key']").exists())
                .andExpect(jsonPath("$.errors.idNumber").value(
                        "No one with this ID number is in the disability registry; register the card first"));
    }

    @Test
    void broken_json_is_a_400_not_a_500() throws Exception {
        mvc.perform(post("/api/welfare-placement/applications").with(httpBasic("community01", "tongban"))
                        .header("Idempotency-Key", "x1").contentType(MediaType.APPLICATION_JSON).content("{\"idNumber\":"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.message").value("请求内容不是有效的 JSON"));
    }

    @Test
    void an_agency_that_does_not_take_applications_is_refused_and_a_stranger_is_asked_to_sign_in() throws Exception {
        send(json("152501197809309038", "1525010012345678", "COMMUNITY-01", ""), "k3", "tax.officer")
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/welfare-placement/applications").contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isUnauthorized());
    }

    private ResultActions send(String body, String key, String user) throws Exception {
        return mvc.perform(post("/api/welfare-placement/applications").with(httpBasic(user, "tongban"))
                .header("Idempotency-Key", key).contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private static String json(String id, String card, String unit, String phone) {
        return "{\"idNumber\":\"%s\",\"employmentCard\":\"%s\",\"grassRootsUnit\":\"%s\",\"phone\":\"%s\"}"
                .formatted(id, card, unit, phone);
    }
}
