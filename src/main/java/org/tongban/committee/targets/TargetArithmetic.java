package org.tongban.committee.targets;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.tongban.committee.targets.TargetFigure.Standing;

/** The value, gap and standing of a figure against its target; pure arithmetic, one decimal. */
final class TargetArithmetic {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private TargetArithmetic() {
    }

    /** The figure's value from numerator and denominator; null when a rate has no denominator. */
    static BigDecimal value(TargetKind kind, BigDecimal numerator, BigDecimal denominator) {
        if (kind == TargetKind.COUNT_CUMULATIVE) {
            return numerator;
        }
        if (numerator == null || denominator == null || denominator.signum() == 0) {
            return null;
        }
        BigDecimal factor = kind == TargetKind.PERCENT_AT_LEAST ? HUNDRED : BigDecimal.ONE;
        return numerator.multiply(factor).divide(denominator, 1, RoundingMode.HALF_UP);
    }

    /** For a count: the share of the plan's total due by the end of {@code year}, linear over the plan's years. */
    static BigDecimal expected(PlanTarget target, int year) {
        int years = target.getPeriodTo() - target.getPeriodFrom() + 1;
        int elapsed = Math.min(years, Math.max(0, year - target.getPeriodFrom() + 1));
        return target.getTargetValue().multiply(BigDecimal.valueOf(elapsed))
                .divide(BigDecimal.valueOf(years), 1, RoundingMode.HALF_UP);
    }

    /**
     * How far from the target: percentage points short of a floor, persons short of the plan's
     * total, or distance outside a band; zero when met, null without a value.
     */
    static BigDecimal gap(PlanTarget target, BigDecimal value, BigDecimal cumulative) {
        if (value == null) {
            return null;
        }
        BigDecimal gap = switch (target.getKind()) {
            case PERCENT_AT_LEAST -> target.getTargetValue().subtract(value);
            case COUNT_CUMULATIVE -> target.getTargetValue().subtract(cumulative);
            case RATIO_WITHIN -> value.compareTo(target.getTargetValue()) < 0 ? target.getTargetValue().subtract(value)
                    : value.compareTo(target.getTargetUpper()) > 0 ? value.subtract(target.getTargetUpper()) : BigDecimal.ZERO;
        };
        return gap.signum() < 0 ? BigDecimal.ZERO : gap;
    }

    static Standing standing(PlanTarget target, BigDecimal value, BigDecimal cumulative, int year) {
        if (value == null) {
            return Standing.NO_DATA;
        }
        boolean met = switch (target.getKind()) {
            case PERCENT_AT_LEAST -> value.compareTo(target.getTargetValue()) >= 0;
            case COUNT_CUMULATIVE -> cumulative.compareTo(expected(target, year)) >= 0;
            case RATIO_WITHIN -> value.compareTo(target.getTargetValue()) >= 0 && value.compareTo(target.getTargetUpper()) <= 0;
        };
        return met ? Standing.ON_TRACK : Standing.OFF_TRACK;
    }
}
