package org.tongban.placement;

import java.math.BigDecimal;
import java.time.LocalDate;

/** What HRSS records from the labour contract at placement (welfare-placement.md step 7). */
public record ContractTerms(LocalDate start, int contractMonths, BigDecimal monthlyWage, boolean socialInsurance) {
}
