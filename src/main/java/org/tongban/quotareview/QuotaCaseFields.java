package org.tongban.quotareview;

import java.util.Set;
import org.springframework.stereotype.Component;
import org.tongban.inbox.CaseFields;
import org.tongban.inbox.CaseFieldsProvider;

/** Tells the inbox the employer (as the "applicant"), the lead agency and the cooperating ones. */
@Component
class QuotaCaseFields implements CaseFieldsProvider {

    private final ReviewRepository reviews;

    QuotaCaseFields(ReviewRepository reviews) {
        this.reviews = reviews;
    }

    @Override
    public String processKey() {
        return QuotaReviewProcess.KEY;
    }

    @Override
    @org.springframework.transaction.annotation.Transactional(readOnly = true)
    public CaseFields fieldsOf(String processInstanceId, String caseNumber) {
        String employer = reviews.findByCaseNumber(caseNumber).map(r -> r.getEmployer().getName()).orElse(null);
        return new CaseFields(employer, null, "CDPF", Set.of("HRSS", "TAX", "FIN"), false);
    }
}
