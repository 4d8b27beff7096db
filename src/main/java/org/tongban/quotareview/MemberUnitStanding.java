package org.tongban.quotareview;

import java.math.BigDecimal;

/**
 * Whether a 残工委 member unit reached the ratio in its latest certified review (city plan 四(一)2):
 * aggregates only, no personal data.
 *
 * @param reviewYear null when the unit has no certified review yet
 * @param reached    null when not yet certified
 */
public record MemberUnitStanding(String employerName, EmployerKind kind, Integer reviewYear, BigDecimal required,
        BigDecimal employed, Boolean reached) {
}
