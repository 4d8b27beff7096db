package org.tongban.committee;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.springframework.jdbc.core.JdbcTemplate;

/** The constructed relay history for tests outside this package; returns its process key. */
public final class TestHistory {

    private TestHistory() {
    }

    public static String relay(RepositoryService repository, RuntimeService runtime, TaskService tasks, JdbcTemplate jdbc) {
        return ConstructedHistory.relay(repository, runtime, tasks, jdbc).processKey;
    }
}
