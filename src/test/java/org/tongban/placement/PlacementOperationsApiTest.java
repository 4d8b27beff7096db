package org.tongban.placement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.tongban.TongbanTest;

/**
 * REST for what HRSS and CDPF officers record for employers and the public: good input is
 * recorded and moves the case; bad input is answered per field writing nothing; a case not at
 * that point is a 422 with the rule's message; other agencies get 403, unknown cases 404.
 */
@TongbanTest
class PlacementOperationsApiTest {

    @Autowired MockMvc mvc;
    @Autowired ApplicationContext context;
    @Autowired PlacementClaimRepository claims;
    @Autowired PlacementEventRepository events;
    @Autowired TaskService tasks;
    PlacementCases cases;

    @BeforeEach
    void setUp() {
        cases = new PlacementCases(context);
    }

    @Nested
    class QuarterlyClaims {

        @Test
        void a_claim_for_the_quarter_that_ended_is_recorded_with_its_computed_subsidy() throws Exception {
            String c = cases.claimDue();
            send("hrss.officer", c, "claims", "{\"monthsWorked\":\"3\",\"vouchersChecked\":\"true\",\"note\":\"\"}")
                    .andExpect(status().isCreated())
                    .andExpect(jsonPath("$.detail").value("3 × 2270.00 + 3 × 4000 × 23.5% = 9630.00"));
            assertThat(openTask(c)).isEqualTo(WelfarePlacementProcess.TASK_REVIEW_CLAIM);
            assertThat(cases.variable(c, "claimComputed")).isEqualTo(9630.0);
        }

        @Test
        void bad_months_and_unchecked_vouchers_are_answered_per_field_and_nothing_is_written() throws Exception {
            String c = cases.claimDue();
            long before = claims.count();
            send("cdpf.officer", c, "claims", "{\"monthsWorked\":\"4\",\"vouchersChecked\":\"false\"}")
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors.monthsWorked").value("在岗月数应为 1 至本期月数之间的整数"))
                    .andExpect(jsonPath("$.errors.vouchersChecked").value("请先核对花名册、工资发放和社保缴费凭证"));
            sendEn("hrss.officer", c, "claims", "{\"monthsWorked\":\"three\",\"vouchersChecked\":\"true\"}")
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors.monthsWorked").value("Enter a whole number"));
            assertThat(claims.count()).isEqualTo(before);
            assertThat(openTask(c)).isNull();
        }

        @Test
        void a_claim_before_the_quarter_ended_is_refused_with_the_rule_not_a_500() throws Exception {
            String c = cases.inService();
            send("hrss.officer", c, "claims", "{\"monthsWorked\":\"3\",\"vouchersChecked\":\"true\"}")
                    .andExpect(status().isUnprocessableEntity())
                    .andExpect(jsonPath("$.code").value("placement.claim.notAwaited"))
                    .andExpect(jsonPath("$.message").value("案件 " + c + " 当前没有待申领的季度补贴（季度未结束或本期已申领）"));
        }
    }

    @Nested
    class Objections {

        @Test
        void an_objection_during_the_notice_goes_to_hrss_for_verification() throws Exception {
            String c = cases.onNotice();
            send("hrss.officer", c, "objections", "{\"receivedOn\":\"" + LocalDate.now()
                    + "\",\"summary\":\"群众来电反映申请人已在外地就业\"}").andExpect(status().isCreated());
            assertThat(openTask(c)).isEqualTo(WelfarePlacementProcess.TASK_VERIFY_OBJECTION);
        }

        @Test
        void a_date_in_the_future_or_not_a_date_and_an_empty_summary_are_field_errors() throws Exception {
            String c = cases.onNotice();
            long before = events.count();
            send("hrss.officer", c, "objections", "{\"receivedOn\":\"" + LocalDate.now().plusDays(2) + "\",\"summary\":\" \"}")
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors.receivedOn").value("日期不能晚于今天"))
                    .andExpect(jsonPath("$.errors.summary").exists());
            send("hrss.officer", c, "objections", "{\"receivedOn\":\"2026-02-30\",\"summary\":\"反映情况\"}")
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors.receivedOn").value("日期格式应为 yyyy-MM-dd"));
            assertThat(events.count()).isEqualTo(before);
        }

        @Test
        void an_objection_to_a_case_not_on_notice_is_refused_by_the_rule() throws Exception {
            String c = cases.inService();
            sendEn("hrss.officer", c, "objections", "{\"receivedOn\":\"" + LocalDate.now() + "\",\"summary\":\"反映情况\"}")
                    .andExpect(status().isUnprocessableEntity())
                    .andExpect(jsonPath("$.code").value("placement.objection.notOnNotice"));
        }
    }

    @Nested
    class ExitsAndAssessments {

        @Test
        void a_vacancy_report_asks_hrss_to_confirm_the_exit_with_the_reason_given() throws Exception {
            String c = cases.inService();
            send("hrss.officer", c, "exit-reports", "{\"reason\":\"LEFT_POST\",\"leftOn\":\"" + LocalDate.now()
                    + "\",\"note\":\"用人单位报告本人连续多日未到岗\"}").andExpect(status().isCreated());
            assertThat(openTask(c)).isEqualTo(WelfarePlacementProcess.TASK_CONFIRM_EXIT);
            assertThat(cases.variable(c, "exitReason")).isEqualTo("LEFT_POST");
        }

        @Test
        void an_unknown_reason_and_a_day_before_the_placement_are_field_errors() throws Exception {
            String c = cases.inService();
            send("hrss.officer", c, "exit-reports", "{\"reason\":\"BORED\",\"leftOn\":\"" + LocalDate.now().minusYears(1)
                    + "\",\"note\":\"\"}")
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors.reason").value("请选择原因"))
                    .andExpect(jsonPath("$.errors.leftOn").value("日期不能早于安置开始日"))
                    .andExpect(jsonPath("$.errors.note").exists());
            assertThat(openTask(c)).isNull();
        }

        @Test
        void one_yearly_assessment_a_year_and_a_failed_one_reports_the_exit() throws Exception {
            String c = cases.inService();
            String passed = "{\"kind\":\"YEARLY_ASSESSMENT\",\"on\":\"" + LocalDate.now() + "\",\"outcome\":\"PASSED\"}";
            send("hrss.officer", c, "assessments", passed).andExpect(status().isCreated());
            send("cdpf.officer", c, "assessments", passed).andExpect(status().isUnprocessableEntity())
                    .andExpect(jsonPath("$.code").value("placement.assessment.alreadyDone"));
            send("hrss.officer", c, "assessments", "{\"kind\":\"SPOT_CHECK\",\"on\":\"" + LocalDate.now()
                    + "\",\"outcome\":\"FAILED\"}").andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors.note").value("请填写说明（至少 2 个字）"));
            send("hrss.officer", c, "assessments", "{\"kind\":\"SPOT_CHECK\",\"on\":\"" + LocalDate.now()
                    + "\",\"outcome\":\"FAILED\",\"note\":\"抽查时本人不在岗，花名册与考勤不符\"}")
                    .andExpect(status().isCreated()).andExpect(jsonPath("$.detail").value("FRAUD"));
            assertThat(openTask(c)).isEqualTo(WelfarePlacementProcess.TASK_CONFIRM_EXIT);
            assertThat(cases.variable(c, "exitReason")).isEqualTo("FRAUD");
        }
    }

    @Nested
    class WhoMayRecord {

        @Test
        void another_agency_gets_403_an_unknown_case_404_broken_json_400_and_a_stranger_401() throws Exception {
            String c = cases.claimDue();
            String body = "{\"monthsWorked\":\"3\",\"vouchersChecked\":\"true\"}";
            send("civil.officer", c, "claims", body).andExpect(status().isForbidden());
            send("community01", c, "claims", body).andExpect(status().isForbidden());
            send("hrss.officer", "WP-2026-999999", "claims", body).andExpect(status().isNotFound())
                    .andExpect(jsonPath("$.message").value("未找到该案件，或你的单位不办理该案件。"));
            send("hrss.officer", c, "claims", "{\"monthsWorked\":").andExpect(status().isBadRequest());
            mvc.perform(post("/api/welfare-placement/cases/" + c + "/claims").contentType(MediaType.APPLICATION_JSON)
                    .content(body)).andExpect(status().isUnauthorized());
            assertThat(openTask(c)).as("nothing recorded").isNull();
        }
    }

    private String openTask(String caseNumber) {
        var list = tasks.createTaskQuery().processInstanceBusinessKey(caseNumber).list();
        return list.isEmpty() ? null : list.get(0).getTaskDefinitionKey();
    }

    private ResultActions send(String user, String caseNumber, String what, String json) throws Exception {
        return mvc.perform(post("/api/welfare-placement/cases/" + caseNumber + "/" + what).with(httpBasic(user, "tongban"))
                .contentType(MediaType.APPLICATION_JSON).content(json));
    }

    private ResultActions sendEn(String user, String caseNumber, String what, String json) throws Exception {
        return mvc.perform(post("/api/welfare-placement/cases/" + caseNumber + "/" + what).with(httpBasic(user, "tongban"))
                .header("Accept-Language", "en").contentType(MediaType.APPLICATION_JSON).content(json));
    }
}
