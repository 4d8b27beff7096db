package org.tongban.placement;

import java.time.LocalDate;
import java.util.Map;

/**
 * What an HRSS or CDPF officer records on a placement case for the employer or the public (there
 * are no employer accounts), and the answer: done, field errors (translation keys), or not found.
 */
public final class PlacementReports {

    /** Exit reasons an officer may report; {@code LEFT_POST} is the employer's vacancy report. */
    public static final java.util.List<String> EXIT_REASONS = java.util.List.of("LEFT_POST", "OTHER_JOB", "RETIRED",
            "FAILED_ASSESSMENT", "MISCONDUCT", "DEATH", "FRAUD");

    /** The employer's quarterly claim: months worked by the roster, wages and 社保 vouchers checked. */
    public record Claim(Integer monthsWorked, boolean vouchersChecked, String note) {
    }

    /** An objection to the 公示, received on a date, in a summary (may name the objector: encrypted). */
    public record Objection(LocalDate receivedOn, String summary) {
    }

    /** A vacancy ({@code LEFT_POST}) or early exit, with the day the person left. */
    public record Exit(String reason, LocalDate leftOn, String note) {
    }

    /** A yearly assessment ({@code YEARLY_ASSESSMENT}) or spot check ({@code SPOT_CHECK}); FAILED ends the placement. */
    public record Assessment(String kind, LocalDate on, String outcome, String note) {
    }

    /** The answer to a report. */
    public record Recorded(boolean found, Map<String, String> fieldErrors, String detail) {

        static Recorded notFound() {
            return new Recorded(false, Map.of(), null);
        }

        static Recorded invalid(Map<String, String> errors) {
            return new Recorded(true, java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(errors)), null);
        }

        static Recorded done(String detail) {
            return new Recorded(true, Map.of(), detail);
        }

        public boolean ok() {
            return found && fieldErrors.isEmpty();
        }
    }

    private PlacementReports() {
    }
}
