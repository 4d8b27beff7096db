package org.tongban.documents;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.tongban.cases.YearlyCounter;

/**
 * Document numbers (文号) from one gap-free sequence per agency, year and kind, e.g. the 12th
 * decision of the federation in 2026 is 二残联决〔2026〕12号. The number is taken in the issuing
 * transaction, so a document that fails to be stored gives its number back.
 */
@Component
class DocumentNumbers {

    private final YearlyCounter counter;

    DocumentNumbers(YearlyCounter counter) {
        this.counter = counter;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    String next(Issuer issuer, DocumentKind kind, int year) {
        long sequence = counter.next("document:" + issuer.agencyCode() + ":" + kind.name(), year);
        return issuer.number(kind, year, sequence);
    }
}
