package org.tongban.consultation;

import java.util.Set;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;
import org.tongban.inbox.CaseFields;
import org.tongban.inbox.CaseFieldsProvider;

/** Tells the inbox who leads and who cooperates on a referral; a referral names no applicant. */
@Component
class ConsultationCaseFields implements CaseFieldsProvider {

    private final RuntimeService runtime;

    ConsultationCaseFields(RuntimeService runtime) {
        this.runtime = runtime;
    }

    @Override
    public String processKey() {
        return ConsultationProcess.KEY;
    }

    @Override
    public CaseFields fieldsOf(String processInstanceId, String caseNumber) {
        String lead = (String) runtime.getVariable(processInstanceId, ConsultationProcess.VAR_AGENCY);
        String cooperating = (String) runtime.getVariable(processInstanceId, ConsultationProcess.VAR_COOPERATING_AGENCY);
        return new CaseFields(null, null, lead, cooperating == null ? Set.of() : Set.of(cooperating));
    }
}
