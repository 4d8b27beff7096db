package org.tongban.committee.targets;

import java.math.BigDecimal;
import java.util.List;

/**
 * What a procedure measured for a target over a period: the numerator and, for a rate, the
 * denominator, and the cases behind them by case number only (no personal data).
 *
 * @param denominator null for a count
 * @param cases       the cases considered; {@code counted} says whether one is in the numerator
 * @param note        what exactly was counted, in Chinese (shown as the figure's source)
 */
public record Measurement(BigDecimal numerator, BigDecimal denominator, List<CaseRef> cases, String note) {

    /** A case behind a figure: its number and whether it counts towards the numerator. */
    public record CaseRef(String caseNumber, boolean counted) {
    }

    public Measurement {
        cases = List.copyOf(cases);
    }

    public static Measurement count(long counted, List<CaseRef> cases, String note) {
        return new Measurement(BigDecimal.valueOf(counted), null, cases, note);
    }

    public static Measurement rate(long numerator, long denominator, List<CaseRef> cases, String note) {
        return new Measurement(BigDecimal.valueOf(numerator), BigDecimal.valueOf(denominator), cases, note);
    }
}
