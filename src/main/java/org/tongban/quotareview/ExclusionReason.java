package org.tongban.quotareview;

/** Why a declared employee is not counted (quota-review.md, "Who counts"); message keys {@code quotareview.exclusion.<name>}. */
public enum ExclusionReason {
    NO_VALID_CARD, AGE, CONTRACT_LT_1Y, WAGE_LT_MIN, SOCIAL_INSURANCE, COUNTED_ELSEWHERE
}
