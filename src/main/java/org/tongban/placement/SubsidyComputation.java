package org.tongban.placement;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The quarterly subsidy of one claim as computed from the dated parameters valid on the first day
 * of its period: the post subsidy (minimum wage per month worked) plus the social-insurance
 * subsidy (the employer's share on the lowest contribution base per month worked).
 */
public record SubsidyComputation(LocalDate periodStart, int monthsWorked, BigDecimal minimumWage,
        BigDecimal insuranceBase, BigDecimal employerRate, BigDecimal postSubsidy, BigDecimal insuranceSubsidy,
        BigDecimal amount) {

    /** The computation in one line, e.g. {@code 3 × 2270.00 + 3 × 4000 × 23.50% = 9630.00}. */
    public String explained() {
        return monthsWorked + " × " + minimumWage.toPlainString() + " + " + monthsWorked + " × "
                + insuranceBase.toPlainString() + " × " + employerRate.movePointRight(2).stripTrailingZeros().toPlainString()
                + "% = " + amount.toPlainString();
    }
}
