package org.tongban.quotareview;

import java.math.BigDecimal;
import java.util.List;

/**
 * The levy parameters valid on a review's reference date. {@code tierThreshold},
 * {@code tierMidRate}, {@code tierLowRate} and {@code smallEnterpriseMax} are null when no row is
 * in force (after 2027-12-31 without a new row): then the full base is due and no one is exempt.
 *
 * @param parameterIds the ids of the rows used, stored on the case
 */
public record LevyParameters(BigDecimal ratio, BigDecimal wageCapMultiple, BigDecimal averageWage,
        BigDecimal tierThreshold, BigDecimal tierMidRate, BigDecimal tierLowRate, BigDecimal smallEnterpriseMax,
        List<Long> parameterIds) {

    public LevyParameters {
        parameterIds = parameterIds == null ? List.of() : List.copyOf(parameterIds);
    }

    boolean tiersInForce() {
        return tierThreshold != null && tierMidRate != null && tierLowRate != null;
    }
}
