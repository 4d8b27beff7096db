package org.tongban.rehab;

import java.util.HashSet;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tongban.security.FieldEncryption;
import org.tongban.inbox.CaseFields;
import org.tongban.inbox.CaseFieldsProvider;

/**
 * Tells the inbox the child's name (stored masked there), the grass-roots unit, CDPF as lead and
 * HEALTH, MEDINS, FIN, CIVIL as cooperating agencies.
 */
@Component
class RehabCaseFields implements CaseFieldsProvider {

    private final ApplicationRepository applications;
    private final FieldEncryption cipher;

    RehabCaseFields(ApplicationRepository applications, FieldEncryption cipher) {
        this.applications = applications;
        this.cipher = cipher;
    }

    @Override
    public String processKey() {
        return RehabProcess.KEY;
    }

    @Override
    @Transactional(readOnly = true)
    public CaseFields fieldsOf(String processInstanceId, String caseNumber) {
        return applications.findByCaseNumber(caseNumber).map(a -> {
            Set<String> cooperating = new HashSet<>(Set.of("HEALTH", "MEDINS", "FIN"));
            if (a.getConsent().getRelation() == RehabEnums.Relation.WELFARE_INSTITUTION) {
                cooperating.add("CIVIL");
            }
            return new CaseFields(cipher.decrypt(a.getChild().getNameEnc()), a.getChild().getGrassRootsUnit(), "CDPF",
                    cooperating);
        }).orElse(new CaseFields(null, null, "CDPF", Set.of()));
    }
}
