package org.tongban.committee.targets;

/** How a target is read: a rate that must reach a floor, a count summed over the plan, or a ratio band. */
public enum TargetKind {
    /** value = numerator / denominator in per cent (or as entered); on track when ≥ the target. */
    PERCENT_AT_LEAST,
    /** value = the period's count; the plan's years are summed and compared with a pro-rata share. */
    COUNT_CUMULATIVE,
    /** value = numerator / denominator (e.g. people per coordinator); on track within the band. */
    RATIO_WITHIN
}
