package org.tongban.committee.targets;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import org.tongban.committee.targets.InvalidFigureEntry.Problem;

/**
 * Checks a figure CDPF enters, field by field, and settles its value: a rate or ratio given by
 * numerator and denominator is computed from them, and a value given beside them must agree.
 */
final class FigureEntryCheck {

    /** What is stored once the entry passed. */
    record Checked(PlanTarget target, Period period, BigDecimal value, BigDecimal numerator, BigDecimal denominator,
            String sourceNote) {
    }

    static final int MAX_NOTE = 300;
    /** Entered and computed rates may differ by rounding of the value entered (one decimal). */
    private static final BigDecimal TOLERANCE = new BigDecimal("0.1");
    private static final BigDecimal MAX_VALUE = new BigDecimal("9999999999");

    private FigureEntryCheck() {
    }

    /**
     * @param targetInForce the target row of a code in force in a year, if any
     * @throws InvalidFigureEntry with every problem found
     */
    static Checked check(FigureEntry entry, BiFunction<String, Integer, Optional<PlanTarget>> targetInForce, LocalDate today) {
        Map<String, Problem> problems = new LinkedHashMap<>();
        if (entry.targetCode() == null || entry.targetCode().isBlank()) {
            problems.put("targetCode", Problem.of("committee.targets.error.required"));
        }
        if (entry.year() == null) {
            problems.put("year", Problem.of("committee.targets.error.required"));
        }
        if (entry.quarter() != null && (entry.quarter() < 1 || entry.quarter() > 4)) {
            problems.put("quarter", Problem.of("committee.targets.error.quarter"));
        }
        String note = entry.sourceNote() == null ? "" : entry.sourceNote().strip();
        if (note.isEmpty()) {
            problems.put("sourceNote", Problem.of("committee.targets.error.required"));
        } else if (note.length() > MAX_NOTE) {
            problems.put("sourceNote", Problem.of("committee.targets.error.tooLong", MAX_NOTE));
        }
        // Without target and period nothing else can be checked; a missing note does not stop the rest.
        if (problems.containsKey("targetCode") || problems.containsKey("year") || problems.containsKey("quarter")) {
            throw new InvalidFigureEntry(problems);
        }
        Period period = new Period(entry.year(), entry.quarter());
        Optional<PlanTarget> found = targetInForce.apply(entry.targetCode(), entry.year());
        if (found.isEmpty()) {
            problems.put("year", Problem.of("committee.targets.error.noTarget", entry.year()));
            throw new InvalidFigureEntry(problems);
        }
        PlanTarget target = found.get();
        if (target.getMeasuredBy() != PlanTarget.MeasuredBy.ENTERED) {
            problems.put("targetCode", Problem.of("committee.targets.error.computed"));
            throw new InvalidFigureEntry(problems);
        }
        if (period.from().isAfter(today)) {
            problems.put(period.isYear() ? "year" : "quarter", Problem.of("committee.targets.error.future"));
        }
        BigDecimal value = settleValue(target.getKind(), entry, problems);
        if (!problems.isEmpty()) {
            throw new InvalidFigureEntry(problems);
        }
        boolean count = target.getKind() == TargetKind.COUNT_CUMULATIVE;
        return new Checked(target, period, value, count ? null : entry.numerator(), count ? null : entry.denominator(), note);
    }

    private static BigDecimal settleValue(TargetKind kind, FigureEntry entry, Map<String, Problem> problems) {
        BigDecimal value = entry.value();
        BigDecimal numerator = entry.numerator();
        BigDecimal denominator = entry.denominator();
        for (var field : new Object[][] {{"value", value}, {"numerator", numerator}, {"denominator", denominator}}) {
            BigDecimal n = (BigDecimal) field[1];
            if (n != null && (n.signum() < 0 || n.compareTo(MAX_VALUE) > 0)) {
                problems.put((String) field[0], Problem.of("committee.targets.error.negative"));
            }
        }
        if (kind == TargetKind.COUNT_CUMULATIVE) {
            if (value == null) {
                problems.put("value", Problem.of("committee.targets.error.required"));
            } else if (value.stripTrailingZeros().scale() > 0) {
                problems.put("value", Problem.of("committee.targets.error.wholeNumber"));
            }
            return value;
        }
        if (problems.containsKey("value") || problems.containsKey("numerator") || problems.containsKey("denominator")) {
            return value;
        }
        if ((numerator == null) != (denominator == null)) {
            problems.put(numerator == null ? "numerator" : "denominator", Problem.of("committee.targets.error.bothOrNeither"));
            return value;
        }
        if (denominator != null && denominator.signum() == 0) {
            problems.put("denominator", Problem.of("committee.targets.error.zero"));
            return value;
        }
        if (kind == TargetKind.PERCENT_AT_LEAST && numerator != null && numerator.compareTo(denominator) > 0) {
            problems.put("numerator", Problem.of("committee.targets.error.numeratorAboveDenominator"));
            return value;
        }
        BigDecimal computed = TargetArithmetic.value(kind, numerator, denominator);
        if (value == null && computed == null) {
            problems.put("value", Problem.of("committee.targets.error.valueOrParts"));
            return null;
        }
        if (value != null && computed != null && value.subtract(computed).abs().compareTo(TOLERANCE) > 0) {
            problems.put("value", Problem.of("committee.targets.error.disagrees", computed.toPlainString()));
            return value;
        }
        BigDecimal settled = value != null ? value : computed;
        if (kind == TargetKind.PERCENT_AT_LEAST && settled.compareTo(BigDecimal.valueOf(100)) > 0) {
            problems.put("value", Problem.of("committee.targets.error.percentRange"));
        }
        if (kind == TargetKind.RATIO_WITHIN && settled.signum() == 0) {
            problems.put("value", Problem.of("committee.targets.error.zero"));
        }
        return settled.setScale(Math.max(1, Math.min(2, settled.scale())), RoundingMode.HALF_UP);
    }
}
