package org.tongban.consultation;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tongban.cases.CaseNumbers;
import org.tongban.organisation.Organisation;
import org.tongban.organisation.UnitKind;

/** Refers a consultation to an agency; the only code that starts {@code consultation-referral}. */
@Service
public class ConsultationService {

    static final String CASE_PREFIX = "CR";

    private final RuntimeService runtime;
    private final CaseNumbers caseNumbers;
    private final Organisation organisation;

    ConsultationService(RuntimeService runtime, CaseNumbers caseNumbers, Organisation organisation) {
        this.runtime = runtime;
        this.caseNumbers = caseNumbers;
        this.organisation = organisation;
    }

    /**
     * Starts a referral to the agency with that code; the topic is a short subject line without
     * personal data. Returns the case number (the business key).
     */
    @Transactional
    public String refer(String agencyCode, String topic) {
        return refer(agencyCode, null, topic);
    }

    /** Starts a referral on which another agency first gives its opinion (null: none). */
    @Transactional
    public String refer(String agencyCode, String cooperatingAgency, String topic) {
        requireAgency(agencyCode);
        if (cooperatingAgency != null) {
            requireAgency(cooperatingAgency);
            if (cooperatingAgency.equals(agencyCode)) {
                throw new IllegalArgumentException("The cooperating agency must differ from the lead agency");
            }
        }
        String caseNumber = caseNumbers.next(CASE_PREFIX);
        Map<String, Object> variables = new HashMap<>();
        variables.put(ConsultationProcess.VAR_AGENCY, agencyCode);
        variables.put(ConsultationProcess.VAR_COOPERATING_AGENCY, cooperatingAgency);
        variables.put(ConsultationProcess.VAR_TOPIC, topic);
        ProcessInstance instance = runtime.startProcessInstanceByKey(ConsultationProcess.KEY, caseNumber, variables);
        return instance.getBusinessKey();
    }

    private void requireAgency(String code) {
        if (organisation.find(code).filter(u -> u.getKind() == UnitKind.AGENCY).isEmpty()) {
            throw new IllegalArgumentException("Not an agency: " + code);
        }
    }
}
