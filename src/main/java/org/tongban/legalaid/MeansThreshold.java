package org.tongban.legalaid;

import java.math.BigDecimal;

/**
 * The one place the declared income meets the regional hardship standard (法律援助法 第34条,
 * {@code legal.means_threshold}, yuan per household member and month). Only the yes/no answer goes to the
 * process and its decision table; the income itself stays encrypted in the case row.
 */
final class MeansThreshold {

    private MeansThreshold() {
    }

    /** True when the income is at or below the threshold; null when no income was declared or no threshold is set. */
    static Boolean within(BigDecimal monthlyIncomePerMember, BigDecimal threshold) {
        if (monthlyIncomePerMember == null || threshold == null) {
            return null;
        }
        return monthlyIncomePerMember.compareTo(threshold) <= 0;
    }
}
