package org.tongban.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.tongban.PostgresTest;

/** Issuing on PostgreSQL from many threads at once: every number once, none missing. */
@PostgresTest
class DocumentNumbersIT {

    private static final int THREADS = 20;
    private static final int PER_THREAD = 50;

    @Autowired DocumentService documents;
    @Autowired JdbcTemplate jdbc;

    @Test
    void twenty_threads_issuing_fifty_documents_each_get_a_thousand_gap_free_numbers() throws Exception {
        DocumentRequest sample = SampleDocuments.acceptance();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        List<Callable<List<IssuedDocument>>> workers = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            int thread = t;
            workers.add(() -> {
                List<IssuedDocument> issued = new ArrayList<>();
                for (int i = 0; i < PER_THREAD; i++) {
                    String caseNumber = "RR-2026-%03d%03d".formatted(thread, i);
                    issued.add(documents.issue(new DocumentRequest(sample.kind(), "CIVIL", caseNumber,
                            "Task_CheckApplication", sample.content()), "civil.officer"));
                }
                return issued;
            });
        }
        List<IssuedDocument> all = new ArrayList<>();
        for (Future<List<IssuedDocument>> worker : pool.invokeAll(workers)) {
            all.addAll(worker.get());
        }
        pool.shutdown();

        int year = all.get(0).issuedAt().getYear();
        Set<String> expected = new HashSet<>();
        for (int n = 1; n <= THREADS * PER_THREAD; n++) {
            expected.add("二民社受〔" + year + "〕" + n + "号");
        }
        assertThat(all).extracting(IssuedDocument::number).doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(expected);
        assertThat(jdbc.queryForObject("select count(*) from document where agency_code = 'CIVIL'", Long.class))
                .isEqualTo(THREADS * PER_THREAD);
        IssuedDocument last = all.get(all.size() - 1);
        assertThat(DocumentModel.sha256(documents.download(last.id(), "civil.officer"))).isEqualTo(last.fileSha256());
    }
}
