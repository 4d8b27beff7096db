package org.tongban.rehab;

import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.tongban.forms.FormComponent;
import org.tongban.inbox.TaskFormOptions;

/**
 * The guardian's choice of institution offers, from CDPF's maintained list, only those serving
 * the child's category and services today with a place for the child; one outside the city says
 * that it needs CDPF's approval.
 */
@Component
class RehabChoiceOptions implements TaskFormOptions {

    private final RehabInstitutions institutions;

    RehabChoiceOptions(RehabInstitutions institutions) {
        this.institutions = institutions;
    }

    @Override
    public String processKey() {
        return RehabProcess.KEY;
    }

    @Override
    public Map<String, List<FormComponent.Option>> optionsFor(String taskDefinitionKey, String caseNumber) {
        if (!RehabProcess.TASK_CHOOSE_INSTITUTION.equals(taskDefinitionKey)) {
            return Map.of();
        }
        return Map.of(RehabProcess.VAR_INSTITUTION_CODE, institutions.offeredTo(caseNumber).stream()
                .map(i -> new FormComponent.Option(i.code(), i.inArea() ? i.name() : i.name() + "（市外，须经市残联批准）",
                        i.inArea() ? i.name() : i.name() + " (outside the city, needs CDPF approval)"))
                .toList());
    }
}
