package org.tongban.placement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.tongban.cases.CaseFact;

/**
 * A placement case as its work page shows it to an HRSS or CDPF officer: the summary, the claims
 * with their computed and approved amounts, what was recorded, and what may be recorded now.
 */
public record PlacementOverview(String caseNumber, String status, List<CaseFact> summary, List<ClaimLine> claims,
        List<EventLine> events, Set<Action> actions, int claimPeriodMonths, String matchTaskId, String grassRootsUnit) {

    /** What the officer may record now; each is offered only while the process waits for it. */
    public enum Action { CLAIM, OBJECTION, EXIT, ASSESSMENT, MATCH }

    /** One quarterly claim. */
    public record ClaimLine(LocalDate periodStart, LocalDate periodEnd, Integer monthsWorked, BigDecimal computedAmount,
            BigDecimal amount, String status, String reductionReason) {
    }

    /** One recorded objection, exit report, assessment or spot check. */
    public record EventLine(String kind, LocalDate date, String code, String note, boolean late, String recordedBy) {
    }
}
