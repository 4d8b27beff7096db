package org.tongban.retrofit;

import java.math.BigDecimal;

/** A line of the year's list ordered by priority: funded while the budget and the target last. */
public record RankedHousehold(int rank, String caseNumber, String maskedName, String grassRootsUnit, int priorityScore,
        BigDecimal estimate, boolean funded, CaseStatus status) {
}
