package org.tongban.rehab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.tongban.TongbanTest;

@TongbanTest
class RehabApplicationApiTest {

    static final String URL = "/api/rehab-rescue/applications";

    @Autowired MockMvc mvc;
    @Autowired JdbcTemplate jdbc;

    static String json(String childId, String guardianId, String consent, String category) {
        return """
            {"guardianName":"王建国","guardianIdNumber":"%s","relation":"PARENT","relationDocument":"BIRTH_CERTIFICATE",
             "documentsChecked":true,"consentGiven":%s,"childName":"王小乐","childIdNumber":"%s","grassRootsUnit":"GACHA-02",
             "residence":"HUKOU","category":%s,"proof":"CERTIFICATE","certificateNumber":"%s52","services":["TRAINING","PHYSIO"],
             "channel":"HOTLINE"}""".formatted(guardianId, consent, childId, category, childId);
    }

    @Test
    void a_good_application_makes_one_case_even_when_the_hotline_retries() throws Exception {
        String body = json(RehabTestData.id(LocalDate.of(2019, 3, 3)), RehabTestData.id(LocalDate.of(1990, 1, 1)), "true", "5");
        String first = mvc.perform(post(URL).with(httpBasic("cdpf.officer", "tongban")).header("Idempotency-Key", "hl-7781")
                .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.caseNumber").exists())
                .andReturn().getResponse().getContentAsString();
        String again = mvc.perform(post(URL).with(httpBasic("cdpf.officer", "tongban")).header("Idempotency-Key", "hl-7781")
                .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        assertThat(again).isEqualTo(first);
        assertThat(jdbc.queryForObject("select count(*) from rehab_application where idempotency_key = 'hl-7781'", Integer.class))
                .isEqualTo(1);
    }

    @Test
    void bad_input_answers_400_with_a_message_per_field_and_writes_nothing() throws Exception {
        int before = jdbc.queryForObject("select count(*) from rehab_consent", Integer.class);
        String body = json("152501201903039999", RehabTestData.id(LocalDate.of(1990, 1, 1)), "false", "9");
        mvc.perform(post(URL).with(httpBasic("cdpf.officer", "tongban")).header("Idempotency-Key", "hl-bad-1")
                .header("Accept-Language", "en").contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.consentGiven").value("Without the guardian's consent nothing about the child can be recorded."))
                .andExpect(jsonPath("$.errors.childIdNumber").exists())
                .andExpect(jsonPath("$.errors.category").exists());
        assertThat(jdbc.queryForObject("select count(*) from rehab_consent", Integer.class)).isEqualTo(before);
    }

    @Test
    void a_missing_idempotency_key_is_a_field_error_and_other_agencies_and_strangers_are_refused() throws Exception {
        String body = json(RehabTestData.id(LocalDate.of(2019, 3, 3)), RehabTestData.id(LocalDate.of(1990, 1, 1)), "true", "5");
        mvc.perform(post(URL).with(httpBasic("cdpf.officer", "tongban")).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors['Idempotency-Key']").exists());
        mvc.perform(post(URL).with(httpBasic("fin.officer", "tongban")).header("Idempotency-Key", "x1")
                .contentType(MediaType.APPLICATION_JSON).content(body)).andExpect(status().isForbidden());
        mvc.perform(post(URL).header("Idempotency-Key", "x2").contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isUnauthorized());
    }
}
