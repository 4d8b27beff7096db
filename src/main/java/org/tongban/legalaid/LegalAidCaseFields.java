package org.tongban.legalaid;

import java.util.HashSet;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tongban.inbox.CaseFields;
import org.tongban.inbox.CaseFieldsProvider;

/** Tells the inbox the applicant (masked there), the grass-roots unit and the agencies of a legal-aid case. */
@Component
class LegalAidCaseFields implements CaseFieldsProvider {

    private final LegalAidCaseRepository cases;

    LegalAidCaseFields(LegalAidCaseRepository cases) {
        this.cases = cases;
    }

    @Override
    public String processKey() {
        return LegalAidProcess.KEY;
    }

    @Override
    @Transactional(readOnly = true)
    public CaseFields fieldsOf(String processInstanceId, String caseNumber) {
        return cases.findByCaseNumber(caseNumber).map(c -> {
            Set<String> cooperating = new HashSet<>();
            if (c.getForwardingAgency() != null) {
                cooperating.add(c.getForwardingAgency());
            }
            if (c.getChannel() == LegalAidApplication.Channel.STATION) {
                cooperating.add("CDPF");
            }
            if (c.isAssistanceClaimed()) {
                cooperating.add("CIVIL");
            }
            return new CaseFields(c.getApplicantNameMasked(), c.getGrassRootsUnit(), LegalAidDocuments.AGENCY, cooperating);
        }).orElse(CaseFields.NONE);
    }
}
