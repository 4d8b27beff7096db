package org.tongban.cases;

import java.time.Instant;

/** Where a case stands in the engine: its process instance and whether it has ended. */
public record CaseRecord(String caseNumber, String processInstanceId, String processKey, Instant startedAt,
        Instant endedAt) {

    public boolean open() {
        return endedAt == null;
    }
}
