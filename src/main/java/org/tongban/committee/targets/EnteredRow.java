package org.tongban.committee.targets;

import java.math.BigDecimal;
import java.time.LocalDateTime;

/**
 * A figure as CDPF entered it, for the history on the entry screen.
 *
 * @param superseded whether a later entry for the same period corrected it
 */
public record EnteredRow(long id, String targetCode, Period period, BigDecimal value, BigDecimal numerator,
        BigDecimal denominator, String sourceNote, String enteredBy, LocalDateTime enteredAt, boolean superseded) {
}
