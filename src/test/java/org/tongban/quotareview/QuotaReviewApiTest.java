package org.tongban.quotareview;

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
import org.springframework.test.web.servlet.ResultActions;
import org.tongban.TongbanTest;

@TongbanTest
class QuotaReviewApiTest {

    @Autowired MockMvc mvc;
    @Autowired EmployerRegistry registry;
    @Autowired QuotaReviewService reviews;
    @Autowired JdbcTemplate jdbc;

    private String employerWithReview() {
        String code = QuotaFixtures.newCreditCode();
        Employer e = registry.register(new EmployerRegistration(code, "接口测试单位" + System.nanoTime(), EmployerKind.ENTERPRISE,
                false, false, false));
        reviews.startReview(e.getId(), LocalDate.now().getYear(), LocalDate.now().plusMonths(2), "cdpf.officer");
        return code;
    }

    private ResultActions send(String user, String key, String json) throws Exception {
        var request = post("/api/quota-review/applications").with(httpBasic(user, "tongban"))
                .contentType(MediaType.APPLICATION_JSON).content(json);
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        return mvc.perform(request);
    }

    @Test
    void an_online_declaration_is_taken_once_per_idempotency_key() throws Exception {
        String code = employerWithReview();
        String card = DemoCards.next(jdbc, 4, 3, 4);
        String json = """
                {"creditCode": "%s", "headcount": 150, "payroll": 9000000,
                 "roster": [{"cardKind": "DISABILITY", "cardNumber": "%s", "contractMonths": 24, "monthsEmployed": 12,
                             "annualWage": 50000, "insuranceFull": true}]}""".formatted(code, card);

        send("cdpf.officer", "hotline-retry-1", json).andExpect(status().isCreated())
                .andExpect(jsonPath("$.roster[0].weight").value(1))
                .andExpect(jsonPath("$.roster[0].maskedCard").value(org.hamcrest.Matchers.containsString("****")))
                .andExpect(jsonPath("$.replay").value(false));
        String caseNumber = reviews.findForEmployer(registry.findByCreditCode(code).orElseThrow().getId(),
                LocalDate.now().getYear()).orElseThrow().getCaseNumber();

        send("cdpf.officer", "hotline-retry-1", json).andExpect(status().isOk())
                .andExpect(jsonPath("$.caseNumber").value(caseNumber)).andExpect(jsonPath("$.replay").value(true));
        assertThat(jdbc.queryForObject("select count(*) from qr_roster_entry r join qr_review v on v.id = r.review_id "
                + "where v.case_number = ?", Integer.class, caseNumber)).isEqualTo(1);
        send("cdpf.officer", "another-key", json).andExpect(status().isConflict());
    }

    @Test
    void bad_input_is_answered_400_per_field_and_writes_nothing() throws Exception {
        String code = employerWithReview();
        String bad = code.substring(0, 17) + (code.charAt(17) == '0' ? '1' : '0');
        send("cdpf.officer", null, """
                {"creditCode": "%s", "headcount": -5,
                 "roster": [{"cardKind": "DISABILITY", "cardNumber": "123", "monthsEmployed": 14, "annualWage": 1},
                            {"cardKind": "PASSPORT", "cardNumber": "x"}]}""".formatted(bad))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == 'Idempotency-Key')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'creditCode')].message").value("校验码不正确，请核对。"))
                .andExpect(jsonPath("$.errors[?(@.field == 'headcount')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'payroll')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'roster[0].cardNumber')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'roster[0].monthsEmployed')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'roster[1].cardKind')]").exists());

        mvc.perform(post("/api/quota-review/applications").with(httpBasic("cdpf.officer", "tongban"))
                .header("Idempotency-Key", "k").header("Accept-Language", "en").contentType(MediaType.APPLICATION_JSON)
                .content("{\"creditCode\": \"%s\", \"headcount\": 0, \"payroll\": 1}".formatted(code)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("headcount"))
                .andExpect(jsonPath("$.errors[0].message").value("The headcount must be above 0, with at most two decimals."));
        send("cdpf.officer", "k2", "{not json").andExpect(status().isBadRequest());
        assertThat(reviews.findForEmployer(registry.findByCreditCode(code).orElseThrow().getId(), LocalDate.now().getYear())
                .orElseThrow().getStatus()).isEqualTo(ReviewStatus.AWAITING_DECLARATION);
    }

    @Test
    void only_signed_in_intake_officers_may_declare() throws Exception {
        mvc.perform(post("/api/quota-review/applications").contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isUnauthorized());
        send("civil.officer", "k", "{}").andExpect(status().isForbidden());
    }
}
