package org.tongban.legalaid;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.tongban.PostgresTest;

@PostgresTest
class LegalAidIntakeIT {

    @Autowired TestRestTemplate rest;
    @Autowired JdbcTemplate jdbc;

    @Test
    void a_hotline_retrying_at_once_in_parallel_still_makes_one_case() throws Exception {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.set("Idempotency-Key", "12345-GD-PARALLEL-1");
        HttpEntity<String> request = new HttpEntity<>("""
                {"channel":"HOTLINE","applicantName":"萨仁","idNumber":"15250119850312908X","disabilityCategory":1,
                 "matterType":"LABOUR","caseFacts":"用人单位拖欠申请人工资两个月，申请人视力残疾。",
                 "exemptGroup":"DISABLED_NO_FIXED_INCOME","hotline":"12345","hotlineOrderNumber":"GD-PARALLEL-1"}""", headers);
        ExecutorService pool = Executors.newFixedThreadPool(6);
        List<Callable<ResponseEntity<String>>> calls = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            calls.add(() -> rest.withBasicAuth("justice.officer", "tongban")
                    .postForEntity("/api/legal-aid/applications", request, String.class));
        }
        List<ResponseEntity<String>> answers = new ArrayList<>();
        for (Future<ResponseEntity<String>> f : pool.invokeAll(calls)) {
            answers.add(f.get());
        }
        pool.shutdown();

        assertThat(answers).extracting(r -> r.getStatusCode().value()).containsOnly(200, 201).containsOnlyOnce(201);
        assertThat(answers).extracting(ResponseEntity::getBody).containsOnly(answers.get(0).getBody());
        assertThat(jdbc.queryForObject("select count(*) from la_case where idempotency_key = ?", Long.class,
                "justice.officer:12345-GD-PARALLEL-1")).isEqualTo(1);
    }
}
