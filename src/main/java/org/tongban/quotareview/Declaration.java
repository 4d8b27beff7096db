package org.tongban.quotareview;

import java.math.BigDecimal;
import java.util.List;

/**
 * An employer's yearly declaration: the previous year's average headcount N and payroll, the
 * roster of disabled employees, and a relief request (减免/缓缴) with its reason.
 */
public record Declaration(BigDecimal headcount, BigDecimal payroll, List<RosterLine> roster, boolean reliefRequested,
        String reliefReason) {

    public Declaration {
        roster = roster == null ? List.of() : List.copyOf(roster);
    }
}
