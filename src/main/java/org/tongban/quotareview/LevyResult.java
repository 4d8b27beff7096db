package org.tongban.quotareview;

import java.math.BigDecimal;

/**
 * The levy of one review, with every intermediate figure of the formula for the 审核确认书.
 *
 * @param required       N × ratio, unrounded
 * @param gap            max(0, N × ratio − D), unrounded
 * @param cappedWage     min(W, multiple × S), unrounded
 * @param base           gap × Wcap, unrounded
 * @param fee            the levy due, rounded to fen (HALF_UP)
 * @param rewardEligible D − N × ratio ≥ 1
 */
public record LevyResult(BigDecimal required, BigDecimal gap, BigDecimal cappedWage, BigDecimal base,
        Tier tier, BigDecimal fee, boolean rewardEligible) {

    /** Which rule set the fee. */
    public enum Tier {
        /** Enterprise with N ≤ small_enterprise_max while the exemption is in force. */
        SMALL_ENTERPRISE_EXEMPT,
        /** D ≥ N × ratio. */
        RATIO_MET,
        /** D ≥ N × tier_threshold: tier_mid_rate × base. */
        MID,
        /** Below the threshold: tier_low_rate × base. */
        LOW,
        /** No tier row in force: the full base. */
        FULL
    }

    public boolean feeDue() {
        return fee.signum() > 0;
    }
}
