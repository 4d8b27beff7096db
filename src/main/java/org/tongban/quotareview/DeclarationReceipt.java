package org.tongban.quotareview;

import java.math.BigDecimal;
import java.util.List;

/**
 * What the employer is told after declaring: the case and each employee's verdict (card masked).
 *
 * @param replay true when an idempotency key was used again and this is the first declaration's receipt
 */
public record DeclarationReceipt(String caseNumber, List<Verdict> roster, BigDecimal weightedCount, boolean replay) {

    /** One declared employee: counted with a weight, or excluded with a reason code. */
    public record Verdict(int line, String maskedCard, int weight, ExclusionReason exclusion) {
    }
}
