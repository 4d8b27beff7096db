package org.tongban.retrofit;

import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tongban.inbox.CaseFields;
import org.tongban.inbox.CaseFieldsProvider;

/** Tells the inbox the household head (stored masked there), the unit, the lead and the cooperating agencies. */
@Component
class RetrofitCaseFields implements CaseFieldsProvider {

    private final RetrofitApplicationRepository applications;
    private final RetrofitService service;

    RetrofitCaseFields(RetrofitApplicationRepository applications, RetrofitService service) {
        this.applications = applications;
        this.service = service;
    }

    @Override
    public String processKey() {
        return RetrofitProcess.KEY;
    }

    @Override
    @Transactional(readOnly = true)
    public CaseFields fieldsOf(String processInstanceId, String caseNumber) {
        return applications.findByCaseNumber(caseNumber).map(a -> {
            String unit = a.getHousehold().getGrassRootsUnit();
            return new CaseFields(service.headName(a), unit, a.getLeadAgency(),
                    Set.of("CDPF", "CIVIL", "FIN", unit).stream().filter(c -> !c.equals(a.getLeadAgency()))
                            .collect(java.util.stream.Collectors.toSet()));
        }).orElse(CaseFields.NONE);
    }
}
