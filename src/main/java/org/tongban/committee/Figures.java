package org.tongban.committee;

import java.time.Instant;
import java.util.List;

/** The figures the committee page, the report and the CSV files show. Durations in seconds. */
public final class Figures {

    private Figures() {
    }

    /**
     * One agency's line of the league table: tasks completed in the period, waiting (created →
     * claimed) and working (claimed → completed) percentiles, how many completed by their due time
     * of those with one, the open tasks now and the oldest one's creation, 督办 received in the period.
     */
    public record AgencyFigures(String agency, long handled, Double waitingP50, Double waitingP90, Double workingP50,
            Double workingP90, long onTime, long withDue, long backlog, Instant oldestOpen, long supervisions) {

        /** Share of tasks with a due time completed by it; null when none had one. */
        public Double onTimeRate() {
            return withDue == 0 ? null : (double) onTime / withDue;
        }
    }

    /** Cases passed from one agency to another in the period, and how long they waited to be taken up. */
    public record Handoff(String fromAgency, String toAgency, long count, Double waitP50, Double waitP90) {
    }

    /** One activity (user task) of a procedure: completed in the period with its waiting, and open now. */
    public record ActivityFigures(String processKey, String taskKey, long completed, Double waitingP50,
            Double waitingP90, long queue) {
    }

    /** The whole league table, ordered by agency code. */
    public record League(List<AgencyFigures> agencies) {
    }
}
