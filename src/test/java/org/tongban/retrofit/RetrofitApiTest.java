package org.tongban.retrofit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.tongban.TongbanTest;
import org.tongban.people.PeopleRegistry;

/** REST intake over HTTP Basic: good input makes one case per key; bad input is 400 per field. */
@TongbanTest
class RetrofitApiTest {

    static final String URL = "/api/accessibility-retrofit/applications";

    @Autowired TestRestTemplate rest;
    @Autowired org.springframework.context.ApplicationContext context;
    @Autowired org.springframework.jdbc.core.JdbcTemplate jdbc;
    @Autowired RetrofitApplicationRepository applications;
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void a_grass_roots_officer_files_an_application_and_a_retry_returns_the_same_case() throws Exception {
        String head = TestHouseholds.person(jdbc, 1, LocalDate.of(1900, 1, 1), LocalDate.now());
        Map<String, Object> body = body(head);
        String key = "12385-" + System.nanoTime();

        ResponseEntity<String> first = post("community03", key, body, "zh-CN");
        ResponseEntity<String> retry = post("community03", key, body, "zh-CN");

        assertThat(first.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String caseNumber = json.readTree(first.getBody()).path("caseNumber").asText();
        assertThat(caseNumber).startsWith("AR-");
        assertThat(retry.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(json.readTree(retry.getBody()).path("caseNumber").asText()).isEqualTo(caseNumber);
        assertThat(applications.findByCaseNumber(caseNumber)).isPresent();
    }

    @Test
    void bad_input_gets_400_with_a_message_per_field_in_the_callers_language_and_writes_nothing() throws Exception {
        long before = applications.count();
        Map<String, Object> body = new java.util.HashMap<>(body("15253019700301999X"));
        body.put("tenure", "CASTLE");
        body.put("channel", "FAX");
        body.put("need", "");

        ResponseEntity<String> response = post("community03", "bad-" + System.nanoTime(), body, "en");

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        JsonNode errors = json.readTree(response.getBody()).path("errors");
        assertThat(errors.fieldNames()).toIterable().containsExactlyInAnyOrder("headIdNumber", "tenure", "channel", "need");
        assertThat(errors.path("tenure").asText()).isEqualTo("Choose the tenure");
        assertThat(applications.count()).isEqualTo(before);
    }

    @Test
    void a_missing_key_or_an_unreadable_body_is_400_and_another_units_household_is_403() {
        String head = TestHouseholds.person(jdbc, 2, LocalDate.of(1900, 1, 1), LocalDate.now());
        assertThat(post("community03", null, body(head), "zh-CN").getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        HttpHeaders headers = headers("k-" + System.nanoTime(), "zh-CN");
        assertThat(rest.withBasicAuth("community03", "tongban").postForEntity(URL, new HttpEntity<>("{not json", headers),
                String.class).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(post("community01", "k-" + System.nanoTime(), body(head), "zh-CN").getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(rest.postForEntity(URL, new HttpEntity<>(body(head), headers), String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void an_objection_from_the_hotline_is_taken_during_the_notice_and_refused_with_422_otherwise() throws Exception {
        TestRetrofitCases cases = new TestRetrofitCases(context);
        String inNotice = cases.inNotice(TestHouseholds.person(jdbc, 1));
        String justApplied = cases.applied(TestHouseholds.person(jdbc, 2));
        String objections = "/api/accessibility-retrofit/cases/{c}/objections";

        ResponseEntity<String> taken = rest.withBasicAuth("housing.officer", "tongban").postForEntity(objections,
                new HttpEntity<>(Map.of("summary", "12345 热线反映该户已迁出本市"), headers(null, "zh-CN")), String.class, inNotice);
        ResponseEntity<String> early = rest.withBasicAuth("housing.officer", "tongban").postForEntity(objections,
                new HttpEntity<>(Map.of("summary", "反映情况"), headers(null, "en")), String.class, justApplied);
        ResponseEntity<String> blank = rest.withBasicAuth("cdpf.officer", "tongban").postForEntity(objections,
                new HttpEntity<>(Map.of("summary", " "), headers(null, "zh-CN")), String.class, inNotice);
        ResponseEntity<String> otherAgency = rest.withBasicAuth("civil.officer", "tongban").postForEntity(objections,
                new HttpEntity<>(Map.of("summary", "反映情况"), headers(null, "zh-CN")), String.class, inNotice);

        assertThat(taken.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        assertThat(jdbc.queryForObject("select count(*) from act_ru_task t join act_ru_execution e on e.id_ = t.proc_inst_id_"
                + " where e.business_key_ = ? and t.task_def_key_ = ?", Integer.class, inNotice,
                RetrofitProcess.TASK_VERIFY_OBJECTION)).isEqualTo(1);
        assertThat(early.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(json.readTree(early.getBody()).path("message").asText()).contains("public notice");
        assertThat(blank.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(otherAgency.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(json.readTree(otherAgency.getBody()).path("code").asText()).isEqualTo("retrofit.refusal.notYourCase");
    }

    private ResponseEntity<String> post(String user, String key, Map<String, Object> body, String language) {
        return rest.withBasicAuth(user, "tongban").postForEntity(URL, new HttpEntity<>(body, headers(key, language)),
                String.class);
    }

    private static HttpHeaders headers(String key, String language) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.set(HttpHeaders.ACCEPT_LANGUAGE, language);
        if (key != null) {
            headers.set("Idempotency-Key", key);
        }
        return headers;
    }

    private static Map<String, Object> body(String head) {
        return Map.of("headIdNumber", head, "members", List.of(), "grassRootsUnit", "COMMUNITY-03",
                "address", "二连浩特市某社区 5 号楼", "hardshipClaimed", "DIBAO", "tenure", "OWNED", "resident", true,
                "channel", "GRASS_ROOTS", "need", "轮椅无法进出卫生间");
    }
}
