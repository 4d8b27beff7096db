package org.tongban.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tongban.PostgresTest;

@PostgresTest
class CaseNumbersIT {

    @Autowired CaseNumbers caseNumbers;

    @Test
    void concurrent_requests_get_distinct_consecutive_numbers() throws Exception {
        int requests = 40;
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Callable<String>> calls = new ArrayList<>();
        for (int i = 0; i < requests; i++) {
            calls.add(() -> caseNumbers.next("TQ"));
        }
        List<String> numbers = new ArrayList<>();
        for (Future<String> f : pool.invokeAll(calls)) {
            numbers.add(f.get());
        }
        pool.shutdown();

        String year = String.valueOf(Year.now(java.time.ZoneId.of("Asia/Shanghai")).getValue());
        List<String> expected = new ArrayList<>();
        for (int i = 1; i <= requests; i++) {
            expected.add("TQ-%s-%06d".formatted(year, i));
        }
        assertThat(numbers).containsExactlyInAnyOrderElementsOf(expected);
    }
}
