package org.tongban.placement;

import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tongban.inbox.CaseFields;
import org.tongban.inbox.CaseFieldsProvider;
import org.tongban.people.PeopleRegistry;

/** Tells the inbox the applicant (masked there), the unit, and who leads and cooperates on a placement case. */
@Component
class WelfarePlacementCaseFields implements CaseFieldsProvider {

    static final String LEAD = "HRSS";
    static final Set<String> COOPERATING = Set.of("CDPF", "CIVIL", "MARKET", "FIN");

    private final WelfareApplicationRepository applications;
    private final PeopleRegistry people;

    WelfarePlacementCaseFields(WelfareApplicationRepository applications, PeopleRegistry people) {
        this.applications = applications;
        this.people = people;
    }

    @Override
    public String processKey() {
        return WelfarePlacementProcess.KEY;
    }

    @Override
    @Transactional(readOnly = true)
    public CaseFields fieldsOf(String processInstanceId, String caseNumber) {
        return applications.findByCaseNumber(caseNumber).map(a -> {
            java.util.Set<String> cooperating = new java.util.HashSet<>(COOPERATING);
            cooperating.add(a.getGrassRootsUnit());
            String name = people.findById(a.getPersonId()).map(p -> p.getName()).orElse(null);
            return new CaseFields(name, a.getGrassRootsUnit(), LEAD, cooperating);
        }).orElseGet(() -> new CaseFields(null, null, LEAD, Set.of("CDPF", "FIN")));
    }
}
