package org.tongban.quotareview;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/** The levy formula of quota-review.md, exactly, in BigDecimal; parameters come from the dated rows. */
public final class LevyCalculator {

    private static final MathContext PRECISE = MathContext.DECIMAL128;

    private LevyCalculator() {
    }

    /**
     * @param kind      the employer's kind (the exemption is for enterprises only)
     * @param headcount N, the annual average 在职职工 of the previous year
     * @param payroll   the previous year's total wages
     * @param weighted  D, the weighted count of qualifying disabled employees
     */
    public static LevyResult calculate(EmployerKind kind, BigDecimal headcount, BigDecimal payroll,
            BigDecimal weighted, LevyParameters p) {
        if (headcount.signum() <= 0) {
            throw new IllegalArgumentException("The headcount must be positive");
        }
        if (payroll.signum() < 0 || weighted.signum() < 0) {
            throw new IllegalArgumentException("Payroll and weighted count cannot be negative");
        }
        BigDecimal required = headcount.multiply(p.ratio());
        BigDecimal averagePay = payroll.divide(headcount, PRECISE);
        BigDecimal cappedWage = averagePay.min(p.wageCapMultiple().multiply(p.averageWage()));
        BigDecimal gap = required.subtract(weighted).max(BigDecimal.ZERO);
        BigDecimal base = gap.multiply(cappedWage, PRECISE);
        boolean rewardEligible = weighted.subtract(required).compareTo(BigDecimal.ONE) >= 0;

        LevyResult.Tier tier;
        BigDecimal fee;
        if (kind.isEnterprise() && p.smallEnterpriseMax() != null && headcount.compareTo(p.smallEnterpriseMax()) <= 0) {
            tier = LevyResult.Tier.SMALL_ENTERPRISE_EXEMPT;
            fee = BigDecimal.ZERO;
        } else if (weighted.compareTo(required) >= 0) {
            tier = LevyResult.Tier.RATIO_MET;
            fee = BigDecimal.ZERO;
        } else if (!p.tiersInForce()) {
            tier = LevyResult.Tier.FULL;
            fee = base;
        } else if (weighted.compareTo(headcount.multiply(p.tierThreshold())) >= 0) {
            tier = LevyResult.Tier.MID;
            fee = p.tierMidRate().multiply(base);
        } else {
            tier = LevyResult.Tier.LOW;
            fee = p.tierLowRate().multiply(base);
        }
        return new LevyResult(required, gap, cappedWage, base, tier, fee.setScale(2, RoundingMode.HALF_UP),
                rewardEligible);
    }

    /** lateFee = unpaid × daily rate × days overdue, rounded to fen; no fee for zero or negative days. */
    public static BigDecimal lateFee(BigDecimal unpaid, BigDecimal dailyRate, long daysOverdue) {
        if (daysOverdue <= 0 || unpaid.signum() <= 0) {
            return BigDecimal.ZERO.setScale(2);
        }
        return unpaid.multiply(dailyRate).multiply(BigDecimal.valueOf(daysOverdue)).setScale(2, RoundingMode.HALF_UP);
    }
}
